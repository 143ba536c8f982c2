#pragma once

#include "core/criteria/CriteriaSet.h"

#include <QAbstractListModel>

namespace thidua {

// The criteria sets of the database, every version, for the list on the Bộ tiêu chí page: "name — phiên bản N".
class CriteriaSetListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setSets(const CriteriaSets& sets, const QHash<qint64, qint64>& uses);
    const CriteriaSet* set(int row) const;
    int rowOf(qint64 setId) const;
    qint64 uses(qint64 setId) const { return m_uses.value(setId); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    CriteriaSets m_sets;
    QHash<qint64, qint64> m_uses;
};

} // namespace thidua
