#include "core/activities/ActivityRepository.h"

#include "core/db/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace thidua {

namespace {

const QString ActivityColumns = QStringLiteral(
    "id, school_year_id, kind, title, starts_on, ends_on, ifnull(organizer_collective_id, 0), participant_count, "
    "description");

Activity activityFrom(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.schoolYearId = q.value(1).toLongLong();
    a.kind = Activity::kindFromKey(q.value(2).toString());
    a.title = q.value(3).toString();
    a.startDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.organizerId = q.value(6).toLongLong();
    a.participantCount = q.value(7).toInt();
    a.description = q.value(8).toString();
    return a;
}

const QString ModelColumns = QStringLiteral("id, school_year_id, collective_id, name, description, result");

LearningModel modelFrom(const QSqlQuery& q)
{
    LearningModel m;
    m.id = q.value(0).toLongLong();
    m.schoolYearId = q.value(1).toLongLong();
    m.collectiveId = q.value(2).toLongLong();
    m.name = q.value(3).toString();
    m.description = q.value(4).toString();
    m.result = q.value(5).toString();
    return m;
}

const QString InitiativeColumns =
    QStringLiteral("id, school_year_id, title, level, decision_number, decision_date, decision_issuer");

Initiative initiativeFrom(const QSqlQuery& q)
{
    Initiative i;
    i.id = q.value(0).toLongLong();
    i.schoolYearId = q.value(1).toLongLong();
    i.title = q.value(2).toString();
    i.level = Initiative::levelFromKey(q.value(3).toString());
    i.decisionNumber = q.value(4).toString();
    i.decisionDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    i.decisionIssuer = q.value(6).toString();
    return i;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString yearFilter(qint64 schoolYearId)
{
    return schoolYearId > 0 ? QStringLiteral("WHERE school_year_id = ?") : QStringLiteral("WHERE ? = 0");
}

// The rows of a link table (owner id → linked ids, in the table's order) for the owners of one year.
Result<QHash<qint64, QList<qint64>>> links(const QSqlDatabase& db, const QString& statement, qint64 schoolYearId)
{
    auto q = Sql::exec(db, statement, { schoolYearId });
    if (!q)
        return q.error();
    QHash<qint64, QList<qint64>> out;
    while (q->next())
        out[q->value(0).toLongLong()].append(q->value(1).toLongLong());
    return out;
}

Result<int> removed(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace

Result<Activities> ActivityRepository::activities(qint64 schoolYearId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM activity %2 ORDER BY starts_on, id")
            .arg(ActivityColumns, yearFilter(schoolYearId)),
        { schoolYearId });
    if (!q)
        return q.error();
    Activities out;
    while (q->next())
        out.append(activityFrom(*q));
    if (auto filled = fillParticipants(out); !filled)
        return filled.error();
    return out;
}

Status ActivityRepository::fillParticipants(Activities& activities) const
{
    if (activities.isEmpty())
        return {};
    // One activity: its own links; several: those of their year (every year when they span several).
    const qint64 first = activities.constFirst().schoolYearId;
    const bool oneYear = std::all_of(
        activities.cbegin(), activities.cend(), [first](const Activity& a) { return a.schoolYearId == first; });
    const bool one = activities.size() == 1;
    const QString where = one ? QStringLiteral("l.activity_id = ?")
                              : (oneYear ? QStringLiteral("a.school_year_id = ?") : QStringLiteral("? <> 0"));
    const qint64 value = one ? activities.constFirst().id : (oneYear ? first : 1);
    auto people = links(m_db,
        QStringLiteral("SELECT l.activity_id, l.person_id FROM activity_person l JOIN activity a ON a.id = "
                       "l.activity_id WHERE %1 ORDER BY l.activity_id, l.person_id")
            .arg(where),
        value);
    if (!people)
        return people.error();
    auto collectives = links(m_db,
        QStringLiteral("SELECT l.activity_id, l.collective_id FROM activity_collective l JOIN activity a ON a.id = "
                       "l.activity_id WHERE %1 ORDER BY l.activity_id, l.collective_id")
            .arg(where),
        value);
    if (!collectives)
        return collectives.error();
    for (Activity& a : activities) {
        a.participantIds = people->value(a.id);
        a.collectiveIds = collectives->value(a.id);
    }
    return {};
}

Result<Activity> ActivityRepository::activity(qint64 id) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM activity WHERE id = ?").arg(ActivityColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, tr("There is no activity number %1.").arg(id) };
    Activities one { activityFrom(*q) };
    if (auto filled = fillParticipants(one); !filled)
        return filled.error();
    return one.constFirst();
}

Result<qint64> ActivityRepository::insertActivity(const Activity& a)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO activity (school_year_id, kind, title, starts_on, ends_on, "
                       "organizer_collective_id, participant_count, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { a.schoolYearId,
            Activity::kindKey(a.kind),
            a.title,
            a.startDate.toString(Qt::ISODate),
            a.endDate.toString(Qt::ISODate),
            idOrNull(a.organizerId),
            a.participantCount,
            Sql::text(a.description) });
    if (!q)
        return q.error();
    Activity stored = a;
    stored.id = q->lastInsertId().toLongLong();
    if (auto written = writeParticipants(stored); !written)
        return written.error();
    return stored.id;
}

