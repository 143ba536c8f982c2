#include "ui/criteria/CriteriaSetListModel.h"

namespace thidua {

void CriteriaSetListModel::setSets(const CriteriaSets& sets, const QHash<qint64, qint64>& uses)
{
    beginResetModel();
    m_sets = sets;
    m_uses = uses;
    endResetModel();
}

const CriteriaSet* CriteriaSetListModel::set(int row) const
{
    return row >= 0 && row < m_sets.size() ? &m_sets[row] : nullptr;
}

int CriteriaSetListModel::rowOf(qint64 setId) const
{
    for (int row = 0; row < m_sets.size(); ++row) {
        if (m_sets[row].id == setId)
            return row;
    }
    return -1;
}

int CriteriaSetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

QVariant CriteriaSetListModel::data(const QModelIndex& index, int role) const
{
    const CriteriaSet* s = index.isValid() && index.column() == 0 ? set(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — version %2").arg(s->name).arg(s->version);
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1\nFor: %2\nRule: %3").arg(s->legalBasis, CriteriaSet::targetName(s->target), s->rule.describe());
        if (const qint64 n = m_uses.value(s->id); n > 0)
            tip += QLatin1Char('\n') + tr("Used by %n assessment(s)", nullptr, int(n));
        return tip;
    }
    case Qt::UserRole:
        return s->id;
    }
    return {};
}

} // namespace thidua
