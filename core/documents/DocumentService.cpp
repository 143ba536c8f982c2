#include "core/documents/DocumentService.h"

#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/db/TransactionRun.h"
#include "core/documents/CertificateLayoutRepository.h"
#include "core/documents/DocumentRegisterRepository.h"
#include "core/documents/DocumentType.h"
#include "core/documents/LegalBasisRepository.h"
#include "core/school/SchoolRepository.h"

#include <QCryptographicHash>

namespace thidua {

DocumentService::DocumentService(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

Documents DocumentService::build(const DocumentDescription& spec)
{
    return std::visit(
        [&spec](const auto& data) -> Documents {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, ProposalData>)
                return { ProposalDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, MinutesData>)
                return { MinutesDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, DecisionData>)
                return { DecisionDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, AchievementReportData>)
                return { AchievementReportDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, EvidenceIndexData>)
                return { EvidenceIndexDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, TallyMinutesData>)
                return { TallyMinutesDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, MovementReportData>)
                return { MovementReportDocument::build(data, spec.origin) };
            else if constexpr (std::is_same_v<T, BallotData>)
                return BallotDocument::build(data, spec.origin);
            else
                return CertificateDocument::buildPlain(data, spec.origin);
        },
        spec.data);
}

QString DocumentService::derivedKey(const DocumentDescription& spec, const Document& built)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& part : { spec.kind,
             RegisterEntry::issuerKey(spec.origin.issuer),
             spec.origin.date.toString(Qt::ISODate),
             built.title,
             built.summary })
        hash.addData((part + QChar(0x1f)).toUtf8());
    for (const Block& block : built.body) {
        if (block.kind == Block::Kind::Addressees)
            hash.addData(block.addressees.join(QChar(0x1f)).toUtf8());
    }
    return spec.kind + QLatin1Char(':') + QString::fromLatin1(hash.result().toHex().left(20));
}

bool DocumentService::isSchool(const QString& organization, const SchoolProfile& profile)
{
    const QString ours = profile.fullName.trimmed();
    return !ours.isEmpty() && organization.trimmed().compare(ours, Qt::CaseInsensitive) == 0;
}

Status DocumentService::complete(DocumentDescription& spec) const
{
    DocumentOrigin& origin = spec.origin;
    SchoolRepository schools(m_db);
    auto profile = schools.profile();
    if (!profile)
        return profile.error();
    // A description that names another organisation than the database's school takes nothing of the school: not
    // its governing body, abbreviation or place, and not its head as the signer.
    const bool ours =
        !spec.organizationGiven.contains(QStringLiteral("name")) || isSchool(origin.organization.name, *profile);
    const QList<QPair<QString, QPair<QString*, QString>>> fields = {
        { QStringLiteral("governing_body"), { &origin.organization.governingBody, profile->governingBody } },
        { QStringLiteral("name"), { &origin.organization.name, profile->fullName } },
        { QStringLiteral("abbreviation"), { &origin.organization.abbreviation, profile->abbreviation } },
        { QStringLiteral("place_name"), { &origin.organization.placeName, profile->placeName } },
    };
    for (const auto& field : fields) {
        if (ours && !spec.organizationGiven.contains(field.first))
            *field.second.first = field.second.second;
    }
    if (ours && !spec.organizationGiven.contains(QStringLiteral("council_abbreviation"))) {
        auto stored = Sql::scalar(m_db,
            QStringLiteral("SELECT value FROM setting WHERE key = ?"),
            { QStringLiteral("documents.council_abbreviation") });
        if (!stored)
            return stored.error();
        if (stored->isValid() && !stored->toString().isEmpty())
            origin.organization.councilAbbreviation = stored->toString();
    }
    if (origin.organization.name.isEmpty())
        return Error(Error::Code::Validation,
            tr("The school's name is unknown: set it with “thidua-cli school set full_name …” or give "
               "organization.name in the description."));
    if (!spec.dateGiven)
        origin.date = m_today;

    QStringList citations;
    if (spec.automaticBases) {
        LegalBasisRepository bases(m_db);
        auto valid = bases.validOn(origin.date, spec.kind);
        if (!valid)
            return valid.error();
        for (const LegalBasis& basis : std::as_const(*valid))
            citations << basis.citation();
    }
    origin.legalBases = citations + spec.extraBases;
    completeSigners(spec, ours ? *profile : SchoolProfile());
    return {};
}

