#include "core/evidence/EvidenceCheck.h"

#include "core/db/Sql.h"
#include "core/evidence/EvidenceName.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace thidua {

namespace {} // namespace

// A row naming an object.
struct EvidenceCheck::Row
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 size = 0;
};

namespace {

CheckProblem problem(CheckProblem::Kind kind, const QString& sha256, const EvidenceCheck::Row& row, const QString& path)
{
    CheckProblem p;
    p.kind = kind;
    p.sha256 = sha256;
    p.evidenceId = row.id;
    p.code = row.code;
    p.name = row.name;
    p.path = path;
    return p;
}

} // namespace

bool CheckProblem::isError() const
{
    return kind != Kind::Orphan;
}

QString CheckProblem::message() const
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::Integrity:
        return tr("The database file is damaged: %1").arg(detail);
    case Kind::ForeignKey:
        return tr("The database names a record that does not exist: %1").arg(detail);
    case Kind::Missing:
        return tr("Evidence %1 (“%2”): the stored file is missing (%3).").arg(code, name, shown);
    case Kind::Altered:
        return tr("Evidence %1 (“%2”): the stored file %3 has been altered: its SHA-256 should be %4 but is %5.")
            .arg(code, name, shown, expected, actual);
    case Kind::Unreadable:
        return tr("Evidence %1 (“%2”): the stored file %3 cannot be read: %4").arg(code, name, shown, detail);
    case Kind::SizeMismatch:
        return tr("Evidence %1 (“%2”): the stored file %3 has %4 bytes instead of %5.")
            .arg(code, name, shown, actual, expected);
    case Kind::Orphan:
        return detail.isEmpty()
            ? tr("The file %1 in the evidence folder belongs to no evidence.").arg(shown)
            : tr("The file %1 in the evidence folder belongs to no evidence (%2).").arg(shown, detail);
    }
    return detail;
}

QString CheckProblem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Integrity:
        return QStringLiteral("integrity");
    case Kind::ForeignKey:
        return QStringLiteral("foreign_key");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Altered:
        return QStringLiteral("altered");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::SizeMismatch:
        return QStringLiteral("size");
    case Kind::Orphan:
        return QStringLiteral("orphan");
    }
    return QString();
}

bool CheckReport::hasErrors() const
{
    return errorCount() > 0;
}

int CheckReport::errorCount() const
{
    return int(std::count_if(problems.begin(), problems.end(), [](const CheckProblem& p) { return p.isError(); }));
}

int CheckReport::warningCount() const
{
    return int(problems.size()) - errorCount();
}

EvidenceCheck::EvidenceCheck(QSqlDatabase db, EvidenceStore store)
    : m_db(std::move(db))
    , m_store(std::move(store))
{}

Result<CheckReport> EvidenceCheck::run(const EvidenceStore::Progress& progress) const
{
    CheckReport report;
    if (auto checked = checkDatabase(&report); !checked)
        return checked.error();

    // Every object the rows name, once, with the rows that name it.
    auto rows = Sql::exec(
        m_db, QStringLiteral("SELECT id, code, sha256, size, original_name FROM evidence ORDER BY sha256, code, id"));
    if (!rows)
        return rows.error();
    QList<QPair<QString, QList<Row>>> objects;
    qint64 total = 0;
    while (rows->next()) {
        const QString sha256 = rows->value(2).toString();
        const Row row { rows->value(0).toLongLong(),
            rows->value(1).toString(),
            EvidenceName::clean(rows->value(4).toString()),
            rows->value(3).toLongLong() };
        if (objects.isEmpty() || objects.constLast().first != sha256) {
            objects.append({ sha256, {} });
            total += row.size;
        }
        objects.last().second.append(row);
    }
    qint64 done = 0;
    for (const auto& [sha256, named] : std::as_const(objects)) {
        const qint64 start = done;
        EvidenceStore::Progress each;
        if (progress)
            each = [&, start](qint64 read, qint64) { return progress(start + read, total); };
        if (auto checked = checkObject(sha256, named, each, &report); !checked)
            return checked.error();
        done = start + named.constFirst().size;
        if (progress && !progress(done, total))
            return Error { Error::Code::Cancelled, tr("The check was cancelled.") };
    }

    // Files in the store that no row names: warnings.
    const QSet<QString> named = [&] {
        QSet<QString> set;
        for (const auto& object : std::as_const(objects))
            set.insert(object.first);
        return set;
    }();
    for (const QString& sha256 : m_store.objects()) {
        if (!named.contains(sha256))
            report.problems << problem(CheckProblem::Kind::Orphan, sha256, Row(), m_store.objectPath(sha256));
    }
    for (const QString& stray : m_store.strayFiles()) {
        CheckProblem p = problem(CheckProblem::Kind::Orphan, QString(), Row(), m_store.root() + u'/' + stray);
        p.detail = stray.startsWith(QStringLiteral("tmp/")) ? tr("a file left half-written") : tr("not a stored file");
        report.problems << p;
    }
    return report;
}

