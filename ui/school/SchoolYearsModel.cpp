#include "ui/school/SchoolYearsModel.h"

#include "core/text/VietnameseFormat.h"

#include <QFont>

#include <algorithm>

namespace thidua {

SchoolYearsModel::SchoolYearsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SchoolYearsModel::setYears(const SchoolYears& years, qint64 currentYearId)
{
    beginResetModel();
    m_years = years;
    std::reverse(m_years.begin(), m_years.end());
    m_current = currentYearId;
    endResetModel();
}

void SchoolYearsModel::setCurrentYear(qint64 yearId)
{
    m_current = yearId;
    if (!m_years.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::FontRole });
}

qint64 SchoolYearsModel::yearId(int row) const
{
    return row >= 0 && row < m_years.size() ? m_years[row].id : 0;
}

int SchoolYearsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int SchoolYearsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolYearsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolYear& year = m_years[index.row()];
    const bool shown = year.id == m_current;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return year.name();
        case StartColumn:
            return VietnameseFormat::shortDate(year.startDate);
        case EndColumn:
            return VietnameseFormat::shortDate(year.endDate);
        case ShownColumn:
            return shown ? QStringLiteral("✓") : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ShownColumn ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (shown) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case YearIdRole:
        return year.id;
    }
    return {};
}

QVariant SchoolYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NameColumn:
        return tr("School year");
    case StartColumn:
        return tr("Starts");
    case EndColumn:
        return tr("Ends");
    case ShownColumn:
        return tr("Shown");
    }
    return {};
}

} // namespace thidua
