#include "core/documents/RegisterExport.h"

#include "core/common/Csv.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

// The columns of the exported register (printed wording: Vietnamese, not translated).
QStringList registerColumns()
{
    return { QStringLiteral("Năm"),
        QStringLiteral("Cơ quan ban hành"),
        QStringLiteral("Số"),
        QStringLiteral("Số, ký hiệu"),
        QStringLiteral("Ngày văn bản"),
        QStringLiteral("Loại"),
        QStringLiteral("Trích yếu"),
        QStringLiteral("Người ký"),
        QStringLiteral("Ngày cấp số"),
        QStringLiteral("Số lần in") };
}

} // namespace

Status RegisterExport::saveXlsx(const RegisterEntries& entries, const QString& path)
{
    XlsxWriter xlsx;
    xlsx.addSheet(QStringLiteral("Sổ đăng ký văn bản đi"));
    const QStringList columns = registerColumns();
    const QList<double> widths { 7, 30, 6, 18, 12, 18, 60, 24, 17, 9 };
    for (int c = 0; c < columns.size(); ++c) {
        xlsx.writeText(0, c, columns[c], true);
        xlsx.setColumnWidth(c, widths.value(c, 12));
    }
    xlsx.freezeRows(1);
    xlsx.printOnPageWidth(1);
    int row = 1;
    for (const RegisterEntry& entry : entries) {
        xlsx.writeNumber(row, 0, entry.year);
        xlsx.writeText(row, 1, entry.issuingBody());
        xlsx.writeNumber(row, 2, entry.number);
        xlsx.writeText(row, 3, entry.symbol);
        xlsx.writeDate(row, 4, entry.date);
        xlsx.writeText(row, 5, RegisterEntry::kindName(entry.kind));
        xlsx.writeText(row, 6, entry.summary);
        xlsx.writeText(row, 7, entry.signer);
        xlsx.writeText(row, 8, entry.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        xlsx.writeNumber(row, 9, entry.printCount);
        ++row;
    }
    return xlsx.save(path);
}

QByteArray RegisterExport::toCsv(const RegisterEntries& entries)
{
    QString csv = Csv::record(registerColumns());
    for (const RegisterEntry& entry : entries) {
        csv += Csv::record({ QString::number(entry.year),
            entry.issuingBody(),
            QString::number(entry.number),
            entry.symbol,
            VietnameseFormat::shortDate(entry.date),
            RegisterEntry::kindName(entry.kind),
            entry.summary,
            entry.signer,
            entry.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            QString::number(entry.printCount) });
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace thidua
