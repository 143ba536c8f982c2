#include "core/documents/kinds/MovementReportDocument.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/documents/kinds/EvidenceIndexDocument.h"

namespace thidua {

Document MovementReportDocument::build(const MovementReportData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(typeAbbreviation());
    document.title = QStringLiteral("BÁO CÁO");
    document.summary = data.summary;
    document.body << DocumentWording::basisBlocks(origin.legalBases);
    document.body << data.body;
    DocumentWording::closeBody(document.body);
    document.appendices = data.appendices;
    document.signatures.signers =
        origin.signers.isEmpty() ? QList<SignatureBlock> { DocumentWording::defaultSigner(origin) } : origin.signers;
    for (SignatureBlock& signer : document.signatures.signers) {
        if (signer.name.trimmed().isEmpty())
            signer.name = EvidenceIndexDocument::blank(QStringLiteral("Họ và tên"));
    }
    const QString recipient = data.recipient.trimmed().isEmpty()
        ? EvidenceIndexDocument::blank(QStringLiteral("Cơ quan nhận báo cáo"))
        : data.recipient.trimmed();
    document.signatures.distribution.recipients = origin.distributionOr(
        { recipient + QLatin1Char(';'), QStringLiteral("Lưu: VT, %1.").arg(origin.organization.councilAbbreviation) });
    return document;
}

} // namespace thidua