void DocumentService::completeSigners(DocumentDescription& spec, const SchoolProfile& profile)
{
    DocumentOrigin& origin = spec.origin;
    if (spec.signersGiven) {
        if (spec.kind == CertificateDocument::kind()) {
            std::get<CertificateData>(spec.data).signer = origin.signers.constFirst();
            origin.signers.clear();
        }
        return;
    }
    // The head of the document's own organisation signs unless the description names the signers; the head of
    // another organisation is not known here, so the name is left blank for the signer to write.
    QString head;
    QString headTitle;
    for (const SchoolLeader& leader : profile.leaders) {
        if (leader.role == SchoolLeader::Role::Head) {
            head = leader.fullName;
            headTitle = leader.title;
            break;
        }
    }
    if (spec.kind == ProposalDocument::kind() || spec.kind == DecisionDocument::kind()
        || spec.kind == EvidenceIndexDocument::kind()) {
        SignatureBlock signer;
        if (origin.issuer == RegisterIssuer::Council) {
            signer.authority = QStringLiteral("TM. ") + origin.organization.councilName;
            signer.titles = { QStringLiteral("Chủ tịch") };
        } else {
            signer.titles = { headTitle.isEmpty() ? QStringLiteral("Hiệu trưởng") : headTitle };
        }
        signer.name = head;
        origin.signers = { signer };
    } else if (spec.kind == CertificateDocument::kind()) {
        auto& data = std::get<CertificateData>(spec.data);
        if (data.signer.name.isEmpty())
            data.signer.name = head;
    }
}

QStringList DocumentService::unsignedDocuments(const QList<DocumentDescription>& completed)
{
    QStringList names;
    for (const DocumentDescription& description : completed) {
        bool blank = false;
        if (description.kind == ProposalDocument::kind() || description.kind == DecisionDocument::kind()
            || description.kind == EvidenceIndexDocument::kind())
            blank =
                description.origin.signers.isEmpty() || description.origin.signers.constLast().name.trimmed().isEmpty();
        else if (description.kind == CertificateDocument::kind())
            blank = std::get<CertificateData>(description.data).signer.name.trimmed().isEmpty();
        if (blank)
            names << QStringLiteral("%1 (%2)").arg(
                RegisterEntry::kindName(description.kind), description.origin.organization.name);
    }
    return names;
}

Status DocumentService::saveLegalBasis(LegalBasis& basis)
{
    return runInTransaction(m_db, [this, &basis] { return LegalBasisRepository(m_db).save(basis); });
}

Status DocumentService::removeLegalBasis(qint64 id)
{
    return runInTransaction(m_db, [this, id] { return LegalBasisRepository(m_db).remove(id); });
}

Status DocumentService::restoreLegalBasis(const LegalBasis& removed)
{
    return runInTransaction(m_db, [this, &removed] { return LegalBasisRepository(m_db).restore(removed); });
}

Status DocumentService::validateLegalBasis(const LegalBasis& basis)
{
    return LegalBasisRepository::validate(basis);
}

Status DocumentService::saveCertificateLayout(const QString& printer, const CertificateLayout& layout)
{
    return runInTransaction(
        m_db, [this, &printer, &layout] { return CertificateLayoutRepository(m_db).save(printer, layout); });
}

Result<LaidOutDocument> DocumentService::layOut(const QList<Preprinted>& certificates)
{
    LaidOutDocument all;
    for (const Preprinted& certificate : certificates) {
        auto pages = CertificateDocument::layoutPreprinted(certificate.data, certificate.origin, certificate.layout);
        if (!pages)
            return pages.error();
        all.pages << pages->pages;
    }
    return all;
}

Result<DocumentService::Output> DocumentService::prepare(QList<DocumentDescription> descriptions) const
{
    for (DocumentDescription& description : descriptions) {
        if (auto completed = complete(description); !completed)
            return completed.error();
    }
    return run(std::move(descriptions), Numbering::Peek);
}

Result<DocumentService::Output> DocumentService::issue(const QList<DocumentDescription>& completed, const Writer& write)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto issued = run(completed, Numbering::Assign);
    if (!issued)
        return issued.error();
    if (write) {
        if (auto written = write(*issued); !written)
            return written.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return issued;
}

