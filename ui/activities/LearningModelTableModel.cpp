#include "ui/activities/LearningModelTableModel.h"

namespace thidua {

LearningModelTableModel::LearningModelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LearningModelTableModel::setModels(LearningModels models, ActivityNames names)
{
    beginResetModel();
    m_models = std::move(models);
    m_names = std::move(names);
    endResetModel();
}

const LearningModel* LearningModelTableModel::at(int row) const
{
    return row >= 0 && row < m_models.size() ? &m_models.at(row) : nullptr;
}

int LearningModelTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models.at(row).id == id)
            return row;
    }
    return -1;
}

int LearningModelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int LearningModelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearningModelTableModel::data(const QModelIndex& index, int role) const
{
    const LearningModel* m = index.isValid() ? at(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == IdRole)
        return m->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CollectiveColumn:
        return m_names.collectives.value(m->collectiveId);
    case NameColumn:
        return role == Qt::ToolTipRole && !m->description.isEmpty() ? m->name + QLatin1Char('\n') + m->description
                                                                    : m->name;
    case ResultColumn:
        return m->result;
    default:
        return {};
    }
}

QVariant LearningModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CollectiveColumn:
        return tr("Collective");
    case NameColumn:
        return tr("Learning model");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace thidua
