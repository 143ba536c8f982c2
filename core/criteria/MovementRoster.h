#pragma once

#include "core/people/Collective.h"
#include "core/people/Person.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace thidua {

// The facts the movement's figures are computed from, for one school year, held in memory so that the dashboard
// recomputes after each entered result without asking the database again (MovementStatsQuery fills it and refreshes
// single people). People are kept in Vietnamese list order; the tổ and classes in the order they are shown.
class MovementRoster
{
public:
    // A person's Công dân học tập result of the year (cdht_result.status; no row = Unassessed).
    enum class Standing
    {
        Unassessed, // chưa đánh giá
        Recognised, // đạt
        NotRecognised, // không đạt
    };

    struct Member
    {
        qint64 personId = 0;
        PersonKind kind = PersonKind::Staff;
        QString fullName;
        QString code;
        QDate activeFrom;
        QDate activeTo;
        Standing standing = Standing::Unassessed;
        QByteArray sortKey; // PersonOrder's key
        bool counted = false; // counts in denominators (counts() on the reference date)
        // The collectives of the year the person belongs to (MovementStatsQuery::members() fills it; the roster
        // keeps those of its units, sorted).
        QList<qint64> collectiveIds;
    };

    // A tổ (chuyên môn or văn phòng) or a class of the year with its members (indexes into people(), ascending).
    struct Unit
    {
        qint64 collectiveId = 0;
        CollectiveKind kind = CollectiveKind::SubjectGroup;
        QString name;
        int grade = 0;
        QList<int> members;

        bool isGroup() const { return kind != CollectiveKind::Class; }
    };

    // Who counts in a denominator: a person with a membership in the year (the only people a roster holds) who is
    // at the school on the reference date: active_from on or before it (or unknown), active_to on or after it (or
    // none). An invalid reference date counts everybody.
    static bool counts(const QDate& activeFrom, const QDate& activeTo, const QDate& referenceDate);

    static Standing standingFromKey(const QString& key); // "dat", "khong_dat", "chua"/empty
    static QString standingKey(Standing standing);

    MovementRoster() = default;
    // `people` in any order (sorted here by their sortKey), `units` with members given as person ids (people not in
    // `people` are left out).
    MovementRoster(qint64 schoolYearId,
        const QDate& referenceDate,
        QList<Member> people,
        QList<Unit> units,
        const QList<QList<qint64>>& unitMembers);

    qint64 schoolYearId() const { return m_schoolYearId; }
    QDate referenceDate() const { return m_referenceDate; }
    const QList<Member>& people() const { return m_people; }
    const QList<Unit>& units() const { return m_units; }
    // Index into people(), -1 when the person is not in the year.
    int indexOf(qint64 personId) const { return m_index.value(personId, -1); }

    // Incremental updates, for one entered result or one edited person: true when something changed.
    bool setStanding(qint64 personId, Standing standing);
    // Kind, name, code and active dates of a person already in the roster (the list order is kept: a renamed
    // person keeps their place until the next full load). False when not in the roster or unchanged.
    bool updatePerson(const Member& member);
    // Whether the person belongs to the same tổ and classes of the year as the roster has them (else the roster must
    // be loaded again: someone moved). False for a person not in the roster.
    bool sameUnits(const Member& member) const;

private:
    qint64 m_schoolYearId = 0;
    QDate m_referenceDate;
    QList<Member> m_people;
    QList<Unit> m_units;
    QHash<qint64, int> m_index;
    QHash<qint64, int> m_unitIndex; // collective id → index into m_units

    QList<qint64> unitsOnly(QList<qint64> collectiveIds) const;
};

} // namespace thidua
