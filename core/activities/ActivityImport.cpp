#include "core/activities/ActivityImport.h"

#include "core/activities/ActivityColumns.h"
#include "core/activities/ActivityRepository.h"
#include "core/activities/ActivityService.h"
#include "core/activities/ImportApply.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonMatcher.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/SheetText.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace thidua {

namespace {

using Field = ActivityColumns::Field;
using Problem = ActivityImport::Problem;
using Row = ActivityImport::Row;

QString cellText(const Cell& cell)
{
    if (cell.type == Cell::Type::Number && cell.text.trimmed().isEmpty()) {
        if (cell.number == std::floor(cell.number) && std::abs(cell.number) < 1e15)
            return QString::number(qint64(cell.number));
        return SheetText::numberText(cell.number);
    }
    return cell.type == Cell::Type::Empty ? QString() : VietnameseText::cleanLines(cell.text).trimmed();
}

QString nameKey(const QString& name)
{
    return VietnameseText::lowerCanonical(VietnameseText::clean(name));
}

QStringList parts(const QString& text, bool commas)
{
    static const QRegularExpression Separators(QStringLiteral("[;\\n]"));
    static const QRegularExpression WithCommas(QStringLiteral("[;,\\n]"));
    QStringList out;
    for (const QString& part : text.split(commas ? WithCommas : Separators, Qt::SkipEmptyParts)) {
        const QString cleaned = VietnameseText::clean(part);
        if (!cleaned.isEmpty())
            out << cleaned;
    }
    return out;
}

// The stored people, collectives, school years and activities a list is matched against (read once).
struct Known
{
    QHash<QString, qint64> byCode; // PersonMatcher::codeKey → id
    QHash<QString, QList<qint64>> byName; // nameKey of the full name → ids
    QHash<QString, QList<Collective>> collectives; // nameKey
    QHash<int, SchoolYear> years; // start year → year
    QSet<QString> activities; // activityKey of every activity stored
};

QString activityKey(int startYear, const QString& title, const QDate& start)
{
    return QStringList { QString::number(startYear), nameKey(title), start.toString(Qt::ISODate) }.join(u'|');
}

Result<Known> load(const QSqlDatabase& db)
{
    Known known;
    auto people = PersonRepository(db).list();
    if (!people)
        return people.error();
    for (const Person& p : std::as_const(*people)) {
        if (!p.code.isEmpty())
            known.byCode.insert(PersonMatcher::codeKey(p.code), p.id);
        known.byName[nameKey(p.fullName())].append(p.id);
    }
    auto collectives = CollectiveRepository(db).list();
    if (!collectives)
        return collectives.error();
    for (const Collective& c : std::as_const(*collectives))
        known.collectives[nameKey(c.name)].append(c);
    auto years = SchoolRepository(db).years();
    if (!years)
        return years.error();
    QHash<qint64, int> startOf;
    for (const SchoolYear& y : std::as_const(*years)) {
        known.years.insert(y.startYear, y);
        startOf.insert(y.id, y.startYear);
    }
    auto activities = ActivityRepository(db).activities(0);
    if (!activities)
        return activities.error();
    for (const Activity& a : std::as_const(*activities))
        known.activities.insert(activityKey(startOf.value(a.schoolYearId), a.title, a.startDate));
    return known;
}

// The school year a day falls in: a stored year whose dates hold it, else the usual one (from 05/9 → that year;
// before → the year before).
int startYearOf(const Known& known, const QDate& day)
{
    for (auto it = known.years.cbegin(); it != known.years.cend(); ++it) {
        if (it->contains(day))
            return it.key();
    }
    return day.month() >= 8 ? day.year() : day.year() - 1;
}

class RowReader
{
public:
    RowReader(const Sheet& sheet, const ActivityColumns& columns, const Known& known)
        : m_sheet(sheet)
        , m_columns(columns)
        , m_known(known)
    {}

    bool isActivity(int r) const
    {
        return !text(r, Field::Title).isEmpty() || !text(r, Field::Kind).isEmpty()
            || !m_sheet.cell(r, m_columns.column(Field::StartDate)).isEmpty();
    }

