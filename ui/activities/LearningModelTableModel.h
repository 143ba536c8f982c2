#pragma once

#include "core/activities/LearningModel.h"
#include "ui/activities/ActivityTableModel.h"

#include <QAbstractTableModel>

namespace thidua {

// The learning models (mô hình học tập) of a school year: collective, name, result. Read-only.
class LearningModelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CollectiveColumn,
        NameColumn,
        ResultColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LearningModelTableModel(QObject* parent = nullptr);

    void setModels(LearningModels models, ActivityNames names);
    const LearningModel* at(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LearningModels m_models;
    ActivityNames m_names;
};

} // namespace thidua
