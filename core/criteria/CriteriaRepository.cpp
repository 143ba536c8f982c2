#include "core/criteria/CriteriaRepository.h"

#include "core/criteria/CriteriaJson.h"
#include "core/db/Sql.h"
#include "core/text/VietnameseCollator.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns = QStringLiteral("SELECT id, version, built_in, definition FROM criteria_set ");

Result<CriteriaSet> fromRow(const QSqlQuery& query, const QString& file)
{
    auto set = CriteriaJson::parse(query.value(3).toByteArray(), file);
    if (!set) {
        Error error = set.error();
        error.code = Error::Code::Damaged;
        error.message = CriteriaRepository::tr("The criteria set stored as row %1 cannot be read: %2")
                            .arg(query.value(0).toLongLong())
                            .arg(error.message);
        return error;
    }
    set->id = query.value(0).toLongLong();
    set->version = query.value(1).toInt();
    set->builtIn = query.value(2).toBool();
    return set;
}

} // namespace

Result<CriteriaSets> CriteriaRepository::list() const
{
    auto query = Sql::exec(m_db, Columns + QStringLiteral("ORDER BY set_key, version"));
    if (!query)
        return query.error();
    CriteriaSets sets;
    while (query->next()) {
        auto set = fromRow(*query, Sql::fileName(m_db));
        if (!set)
            return set.error();
        sets << *set;
    }
    // Vietnamese alphabetical order of the names (SQLite's would put "Đơn vị…" after "Tiêu chí…").
    const VietnameseCollator collator;
    std::stable_sort(sets.begin(), sets.end(), [&](const CriteriaSet& a, const CriteriaSet& b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.key != b.key ? a.key < b.key : a.version < b.version;
    });
    return sets;
}

Result<CriteriaSet> CriteriaRepository::one(const QString& where, const QVariantList& values) const
{
    auto query = Sql::exec(m_db, Columns + where, values);
    if (!query)
        return query.error();
    if (!query->next())
        return CriteriaSet();
    return fromRow(*query, Sql::fileName(m_db));
}

Result<CriteriaSet> CriteriaRepository::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE id = ?"), { id });
}

Result<CriteriaSet> CriteriaRepository::latest(const QString& key) const
{
    return one(QStringLiteral("WHERE set_key = ? ORDER BY version DESC LIMIT 1"), { key });
}

Status CriteriaRepository::insert(CriteriaSet& set)
{
    auto query = Sql::exec(m_db,
        QStringLiteral("INSERT INTO criteria_set (set_key, version, name, target, status_only, built_in, definition) "
                       "VALUES (?,?,?,?,?,?,?)"),
        { set.key,
            set.version,
            set.name,
            CriteriaSet::targetKey(set.target),
            set.statusOnly ? 1 : 0,
            set.builtIn ? 1 : 0,
            QString::fromUtf8(CriteriaJson::write(set)) });
    if (!query)
        return query.error();
    set.id = query->lastInsertId().toLongLong();
    return {};
}

Status CriteriaRepository::update(const CriteriaSet& set)
{
    auto query = Sql::exec(m_db,
        QStringLiteral("UPDATE criteria_set SET name = ?, target = ?, status_only = ?, built_in = ?, definition = ? "
                       "WHERE id = ?"),
        { set.name,
            CriteriaSet::targetKey(set.target),
            set.statusOnly ? 1 : 0,
            set.builtIn ? 1 : 0,
            QString::fromUtf8(CriteriaJson::write(set)),
            set.id });
    if (!query)
        return query.error();
    return {};
}

Result<qint64> CriteriaRepository::uses(qint64 setId) const
{
    auto count =
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM assessment WHERE criteria_set_id = ?"), { setId });
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace thidua