Status ActivityRepository::updateActivity(const Activity& a)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE activity SET school_year_id = ?, kind = ?, title = ?, starts_on = ?, ends_on = ?, "
                       "organizer_collective_id = ?, participant_count = ?, description = ? WHERE id = ?"),
        { a.schoolYearId,
            Activity::kindKey(a.kind),
            a.title,
            a.startDate.toString(Qt::ISODate),
            a.endDate.toString(Qt::ISODate),
            idOrNull(a.organizerId),
            a.participantCount,
            Sql::text(a.description),
            a.id });
    if (!q)
        return q.error();
    return writeParticipants(a);
}

Status ActivityRepository::writeParticipants(const Activity& a)
{
    for (const QString& table : { QStringLiteral("activity_person"), QStringLiteral("activity_collective") }) {
        if (auto q = Sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE activity_id = ?").arg(table), { a.id }); !q)
            return q.error();
    }
    for (const qint64 person : a.participantIds) {
        if (auto q = Sql::exec(m_db,
                QStringLiteral("INSERT INTO activity_person (activity_id, person_id) VALUES (?, ?)"),
                { a.id, person });
            !q)
            return q.error();
    }
    for (const qint64 collective : a.collectiveIds) {
        if (auto q = Sql::exec(m_db,
                QStringLiteral("INSERT INTO activity_collective (activity_id, collective_id) VALUES (?, ?)"),
                { a.id, collective });
            !q)
            return q.error();
    }
    return {};
}

Result<int> ActivityRepository::removeActivity(qint64 id)
{
    return removed(Sql::exec(m_db, QStringLiteral("DELETE FROM activity WHERE id = ?"), { id }));
}

Result<LearningModels> ActivityRepository::models(qint64 schoolYearId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM learning_model %2 ORDER BY school_year_id, collective_id, id")
            .arg(ModelColumns, yearFilter(schoolYearId)),
        { schoolYearId });
    if (!q)
        return q.error();
    LearningModels out;
    while (q->next())
        out.append(modelFrom(*q));
    return out;
}

Result<LearningModel> ActivityRepository::model(qint64 id) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM learning_model WHERE id = ?").arg(ModelColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, tr("There is no learning model number %1.").arg(id) };
    return modelFrom(*q);
}

Result<qint64> ActivityRepository::insertModel(const LearningModel& m)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO learning_model (school_year_id, collective_id, name, description, result) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { m.schoolYearId, m.collectiveId, m.name, Sql::text(m.description), Sql::text(m.result) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status ActivityRepository::updateModel(const LearningModel& m)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE learning_model SET school_year_id = ?, collective_id = ?, name = ?, description = ?, "
                       "result = ? WHERE id = ?"),
        { m.schoolYearId, m.collectiveId, m.name, Sql::text(m.description), Sql::text(m.result), m.id });
    if (!q)
        return q.error();
    return {};
}

Result<int> ActivityRepository::removeModel(qint64 id)
{
    return removed(Sql::exec(m_db, QStringLiteral("DELETE FROM learning_model WHERE id = ?"), { id }));
}