Status EvidenceCheck::checkDatabase(CheckReport* report) const
{
    auto integrity = Sql::exec(m_db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line == QStringLiteral("ok"))
            continue;
        CheckProblem p;
        p.kind = CheckProblem::Kind::Integrity;
        p.detail = line;
        report->problems << p;
    }
    auto keys = Sql::exec(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    while (keys->next()) {
        CheckProblem p;
        p.kind = CheckProblem::Kind::ForeignKey;
        p.detail = tr("row %2 of the table %1 points to a missing row of %3")
                       .arg(keys->value(0).toString(), keys->value(1).toString(), keys->value(2).toString());
        if (keys->value(0).toString() == QStringLiteral("evidence"))
            p.evidenceId = keys->value(1).toLongLong();
        report->problems << p;
    }
    // The links are generic (no foreign key): each must name an existing record.
    auto links = Sql::exec(m_db,
        QStringLiteral(
            "SELECT e.id, e.code, l.kind, l.target_id FROM evidence_link l JOIN evidence e ON e.id = l.evidence_id "
            "WHERE (l.kind = 'person' AND NOT EXISTS (SELECT 1 FROM person WHERE id = l.target_id)) "
            "OR (l.kind = 'collective' AND NOT EXISTS (SELECT 1 FROM collective WHERE id = l.target_id)) "
            "OR (l.kind = 'assessment' AND NOT EXISTS (SELECT 1 FROM assessment WHERE id = l.target_id)) "
            "OR (l.kind = 'cdht' AND NOT EXISTS (SELECT 1 FROM cdht_result WHERE id = l.target_id)) "
            "ORDER BY e.code, e.id"));
    if (!links)
        return links.error();
    while (links->next()) {
        CheckProblem p;
        p.kind = CheckProblem::Kind::ForeignKey;
        p.evidenceId = links->value(0).toLongLong();
        p.code = links->value(1).toString();
        p.detail = tr("evidence %1 is attached to %2 number %3, which does not exist")
                       .arg(p.code, links->value(2).toString(), links->value(3).toString());
        report->problems << p;
    }
    return {};
}

Status EvidenceCheck::checkObject(
    const QString& sha256, const QList<Row>& rows, const EvidenceStore::Progress& progress, CheckReport* report) const
{
    const QString path = m_store.objectPath(sha256);
    const QFileInfo info(path);
    auto each = [&](CheckProblem::Kind kind, auto&& fill) {
        for (const Row& row : rows) {
            CheckProblem p = problem(kind, sha256, row, path);
            fill(p, row);
            report->problems << p;
        }
    };
    if (!EvidenceStore::isSha256(sha256) || (!info.exists() && !info.isSymLink())) {
        each(CheckProblem::Kind::Missing, [](CheckProblem&, const Row&) {});
        return {};
    }
    ++report->objectsChecked;
    if (!info.isFile()) {
        each(CheckProblem::Kind::Unreadable, [&](CheckProblem& p, const Row&) {
            p.detail = info.isDir() ? tr("it is a folder") : tr("it is not a file");
        });
        return {};
    }
    if (info.size() != rows.constFirst().size) {
        for (const Row& row : rows) {
            CheckProblem p = problem(CheckProblem::Kind::SizeMismatch, sha256, row, path);
            p.expected = QString::number(row.size);
            p.actual = QString::number(info.size());
            report->problems << p;
        }
        return {};
    }
    auto actual = EvidenceStore::hashFile(path, progress);
    if (!actual && actual.error().code == Error::Code::Cancelled)
        return Error { Error::Code::Cancelled, tr("The check was cancelled.") };
    if (!actual) {
        each(CheckProblem::Kind::Unreadable, [&](CheckProblem& p, const Row&) { p.detail = actual.error().message; });
        return {};
    }
    report->bytesChecked += info.size();
    if (*actual != sha256) {
        each(CheckProblem::Kind::Altered, [&](CheckProblem& p, const Row&) {
            p.expected = sha256;
            p.actual = *actual;
        });
    }
    return {};
}

} // namespace thidua
