#pragma once

#include "core/criteria/MovementStats.h"

#include <QAbstractTableModel>

namespace thidua {

// Each tổ and each class of the year against its target: recognised of counted, rate (the target in its tooltip),
// result, learning models (tổ only) and how many are still missing. A new computation of the same collectives changes
// the figures in place (dataChanged for the rows that changed); other collectives reset the model.
class CollectiveFigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RecognisedColumn,
        CountedColumn,
        RateColumn, // its target in the tooltip (the same for every class, and for every tổ)
        ResultColumn,
        ModelsColumn,
        MissingColumn,
        ColumnCount
    };
    enum Role
    {
        CollectiveIdRole = Qt::UserRole,
        SortRole, // numbers as numbers
        FilterRole, // "group met", "class missed"…, for the filter above the table
    };

    explicit CollectiveFigureModel(QObject* parent = nullptr);

    void setStats(const MovementRoster& roster, const MovementStats& stats);
    // The row of a collective, -1 when it is not listed.
    int rowOf(qint64 collectiveId) const;
    qint64 collectiveId(int row) const { return m_lines.value(row).collectiveId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        qint64 collectiveId = 0;
        QString name;
        bool group = false;
        RateFigure rate;
        int models = 0;
        int modelsTarget = 0;
        qsizetype missing = 0;
        QStringList texts; // what each column shows, made once when the figures change (painting asks often)
        bool sameFigures(const Line& o) const
        {
            return collectiveId == o.collectiveId && name == o.name && group == o.group && rate == o.rate
                && models == o.models && modelsTarget == o.modelsTarget && missing == o.missing;
        }
    };
    QVariant display(const Line& line, int column) const;
    void makeTexts(Line& line) const;
    QVariant sortValue(const Line& line, int column) const;

    QList<Line> m_lines;
};

} // namespace thidua
