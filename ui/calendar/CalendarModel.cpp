#include "ui/calendar/CalendarModel.h"

#include "core/text/VietnameseFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thidua {

namespace {

QString spanText(const CalendarDate::Span& span)
{
    const QString start = span.start.toString(QStringLiteral("dd/MM"));
    if (span.start == span.end)
        return start;
    return start + QStringLiteral("–") + span.end.toString(QStringLiteral("dd/MM"));
}

} // namespace

CalendarModel::CalendarModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CalendarModel::setItems(const CalendarItems& items)
{
    beginResetModel();
    m_items = items;
    m_rows.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        m_rows.append(Row { i, -1 });
        for (int m = 0; m < m_items[i].missing.size(); ++m)
            m_rows.append(Row { i, m });
    }
    endResetModel();
}

int CalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarModel::display(const Row& row, int column) const
{
    const CalendarItem& item = m_items[row.item];
    if (row.missing >= 0) // the view spans it over the three columns
        return column == DateColumn ? QStringLiteral("    • ") + item.missing[row.missing] : QVariant();
    switch (column) {
    case DateColumn:
        return spanText(item.span);
    case NameColumn:
        return item.entry.name;
    case DueColumn:
        return item.dueText();
    default:
        return {};
    }
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[index.row()];
    const CalendarItem& item = m_items[row.item];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (row.missing >= 0)
            return item.missing[row.missing];
        return tr("%1 – %2 (records of %3)")
            .arg(VietnameseFormat::shortDate(item.span.start), item.entry.name, item.concerns);
    case Qt::ForegroundRole:
        if (item.due.timing == CalendarDate::Timing::Overdue)
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        if (item.due.timing == CalendarDate::Timing::Done)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::FontRole:
        if (row.missing < 0 && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KeyRole:
        return item.entry.key;
    case MissingRole:
        return row.missing >= 0;
    case TimingRole:
        return int(item.due.timing);
    default:
        return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case NameColumn:
        return tr("Deadline / still missing");
    case DueColumn:
        return tr("Days left");
    default:
        return {};
    }
}

} // namespace thidua
