#include "core/people/ImportService.h"

#include "core/db/Transaction.h"
#include "core/school/SchoolRepository.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace thidua {

using Action = RosterImport::Row::Action;
using Severity = RosterImport::Problem::Severity;

namespace {

int rowsOf(const QList<ImportService::SheetPlan>& sheets)
{
    int rows = 0;
    for (const auto& part : sheets)
        rows += int(part.plan.rows.size());
    return rows;
}

// The progress of one sheet as part of the whole work.
RosterImport::Progress partOf(const RosterImport::Progress& progress, int offset, int total)
{
    if (!progress)
        return {};
    return [progress, offset, total](int done, int) { return progress(offset + done, total); };
}

// An error of a sheet: the sheet as its file, the row and column kept.
Error inSheet(Error error, const QString& sheet)
{
    if (error.file.isEmpty())
        error.file = sheet;
    return error;
}

void count(RosterImport::Plan& plan)
{
    plan.added = plan.updated = plan.unchanged = plan.skipped = 0;
    plan.errors = 0;
    for (const RosterImport::Row& row : std::as_const(plan.rows)) {
        switch (row.action) {
        case Action::Add:
            ++plan.added;
            break;
        case Action::Update:
            ++plan.updated;
            break;
        case Action::Unchanged:
            ++plan.unchanged;
            break;
        case Action::Skip:
            ++plan.skipped;
            break;
        }
    }
    for (const RosterImport::Problem& p : std::as_const(plan.problems))
        plan.errors += p.severity == Severity::Error ? 1 : 0;
}

} // namespace

int ImportService::Plan::errors() const
{
    int errors = 0;
    for (const SheetPlan& part : sheets)
        errors += part.plan.errors;
    return errors;
}

int ImportService::Plan::rows() const
{
    return rowsOf(sheets);
}

bool ImportService::Plan::collectivesIgnored() const
{
    if (schoolYearStart > 0)
        return false;
    for (const SheetPlan& part : sheets) {
        for (const RosterImport::Row& row : part.plan.rows) {
            if (!row.collectiveName.isEmpty())
                return true;
        }
    }
    return false;
}

Result<qint64> ImportService::schoolYearId(int startYear, bool* isNew) const
{
    *isNew = false;
    if (startYear <= 0)
        return qint64(0);
    auto year = SchoolRepository(m_db).yearByStart(startYear);
    if (!year)
        return year.error();
    if (year->id > 0)
        return year->id;
    // A year not stored yet: created inside the caller's transaction (plan() rolls it back, apply() keeps it).
    *isNew = true;
    auto created = SchoolRepository(m_db).ensureYear(startYear);
    if (!created)
        return created.error();
    return created->id;
}

Result<ImportService::Plan> ImportService::plan(const Request& request, const Progress& progress) const
{
    Plan plan;
    plan.schoolYearStart = request.schoolYearStart;
    plan.skipBadRows = request.skipBadRows;
    // Nothing is written. A school year not stored yet is created inside a transaction rolled back at the end, so
    // that the plan sees the tổ and lớp of that year as apply() will.
    std::optional<Transaction> transaction;
    if (request.schoolYearStart > 0) {
        auto year = SchoolRepository(m_db).yearByStart(request.schoolYearStart);
        if (!year)
            return year.error();
        if (year->id == 0) {
            transaction.emplace(m_db);
            if (!transaction->isActive())
                return transaction->error();
        }
    }
    auto yearId = schoolYearId(request.schoolYearStart, &plan.newSchoolYear);
    if (!yearId)
        return yearId.error();
    int total = 0;
    for (const SheetInput& input : request.sheets)
        total += int(input.sheet.rows.size());
    int done = 0;
    for (const SheetInput& input : request.sheets) {
        RosterImport::Options options;
        options.kind = input.kind;
        options.schoolYearId = *yearId;
        options.skipBadRows = request.skipBadRows;
        options.today = request.today;
        options.defaultCollective = input.defaultCollective;
        auto sheetPlan = RosterImport(m_db).plan(input.sheet, input.columns, options, partOf(progress, done, total));
        if (!sheetPlan)
            return inSheet(sheetPlan.error(), input.sheet.name);
        done += int(input.sheet.rows.size());
        plan.sheets.append({ std::move(sheetPlan).value(), options });
    }
    if (transaction)
        transaction->rollback();
    return plan;
}

