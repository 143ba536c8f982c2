#include "core/activities/InitiativeImport.h"

#include "core/activities/ActivityRepository.h"
#include "core/activities/ActivityService.h"
#include "core/activities/ImportApply.h"
#include "core/db/Transaction.h"
#include "core/people/PersonMatcher.h"
#include "core/people/PersonRepository.h"
#include "core/people/RosterColumns.h"
#include "core/school/SchoolRepository.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace thidua {

namespace {

using Problem = InitiativeImport::Problem;
using Row = InitiativeImport::Row;
using Action = ActivityImport::Row::Action;

enum class Field
{
    Title,
    Authors,
    SchoolYear,
    Level,
    DecisionNumber,
    DecisionDate,
    Issuer,
};

bool startsWithAny(const QString& key, std::initializer_list<const char*> prefixes)
{
    for (const char* p : prefixes) {
        const QString prefix = QString::fromLatin1(p);
        if (key == prefix || key.startsWith(prefix + QLatin1Char(' ')))
            return true;
    }
    return false;
}

std::optional<Field> fieldFor(const QString& header)
{
    const QString key = RosterColumns::headerKey(header);
    if (startsWithAny(key, { "so quyet dinh", "so qd", "quyet dinh so", "so ky hieu" }))
        return Field::DecisionNumber;
    if (startsWithAny(key, { "ngay quyet dinh", "ngay qd", "ngay ky", "ngay cong nhan" }))
        return Field::DecisionDate;
    if (startsWithAny(key, { "co quan", "don vi cong nhan", "nguoi ky", "noi cong nhan", "issuer" }))
        return Field::Issuer;
    if (startsWithAny(key, { "cap", "cap cong nhan", "level" }))
        return Field::Level;
    if (startsWithAny(key, { "nam hoc", "school year" }))
        return Field::SchoolYear;
    if (startsWithAny(key, { "tac gia", "nguoi thuc hien", "ho va ten", "ho ten", "authors" }))
        return Field::Authors;
    if (startsWithAny(key, { "ten sang kien", "sang kien", "ten giai phap", "giai phap", "ten de tai", "title" }))
        return Field::Title;
    return std::nullopt;
}

struct Columns
{
    int headerRow = -1;
    QHash<Field, int> columns;
    int column(Field f) const { return columns.value(f, -1); }
};

Columns detect(const Sheet& sheet)
{
    Columns result;
    int best = 0;
    for (int r = 0; r < std::min(sheet.rowCount(), 30); ++r) {
        QHash<Field, int> fields;
        for (int c = 0; c < int(sheet.rows.value(r).size()); ++c) {
            const Cell& cell = sheet.cell(r, c);
            const auto field = cell.type == Cell::Type::Text ? fieldFor(cell.text) : std::nullopt;
            if (field && !fields.contains(*field))
                fields.insert(*field, c);
        }
        if (fields.contains(Field::Title) && fields.contains(Field::Authors) && int(fields.size()) > best) {
            best = int(fields.size());
            result = { r, fields };
        }
    }
    return result;
}

QString nameKey(const QString& text)
{
    return VietnameseText::lowerCanonical(VietnameseText::clean(text));
}

QString initiativeKey(int startYear, const QString& title)
{
    return QString::number(startYear) + QLatin1Char('|') + nameKey(title);
}

} // namespace

