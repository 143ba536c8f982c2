#include "core/evidence/EvidenceService.h"

#include "core/common/FileProblem.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/db/Transaction.h"
#include "core/evidence/EvidenceCode.h"
#include "core/evidence/EvidenceName.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/text/VietnameseText.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

namespace thidua {

namespace {

// The type of a stored file from its content; a generic answer (zip, plain text, unknown) is refined by the name
// when the name's type is a kind of it (a .docx is a zip, a .csv plain text).
QString mediaTypeOf(const QString& objectPath, const QString& originalName)
{
    const QMimeDatabase mimes;
    const QMimeType content = mimes.mimeTypeForFile(objectPath, QMimeDatabase::MatchContent);
    static const QStringList Generic = { QStringLiteral("application/octet-stream"),
        QStringLiteral("text/plain"),
        QStringLiteral("application/zip"),
        QStringLiteral("application/x-ole-storage"),
        QStringLiteral("application/xml") };
    const QMimeType byName = mimes.mimeTypesForFileName(EvidenceName::clean(originalName)).value(0);
    if (byName.isValid() && (content.isDefault() || Generic.contains(content.name()))
        && (content.isDefault() || byName.inherits(content.name())))
        return byName.name();
    return content.name();
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

EvidenceService::EvidenceService(QSqlDatabase db, EvidenceStore store)
    : m_db(std::move(db))
    , m_store(std::move(store))
{}

QStringList EvidenceService::expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QStringList inside;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            inside << it.next();
        inside.sort();
        files << inside;
    }
    return files;
}

Result<qint64> EvidenceService::sizeLimit() const
{
    auto text = EvidenceRepository(m_db).setting(QString::fromLatin1(SizeLimitSetting));
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 limit = text->toLongLong(&ok);
    return ok && limit > 0 ? limit : DefaultSizeLimit;
}

Status EvidenceService::setSizeLimit(qint64 bytes)
{
    if (bytes <= 0)
        return Error { Error::Code::Validation, tr("The size limit for evidence files must be above zero.") };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto set = EvidenceRepository(m_db).setSetting(QString::fromLatin1(SizeLimitSetting), QString::number(bytes));
        !set)
        return set;
    return transaction.commit();
}

Status EvidenceService::checkLink(const EvidenceLink& link) const
{
    const EvidenceRepository repository(m_db);
    auto year = repository.targetYear(link);
    if (!year && year.error().code != Error::Code::NotFound)
        return year.error();
    if (!year || link.targetId <= 0) {
        switch (link.kind) {
        case EvidenceLink::Kind::Person:
            return Error { Error::Code::NotFound, tr("There is no person number %1.").arg(link.targetId) };
        case EvidenceLink::Kind::Collective:
            return Error { Error::Code::NotFound, tr("There is no collective number %1.").arg(link.targetId) };
        case EvidenceLink::Kind::AssessmentItem:
            return Error { Error::Code::NotFound, tr("There is no assessment number %1.").arg(link.targetId) };
        case EvidenceLink::Kind::Nomination:
            return Error { Error::Code::NotFound, tr("There is no nomination number %1.").arg(link.targetId) };
        case EvidenceLink::Kind::Meeting:
            return Error { Error::Code::NotFound, tr("There is no meeting number %1.").arg(link.targetId) };
        case EvidenceLink::Kind::Activity:
            return Error { Error::Code::NotFound, tr("There is no activity number %1.").arg(link.targetId) };
        default:
            return Error { Error::Code::NotFound,
                tr("There is no Công dân học tập result number %1.").arg(link.targetId) };
        }
    }
    if (link.kind != EvidenceLink::Kind::AssessmentItem) {
        if (!link.itemCode.isEmpty())
            return Error { Error::Code::Validation, tr("Only an assessment has criteria items.") };
        return {};
    }
    if (link.itemCode.isEmpty())
        return Error { Error::Code::Validation, tr("Name the criteria item of assessment %1.").arg(link.targetId) };
    auto setId = repository.assessmentSet(link.targetId);
    if (!setId)
        return setId.error();
    auto set = CriteriaQuery(m_db).set(*setId);
    if (!set)
        return set.error();
    if (set->indexOf(link.itemCode) < 0)
        return Error { Error::Code::Validation,
            tr("The criteria set “%1” has no item “%2”.").arg(set->name, link.itemCode) };
    return {};
}

Result<qint64> EvidenceService::yearFor(qint64 requested, const EvidenceLink& link) const
{
    if (auto checked = checkLink(link); !checked)
        return checked.error();
    auto recordYear = EvidenceRepository(m_db).targetYear(link);
    if (!recordYear)
        return recordYear.error();
    if (requested != 0 && *recordYear != 0 && requested != *recordYear)
        return Error { Error::Code::Validation,
            tr("The record the files are attached to belongs to another school year.") };
    const qint64 year = requested != 0 ? requested : *recordYear;
    if (year == 0)
        return Error { Error::Code::Validation, tr("Choose the school year the evidence files belong to.") };
    auto exists = EvidenceRepository(m_db).schoolYearExists(year);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error { Error::Code::NotFound, tr("There is no school year number %1.").arg(year) };
    return year;
}

