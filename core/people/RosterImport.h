#pragma once

#include "core/common/Result.h"
#include "core/people/Person.h"
#include "core/people/RosterColumns.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace thidua {

// Importing a staff or student list (danh sách) from a sheet: read and check every row, match it against the people
// already stored, then write everything in one transaction. Use case: plan() (nothing written; the preview, the dry
// run and the problem list come from it), then apply().
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    struct Options
    {
        PersonKind kind = PersonKind::Staff;
        qint64 schoolYearId = 0; // memberships (tổ, lớp) go into this year; 0: no memberships
        bool skipBadRows = false; // false: any error stops apply() and nothing is written
        QDate today; // bounds plausible birth dates; invalid: the current date
        // The tổ / lớp of rows that name none (a workbook with one sheet per class: the sheet's name); empty: none.
        QString defaultCollective;
    };

    // A problem with one cell or row, to list as "sheet:row:column: message" (row and column 1-based as the user
    // sees them in the spreadsheet; column 0 for the whole row).
    struct Problem
    {
        enum class Severity
        {
            Error, // the row cannot be imported
            Warning, // imported, but look at it (a likely duplicate, a year-only birth date…)
        };
        Severity severity = Severity::Error;
        QString sheet;
        int row = 0;
        int column = 0;
        QString message;
        QString toString() const;
    };

    struct Row
    {
        enum class Action
        {
            Add,
            Update, // matched by code, else by full name + date of birth
            Unchanged,
            Skip, // has an error
        };
        int sourceRow = 0; // 1-based row in the sheet
        Person person; // as it will be stored (NFC, name split, id set when matched)
        QString collectiveName; // tổ or lớp, cleaned; empty when none
        Action action = Action::Add;
        qint64 likelyDuplicateOf = 0; // an existing person with the same name folded and birth year, not matched
        Person likelyDuplicate; // that person as stored (what "update the stored one" starts from)
    };

    struct Plan
    {
        QString sheet;
        QList<Row> rows; // data rows in sheet order; blank, numbering-only and totals rows are left out
        QList<Problem> problems; // in sheet order
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        int errors = 0; // problems of Error severity
        QStringList newCollectives; // tổ / lớp that apply() will create
    };

    // What apply() did. `skipped` counts the rows not written: unchanged ones and, with skipBadRows, bad ones.
    struct Summary
    {
        int added = 0;
        int updated = 0;
        int skipped = 0;
        int errors = 0;
        int unchanged = 0; // already stored as the file says; counted in `skipped` too
        // "added N, updated N, skipped N, errors N" (the CLI's summary line; not translated, scripts read it)
        QString line() const;
    };

    // Told how far plan() or apply() has come (rows done, rows in all); returning false cancels the work (apply()
    // then writes nothing and returns an Error of code Cancelled).
    using Progress = std::function<bool(int done, int total)>;

    explicit RosterImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Reads and checks the rows under `columns` and matches them against the database. Writes nothing.
    Result<Plan> plan(
        const Sheet& sheet, const RosterColumns& columns, const Options& options, const Progress& progress = {}) const;
    // Writes a plan in one transaction: people added or updated, missing collectives created, memberships for the
    // school year. When the plan has errors and skipBadRows is false, returns an Error and writes nothing.
    Result<Summary> apply(const Plan& plan, const Options& options, const Progress& progress = {});
    // apply() inside the caller's transaction (ImportService writes every sheet in one; with none open, the same as
    // apply()); on failure the caller rolls back. No savepoint of its own: with one open, SQLite copies every page each
    // row changes to a statement journal that grows for the whole import (about 12,000 pages for 3,000 rows).
    Result<Summary> applyInTransaction(const Plan& plan, const Options& options, const Progress& progress = {});

    // A birth date cell: an Excel serial day number (1900 date system, with Excel's 29/02/1900), a year number
    // (1987), or text "05/04/1987", "5/4/87", "1987-04-05", "1987". Invalid for anything else; empty for an empty cell.
    static PartialDate dateFromCell(const Cell& cell, bool* ok = nullptr);
    // A stored person as a row of the file updates them: names, gender and date of birth from the file, the other
    // fields where the file gives them (a column the file lacks, or an empty cell, keeps what is stored).
    static Person merged(const Person& stored, const Person& read);
    // Whether a sheet lists students or staff: from the title above the header ("DANH SÁCH HỌC SINH LỚP 10A1",
    // "DANH SÁCH CÁN BỘ, GIÁO VIÊN…"), else from its columns (a Lớp column without a Tổ: students; a Tổ or a
    // Chức vụ without a Lớp: staff), else from the sheet's name when it is a class ("10A1"); `otherwise` when
    // nothing says (the command line: staff; the import dialog: the list it was opened from).
    static PersonKind guessKind(const Sheet& sheet, const RosterColumns& columns, PersonKind otherwise);
    // Options::defaultCollective for a sheet: its name when it lists students and is named after a class (one
    // sheet per class), else empty.
    static QString defaultCollective(const Sheet& sheet, PersonKind kind);
    // Whether a name looks like a class ("10A1", "Lớp 6/2", "12 Toán"), e.g. a sheet named after its class.
    static bool looksLikeClass(const QString& name);
    // The khối of a class name: "10A1" → 10, "Lớp 6/2" → 6, "12 Toán" → 12; 0 when there is none.
    static int gradeOfClass(const QString& className);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