Result<InitiativeImport::Plan> InitiativeImport::plan(const Workbook& workbook, int defaultStartYear) const
{
    auto people = PersonRepository(m_db).list();
    auto years = SchoolRepository(m_db).years();
    auto stored = ActivityRepository(m_db).initiatives(0);
    if (!people || !years || !stored)
        return !people ? people.error() : (!years ? years.error() : stored.error());
    QHash<QString, qint64> byCode;
    QHash<QString, QList<qint64>> byName;
    for (const Person& p : std::as_const(*people)) {
        if (!p.code.isEmpty())
            byCode.insert(PersonMatcher::codeKey(p.code), p.id);
        byName[nameKey(p.fullName())].append(p.id);
    }
    QHash<int, qint64> yearIds;
    QHash<qint64, int> startOf;
    for (const SchoolYear& y : std::as_const(*years)) {
        yearIds.insert(y.startYear, y.id);
        startOf.insert(y.id, y.startYear);
    }
    QSet<QString> known;
    for (const Initiative& i : std::as_const(*stored))
        known.insert(initiativeKey(startOf.value(i.schoolYearId), i.title));

    static const QRegularExpression Separators(QStringLiteral("[;,\\n]"));
    Plan plan;
    QHash<QString, int> seen;
    QSet<int> newYears;
    bool anyList = false;
    for (const Sheet& sheet : workbook.sheets) {
        const Columns columns = detect(sheet);
        if (columns.headerRow < 0)
            continue;
        anyList = true;
        auto text = [&](int r, Field f) {
            const int c = columns.column(f);
            return c < 0 ? QString() : VietnameseText::cleanLines(sheet.cell(r, c).text).trimmed();
        };
        for (int r = columns.headerRow + 1; r < sheet.rowCount(); ++r) {
            if (text(r, Field::Title).isEmpty() && text(r, Field::Authors).isEmpty())
                continue;
            QList<Problem> problems;
            auto problem = [&](Field f, const QString& message) {
                problems.append({ Problem::Severity::Error, sheet.name, r + 1, columns.column(f) + 1, message });
            };
            Row row;
            row.sheet = sheet.name;
            row.sourceRow = r + 1;
            Initiative& i = row.initiative;
            i.title = VietnameseText::clean(text(r, Field::Title));
            if (i.title.isEmpty())
                problem(Field::Title, tr("The initiative has no title (the column “Tên sáng kiến”)."));
            for (const QString& part : text(r, Field::Authors).split(Separators, Qt::SkipEmptyParts)) {
                const QString who = VietnameseText::clean(part);
                if (who.isEmpty())
                    continue;
                if (const auto it = byCode.constFind(PersonMatcher::codeKey(who)); it != byCode.cend()) {
                    i.authorIds << *it;
                    continue;
                }
                const QList<qint64> named = byName.value(nameKey(who));
                if (named.size() == 1)
                    i.authorIds << named.constFirst();
                else
                    problem(Field::Authors,
                        named.isEmpty() ? tr("No one named or coded %1 is stored.").arg(who)
                                        : tr("Several people are named %1: give their codes.").arg(who));
            }
            if (i.authorIds.isEmpty() && problems.isEmpty())
                problem(Field::Authors, tr("The initiative has no author (the column “Tác giả”)."));
            if (const QString level = text(r, Field::Level); !level.isEmpty()) {
                bool ok = false;
                i.level = Initiative::levelFromText(level, &ok);
                if (!ok)
                    problem(Field::Level, tr("“%1” is not a level: write cơ sở, huyện, tỉnh or toàn quốc.").arg(level));
            }
            i.decisionNumber = VietnameseText::clean(text(r, Field::DecisionNumber));
            i.decisionIssuer = VietnameseText::clean(text(r, Field::Issuer));
            const Cell& dateCell = sheet.cell(r, columns.column(Field::DecisionDate));
            if (columns.column(Field::DecisionDate) >= 0 && !dateCell.isEmpty()) {
                bool ok = false;
                const PartialDate date = RosterImport::dateFromCell(dateCell, &ok);
                if (!ok || !date.hasDay())
                    problem(Field::DecisionDate,
                        tr("“%1” is not a date (day/month/year).").arg(text(r, Field::DecisionDate)));
                else if (i.decisionNumber.isEmpty())
                    problem(Field::DecisionNumber,
                        tr("The decision of %1 needs its number.").arg(VietnameseFormat::shortDate(date.date())));
                else
                    i.decisionDate = date.date();
            }
            const QString year = text(r, Field::SchoolYear);
            row.startYear = year.isEmpty() ? defaultStartYear : SchoolYear::parseStartYear(year);
            if (row.startYear <= 0)
                problem(Field::SchoolYear,
                    year.isEmpty() ? tr("The school year is missing: write it in the column “Năm học”.")
                                   : tr("“%1” is not a school year: write it as 2024-2025.").arg(year));
            i.schoolYearId = yearIds.value(row.startYear);
            row.initiative = ActivityService::cleaned(row.initiative);
            if (problems.isEmpty()) {
                const QString key = initiativeKey(row.startYear, i.title);
                if (known.contains(key))
                    row.action = Action::Unchanged;
                else if (const int first = seen.value(key); first > 0)
                    problems.append({ Problem::Severity::Error,
                        sheet.name,
                        r + 1,
                        0,
                        tr("The same initiative as row %1.").arg(first) });
                else
                    seen.insert(key, r + 1);
            }
            if (!problems.isEmpty())
                row.action = Action::Skip;
            else if (row.action == Action::Add && row.initiative.schoolYearId == 0)
                newYears.insert(row.startYear);
            plan.errors += int(problems.size());
            plan.added += row.action == Action::Add ? 1 : 0;
            plan.unchanged += row.action == Action::Unchanged ? 1 : 0;
            plan.skipped += row.action == Action::Skip ? 1 : 0;
            plan.problems.append(problems);
            plan.rows.append(row);
        }
    }
    if (!anyList)
        return Error { Error::Code::Format,
            tr("No sheet has a header with the initiative (“Tên sáng kiến”) and its authors (“Tác giả”).") };
    plan.newYears = newYears.values();
    std::sort(plan.newYears.begin(), plan.newYears.end());
    return plan;
}

Result<InitiativeImport::Summary> InitiativeImport::apply(const Plan& plan, const Options& options)
{
    return ImportApply::run<Summary>(
        m_db, plan, options, [](ActivityRepository& repository, const Row& row, qint64 yearId) {
            Initiative initiative = row.initiative;
            if (initiative.schoolYearId == 0)
                initiative.schoolYearId = yearId;
            return repository.insertInitiative(initiative);
        });
}

} // namespace thidua
