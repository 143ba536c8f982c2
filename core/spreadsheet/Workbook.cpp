#include "core/spreadsheet/Workbook.h"

#include <algorithm>

namespace thidua {

const Cell& Sheet::cell(int row, int column) const
{
    static const Cell empty;
    if (row < 0 || row >= rows.size() || column < 0)
        return empty;
    const QList<Cell>& cells = rows.at(row);
    return column < cells.size() ? cells.at(column) : empty;
}

int Sheet::columnCount() const
{
    qsizetype count = 0;
    for (const QList<Cell>& row : rows)
        count = std::max(count, row.size());
    return int(count);
}

} // namespace thidua
