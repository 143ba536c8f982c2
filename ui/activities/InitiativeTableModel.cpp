#include "ui/activities/InitiativeTableModel.h"

#include "core/text/VietnameseFormat.h"

#include <QRegularExpression>

namespace thidua {

InitiativeTableModel::InitiativeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InitiativeTableModel::setInitiatives(Initiatives initiatives, ActivityNames names)
{
    beginResetModel();
    m_initiatives = std::move(initiatives);
    m_names = std::move(names);
    endResetModel();
}

const Initiative* InitiativeTableModel::at(int row) const
{
    return row >= 0 && row < m_initiatives.size() ? &m_initiatives.at(row) : nullptr;
}

int InitiativeTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_initiatives.size(); ++row) {
        if (m_initiatives.at(row).id == id)
            return row;
    }
    return -1;
}

int InitiativeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_initiatives.size());
}

int InitiativeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InitiativeTableModel::data(const QModelIndex& index, int role) const
{
    const Initiative* i = index.isValid() ? at(index.row()) : nullptr;
    if (!i)
        return {};
    if (role == IdRole)
        return i->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return i->title;
    case AuthorsColumn: {
        QStringList authors;
        for (const qint64 id : i->authorIds)
            authors << m_names.people.value(id);
        return authors.join(QStringLiteral(", "));
    }
    case LevelColumn:
        return Initiative::levelName(i->level);
    case DecisionColumn:
        if (i->decisionNumber.isEmpty())
            return tr("not yet recognised");
        return QStringList { i->decisionNumber, VietnameseFormat::shortDate(i->decisionDate), i->decisionIssuer }
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant InitiativeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Initiative");
    case AuthorsColumn:
        return tr("Authors");
    case LevelColumn:
        return tr("Level");
    case DecisionColumn:
        return tr("Recognised by");
    default:
        return {};
    }
}

} // namespace thidua