Result<Initiatives> ActivityRepository::initiatives(qint64 schoolYearId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM initiative %2 ORDER BY school_year_id, decision_date IS NULL, decision_date, id")
            .arg(InitiativeColumns, yearFilter(schoolYearId)),
        { schoolYearId });
    if (!q)
        return q.error();
    Initiatives out;
    while (q->next())
        out.append(initiativeFrom(*q));
    if (auto filled = fillAuthors(out); !filled)
        return filled.error();
    return out;
}

Status ActivityRepository::fillAuthors(Initiatives& initiatives) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT initiative_id, person_id FROM initiative_author ORDER BY initiative_id, position"));
    if (!q)
        return q.error();
    QHash<qint64, QList<qint64>> authors;
    while (q->next())
        authors[q->value(0).toLongLong()].append(q->value(1).toLongLong());
    for (Initiative& i : initiatives)
        i.authorIds = authors.value(i.id);
    return {};
}

Result<Initiative> ActivityRepository::initiative(qint64 id) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM initiative WHERE id = ?").arg(InitiativeColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, tr("There is no initiative number %1.").arg(id) };
    Initiatives one { initiativeFrom(*q) };
    if (auto filled = fillAuthors(one); !filled)
        return filled.error();
    return one.constFirst();
}

Result<qint64> ActivityRepository::insertInitiative(const Initiative& i)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO initiative (school_year_id, title, level, decision_number, decision_date, "
                       "decision_issuer) VALUES (?, ?, ?, ?, ?, ?)"),
        { i.schoolYearId,
            i.title,
            Initiative::levelKey(i.level),
            Sql::text(i.decisionNumber),
            dateOrNull(i.decisionDate),
            Sql::text(i.decisionIssuer) });
    if (!q)
        return q.error();
    Initiative stored = i;
    stored.id = q->lastInsertId().toLongLong();
    if (auto written = writeAuthors(stored); !written)
        return written.error();
    return stored.id;
}

Status ActivityRepository::updateInitiative(const Initiative& i)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE initiative SET school_year_id = ?, title = ?, level = ?, decision_number = ?, "
                       "decision_date = ?, decision_issuer = ? WHERE id = ?"),
        { i.schoolYearId,
            i.title,
            Initiative::levelKey(i.level),
            Sql::text(i.decisionNumber),
            dateOrNull(i.decisionDate),
            Sql::text(i.decisionIssuer),
            i.id });
    if (!q)
        return q.error();
    return writeAuthors(i);
}

Status ActivityRepository::writeAuthors(const Initiative& i)
{
    if (auto q = Sql::exec(m_db, QStringLiteral("DELETE FROM initiative_author WHERE initiative_id = ?"), { i.id }); !q)
        return q.error();
    for (qsizetype n = 0; n < i.authorIds.size(); ++n) {
        if (auto q = Sql::exec(m_db,
                QStringLiteral("INSERT INTO initiative_author (initiative_id, person_id, position) VALUES (?, ?, ?)"),
                { i.id, i.authorIds[n], int(n) });
            !q)
            return q.error();
    }
    return {};
}

Result<int> ActivityRepository::removeInitiative(qint64 id)
{
    return removed(Sql::exec(m_db, QStringLiteral("DELETE FROM initiative WHERE id = ?"), { id }));
}

Result<bool> ActivityRepository::exists(const QString& statement, qint64 id) const
{
    auto found = Sql::scalar(m_db, statement, { id });
    if (!found)
        return found.error();
    return found->isValid();
}

Result<bool> ActivityRepository::schoolYearExists(qint64 id) const
{
    return exists(QStringLiteral("SELECT 1 FROM school_year WHERE id = ?"), id);
}

Result<bool> ActivityRepository::personExists(qint64 id) const
{
    return exists(QStringLiteral("SELECT 1 FROM person WHERE id = ?"), id);
}

Result<bool> ActivityRepository::collectiveExists(qint64 id) const
{
    return exists(QStringLiteral("SELECT 1 FROM collective WHERE id = ?"), id);
}

} // namespace thidua