    Row read(int r, QList<Problem>& problems) const
    {
        Row row;
        row.sheet = m_sheet.name;
        row.sourceRow = r + 1;
        Activity& a = row.activity;
        a.title = VietnameseText::clean(text(r, Field::Title));
        if (a.title.isEmpty())
            add(problems,
                r,
                Field::Title,
                ActivityImport::tr("The activity has no title (the column “Tên hoạt động”)."));
        readKind(r, a, problems);
        a.startDate = date(r, Field::StartDate, problems);
        if (!a.startDate.isValid() && m_sheet.cell(r, m_columns.column(Field::StartDate)).isEmpty())
            add(problems, r, Field::StartDate, ActivityImport::tr("The date the activity began is missing."));
        a.endDate = date(r, Field::EndDate, problems);
        if (!a.endDate.isValid())
            a.endDate = a.startDate;
        else if (a.startDate.isValid() && a.endDate < a.startDate)
            add(problems,
                r,
                Field::EndDate,
                ActivityImport::tr("The activity ends (%1) before it begins (%2).")
                    .arg(VietnameseFormat::shortDate(a.endDate), VietnameseFormat::shortDate(a.startDate)));
        readYear(r, row, problems);
        readOrganizer(r, a, problems);
        readPeople(r, a, problems);
        readCollectives(r, a, problems);
        readCount(r, a, problems);
        a.description = text(r, Field::Description);
        return row;
    }

private:
    QString text(int r, Field field) const
    {
        const int c = m_columns.column(field);
        return c < 0 ? QString() : cellText(m_sheet.cell(r, c));
    }

    void add(QList<Problem>& problems, int r, Field field, const QString& message) const
    {
        problems.append({ Problem::Severity::Error, m_sheet.name, r + 1, m_columns.column(field) + 1, message });
    }

    void readKind(int r, Activity& a, QList<Problem>& problems) const
    {
        const QString written = text(r, Field::Kind);
        if (written.isEmpty())
            return;
        bool ok = false;
        a.kind = Activity::kindFromText(written, &ok);
        if (!ok) {
            QStringList names;
            for (const Activity::Kind k : Activity::kinds())
                names << Activity::kindName(k);
            add(problems,
                r,
                Field::Kind,
                ActivityImport::tr("“%1” is not a kind of activity: write one of %2.")
                    .arg(written, names.join(QStringLiteral(", "))));
        }
    }

    QDate date(int r, Field field, QList<Problem>& problems) const
    {
        if (!m_columns.hasColumn(field))
            return QDate();
        const Cell& cell = m_sheet.cell(r, m_columns.column(field));
        if (cell.isEmpty())
            return QDate();
        bool ok = false;
        const PartialDate date = RosterImport::dateFromCell(cell, &ok);
        if (!ok || !date.hasDay()) {
            add(problems, r, field, ActivityImport::tr("“%1” is not a date (day/month/year).").arg(cellText(cell)));
            return QDate();
        }
        return date.date();
    }

    void readYear(int r, Row& row, QList<Problem>& problems) const
    {
        const QString year = text(r, Field::SchoolYear);
        if (year.isEmpty()) {
            if (row.activity.startDate.isValid())
                row.startYear = startYearOf(m_known, row.activity.startDate);
        } else {
            row.startYear = SchoolYear::parseStartYear(year);
            if (row.startYear <= 0)
                return add(problems,
                    r,
                    Field::SchoolYear,
                    ActivityImport::tr("“%1” is not a school year: write it as 2024-2025.").arg(year));
        }
        row.activity.schoolYearId = m_known.years.value(row.startYear).id;
    }

    // A collective by name; nullopt with a problem when unknown or ambiguous.
    std::optional<qint64> collective(int r, Field field, const QString& name, QList<Problem>& problems) const
    {
        const QList<Collective> found = m_known.collectives.value(nameKey(name));
        if (found.size() == 1)
            return found.constFirst().id;
        add(problems,
            r,
            field,
            found.isEmpty() ? ActivityImport::tr("No collective named %1 is stored.").arg(name)
                            : ActivityImport::tr("Several collectives are named %1.").arg(name));
        return std::nullopt;
    }

    void readOrganizer(int r, Activity& a, QList<Problem>& problems) const
    {
        const QString name = VietnameseText::clean(text(r, Field::Organizer));
        if (name.isEmpty())
            return;
        if (const auto id = collective(r, Field::Organizer, name, problems))
            a.organizerId = *id;
    }

    void readCollectives(int r, Activity& a, QList<Problem>& problems) const
    {
        for (const QString& name : parts(text(r, Field::Collectives), false)) {
            if (const auto id = collective(r, Field::Collectives, name, problems))
                a.collectiveIds << *id;
        }
    }

    void readPeople(int r, Activity& a, QList<Problem>& problems) const
    {
        for (const QString& who : parts(text(r, Field::People), true)) {
            if (const auto it = m_known.byCode.constFind(PersonMatcher::codeKey(who)); it != m_known.byCode.cend()) {
                a.participantIds << *it;
                continue;
            }
            const QList<qint64> named = m_known.byName.value(nameKey(who));
            if (named.size() == 1) {
                a.participantIds << named.constFirst();
                continue;
            }
            add(problems,
                r,
                Field::People,
                named.isEmpty() ? ActivityImport::tr("No one named or coded %1 is stored.").arg(who)
                                : ActivityImport::tr("Several people are named %1: give their codes.").arg(who));
        }
    }