void EvidenceService::removeUnused(const QList<EvidenceStore::Stored>& stored)
{
    const EvidenceRepository repository(m_db);
    for (const EvidenceStore::Stored& s : stored) {
        if (s.alreadyPresent)
            continue;
        auto uses = repository.objectUses(s.sha256);
        if (uses && *uses == 0)
            (void)m_store.remove(s.sha256);
    }
}

Result<EvidenceList> EvidenceService::add(const AddRequest& request, const EvidenceStore::Progress& progress)
{
    if (request.files.isEmpty())
        return Error { Error::Code::Validation, tr("There is no file to add.") };
    if (!request.originalNames.isEmpty() && request.originalNames.size() != request.files.size())
        return Error { Error::Code::Usage, QStringLiteral("AddRequest: one original name per file") };
    if (!request.code.isEmpty() && !EvidenceCode::isValid(request.code))
        return Error { Error::Code::Validation,
            tr("“%1” is not an evidence code: use letters without marks, digits, “.”, “-” and “_” (at most 40).")
                .arg(request.code) };
    auto year = yearFor(request.schoolYearId, request.link);
    if (!year)
        return year.error();
    auto limit = sizeLimit();
    if (!limit)
        return limit.error();

    // Every file is checked before any is copied: a folder, a missing file or one too large stops the whole add.
    qint64 total = 0;
    for (const QString& file : request.files) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            return FileProblem::unreadable(file);
        if (info.size() > *limit)
            return Error { Error::Code::TooLarge,
                EvidenceStore::tr(
                    "The file “%1” is %2, more than the limit of %3 for one evidence file; it was not added.")
                    .arg(info.fileName(), EvidenceStore::sizeText(info.size()), EvidenceStore::sizeText(*limit)),
                file };
        total += info.size();
    }

    // The files first, durably in the store (staged one by one, made durable together): a crash from here on leaves
    // objects no row names (orphans) or temporary files, both cleaned later.
    QList<EvidenceStore::Staged> staged;
    qint64 before = 0;
    for (const QString& file : request.files) {
        EvidenceStore::Progress each;
        if (progress)
            each = [&](qint64 done, qint64) { return progress(before + done, total); };
        auto one = m_store.stage(file, *limit, each);
        if (!one) {
            m_store.discard(staged);
            return one.error();
        }
        before += one->stored.size;
        staged << *one;
    }
    auto published = m_store.publish(staged);
    if (!published)
        return published.error();
    const QList<EvidenceStore::Stored> stored = *published;
    if (beforeRowsWritten && !beforeRowsWritten())
        return Error { Error::Code::Cancelled, QStringLiteral("stopped before the rows were written (test hook)") };

    // Then the rows, all in one transaction.
    Transaction transaction(m_db);
    auto written = [&]() -> Result<EvidenceList> {
        if (!transaction.isActive())
            return transaction.error();
        auto codes = EvidenceQuery(m_db).codesInYear(*year);
        if (!codes)
            return codes.error();
        EvidenceRepository repository(m_db);
        EvidenceList added;
        for (qsizetype i = 0; i < request.files.size(); ++i) {
            Evidence e;
            e.schoolYearId = *year;
            if (request.code.isEmpty())
                e.code = EvidenceCode::propose(EvidenceCode::prefixFor(request.link), *codes);
            else
                e.code = request.files.size() == 1 ? request.code : EvidenceCode::propose(request.code, *codes);
            if (codes->contains(e.code))
                return Error { Error::Code::Duplicate,
                    tr("The evidence code “%1” is already used in this school year.").arg(e.code) };
            *codes << e.code;
            e.sha256 = stored.at(i).sha256;
            e.size = stored.at(i).size;
            e.originalName =
                VietnameseText::nfc(request.originalNames.isEmpty() ? QFileInfo(request.files.at(i)).fileName()
                                                                    : request.originalNames.at(i));
            e.mediaType = mediaTypeOf(m_store.objectPath(e.sha256), e.originalName);
            e.description = VietnameseText::cleanLines(request.description);
            e.paper = { VietnameseText::clean(request.paper.number),
                request.paper.date,
                VietnameseText::clean(request.paper.issuer) };
            e.addedAt = (request.at.isValid() ? request.at : nowUtc()).toUTC();
            e.addedBy = VietnameseText::clean(request.by);
            e.links = { request.link };
            if (auto inserted = repository.insert(e); !inserted)
                return inserted.error();
            added << e;
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return added;
    }();
    if (!written) {
        transaction.rollback();
        removeUnused(stored);
    }
    return written;
}

Result<Evidence> EvidenceService::existing(qint64 evidenceId) const
{
    return EvidenceQuery(m_db).get(evidenceId);
}

