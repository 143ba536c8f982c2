#pragma once

// Công dân học tập results written straight into cdht_result (migration 0006), for the tests and benchmarks of the
// movement's figures; the program itself writes them through the Công dân học tập service.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace thidua::test {

// status: "dat", "khong_dat" or "chua"; an empty status removes the row (chưa đánh giá). False on a database error.
inline bool setCdht(const QSqlDatabase& db, qint64 personId, qint64 schoolYearId, const QString& status)
{
    QSqlQuery q(db);
    if (status.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM cdht_result WHERE person_id = ? AND school_year_id = ?"));
        q.addBindValue(personId);
        q.addBindValue(schoolYearId);
        return q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO cdht_result (person_id, school_year_id, status) VALUES (?, ?, ?) "
                             "ON CONFLICT (person_id, school_year_id) DO UPDATE SET status = excluded.status"));
    q.addBindValue(personId);
    q.addBindValue(schoolYearId);
    q.addBindValue(status);
    return q.exec();
}

// Every member of the year recognised ("dat") except each `skip`-th one (by person id), who gets `otherStatus`.
inline bool setCdhtForYear(const QSqlDatabase& db, qint64 schoolYearId, int skip, const QString& otherStatus)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO cdht_result (person_id, school_year_id, status) "
                             "SELECT DISTINCT person_id, school_year_id, CASE WHEN person_id % ? = 0 THEN ? ELSE 'dat' "
                             "END FROM membership WHERE school_year_id = ?"));
    q.addBindValue(skip);
    q.addBindValue(otherStatus);
    q.addBindValue(schoolYearId);
    return q.exec();
}

} // namespace thidua::test
