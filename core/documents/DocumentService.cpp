#include "core/documents/DocumentService.h"

#include "core/db/Sql.h"
#include "core/documents/CertificateLayoutRepository.h"
#include "core/documents/DocumentRegisterRepository.h"
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

Status DocumentService::complete(DocumentDescription& spec)
{
    DocumentOrigin& origin = spec.origin;
    SchoolRepository schools(m_db);
    auto profile = schools.profile();
    if (!profile)
        return profile.error();
    const QList<QPair<QString, QPair<QString*, QString>>> fields = {
        { QStringLiteral("governing_body"), { &origin.organization.governingBody, profile->governingBody } },
        { QStringLiteral("name"), { &origin.organization.name, profile->fullName } },
        { QStringLiteral("abbreviation"), { &origin.organization.abbreviation, profile->abbreviation } },
        { QStringLiteral("place_name"), { &origin.organization.placeName, profile->placeName } },
    };
    for (const auto& field : fields) {
        if (!spec.organizationGiven.contains(field.first))
            *field.second.first = field.second.second;
    }
    if (!spec.organizationGiven.contains(QStringLiteral("council_abbreviation"))) {
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

    // The head signs unless the description names the signers.
    if (!spec.signersGiven) {
        QString head;
        QString headTitle;
        for (const SchoolLeader& leader : std::as_const(profile->leaders)) {
            if (leader.role == SchoolLeader::Role::Head) {
                head = leader.fullName;
                headTitle = leader.title;
                break;
            }
        }
        if (spec.kind == ProposalDocument::kind() || spec.kind == DecisionDocument::kind()) {
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
    } else if (spec.kind == CertificateDocument::kind()) {
        std::get<CertificateData>(spec.data).signer = origin.signers.constFirst();
        origin.signers.clear();
    }
    return {};
}

Result<DocumentService::Output> DocumentService::prepare(QList<DocumentDescription> specs)
{
    Output output;
    DocumentRegisterRepository registry(m_db);
    for (DocumentDescription& spec : specs) {
        if (auto completed = complete(spec); !completed)
            return completed.error();
        if (spec.kind == CertificateDocument::kind() && spec.certificateMode == QStringLiteral("preprinted")) {
            CertificateLayoutRepository layouts(m_db);
            auto layout = layouts.load(spec.printer);
            if (!layout)
                return layout.error();
            auto pages =
                CertificateDocument::layoutPreprinted(std::get<CertificateData>(spec.data), spec.origin, *layout);
            if (!pages)
                return pages.error();
            if (!output.pages)
                output.pages = LaidOutDocument();
            output.pages->pages << pages->pages;
            continue;
        }
        Documents built = build(spec);
        if (spec.numbering != DocumentDescription::Numbering::Blank && !built.isEmpty()) {
            const Document& first = built.constFirst();
            DocumentRegisterRepository::Request request;
            request.issuer = spec.origin.issuer;
            request.typeAbbreviation = spec.typeAbbreviation();
            request.issuerAbbreviation = spec.origin.issuerAbbreviation();
            request.kind = spec.kind;
            request.date = spec.origin.date;
            request.summary = QString(first.summary).replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (!first.signatures.signers.isEmpty())
                request.signer = first.signatures.signers.constLast().name;
            request.key = spec.origin.key.isEmpty() ? derivedKey(spec, first) : spec.origin.key;
            request.number = spec.numbering == DocumentDescription::Numbering::Fixed ? spec.number : 0;
            auto entry = registry.assign(request);
            if (!entry)
                return entry.error();
            output.numbers << *entry;
            spec.origin.number = entry->symbol;
            built = build(spec); // again, with the number in the header and in the appendices' references
        }
        output.documents << built;
    }
    if (output.pages && !output.documents.isEmpty())
        return Error(Error::Code::Validation,
            tr("Certificates on pre-printed blanks cannot be mixed with other documents in one output."));
    return output;
}

} // namespace thidua
