#include "core/evidence/EvidenceDossier.h"

#include "core/documents/DocumentService.h"
#include "core/documents/PdfRenderer.h"
#include "core/evidence/EvidenceName.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/text/VietnameseText.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <zip.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace thidua {

namespace {

// Letters and digits of `text` (and of `extra`), anything else a space, spaces collapsed.
QString keepOnly(const QString& text, const QString& extra)
{
    QString kept;
    for (const QChar c : VietnameseText::nfc(text))
        kept += c.isLetterOrNumber() || extra.contains(c) ? c : QLatin1Char(' ');
    return kept.simplified();
}

QString safeCode(const QString& code)
{
    QString safe = keepOnly(code, QStringLiteral(".-_")).replace(QLatin1Char(' '), QLatin1Char('_'));
    // No leading or trailing dot, dash or underscore ("../TC/3" → "TC_3").
    const QString edges = QStringLiteral("._-");
    while (!safe.isEmpty() && edges.contains(safe.front()))
        safe.remove(0, 1);
    while (!safe.isEmpty() && edges.contains(safe.back()))
        safe.chop(1);
    return safe;
}

void syncFolder(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

Error cancelled()
{
    return Error(Error::Code::Cancelled, EvidenceDossier::tr("The dossier was cancelled; nothing was written."));
}

struct ZipProgress
{
    const EvidenceStore::Progress* progress = nullptr;
    qint64 total = 0;
    bool cancelled = false;
};

void onZipProgress(zip_t*, double fraction, void* state)
{
    auto* zip = static_cast<ZipProgress*>(state);
    if (*zip->progress && !(*zip->progress)(qint64(fraction * double(zip->total)), zip->total))
        zip->cancelled = true;
}

int onZipCancel(zip_t*, void* state)
{
    return static_cast<ZipProgress*>(state)->cancelled ? 1 : 0;
}

Status writeZip(const QString& path,
    const QStringList& folders,
    const QList<EvidenceDossier::Entry>& entries,
    const QByteArray& manifest,
    const EvidenceStore::Progress& progress,
    qint64 total)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString message = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error(Error::Code::Io, EvidenceDossier::tr("Cannot create %1: %2").arg(path, message), path);
    }
    const auto failed = [archive, &path]() -> Status {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Error(Error::Code::Io, EvidenceDossier::tr("Cannot write %1: %2").arg(path, message), path);
    };
    for (const QString& folder : folders) {
        if (zip_dir_add(archive, folder.toUtf8().constData(), ZIP_FL_ENC_UTF_8) < 0)
            return failed();
    }
    for (const EvidenceDossier::Entry& entry : entries) {
        zip_source_t* source = zip_source_file(archive, QFile::encodeName(entry.source).constData(), 0, -1);
        if (!source)
            return failed();
        const zip_int64_t index = zip_file_add(archive, entry.path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return failed();
        }
        // Scans, photos and PDFs are compressed already: stored, the archive is written at the disk's speed.
        if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) < 0)
            return failed();
    }
    zip_source_t* sums = zip_source_buffer(archive, manifest.constData(), zip_uint64_t(manifest.size()), 0);
    if (!sums)
        return failed();
    if (zip_file_add(archive, EvidenceDossier::manifestFileName().toUtf8().constData(), sums, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(sums);
        return failed();
    }
    ZipProgress state { &progress, total, false };
    zip_register_progress_callback_with_state(archive, 0.001, onZipProgress, nullptr, &state);
    zip_register_cancel_callback_with_state(archive, onZipCancel, nullptr, &state);
    if (zip_close(archive) < 0) {
        if (state.cancelled) {
            zip_discard(archive);
            return cancelled();
        }
        return failed();
    }
    return {};
}

// The target must not hold anything: no file, no non-empty folder. Its folder must exist.
Status checkTarget(const QFileInfo& target, bool zip)
{
    if (!target.absoluteDir().exists())
        return Error(Error::Code::NotFound,
            EvidenceDossier::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())),
            target.absolutePath());
    if (!target.exists() && !target.isSymLink())
        return {};
    const bool emptyFolder = !zip && target.isDir() && !target.isSymLink()
        && QDir(target.absoluteFilePath())
               .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (emptyFolder)
        return {};
    return Error(Error::Code::Duplicate,
        EvidenceDossier::tr("this already exists and is not an empty folder; the dossier never overwrites it: choose "
                            "another name."),
        target.absoluteFilePath());
}

