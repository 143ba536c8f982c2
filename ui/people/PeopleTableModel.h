#pragma once

#include "core/people/Collective.h"
#include "core/people/Person.h"
#include "core/text/VietnameseSearch.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace thidua {

class VietnameseCollator;

// The people of the school (staff and students) as one table, with their unit (tổ or lớp) in one school year.
// Everything sorting and searching need is computed once per row when the data arrives: the Vietnamese collation
// key of the name (tên, tên đệm, họ, date of birth), a key per column, and the search key with and without
// diacritics. PeopleFilterProxy reads them directly, so a keystroke or a sort over 2,500 rows stays in a frame.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BirthDateColumn,
        GenderColumn,
        CodeColumn,
        PositionColumn,
        UnitColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        KindRole, // int(PersonKind)
        ActiveRole, // false once the person has left
        UnitIdRole, // id of the tổ or lớp in the shown year, 0 when none
        SortKeyRole, // QByteArray: the column's sort key
        SearchTextRole, // QString: the name and code without diacritics, as search compares them
    };

    explicit PeopleTableModel(QObject* parent = nullptr);
    ~PeopleTableModel() override;

    // Replaces everything: the people, and the collectives and memberships of the school year shown.
    void reset(const People& people, const Collectives& collectives, const Memberships& memberships);
    // Another school year for the same people: their units change, nothing else.
    void setMemberships(const Collectives& collectives, const Memberships& memberships);
    // The dates of the school year shown: someone who enrolled after it ended, or left before it began, was not at
    // the school that year (isInYear). Invalid dates: at the school in any year.
    void setYearDates(const QDate& start, const QDate& end);
    // One person added or changed, with their memberships in the shown year.
    void setPerson(const Person& person, const Memberships& memberships);
    void removePerson(qint64 personId);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // -1 when the person is not in the table.
    int rowOf(qint64 personId) const;
    const Person& person(int row) const { return m_rows[size_t(row)].person; }
    PersonKind kind(int row) const { return m_rows[size_t(row)].person.kind; }
    bool isActive(int row) const { return !m_rows[size_t(row)].person.activeTo.isValid(); }
    // Whether the person was at the school in the shown year (setYearDates).
    bool isInYear(int row) const;
    qint64 unitId(int row) const { return m_rows[size_t(row)].unitId; }
    const QList<qint64>& collectiveIds(int row) const { return m_rows[size_t(row)].collectiveIds; }
    // The collation key of the column's value; equal keys fall back to the name key.
    const QByteArray& sortKey(int row, int column) const;
    const VietnameseSearch::Key& searchKey(int row) const { return m_rows[size_t(row)].search; }
    // The code in lower case, for search by code.
    const QString& searchCode(int row) const { return m_rows[size_t(row)].searchCode; }

    // The collectives of the shown year by id, and their natural sort keys ("10A2" before "10A10").
    const QHash<qint64, Collective>& collectives() const { return m_collectives; }
    QByteArray collectiveSortKey(qint64 collectiveId) const { return m_collectiveKeys.value(collectiveId); }
    int count(PersonKind kind, bool activeOnly) const;

private:
    struct Row
    {
        Person person;
        QString fullName;
        QString birthDate;
        QString status;
        QString searchCode;
        VietnameseSearch::Key search;
        QByteArray nameKey;
        QByteArray birthKey;
        QByteArray genderKey;
        QByteArray codeKey;
        QByteArray positionKey;
        QByteArray unitKey;
        QByteArray statusKey;
        QList<qint64> collectiveIds;
        qint64 unitId = 0;
        Membership::Role unitRole = Membership::Role::Member;
    };

    Row makeRow(const Person& person) const;
    void placeRow(Row& row, const Memberships& memberships) const;
    void setCollectives(const Collectives& collectives);
    QString unitText(const Row& row) const;
    void rebuildIndex();

    std::unique_ptr<VietnameseCollator> m_collator;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfPerson;
    QHash<qint64, Collective> m_collectives;
    QHash<qint64, QByteArray> m_collectiveKeys;
    QDate m_yearStart, m_yearEnd; // of the school year shown
};

} // namespace thidua
