#include "core/documents/kinds/BallotDocument.h"

namespace thidua {

namespace {

Table nomineeTable(const Nominees& nominees, bool narrow)
{
    Table table;
    table.columnWeights = narrow ? QList<double> { 1.5, 5.2, 2.3, 2.3 } : QList<double> { 1.4, 5.2, 4.4, 2.2, 2.4 };
    Table::Row header = { { QStringLiteral("STT") }, { QStringLiteral("Họ và tên / Tên tập thể") } };
    if (!narrow)
        header << Table::Cell { QStringLiteral("Hình thức đề nghị") };
    header << Table::Cell { QStringLiteral("Đồng ý") } << Table::Cell { QStringLiteral("Không đồng ý") };
    table.headerRows << header;
    int number = 0;
    for (const Nominee& nominee : nominees) {
        // The name and the form on a narrow ballot share a cell; the last two cells stay empty: the boxes to mark.
        QString name = nominee.name;
        if (narrow && !nominee.award.isEmpty())
            name += QStringLiteral("\n(") + nominee.award + QLatin1Char(')');
        Table::Row row = { { QString::number(++number), Paragraph::Align::Center }, { name } };
        if (!narrow)
            row << Table::Cell { nominee.award };
        row << Table::Cell { QStringLiteral("\n") } << Table::Cell { QString() };
        table.rows << row;
    }
    return table;
}

} // namespace

Documents BallotDocument::build(const BallotData& data, const DocumentOrigin& origin)
{
    const bool narrow = data.paper == PageSetup::Paper::A5;
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.page.paper = data.paper;
    document.header = origin.header(QString());
    document.header.number.clear(); // not numbered
    document.header.showDateLine = false;
    QString subject = data.subject;
    if (narrow) {
        // A5 is too narrow for two header columns: the quốc hiệu alone, centred, and the council under the title.
        document.header.issuer.clear();
        document.header.governingBody.clear();
        subject += QStringLiteral("\n") + origin.issuerName();
        if (origin.issuer == RegisterIssuer::Council)
            subject += QStringLiteral("\n") + origin.organization.name;
    }
    document.title = QStringLiteral("Phiếu bầu");
    document.summary = data.round > 0 ? subject + QStringLiteral("\n(Vòng %1)").arg(data.round) : subject;
    document.body << Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("Đánh dấu (X) vào ô “Đồng ý” hoặc ô “Không đồng ý” của từng trường hợp.")));
    document.body << Block::of(nomineeTable(data.nominees, narrow));

    Documents ballots;
    for (int i = 0; i < qMax(1, data.copies); ++i)
        ballots << document;
    return ballots;
}

} // namespace thidua