Status verify(const QString& path, const QString& expected, const QString& code)
{
    auto actual = EvidenceStore::hashFile(path);
    if (!actual)
        return actual.error();
    if (*actual != expected)
        return Error(Error::Code::Damaged,
            EvidenceDossier::tr("The stored file of evidence %1 has been altered (SHA-256 %2, expected %3): run "
                                "“thidua-cli check” and restore it before handing the dossier over.")
                .arg(code, *actual, expected),
            path);
    return {};
}

} // namespace

EvidenceDossier::EvidenceDossier(QSqlDatabase db, EvidenceStore store)
    : m_db(std::move(db))
    , m_store(std::move(store))
{}

QString EvidenceDossier::folderName(const CriteriaItem& item)
{
    const QString text = keepOnly(item.text, QString());
    QString shortName = text.left(ShortNameLength);
    if (text.size() > ShortNameLength && !text.at(ShortNameLength).isSpace()) {
        const qsizetype space = shortName.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            shortName = shortName.left(space);
    }
    const QString code = safeCode(item.code);
    return EvidenceName::clean(shortName.isEmpty() ? code : code + QLatin1Char(' ') + shortName.trimmed());
}

QString EvidenceDossier::fileName(const Evidence& evidence)
{
    QString extension;
    for (const QChar c : EvidenceName::extension(EvidenceName::clean(evidence.originalName))) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            extension += c;
    }
    QString code = safeCode(evidence.code);
    if (code.isEmpty())
        code = QStringLiteral("MC%1").arg(evidence.id);
    return EvidenceName::clean(extension.isEmpty() ? code : code + QLatin1Char('.') + extension);
}

