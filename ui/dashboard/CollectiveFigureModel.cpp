#include "ui/dashboard/CollectiveFigureModel.h"

#include "core/text/VietnameseFormat.h"
#include "ui/dashboard/TargetColors.h"

namespace thidua {

CollectiveFigureModel::CollectiveFigureModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CollectiveFigureModel::setStats(const MovementRoster& roster, const MovementStats& stats)
{
    QList<Line> lines;
    lines.reserve(stats.collectives().size());
    for (const auto& c : stats.collectives()) {
        const MovementRoster::Unit& unit = roster.units()[c.unit];
        lines.append(
            { unit.collectiveId, unit.name, unit.isGroup(), c.rate, c.models, c.modelsTarget, c.missing.size(), {} });
    }
    bool same = lines.size() == m_lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i)
        same = lines[i].collectiveId == m_lines[i].collectiveId && lines[i].name == m_lines[i].name;
    if (!same) {
        beginResetModel();
        m_lines = std::move(lines);
        for (Line& line : m_lines)
            makeTexts(line);
        endResetModel();
        return;
    }
    for (int row = 0; row < int(lines.size()); ++row) {
        if (lines[row].sameFigures(m_lines[row]))
            continue;
        m_lines[row] = lines[row];
        makeTexts(m_lines[row]);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void CollectiveFigureModel::makeTexts(Line& line) const
{
    line.texts.clear();
    for (int column = 0; column < ColumnCount; ++column)
        line.texts.append(display(line, column).toString());
}

int CollectiveFigureModel::rowOf(qint64 collectiveId) const
{
    for (int row = 0; row < int(m_lines.size()); ++row) {
        if (m_lines[row].collectiveId == collectiveId)
            return row;
    }
    return -1;
}

int CollectiveFigureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CollectiveFigureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectiveFigureModel::display(const Line& line, int column) const
{
    switch (column) {
    case NameColumn:
        return (line.group ? tr("Group %1") : tr("Class %1")).arg(line.name);
    case RecognisedColumn:
        return VietnameseFormat::integer(line.rate.numerator);
    case CountedColumn:
        return VietnameseFormat::integer(line.rate.denominator);
    case RateColumn:
        return VietnameseFormat::percent(line.rate.numerator, line.rate.denominator);
    case ResultColumn:
        return MovementStats::levelName(line.rate.level());
    case ModelsColumn:
        return line.group ? QVariant(tr("%1 of %2").arg(line.models).arg(line.modelsTarget)) : QVariant();
    case MissingColumn:
        return line.missing > 0 ? QVariant(VietnameseFormat::integer(line.missing)) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant CollectiveFigureModel::sortValue(const Line& line, int column) const
{
    switch (column) {
    case RecognisedColumn:
        return line.rate.numerator;
    case CountedColumn:
        return line.rate.denominator;
    case RateColumn:
        return line.rate.tenths().value_or(-1);
    case ResultColumn:
        return int(line.rate.level());
    case ModelsColumn:
        return line.group ? line.models : -1;
    case MissingColumn:
        return line.missing;
    default:
        break;
    }
    return {};
}

QVariant CollectiveFigureModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const Line& line = m_lines[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return line.texts.value(column);
    case CollectiveIdRole:
        return line.collectiveId;
    case SortRole:
        // Rows keep their place (the tổ, then the classes by grade) unless sorted by a number.
        return column == NameColumn ? QVariant(index.row()) : sortValue(line, column);
    case FilterRole:
        return QStringLiteral("%1 %2").arg(line.group ? QStringLiteral("group") : QStringLiteral("class"),
            line.rate.level() == TargetRate::Level::Met || line.rate.level() == TargetRate::Level::Empty
                ? QStringLiteral("met")
                : QStringLiteral("missed"));
    case Qt::ToolTipRole:
        if (column == RateColumn)
            return tr("Target: at least %1").arg(VietnameseFormat::percentTenthsShort(line.rate.targetTenths));
        if (column == ModelsColumn && line.group)
            return tr("Learning models built in the year, of at least %1").arg(line.modelsTarget);
        return {};
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == ResultColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        TargetRate::Level level = line.rate.level();
        if (column == ModelsColumn && line.group)
            level = TargetRate::countLevel(line.models, line.modelsTarget);
        else if (column != RateColumn && column != ResultColumn)
            return {};
        return role == Qt::BackgroundRole ? TargetColors::background(level) : TargetColors::foreground(level);
    }
    default:
        break;
    }
    return {};
}

QVariant CollectiveFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Collective");
    case RecognisedColumn:
        return tr("Recognised");
    case CountedColumn:
        return tr("Of");
    case RateColumn:
        return tr("Rate");
    case ResultColumn:
        return tr("Result");
    case ModelsColumn:
        return tr("Learning models");
    case MissingColumn:
        return tr("Missing");
    default:
        break;
    }
    return {};
}

} // namespace thidua
