#include "ui/documents/RegisterTableModel.h"

#include "core/documents/DocumentType.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

void RegisterTableModel::setEntries(RegisterEntries entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Symbol:
            return entry.symbol;
        case Date:
            return VietnameseFormat::shortDate(entry.date);
        case Type: {
            const QString name = DocumentType::find(entry.typeAbbreviation).name;
            return name.isEmpty() ? RegisterEntry::kindName(entry.kind) : name;
        }
        case Summary:
            return entry.summary;
        case Signer:
            return entry.signer;
        case Issuer:
            return entry.issuingBody();
        case Printed:
            return entry.printCount;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Symbol:
            return QStringLiteral("%1-%2-%3")
                .arg(entry.year, 4, 10, QLatin1Char('0'))
                .arg(int(entry.issuer))
                .arg(entry.number, 6, 10, QLatin1Char('0'));
        case Date:
            return entry.date.toString(Qt::ISODate);
        case Printed:
            return entry.printCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Printed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Symbol:
        return tr("Number");
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Summary:
        return tr("Subject");
    case Signer:
        return tr("Signer");
    case Issuer:
        return tr("Issuer");
    case Printed:
        return tr("Printed");
    default:
        return {};
    }
}

} // namespace thidua
