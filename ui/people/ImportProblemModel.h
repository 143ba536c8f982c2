#pragma once

#include "core/people/RosterImport.h"

#include <QAbstractTableModel>

namespace thidua {

// The problems of an import plan, one per line: sheet, row, column (letter, as the spreadsheet shows it), error
// or warning, and the message.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SheetColumn,
        RowColumn,
        ColumnColumn,
        SeverityColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setProblems(const QList<RosterImport::Problem>& problems);
    const RosterImport::Problem& problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RosterImport::Problem> m_problems;
};

} // namespace thidua
