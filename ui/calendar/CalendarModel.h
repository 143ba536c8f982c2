#pragma once

#include "core/calendar/CalendarService.h"

#include <QAbstractTableModel>

namespace thidua {

// The year's calendar as a list: a row per entry (date, name, days left) followed by a row per thing still missing
// for it (in the first column, indented; the view spans it over the row). Overdue entries and their missing items are
// red, done ones grey.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        NameColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the entry's key (on its missing rows too)
        MissingRole, // true on a missing item's row
        TimingRole, // int(CalendarDate::Timing)
    };

    explicit CalendarModel(QObject* parent = nullptr);

    void setItems(const CalendarItems& items);
    const CalendarItems& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int item = 0;
        int missing = -1; // -1: the entry itself
    };
    QVariant display(const Row& row, int column) const;

    CalendarItems m_items;
    QList<Row> m_rows;
};

} // namespace thidua
