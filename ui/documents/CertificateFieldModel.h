#pragma once

#include "core/documents/kinds/CertificateLayout.h"

#include <QAbstractTableModel>

namespace thidua {

// The fields of a certificate layout as an editable table: field, x, y, width (mm), size (pt), bold, italic.
class CertificateFieldModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Field,
        X,
        Y,
        Width,
        Size,
        Bold,
        Italic,
        ColumnCount
    };

    explicit CertificateFieldModel(QObject* parent = nullptr);

    void setLayout(const CertificateLayout& layout);
    // The layout with the edited fields (offsets and orientation as last set).
    CertificateLayout layout() const { return m_layout; }
    void setOffset(double xMm, double yMm);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    CertificateLayout m_layout;
};

} // namespace thidua
