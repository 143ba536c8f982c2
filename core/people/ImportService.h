#pragma once

#include "core/common/Result.h"
#include "core/people/RosterColumns.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace thidua {

// The one way a staff or student list comes in, for the import dialog and `thidua-cli import people` alike:
// plan() reads and checks every sheet and matches the rows against the people stored, writing nothing (the
// preview, the dry run and the problem list come from it); decide() applies the user's choices about likely
// duplicates to a plan, without the database; apply() writes a plan in ONE transaction, every sheet and the school
// year (created when it is new), all or nothing. Both take a progress callback that can cancel.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    using Progress = RosterImport::Progress;

    // What to do with a row that may be a person already stored (RosterImport::Row::likelyDuplicateOf).
    enum class DuplicateChoice
    {
        AddNew,
        UpdateExisting,
        Skip,
    };
    using Choices = QHash<int, DuplicateChoice>; // 1-based sheet row → choice; AddNew when absent

    struct SheetInput
    {
        Sheet sheet;
        RosterColumns columns;
        PersonKind kind = PersonKind::Staff;
        QString defaultCollective; // RosterImport::Options::defaultCollective
    };
    struct Request
    {
        QList<SheetInput> sheets;
        int schoolYearStart = 0; // memberships go into this school year (2024 for 2024-2025); 0: none
        bool skipBadRows = false;
        QDate today; // bounds plausible birth dates; invalid: the current date
    };

    struct SheetPlan
    {
        RosterImport::Plan plan;
        RosterImport::Options options;
    };
    struct Plan
    {
        QList<SheetPlan> sheets;
        int schoolYearStart = 0;
        bool newSchoolYear = false; // apply() creates the school year
        bool skipBadRows = false;
        int errors() const;
        int rows() const;
        // Whether some row names a tổ or lớp while no school year was given (they are not recorded then).
        bool collectivesIgnored() const;
    };

    explicit ImportService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Plans every sheet of the request. Writes nothing. A failure says which sheet (Error::file), and row and column
    // when it is about one.
    Result<Plan> plan(const Request& request, const Progress& progress = {}) const;
    // Writes the plan in one transaction. With errors in any sheet and without skipBadRows, or when cancelled,
    // writes nothing and returns an Error (file: the sheet; row and column where known).
    Result<RosterImport::Summary> apply(const Plan& plan, const Progress& progress = {});

    // A sheet's plan with the choices made about its likely duplicates: "skip" skips the row; "update the stored
    // one" updates that person (names, gender and date from the file, other fields where the file has them) unless
    // another row of the list already is or updates them, which is then reported as a warning and the row is added
    // as new. A choice that cannot be followed is never dropped silently. Counts are recomputed.
    static RosterImport::Plan decide(const RosterImport::Plan& plan, const Choices& choices);

private:
    Result<qint64> schoolYearId(int startYear, bool* isNew) const;

    QSqlDatabase m_db;
};

} // namespace thidua
