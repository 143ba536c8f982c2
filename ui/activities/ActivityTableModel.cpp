#include "ui/activities/ActivityTableModel.h"

#include "core/text/VietnameseFormat.h"

namespace thidua {

ActivityTableModel::ActivityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ActivityTableModel::setActivities(Activities activities, ActivityNames names)
{
    beginResetModel();
    m_activities = std::move(activities);
    m_names = std::move(names);
    endResetModel();
}

const Activity* ActivityTableModel::at(int row) const
{
    return row >= 0 && row < m_activities.size() ? &m_activities.at(row) : nullptr;
}

int ActivityTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_activities.size(); ++row) {
        if (m_activities.at(row).id == id)
            return row;
    }
    return -1;
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::participants(const Activity& activity, const ActivityNames& names)
{
    QStringList who;
    for (const qint64 id : activity.participantIds)
        who << names.people.value(id);
    for (const qint64 id : activity.collectiveIds)
        who << names.collectives.value(id);
    const QString list = who.join(QStringLiteral(", "));
    if (activity.participantIds.isEmpty() && activity.participantCount > 0)
        return list.isEmpty() ? tr("%1 people").arg(VietnameseFormat::integer(activity.participantCount))
                              : tr("%1 people: %2").arg(VietnameseFormat::integer(activity.participantCount), list);
    return list;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    const Activity* a = index.isValid() ? at(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == IdRole)
        return a->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DatesColumn:
        return a->endDate.isValid() && a->endDate != a->startDate ? VietnameseFormat::shortDate(a->startDate)
                + QStringLiteral(" – ") + VietnameseFormat::shortDate(a->endDate)
                                                                  : VietnameseFormat::shortDate(a->startDate);
    case KindColumn:
        return Activity::kindName(a->kind);
    case TitleColumn:
        return role == Qt::ToolTipRole && !a->description.isEmpty() ? a->title + QLatin1Char('\n') + a->description
                                                                    : a->title;
    case OrganizerColumn:
        return m_names.collectives.value(a->organizerId);
    case ParticipantsColumn:
        return participants(*a, m_names);
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DatesColumn:
        return tr("Dates");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Activity");
    case OrganizerColumn:
        return tr("Organised by");
    case ParticipantsColumn:
        return tr("Participants");
    default:
        return {};
    }
}

} // namespace thidua
