#pragma once

#include "core/activities/Initiative.h"
#include "ui/activities/ActivityTableModel.h"

#include <QAbstractTableModel>

namespace thidua {

// The initiatives (sáng kiến) of a school year: title, authors, level, the decision. Read-only.
class InitiativeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        AuthorsColumn,
        LevelColumn,
        DecisionColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit InitiativeTableModel(QObject* parent = nullptr);

    void setInitiatives(Initiatives initiatives, ActivityNames names);
    const Initiative* at(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Initiatives m_initiatives;
    ActivityNames m_names;
};

} // namespace thidua