Result<RosterImport::Summary> ImportService::apply(const Plan& plan, const Progress& progress)
{
    if (const int errors = plan.errors(); errors > 0 && !plan.skipBadRows) {
        const auto bad = std::find_if(
            plan.sheets.cbegin(), plan.sheets.cend(), [](const SheetPlan& part) { return part.plan.errors > 0; });
        return Error { Error::Code::Validation,
            tr("The list has %n error(s); nothing was imported.", nullptr, errors),
            bad->plan.sheet };
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    bool isNew = false;
    auto yearId = schoolYearId(plan.schoolYearStart, &isNew);
    if (!yearId)
        return yearId.error();
    RosterImport::Summary total;
    const int rows = plan.rows();
    int done = 0;
    for (const SheetPlan& part : plan.sheets) {
        RosterImport::Options options = part.options;
        options.schoolYearId = *yearId;
        options.skipBadRows = plan.skipBadRows;
        auto summary = RosterImport(m_db).applyInTransaction(part.plan, options, partOf(progress, done, rows));
        if (!summary)
            return inSheet(summary.error(), part.plan.sheet);
        done += int(part.plan.rows.size());
        total.added += summary->added;
        total.updated += summary->updated;
        total.skipped += summary->skipped;
        total.unchanged += summary->unchanged;
        total.errors += summary->errors;
    }
    if (progress && !progress(rows, rows))
        return Error { Error::Code::Cancelled, RosterImport::tr("The import was cancelled; nothing was written.") };
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return total;
}

RosterImport::Plan ImportService::decide(const RosterImport::Plan& plan, const Choices& choices)
{
    RosterImport::Plan decided = plan;
    // Who the list already updates: a stored person is updated by one row at most.
    QHash<qint64, int> takenBy; // stored id → 1-based sheet row
    for (const RosterImport::Row& row : plan.rows) {
        if (row.person.id > 0 && !takenBy.contains(row.person.id))
            takenBy.insert(row.person.id, row.sourceRow);
    }
    for (RosterImport::Row& row : decided.rows) {
        if (row.likelyDuplicateOf == 0 || row.action != Action::Add)
            continue;
        const DuplicateChoice choice = choices.value(row.sourceRow, DuplicateChoice::AddNew);
        if (choice == DuplicateChoice::Skip) {
            row.action = Action::Skip;
        } else if (choice == DuplicateChoice::UpdateExisting) {
            const Person& stored = row.likelyDuplicate;
            if (stored.id != row.likelyDuplicateOf) {
                row.action = Action::Skip;
                decided.problems.append({ Severity::Error,
                    plan.sheet,
                    row.sourceRow,
                    0,
                    tr("The stored person this row may be is not known; the row is skipped.") });
            } else if (const int first = takenBy.value(stored.id); first > 0) {
                decided.problems.append({ Severity::Warning,
                    plan.sheet,
                    row.sourceRow,
                    0,
                    tr("Row %1 already updates %2; this row is added as a new person.")
                        .arg(first)
                        .arg(stored.fullName()) });
            } else {
                takenBy.insert(stored.id, row.sourceRow);
                row.person = RosterImport::merged(stored, row.person);
                row.action = Action::Update;
            }
        }
    }
    std::stable_sort(decided.problems.begin(),
        decided.problems.end(),
        [](const RosterImport::Problem& a, const RosterImport::Problem& b) { return a.row < b.row; });
    count(decided);
    return decided;
}

} // namespace thidua
