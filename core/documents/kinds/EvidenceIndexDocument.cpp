#include "core/documents/kinds/EvidenceIndexDocument.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

int EvidenceIndexData::rowCount() const
{
    int count = 0;
    for (const Group& group : groups)
        count += int(group.rows.size());
    return count;
}

QString EvidenceIndexDocument::paperText(const EvidenceIndexData::Row& row)
{
    const bool number = !row.paperNumber.trimmed().isEmpty();
    const bool date = row.paperDate.isValid();
    if (!number && !date)
        return QString();
    return QStringLiteral("Số %1, ngày %2")
        .arg(number ? row.paperNumber.trimmed() : blank(QStringLiteral("số")),
            date ? VietnameseFormat::documentDate(row.paperDate) : blank(QStringLiteral("ngày")));
}

namespace {

// Số, ngày and cơ quan ban hành in one cell: "Số 15/KH-NK, ngày 25/9/2025" over the issuer.
QString paperCell(const EvidenceIndexData::Row& row)
{
    const QString paper = EvidenceIndexDocument::paperText(row);
    const QString issuer = row.paperIssuer.trimmed();
    if (paper.isEmpty())
        return issuer;
    return paper + QLatin1Char('\n')
        + (issuer.isEmpty() ? EvidenceIndexDocument::blank(QStringLiteral("cơ quan ban hành")) : issuer);
}

} // namespace

Table EvidenceIndexDocument::table(const EvidenceIndexData& data)
{
    Table result;
    result.columnWeights = { 1.7, 4.4, 5.6, 5.0, 4.1 };
    result.headerRows << Table::Row { { QStringLiteral("STT"), Paragraph::Align::Center, true },
        { QStringLiteral("Mã minh chứng"), Paragraph::Align::Center, true },
        { QStringLiteral("Tên, nội dung minh chứng"), Paragraph::Align::Center, true },
        { QStringLiteral("Số, ngày, cơ quan ban hành"), Paragraph::Align::Center, true },
        { QStringLiteral("Minh chứng cho"), Paragraph::Align::Center, true } };
    result.fontSize = 12;
    const int span = int(result.columnWeights.size());
    int number = 0;
    for (const EvidenceIndexData::Group& group : data.groups) {
        if (!group.heading.isEmpty()) {
            Table::Cell cell { group.heading, Paragraph::Align::Left, true };
            cell.columnSpan = span;
            result.rows << Table::Row { cell };
        }
        for (const EvidenceIndexData::Row& row : group.rows) {
            result.rows << Table::Row { { QString::number(++number), Paragraph::Align::Center },
                { row.code },
                { row.description.trimmed().isEmpty() ? EvidenceIndexDocument::blank(QStringLiteral("Nội dung"))
                                                      : row.description.trimmed() },
                { paperCell(row) },
                { row.backs } };
        }
    }
    if (number == 0) {
        Table::Cell cell { QStringLiteral("Chưa có minh chứng."), Paragraph::Align::Center, false, true };
        cell.columnSpan = span;
        result.rows << Table::Row { cell };
    }
    return result;
}

Document EvidenceIndexDocument::build(const EvidenceIndexData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(QString());
    document.header.number.clear(); // a danh mục has no ký hiệu in Phụ lục III: no number
    document.title = QStringLiteral("Danh mục minh chứng");
    QStringList summary;
    if (!data.subject.isEmpty())
        summary << data.subject;
    summary << QStringLiteral("Năm học %1")
                   .arg(data.schoolYear.isEmpty() ? blank(QStringLiteral("năm học")) : data.schoolYear);
    document.summary = summary.join(QLatin1Char('\n'));
    document.body << DocumentWording::basisBlocks(origin.legalBases);
    document.body << Block::of(table(data));
    Paragraph total = Paragraph::text(Paragraph::Style::Body,
        DocumentWording::closing(
            QStringLiteral("Danh mục gồm %1 minh chứng").arg(DocumentWording::count(data.rowCount()))));
    total.spaceBeforePt = 6;
    document.body << Block::of(total);
    document.signatures.signers =
        origin.signers.isEmpty() ? QList<SignatureBlock> { DocumentWording::defaultSigner(origin) } : origin.signers;
    for (SignatureBlock& signer : document.signatures.signers) {
        if (signer.name.trimmed().isEmpty())
            signer.name = blank(QStringLiteral("Họ và tên")); // the head is not in the database yet
    }
    document.signatures.distribution.recipients =
        origin.distributionOr({ QStringLiteral("Lưu: VT, %1").arg(origin.organization.councilAbbreviation) });
    return document;
}

} // namespace thidua
