#pragma once

// What the evidence tests share (issue 15): a school with a year, two people, a collective and an assessment of the
// school against the built-in Đơn vị học tập set; files written byte for byte; a snapshot of a whole folder tree to
// prove that nothing outside the store was written; SHA-256 sums by coreutils' sha256sum, independent of the code
// under test.
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/CriteriaService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/school/SchoolService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

#include <memory>

namespace thidua::test {

struct EvidenceSchool
{
    std::unique_ptr<Database> db;
    qint64 yearId = 0;
    qint64 otherYearId = 0;
    qint64 personA = 0; // code "GV001"
    qint64 personB = 0; // code "GV002"
    qint64 collective = 0; // "Tổ Toán", lasting
    qint64 assessment = 0; // the school against don-vi-hoc-tap-cap-huyen, 2024-2025
    qint64 cdht = 0; // GV001's Công dân học tập result, 2024-2025
};

inline qint64 insertRow(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    auto q = Sql::exec(db, statement, values);
    return q ? q->lastInsertId().toLongLong() : 0;
}

// The school in `path` (created), with the rows above; all ids 0 on a failure.
inline EvidenceSchool makeEvidenceSchool(const QString& path)
{
    EvidenceSchool school;
    auto db = Database::open(path);
    if (!db)
        return school;
    school.db = std::move(db).value();
    const QSqlDatabase c = school.db->connection();
    auto year = SchoolService(c).ensureYear(2024);
    auto other = SchoolService(c).ensureYear(2025);
    if (!year || !other || !CriteriaService(c).installBuiltIns())
        return school;
    school.yearId = year->id;
    school.otherYearId = other->id;
    school.personA = insertRow(c,
        QStringLiteral("INSERT INTO person (kind, family_name, middle_name, given_name, code) "
                       "VALUES ('staff', 'Nguyễn', 'Thị', 'Hoa', 'GV001')"));
    school.personB = insertRow(c,
        QStringLiteral("INSERT INTO person (kind, family_name, middle_name, given_name, code) "
                       "VALUES ('staff', 'Trần', 'Văn', 'Bình', 'GV002')"));
    school.collective =
        insertRow(c, QStringLiteral("INSERT INTO collective (kind, name) VALUES ('subject_group', 'Tổ Toán')"));
    auto set = CriteriaQuery(c).latest(QStringLiteral("don-vi-hoc-tap-cap-huyen"));
    if (set && set->id != 0)
        school.assessment = insertRow(c,
            QStringLiteral("INSERT INTO assessment (criteria_set_id, school_year_id, subject_kind) VALUES (?, ?, "
                           "'school')"),
            { set->id, school.yearId });
    school.cdht = insertRow(c,
        QStringLiteral("INSERT INTO cdht_result (person_id, school_year_id, status) VALUES (?, ?, 'dat')"),
        { school.personA, school.yearId });
    return school;
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Deterministic pseudo-random bytes (a linear congruential generator), so that a failure can be repeated.
inline QByteArray patternBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

// The SHA-256 of a file by coreutils' sha256sum (empty when it cannot be run).
inline QString sha256sum(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("sha256sum"), { QStringLiteral("--"), path });
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QString();
    return QString::fromLatin1(process.readAllStandardOutput().left(64));
}

inline bool hasSha256sum()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty();
}

// Every file and folder under `root` (relative path → size, modification time and SHA-1 of the content; folders
// marked "dir"), hidden files and symbolic links included, not following links.
inline QMap<QString, QString> treeSnapshot(const QString& root)
{
    QMap<QString, QString> tree;
    const QDir base(root);
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = base.relativeFilePath(info.absoluteFilePath());
        if (info.isSymLink())
            tree.insert(relative, QStringLiteral("link ") + info.symLinkTarget());
        else if (info.isDir())
            tree.insert(relative, QStringLiteral("dir"));
        else
            tree.insert(relative,
                QStringLiteral("%1 %2 %3")
                    .arg(info.size())
                    .arg(info.lastModified().toMSecsSinceEpoch())
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(readBytes(info.absoluteFilePath()), QCryptographicHash::Sha1)
                            .toHex())));
    }
    return tree;
}

// The entries that differ between two snapshots (added, removed or changed).
inline QStringList treeChanges(const QMap<QString, QString>& before, const QMap<QString, QString>& after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changed << it.key();
    }
    changed.sort();
    return changed;
}

// The files (not folders) under `root`, relative.
inline QStringList filesUnder(const QString& root)
{
    QStringList files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace thidua::test
