#pragma once

#include "core/activities/Activity.h"

#include <QAbstractTableModel>
#include <QHash>

namespace thidua {

// The names the lists show for the ids they hold: people, collectives.
struct ActivityNames
{
    QHash<qint64, QString> people;
    QHash<qint64, QString> collectives;
};

// The activities of a school year (ActivityService::activities), by start date: dates, kind, title, organiser and who
// took part. Read-only.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DatesColumn,
        KindColumn,
        TitleColumn,
        OrganizerColumn,
        ParticipantsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ActivityTableModel(QObject* parent = nullptr);

    void setActivities(Activities activities, ActivityNames names);
    const Activity* at(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "120 người: 10A1, 10A2" / "Nguyễn Thị Hoà, Trần Văn Bình" — who took part, as the list shows it.
    static QString participants(const Activity& activity, const ActivityNames& names);

private:
    Activities m_activities;
    ActivityNames m_names;
};

} // namespace thidua