Result<Evidence> EvidenceService::update(const Evidence& evidence)
{
    auto stored = existing(evidence.id);
    if (!stored)
        return stored.error();
    Evidence changed = *stored;
    changed.code = evidence.code.trimmed();
    if (!evidence.originalName.isEmpty())
        changed.originalName = VietnameseText::nfc(evidence.originalName);
    changed.description = VietnameseText::cleanLines(evidence.description);
    changed.paper = {
        VietnameseText::clean(evidence.paper.number), evidence.paper.date, VietnameseText::clean(evidence.paper.issuer)
    };
    if (!EvidenceCode::isValid(changed.code))
        return Error { Error::Code::Validation,
            tr("“%1” is not an evidence code: use letters without marks, digits, “.”, “-” and “_” (at most 40).")
                .arg(changed.code) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    EvidenceRepository repository(m_db);
    auto taken = repository.codeTaken(changed.schoolYearId, changed.code, changed.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error { Error::Code::Duplicate,
            tr("The evidence code “%1” is already used in this school year.").arg(changed.code) };
    if (auto updated = repository.updateMetadata(changed); !updated)
        return updated.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return existing(changed.id);
}

Status EvidenceService::link(qint64 evidenceId, const EvidenceLink& link)
{
    auto stored = existing(evidenceId);
    if (!stored)
        return stored.error();
    if (auto checked = checkLink(link); !checked)
        return checked;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    EvidenceRepository repository(m_db);
    if (auto linked = repository.insertLink(evidenceId, link); !linked)
        return linked;
    // Used again: out of the trash.
    if (stored->isTrashed()) {
        if (auto restored = repository.setTrashed(evidenceId, QDateTime()); !restored)
            return restored;
    }
    return transaction.commit();
}

Result<bool> EvidenceService::isLastLink(qint64 evidenceId, const EvidenceLink& link)
{
    const EvidenceRepository repository(m_db);
    auto has = repository.hasLink(evidenceId, link);
    if (!has)
        return has.error();
    auto count = repository.linkCount(evidenceId);
    if (!count)
        return count.error();
    return *has && *count == 1;
}

Status EvidenceService::unlink(qint64 evidenceId, const EvidenceLink& link, const QDateTime& at)
{
    auto stored = existing(evidenceId);
    if (!stored)
        return stored.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    EvidenceRepository repository(m_db);
    auto has = repository.hasLink(evidenceId, link);
    if (!has)
        return has.error();
    if (!*has)
        return Error { Error::Code::NotFound,
            tr("The evidence file %1 is not attached to that record.").arg(stored->code) };
    auto count = repository.linkCount(evidenceId);
    if (!count)
        return count.error();
    // The last link stays with the row, so that restoring puts the file back where it was; the row goes to the
    // trash. Another link: only this one goes, the file stays for the other records.
    const Status changed = *count > 1 ? repository.deleteLink(evidenceId, link)
                                      : repository.setTrashed(evidenceId, (at.isValid() ? at : nowUtc()).toUTC());
    if (!changed)
        return changed;
    return transaction.commit();
}

Status EvidenceService::restore(qint64 evidenceId)
{
    auto stored = existing(evidenceId);
    if (!stored)
        return stored.error();
    if (!stored->isTrashed())
        return {};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto restored = EvidenceRepository(m_db).setTrashed(evidenceId, QDateTime()); !restored)
        return restored;
    return transaction.commit();
}

Result<bool> EvidenceService::removeIfUnused(const QString& sha256, const QDateTime& before)
{
    auto uses = EvidenceRepository(m_db).objectUses(sha256);
    if (!uses)
        return uses.error();
    const QDateTime written = m_store.lastWritten(sha256);
    if (*uses > 0 || !written.isValid() || written >= before)
        return false;
    if (auto removed = m_store.remove(sha256); !removed)
        return removed.error();
    return true;
}

Result<int> EvidenceService::purgeTrash(const QDateTime& now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    int purged = 0;
    auto objects = EvidenceRepository(m_db).purgeTrashedBefore(now.addDays(-TrashDays), &purged);
    if (!objects)
        return objects.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    // The rows are gone for good; an object no other row uses goes after them (a crash here leaves an orphan).
    for (const QString& sha256 : std::as_const(*objects)) {
        if (auto removed = removeIfUnused(sha256, now.addSecs(-OrphanGraceSeconds)); !removed)
            return removed.error();
    }
    return purged;
}

Result<int> EvidenceService::cleanOrphans()
{
    return cleanOrphans(nowUtc());
}

Result<int> EvidenceService::cleanOrphans(const QDateTime& now)
{
    const QDateTime before = now.addSecs(-OrphanGraceSeconds);
    auto referenced = EvidenceQuery(m_db).referencedObjects();
    if (!referenced)
        return referenced.error();
    const QSet<QString> used(referenced->cbegin(), referenced->cend());
    int removed = 0;
    for (const QString& sha256 : m_store.objects()) {
        if (used.contains(sha256))
            continue;
        auto gone = removeIfUnused(sha256, before);
        if (!gone)
            return gone.error();
        removed += *gone ? 1 : 0;
    }
    auto temporaries = m_store.removeTemporaries(before);
    if (!temporaries)
        return temporaries.error();
    return removed + *temporaries;
}

Status EvidenceService::exportCopy(qint64 evidenceId, const QString& targetPath)
{
    auto stored = existing(evidenceId);
    if (!stored)
        return stored.error();
    return m_store.copyOut(stored->sha256, targetPath);
}

} // namespace thidua
