#pragma once

#include "core/common/Result.h"
#include "core/evidence/EvidenceStore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace thidua {

struct CheckProblem
{
    Q_DECLARE_TR_FUNCTIONS(CheckProblem)

public:
    enum class Kind
    {
        Integrity, // PRAGMA integrity_check reported something (detail)
        ForeignKey, // PRAGMA foreign_key_check: a row pointing at nothing (detail: table, rowid, parent)
        Missing, // a row's object is not in the store
        Altered, // the object's content no longer has its SHA-256 (expected vs actual)
        Unreadable, // the object exists but cannot be read (detail: the reason)
        SizeMismatch, // the object's size differs from the row's (expected vs actual)
        Orphan, // an object or file in the store that no row points to (a warning)
    };
    Kind kind = Kind::Integrity;
    QString sha256;
    qint64 evidenceId = 0;
    QString path;
    QString expected;
    QString actual;
    QString detail;
    QString code; // the evidence code of the row (if any)
    QString name; // the displayed name of the row's file (if any)

    bool isError() const; // everything but Orphan (a warning)
    QString message() const; // Vietnamese, names the file and the evidence code
    static QString kindKey(
        Kind kind); // "integrity", "foreign_key", "missing", "altered", "unreadable", "size", "orphan"
};

struct CheckReport
{
    QList<CheckProblem> problems;
    int objectsChecked = 0;
    qint64 bytesChecked = 0;
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
};

// Verifies the database (integrity_check, foreign_key_check) and every evidence object (present, readable, same
// size, same SHA-256), and reports store files no row points to as warnings. Read-only: it writes nothing.
class EvidenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCheck)

public:
    EvidenceCheck(QSqlDatabase db, EvidenceStore store);
    Result<CheckReport> run(const EvidenceStore::Progress& progress = {}) const;

    struct Row; // a row naming an object (internal)

private:
    // integrity_check, foreign_key_check and the generic links of evidence_link.
    Status checkDatabase(CheckReport* report) const;
    Status checkObject(const QString& sha256,
        const QList<Row>& rows,
        const EvidenceStore::Progress& progress,
        CheckReport* report) const;

    QSqlDatabase m_db;
    EvidenceStore m_store;
};

} // namespace thidua