QList<EvidenceDossier::Entry> EvidenceDossier::layout(
    const QList<EvidenceIndex::Chapter>& chapters, const EvidenceStore& store)
{
    QList<Entry> entries;
    QSet<QString> folders;
    for (const EvidenceIndex::Chapter& chapter : chapters) {
        QString folder = folderName(chapter.item);
        for (int n = 2; folders.contains(folder.toCaseFolded()); ++n)
            folder = folderName(chapter.item) + QStringLiteral("-%1").arg(n);
        folders.insert(folder.toCaseFolded());
        QSet<QString> names;
        for (const Evidence& evidence : chapter.evidence) {
            const QString name = fileName(evidence);
            QString unique = name;
            for (int n = 2; names.contains(unique.toCaseFolded()); ++n) {
                const QFileInfo info(name);
                unique = info.completeBaseName() + QStringLiteral("-%1").arg(n)
                    + (info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
            }
            names.insert(unique.toCaseFolded());
            entries << Entry {
                folder + QLatin1Char('/') + unique, store.objectPath(evidence.sha256), evidence.sha256, evidence.size
            };
        }
    }
    return entries;
}

QByteArray EvidenceDossier::manifest(const QList<Entry>& entries)
{
    QByteArray text;
    for (const Entry& entry : entries)
        text += entry.sha256.toLatin1() + "  " + entry.path.toUtf8() + '\n';
    return text;
}

Result<EvidenceDossier::Summary> EvidenceDossier::write(
    const Request& request, const EvidenceStore::Progress& progress) const
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(request.target).absoluteFilePath()));
    const bool zip = target.suffix().compare(QStringLiteral("zip"), Qt::CaseInsensitive) == 0;
    if (auto free = checkTarget(target, zip); !free)
        return free.error();

    EvidenceFilter filter;
    filter.schoolYearId = request.schoolYearId;
    auto evidence = EvidenceQuery(m_db).list(filter);
    if (!evidence)
        return evidence.error();
    auto names = EvidenceIndexQuery(m_db).names(request.schoolYearId);
    if (!names)
        return names.error();
    const QList<EvidenceIndex::Chapter> chapters = EvidenceIndex::chapters(*evidence, *names, request.set);

    QTemporaryDir staging(
        target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".tmp-XXXXXX")));
    if (!staging.isValid())
        return Error(Error::Code::Io,
            tr("Cannot create a folder beside %1: %2").arg(target.absoluteFilePath(), staging.errorString()),
            target.absolutePath());

    // The index first: a document the school cannot issue (no name yet) stops the dossier before any copying.
    DocumentService documents(m_db, request.today);
    auto prepared = documents.prepare(
        { EvidenceIndex::description(EvidenceIndex::build(*evidence, *names, &request.set, request.schoolYear)) });
    if (!prepared)
        return prepared.error();
    const QString indexPath = staging.filePath(indexFileName());
    if (auto saved = PdfRenderer::save(prepared->documents, indexPath); !saved)
        return saved.error();
    auto indexHash = EvidenceStore::hashFile(indexPath);
    if (!indexHash)
        return indexHash.error();
    QList<Entry> entries { Entry { indexFileName(), indexPath, *indexHash, QFileInfo(indexPath).size() } };

    const QList<Entry> files = layout(chapters, m_store);
    QStringList folders;
    for (const EvidenceIndex::Chapter& chapter : chapters)
        folders << folderName(chapter.item);
    for (const Entry& entry : files) {
        const QString folder = entry.path.section(QLatin1Char('/'), 0, 0);
        if (!folders.contains(folder))
            folders << folder; // a folder renamed with "-2"
    }
    Summary summary;
    summary.files = int(files.size());
    summary.chapters = int(chapters.size());
    for (const Entry& entry : files)
        summary.bytes += entry.size;

    qint64 done = 0;
    for (const Entry& entry : files) {
        if (progress && !progress(done, summary.bytes))
            return cancelled();
        const QString code = entry.path.section(QLatin1Char('/'), 1);
        if (zip) {
            // The archive reads the object itself: check it is still the file that was stored.
            if (auto same = verify(entry.source, entry.sha256, code); !same)
                return same.error();
        } else {
            const QString copy = staging.filePath(entry.path);
            if (!QDir().mkpath(QFileInfo(copy).absolutePath()))
                return Error(Error::Code::Io, tr("Cannot create the folder %1.").arg(QFileInfo(copy).absolutePath()));
            if (auto copied = m_store.copyOut(entry.sha256, copy); !copied) {
                if (copied.error().code != Error::Code::Damaged)
                    return copied.error();
                return Error(Error::Code::Damaged,
                    tr("The stored file of evidence %1 has been altered: %2").arg(code, copied.error().message),
                    entry.source);
            }
            if (auto same = verify(copy, entry.sha256, code); !same)
                return same.error();
        }
        done += entry.size;
    }
    if (progress && !progress(done, summary.bytes))
        return cancelled();
    entries << files;
    const QByteArray sums = manifest(entries);

    if (zip) {
        const QString archive = staging.filePath(QStringLiteral("dossier.zip"));
        if (auto written = writeZip(archive, folders, entries, sums, progress, summary.bytes); !written)
            return written.error();
        syncFolder(staging.path());
        // QFile::rename never replaces an existing file: a file that appeared meanwhile is kept.
        if (!QFile::rename(archive, target.absoluteFilePath()))
            return Error(Error::Code::Io,
                tr("Cannot move the dossier to %1 (does it exist now?).").arg(target.absoluteFilePath()),
                target.absoluteFilePath());
        syncFolder(target.absolutePath());
        return summary;
    }

    for (const QString& folder : std::as_const(folders)) {
        if (!QDir(staging.path()).mkpath(folder))
            return Error(Error::Code::Io, tr("Cannot create the folder %1.").arg(staging.filePath(folder)));
    }
    QSaveFile manifestFile(staging.filePath(manifestFileName()));
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(sums) != sums.size() || !manifestFile.commit())
        return Error(Error::Code::Io,
            tr("Cannot write %1: %2").arg(manifestFile.fileName(), manifestFile.errorString()),
            manifestFile.fileName());
    for (const QString& folder : std::as_const(folders))
        syncFolder(staging.filePath(folder));
    syncFolder(staging.path());
    if (target.exists() && !QDir().rmdir(target.absoluteFilePath()))
        return Error(Error::Code::Io,
            tr("Cannot replace the empty folder %1.").arg(target.absoluteFilePath()),
            target.absoluteFilePath());
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return Error(Error::Code::Io,
            tr("Cannot move the dossier to %1 (does it exist now?).").arg(target.absoluteFilePath()),
            target.absoluteFilePath());
    staging.setAutoRemove(false);
    syncFolder(target.absolutePath());
    return summary;
}

} // namespace thidua
