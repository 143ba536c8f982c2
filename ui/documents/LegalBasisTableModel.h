#pragma once

#include "core/documents/LegalBasis.h"

#include <QAbstractTableModel>

namespace thidua {

// The căn cứ list for a QTableView: the citation as printed, the dates it is in force, the kinds that cite it.
class LegalBasisTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Citation,
        ValidFrom,
        ValidTo,
        Kinds,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBases(LegalBases bases);
    const LegalBases& bases() const { return m_bases; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LegalBases m_bases;
};

} // namespace thidua
