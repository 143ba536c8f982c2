#include "ui/dashboard/TargetSummaryModel.h"

#include "core/text/VietnameseFormat.h"
#include "ui/dashboard/TargetColors.h"

namespace thidua {

TargetSummaryModel::TargetSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TargetSummaryModel::setStats(const MovementStats& stats, int modelsPerGroup)
{
    const bool modelsChanged = modelsPerGroup != m_modelsPerGroup;
    m_modelsPerGroup = modelsPerGroup;
    for (int row = StaffRow; row <= ModelsRow; ++row) {
        Line line;
        if (row == ModelsRow) {
            line.rate = stats.modelFigure();
            line.missing = line.rate.denominator - line.rate.numerator;
        } else {
            const auto& g = stats.group(group(row));
            line = { g.rate, g.missing.size() };
        }
        if (line == m_lines[row] && !(row == ModelsRow && modelsChanged))
            continue;
        m_lines[row] = line;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TargetSummaryModel::setLearningUnitStatus(const QString& text)
{
    if (text == m_learningUnitStatus)
        return;
    m_learningUnitStatus = text;
    emit dataChanged(index(LearningUnitRow, 0), index(LearningUnitRow, ColumnCount - 1));
}

int TargetSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int TargetSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetSummaryModel::display(int row, int column) const
{
    if (row == LearningUnitRow) {
        if (column == TargetColumn)
            return tr("The school as a Learning Unit (Đơn vị học tập)");
        return column == ResultColumn ? QVariant(m_learningUnitStatus) : QVariant();
    }
    const Line& line = m_lines[row];
    switch (column) {
    case TargetColumn:
        if (row == ModelsRow)
            return tr("Groups (tổ) with %1 learning model(s) or more").arg(m_modelsPerGroup);
        return tr("Learning citizens: %1").arg(MovementStats::groupName(group(row)));
    case RecognisedColumn:
        return VietnameseFormat::integer(line.rate.numerator);
    case CountedColumn:
        return VietnameseFormat::integer(line.rate.denominator);
    case RateColumn:
        return VietnameseFormat::percent(line.rate.numerator, line.rate.denominator);
    case GoalColumn:
        return QStringLiteral("≥ ") + VietnameseFormat::percentTenthsShort(line.rate.targetTenths);
    case ResultColumn:
        return MovementStats::levelName(line.rate.level());
    case MissingColumn:
        return line.missing > 0 ? QVariant(VietnameseFormat::integer(line.missing)) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant TargetSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= RowCount || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column >= RecognisedColumn && column <= RateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == MissingColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (row == LearningUnitRow || (column != RateColumn && column != ResultColumn))
            return {};
        return role == Qt::BackgroundRole ? TargetColors::background(m_lines[row].rate.level())
                                          : TargetColors::foreground(m_lines[row].rate.level());
    case Qt::ToolTipRole:
        if (column == MissingColumn && row <= AllRow)
            return tr("People not recognised yet (không đạt or not assessed)");
        if (row == LearningUnitRow)
            return tr("Assessed under Thông tư 24/2023/TT-BGDĐT");
        return {};
    default:
        break;
    }
    return {};
}

QVariant TargetSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case RecognisedColumn:
        return tr("Reached");
    case CountedColumn:
        return tr("Of");
    case RateColumn:
        return tr("Rate");
    case GoalColumn:
        return tr("Goal");
    case ResultColumn:
        return tr("Result");
    case MissingColumn:
        return tr("Missing");
    default:
        break;
    }
    return {};
}

} // namespace thidua
