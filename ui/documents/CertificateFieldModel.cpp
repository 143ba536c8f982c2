#include "ui/documents/CertificateFieldModel.h"

namespace thidua {

CertificateFieldModel::CertificateFieldModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_layout(CertificateLayout::defaults())
{}

void CertificateFieldModel::setLayout(const CertificateLayout& layout)
{
    beginResetModel();
    m_layout = layout;
    endResetModel();
}

void CertificateFieldModel::setOffset(double xMm, double yMm)
{
    m_layout.offsetXMm = xMm;
    m_layout.offsetYMm = yMm;
}

int CertificateFieldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_layout.fields.size());
}

int CertificateFieldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateFieldModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const CertificateField& field = m_layout.fields[index.row()];
    if (role == Qt::CheckStateRole) {
        if (index.column() == Bold)
            return field.bold ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Italic)
            return field.italic ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (index.column()) {
    case Field:
        return role == Qt::DisplayRole ? CertificateLayout::fieldLabel(field.key) : QVariant(field.key);
    case X:
        return field.xMm;
    case Y:
        return field.yMm;
    case Width:
        return field.widthMm;
    case Size:
        return field.size;
    default:
        return QVariant();
    }
}

bool CertificateFieldModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CertificateField& field = m_layout.fields[index.row()];
    const double pageWidth = m_layout.landscape ? 297 : 210, pageHeight = m_layout.landscape ? 210 : 297;
    if (role == Qt::CheckStateRole && (index.column() == Bold || index.column() == Italic)) {
        const bool on = value.toInt() == Qt::Checked;
        (index.column() == Bold ? field.bold : field.italic) = on;
        emit dataChanged(index, index, { role });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return false;
    switch (index.column()) {
    case X:
        if (number < 0 || number + field.widthMm > pageWidth)
            return false;
        field.xMm = number;
        break;
    case Y:
        if (number < 0 || number > pageHeight)
            return false;
        field.yMm = number;
        break;
    case Width:
        if (number <= 0 || field.xMm + number > pageWidth)
            return false;
        field.widthMm = number;
        break;
    case Size:
        if (number < 6 || number > 72)
            return false;
        field.size = number;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    return true;
}

QVariant CertificateFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case X:
        return tr("Left (mm)");
    case Y:
        return tr("Top (mm)");
    case Width:
        return tr("Width (mm)");
    case Size:
        return tr("Size (pt)");
    case Bold:
        return tr("Bold");
    case Italic:
        return tr("Italic");
    default:
        return QVariant();
    }
}

Qt::ItemFlags CertificateFieldModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Bold || index.column() == Italic)
        flags |= Qt::ItemIsUserCheckable;
    else if (index.column() != Field)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace thidua
