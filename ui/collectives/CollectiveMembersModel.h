#pragma once

#include "core/people/Collective.h"

#include <QAbstractTableModel>

namespace thidua {

class PeopleTableModel;

// The members of one collective in one school year: the head and deputies first, then everyone in Vietnamese
// name order.
class CollectiveMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BirthDateColumn,
        RoleColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1
    };

    explicit CollectiveMembersModel(QObject* parent = nullptr);

    // `memberships` of the collective; names and details come from `people`.
    void setMembers(const Collective& collective, const Memberships& memberships, const PeopleTableModel& people);
    void clear();
    static QString roleText(Membership::Role role, CollectiveKind kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 personId = 0;
        QString name;
        QString birthDate;
        QString role;
    };
    QList<Row> m_rows;
};

} // namespace thidua
