#include "ui/documents/LegalBasisTableModel.h"

#include "core/documents/DocumentSpec.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

void LegalBasisTableModel::setBases(LegalBases bases)
{
    beginResetModel();
    m_bases = std::move(bases);
    endResetModel();
}

int LegalBasisTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bases.size());
}

int LegalBasisTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LegalBasisTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LegalBasis& basis = m_bases.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Citation:
        return basis.citation();
    case ValidFrom:
        return basis.validFrom.isValid() ? VietnameseFormat::shortDate(basis.validFrom) : QString();
    case ValidTo:
        return basis.validTo.isValid() ? VietnameseFormat::shortDate(basis.validTo) : tr("in force");
    case Kinds: {
        if (basis.appliesTo.isEmpty())
            return tr("all");
        QStringList names;
        for (const QString& kind : basis.appliesTo)
            names << DocumentSpec::kindName(kind);
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant LegalBasisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Citation:
        return tr("Citation");
    case ValidFrom:
        return tr("In force from");
    case ValidTo:
        return tr("Until");
    case Kinds:
        return tr("Cited by");
    default:
        return {};
    }
}

} // namespace thidua