namespace {

// `profile`: the database's school. The key derived for another organisation's document names that organisation,
// so that the same text issued by two organisations is two documents (the school's own keys are unchanged).
DocumentRegisterRepository::Request requestFor(
    const DocumentDescription& description, const Document& first, const SchoolProfile& profile)
{
    DocumentRegisterRepository::Request request;
    request.organization = description.origin.organization.name.trimmed();
    request.issuer = description.origin.issuer;
    request.typeAbbreviation = description.typeAbbreviation();
    request.issuerAbbreviation = description.origin.issuerAbbreviation();
    request.kind = description.kind;
    request.date = description.origin.date;
    request.summary = QString(first.summary).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!first.signatures.signers.isEmpty())
        request.signer = first.signatures.signers.constLast().name;
    request.key =
        description.origin.key.isEmpty() ? DocumentService::derivedKey(description, first) : description.origin.key;
    if (description.origin.key.isEmpty() && !DocumentService::isSchool(request.organization, profile))
        request.key += QLatin1Char('@') + request.organization;
    request.number = description.numbering == DocumentDescription::Numbering::Fixed ? description.number : 0;
    return request;
}

// The numbers a batch would get, without writing: what the register holds for documents issued before, otherwise
// the next numbers of each sequence, counting the batch's own.
class NumberPeek
{
public:
    explicit NumberPeek(const DocumentRegisterRepository& registry)
        : m_registry(registry)
    {}

    Result<RegisterEntry> peek(const DocumentRegisterRepository::Request& request)
    {
        auto existing = m_registry.findByKey(request.key);
        if (!existing)
            return existing.error();
        if (existing->id != 0)
            return *existing;
        const QString sequence = request.organization + QChar(0x1f) + RegisterEntry::issuerKey(request.issuer)
            + QString::number(request.date.year());
        if (!m_next.contains(sequence)) {
            auto next = m_registry.nextNumber(request.organization, request.issuer, request.date.year());
            if (!next)
                return next.error();
            m_next.insert(sequence, *next);
        }
        RegisterEntry entry;
        entry.organization = request.organization;
        entry.issuer = request.issuer;
        entry.year = request.date.year();
        entry.number = request.number != 0 ? request.number : m_next.value(sequence);
        m_next[sequence] = qMax(m_next.value(sequence), entry.number + 1);
        entry.typeAbbreviation = request.typeAbbreviation;
        entry.issuerAbbreviation = request.issuerAbbreviation;
        entry.symbol = DocumentNumber::format(entry.number, request.typeAbbreviation, request.issuerAbbreviation);
        entry.kind = request.kind;
        entry.date = request.date;
        entry.summary = request.summary;
        entry.signer = request.signer;
        entry.key = request.key;
        return entry;
    }

private:
    const DocumentRegisterRepository& m_registry;
    QHash<QString, int> m_next;
};

} // namespace

Result<DocumentService::Output> DocumentService::run(QList<DocumentDescription> descriptions, Numbering numbering) const
{
    Output output;
    auto profile = SchoolRepository(m_db).profile();
    if (!profile)
        return profile.error();
    DocumentRegisterRepository registry(m_db);
    NumberPeek peek(registry);
    CertificateLayoutRepository layouts(m_db);
    for (DocumentDescription& description : descriptions) {
        if (description.kind == CertificateDocument::kind()
            && description.certificateMode == QStringLiteral("preprinted")) {
            auto layout = layouts.load(description.printer);
            if (!layout)
                return layout.error();
            output.preprinted << Preprinted {
                std::get<CertificateData>(description.data), description.origin, *layout
            };
            continue;
        }
        Documents built = build(description);
        if (description.numbering != DocumentDescription::Numbering::Blank && !built.isEmpty()) {
            const DocumentRegisterRepository::Request request = requestFor(description, built.constFirst(), *profile);
            auto entry = numbering == Numbering::Assign ? registry.assign(request) : peek.peek(request);
            if (!entry)
                return entry.error();
            output.numbers << *entry;
            description.origin.number = entry->symbol;
            built = build(description); // again, with the number in the header and in the appendices' references
        }
        output.documents << built;
    }
    if (!output.preprinted.isEmpty()) {
        if (!output.documents.isEmpty())
            return Error(Error::Code::Validation,
                tr("Certificates on pre-printed blanks cannot be mixed with other documents in one output."));
        auto pages = layOut(output.preprinted);
        if (!pages)
            return pages.error();
        output.pages = std::move(*pages);
    }
    output.descriptions = std::move(descriptions);
    return output;
}

} // namespace thidua
