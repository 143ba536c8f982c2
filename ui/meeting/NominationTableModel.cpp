#include "ui/meeting/NominationTableModel.h"

#include <QBrush>
#include <QColor>

namespace thidua {

NominationTableModel::NominationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void NominationTableModel::setNominations(NominationViews nominations)
{
    beginResetModel();
    m_nominations = std::move(nominations);
    endResetModel();
}

const NominationView* NominationTableModel::at(int row) const
{
    return row >= 0 && row < m_nominations.size() ? &m_nominations[row] : nullptr;
}

int NominationTableModel::rowOf(qint64 nominationId) const
{
    for (int row = 0; row < m_nominations.size(); ++row) {
        if (m_nominations[row].nomination.id == nominationId)
            return row;
    }
    return -1;
}

int NominationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nominations.size());
}

int NominationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NominationTableModel::categoryText(AwardForm::Category category)
{
    return category == AwardForm::Category::Title ? tr("Emulation title") : tr("Commendation");
}

QString NominationTableModel::problemsText(const NominationView& view)
{
    const int open = int(view.openProblems().size());
    if (open > 0)
        return tr("%n open", nullptr, open);
    if (!view.overrides.isEmpty())
        return tr("%n overridden", nullptr, int(view.overrides.size()));
    return QStringLiteral("—");
}

QString NominationTableModel::problemsTooltip(const NominationView& view)
{
    QStringList lines;
    for (const Eligibility::Problem& problem : view.openProblems())
        lines << QStringLiteral("• ") + problem.explanation;
    for (const NominationOverride& done : view.overrides)
        lines << QStringLiteral("✓ ") + tr("Overridden: %1").arg(done.reason);
    return lines.join(QLatin1Char('\n'));
}

QVariant NominationTableModel::display(const NominationView& view, int column) const
{
    switch (column) {
    case SubjectColumn:
        return view.position.isEmpty() ? view.subjectName
                                       : QStringLiteral("%1 (%2)").arg(view.subjectName, view.position);
    case FormColumn:
        return view.form.name;
    case CategoryColumn:
        return categoryText(view.form.category);
    case ProposedByColumn:
        return view.proposedByName;
    case StateColumn:
        return Nomination::stateName(view.nomination.state);
    case ProblemsColumn:
        return problemsText(view);
    default:
        return {};
    }
}

QVariant NominationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NominationView& view = m_nominations[index.row()];
    const bool open = !view.openProblems().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return display(view, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ProblemsColumn || open)
            return problemsTooltip(view);
        return view.nomination.achievement.isEmpty() ? QVariant() : QVariant(view.nomination.achievement);
    case Qt::ForegroundRole:
        if (open && index.column() == ProblemsColumn)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case IdRole:
        return view.nomination.id;
    case OpenProblemsRole:
        return int(view.openProblems().size());
    default:
        return {};
    }
}

QVariant NominationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Nominee");
    case FormColumn:
        return tr("Award");
    case CategoryColumn:
        return tr("Title or commendation");
    case ProposedByColumn:
        return tr("Proposed by");
    case StateColumn:
        return tr("State");
    case ProblemsColumn:
        return tr("Eligibility problems");
    default:
        return {};
    }
}

} // namespace thidua
