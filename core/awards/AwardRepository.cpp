#include "core/awards/AwardRepository.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString FormColumns = QStringLiteral(
    "key, name, category, subject, decided_by, level, coefficient_hundredths, coefficient_basis, threshold_tenths, "
    "threshold_base, requires_key, sort_order");

AwardForm formFrom(const QSqlQuery& q)
{
    return AwardCatalogue::fromColumns(q.value(0).toString(),
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString(),
        q.value(5).toString(),
        q.value(6).toInt(),
        q.value(7).toString(),
        q.value(8).toInt(),
        q.value(9).toString(),
        q.value(10).toString(),
        q.value(11).toInt());
}

const QString RecordColumns = QStringLiteral(
    "id, person_id, collective_id, ifnull(school_year_id, 0), ifnull(form_key, ''), form_name, decision_number, "
    "decision_date, issuer, ifnull(nomination_id, 0)");

AwardRecord recordFrom(const QSqlQuery& q)
{
    AwardRecord r;
    r.id = q.value(0).toLongLong();
    const bool person = !q.value(1).isNull();
    r.subject = person ? AwardForm::Subject::Person : AwardForm::Subject::Collective;
    r.subjectId = person ? q.value(1).toLongLong() : q.value(2).toLongLong();
    r.schoolYearId = q.value(3).toLongLong();
    r.formKey = q.value(4).toString();
    r.formName = q.value(5).toString();
    r.decisionNumber = q.value(6).toString();
    r.decisionDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.issuer = q.value(8).toString();
    r.nominationId = q.value(9).toLongLong();
    return r;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<QList<AwardForm>> AwardRepository::forms() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM award_form ORDER BY sort_order, key").arg(FormColumns));
    if (!q)
        return q.error();
    QList<AwardForm> out;
    while (q->next())
        out.append(formFrom(*q));
    return out;
}

Result<std::optional<AwardForm>> AwardRepository::form(const QString& key) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM award_form WHERE key = ?").arg(FormColumns), { key });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AwardForm>();
    return std::optional<AwardForm>(formFrom(*q));
}

Status AwardRepository::saveForm(const AwardForm& f)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO award_form (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO "
                       "UPDATE SET name = excluded.name, category = excluded.category, subject = excluded.subject, "
                       "decided_by = excluded.decided_by, level = excluded.level, "
                       "coefficient_hundredths = excluded.coefficient_hundredths, "
                       "coefficient_basis = excluded.coefficient_basis, threshold_tenths = excluded.threshold_tenths, "
                       "threshold_base = excluded.threshold_base, requires_key = excluded.requires_key, "
                       "sort_order = excluded.sort_order")
            .arg(FormColumns),
        { f.key,
            f.name,
            AwardForm::categoryKey(f.category),
            AwardForm::subjectKey(f.subject),
            Sql::text(f.decidedBy),
            AwardForm::levelKey(f.level),
            f.coefficientHundredths,
            Sql::text(f.coefficientBasis),
            f.threshold.tenths,
            AwardForm::baseKey(f.threshold.base),
            Sql::text(f.requiresKey),
            f.sortOrder });
    if (!q)
        return q.error();
    return {};
}

Result<QList<BaseSalary>> AwardRepository::baseSalaries() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT from_date, dong, legal_basis FROM base_salary ORDER BY from_date"));
    if (!q)
        return q.error();
    QList<BaseSalary> out;
    while (q->next())
        out.append({ QDate::fromString(q->value(0).toString(), Qt::ISODate),
            q->value(1).toLongLong(),
            q->value(2).toString() });
    return out;
}

Status AwardRepository::saveBaseSalary(const BaseSalary& salary)
{
    auto q = Sql::exec(m_db,
        QStringLiteral(
            "INSERT INTO base_salary (from_date, dong, legal_basis) VALUES (?, ?, ?) ON CONFLICT (from_date) "
            "DO UPDATE SET dong = excluded.dong, legal_basis = excluded.legal_basis"),
        { salary.from.toString(Qt::ISODate), salary.dong, Sql::text(salary.legalBasis) });
    if (!q)
        return q.error();
    return {};
}

Result<int> AwardRepository::removeBaseSalary(const QDate& from)
{
    auto q =
        Sql::exec(m_db, QStringLiteral("DELETE FROM base_salary WHERE from_date = ?"), { from.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<AwardRecords> AwardRepository::history(AwardForm::Subject subject, qint64 subjectId) const
{
    const QString column =
        subject == AwardForm::Subject::Person ? QStringLiteral("person_id") : QStringLiteral("collective_id");
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM award WHERE %2 = ? ORDER BY decision_date IS NULL, decision_date DESC, id DESC")
            .arg(RecordColumns, column),
        { subjectId });
    if (!q)
        return q.error();
    AwardRecords out;
    while (q->next())
        out.append(recordFrom(*q));
    return out;
}

Result<AwardRecords> AwardRepository::allRecords() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM award ORDER BY id").arg(RecordColumns));
    if (!q)
        return q.error();
    AwardRecords out;
    while (q->next())
        out.append(recordFrom(*q));
    return out;
}

Result<qint64> AwardRepository::insertRecord(const AwardRecord& r)
{
    const bool person = r.subject == AwardForm::Subject::Person;
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO award (person_id, collective_id, school_year_id, form_key, form_name, "
                       "decision_number, decision_date, issuer, nomination_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { person ? QVariant(r.subjectId) : QVariant(),
            person ? QVariant() : QVariant(r.subjectId),
            idOrNull(r.schoolYearId),
            Sql::nullIfEmpty(r.formKey),
            r.formName,
            Sql::text(r.decisionNumber),
            dateOrNull(r.decisionDate),
            Sql::text(r.issuer),
            idOrNull(r.nominationId) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<int> AwardRepository::removeRecord(qint64 id)
{
    auto q = Sql::exec(m_db, QStringLiteral("DELETE FROM award WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<bool> AwardRepository::exists(const QString& statement, qint64 id) const
{
    auto found = Sql::scalar(m_db, statement, { id });
    if (!found)
        return found.error();
    return found->isValid();
}

Result<bool> AwardRepository::subjectExists(AwardForm::Subject subject, qint64 id) const
{
    return subject == AwardForm::Subject::Person ? exists(QStringLiteral("SELECT 1 FROM person WHERE id = ?"), id)
                                                 : exists(QStringLiteral("SELECT 1 FROM collective WHERE id = ?"), id);
}

Result<bool> AwardRepository::schoolYearExists(qint64 id) const
{
    return exists(QStringLiteral("SELECT 1 FROM school_year WHERE id = ?"), id);
}

Result<bool> AwardRepository::nominationExists(qint64 id) const
{
    return exists(QStringLiteral("SELECT 1 FROM nomination WHERE id = ?"), id);
}

} // namespace thidua
