#include "core/documents/kinds/NomineeTable.h"

#include <QRegularExpression>

#include <algorithm>

namespace thidua {

int NomineeTable::collectives(const Nominees& nominees)
{
    return int(std::count_if(nominees.cbegin(), nominees.cend(), [](const Nominee& n) { return n.collective; }));
}

int NomineeTable::individuals(const Nominees& nominees)
{
    return int(nominees.size()) - collectives(nominees);
}

Table NomineeTable::build(const Nominees& nominees, const Columns& columns)
{
    Table table;
    table.columnWeights = { 2, 5, 5 }; // "STT" on one line with the widest list (five columns)
    Table::Row header = {
        { QStringLiteral("STT") }, { QStringLiteral("Họ và tên / Tên tập thể") }, { QStringLiteral("Chức vụ, đơn vị") }
    };
    if (columns.achievement) {
        table.columnWeights << 6.6;
        header << Table::Cell { QStringLiteral("Thành tích") };
    }
    if (columns.award) {
        table.columnWeights << 4.5;
        header << Table::Cell { QStringLiteral("Hình thức khen thưởng") };
    }
    table.headerRows << header;
    const int span = int(table.columnWeights.size());
    auto group = [&](bool collective, const QString& heading) {
        int number = 0;
        bool any = false;
        for (const Nominee& nominee : nominees) {
            if (nominee.collective != collective)
                continue;
            if (!any) {
                Table::Cell cell { heading, Paragraph::Align::Left, true };
                cell.columnSpan = span;
                table.rows << Table::Row { cell };
                any = true;
            }
            Table::Row row = { { QString::number(++number), Paragraph::Align::Center },
                { nominee.name },
                { collective ? nominee.unit
                             : QStringList({ nominee.position, nominee.unit })
                                   .filter(QRegularExpression(QStringLiteral("\\S")))
                                   .join(QStringLiteral(", ")) } };
            if (columns.achievement)
                row << Table::Cell { nominee.achievement }; // left: justified text in a narrow column gapes
            if (columns.award)
                row << Table::Cell { nominee.award };
            table.rows << row;
        }
    };
    const bool both = collectives(nominees) > 0 && individuals(nominees) > 0;
    group(true, both ? QStringLiteral("I. TẬP THỂ") : QStringLiteral("TẬP THỂ"));
    group(false, both ? QStringLiteral("II. CÁ NHÂN") : QStringLiteral("CÁ NHÂN"));
    return table;
}

} // namespace thidua