    void readCount(int r, Activity& a, QList<Problem>& problems) const
    {
        const QString count = text(r, Field::Count);
        if (count.isEmpty())
            return;
        bool ok = false;
        a.participantCount = count.toInt(&ok);
        if (!ok || a.participantCount < 0) {
            a.participantCount = 0;
            return add(
                problems, r, Field::Count, ActivityImport::tr("“%1” is not a number of participants.").arg(count));
        }
        if (a.participantCount > 0 && !a.participantIds.isEmpty())
            add(problems,
                r,
                Field::Count,
                ActivityImport::tr("Give the participants either as people or as a number, not both."));
    }

    const Sheet& m_sheet;
    const ActivityColumns& m_columns;
    const Known& m_known;
};

bool isBlank(const Sheet& sheet)
{
    for (const auto& row : sheet.rows) {
        for (const Cell& cell : row) {
            if (!cell.isEmpty())
                return false;
        }
    }
    return true;
}

} // namespace

QString ActivityImport::Summary::line() const
{
    return QStringLiteral("added %1, unchanged %2, skipped %3, errors %4")
        .arg(added)
        .arg(unchanged)
        .arg(skipped)
        .arg(errors);
}

Result<ActivityImport::Plan> ActivityImport::plan(const Workbook& workbook) const
{
    auto known = load(m_db);
    if (!known)
        return known.error();
    Plan plan;
    QHash<QString, int> seen; // activityKey → 1-based row of its first appearance, per file
    QSet<int> newYears;
    bool anyList = false;
    for (const Sheet& sheet : workbook.sheets) {
        const ActivityColumns columns = ActivityColumns::detect(sheet);
        if (columns.headerRow < 0) {
            if (!isBlank(sheet))
                plan.problems.append({ Problem::Severity::Warning,
                    sheet.name,
                    0,
                    0,
                    tr("Sheet “%1” is left out: it has no list of activities.").arg(sheet.name) });
            continue;
        }
        anyList = true;
        const RowReader reader(sheet, columns, *known);
        for (int r = columns.headerRow + 1; r < sheet.rowCount(); ++r) {
            if (!reader.isActivity(r))
                continue;
            QList<Problem> problems;
            Row row = reader.read(r, problems);
            row.activity = ActivityService::cleaned(row.activity);
            if (problems.isEmpty()) {
                const QString key = activityKey(row.startYear, row.activity.title, row.activity.startDate);
                if (known->activities.contains(key)) {
                    row.action = Row::Action::Unchanged;
                } else if (const int first = seen.value(key); first > 0) {
                    problems.append({ Problem::Severity::Error,
                        sheet.name,
                        r + 1,
                        0,
                        tr("The same activity as row %1 (title and start date).").arg(first) });
                } else {
                    seen.insert(key, r + 1);
                }
            }
            if (!problems.isEmpty())
                row.action = Row::Action::Skip;
            else if (row.action == Row::Action::Add && row.activity.schoolYearId == 0)
                newYears.insert(row.startYear);
            plan.errors += int(problems.size());
            plan.added += row.action == Row::Action::Add ? 1 : 0;
            plan.unchanged += row.action == Row::Action::Unchanged ? 1 : 0;
            plan.skipped += row.action == Row::Action::Skip ? 1 : 0;
            plan.problems.append(problems);
            plan.rows.append(row);
        }
    }
    if (!anyList)
        return Error { Error::Code::Format,
            tr("No sheet has a header with the activity's title (“Tên hoạt động”) and its date (“Từ ngày” or "
               "“Ngày”).") };
    plan.newYears = newYears.values();
    std::sort(plan.newYears.begin(), plan.newYears.end());
    return plan;
}

Result<ActivityImport::Summary> ActivityImport::apply(const Plan& plan, const Options& options)
{
    return ImportApply::run<Summary>(
        m_db, plan, options, [](ActivityRepository& repository, const Row& row, qint64 yearId) -> Result<qint64> {
            Activity activity = row.activity;
            if (activity.schoolYearId == 0)
                activity.schoolYearId = yearId;
            if (const QString problem = ActivityService::fieldProblem(activity); !problem.isEmpty())
                return Error { Error::Code::Validation, problem };
            return repository.insertActivity(activity);
        });
}

} // namespace thidua
