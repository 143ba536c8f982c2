#pragma once

#include "core/documents/RegisterEntry.h"

#include <QAbstractTableModel>

namespace thidua {

// The register's entries (sổ đăng ký văn bản đi) for a QTableView: number and symbol, date, type, trích yếu,
// signer, issuer, times printed. Qt::UserRole gives a value that sorts (numbers, ISO dates).
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Symbol,
        Date,
        Type,
        Summary,
        Signer,
        Issuer,
        Printed,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(RegisterEntries entries);
    const RegisterEntries& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RegisterEntries m_entries;
};

} // namespace thidua
