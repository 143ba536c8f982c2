#include "core/people/RosterImport.h"

#include "core/db/Transaction.h"
#include "core/people/AgePlausibility.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonMatcher.h"
#include "core/people/PersonRepository.h"
#include "core/people/RosterRowReader.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/SheetText.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace thidua {

namespace {

using Field = RosterColumns::Field;

QString codeKey(const QString& code)
{
    return PersonMatcher::codeKey(code);
}

QString nameDateKey(const Person& p)
{
    return PersonMatcher::nameDateKey(p);
}

bool sameData(const Person& a, const Person& b)
{
    return a.kind == b.kind && a.familyName == b.familyName && a.middleName == b.middleName
        && a.givenName == b.givenName && a.gender == b.gender && a.birthDate == b.birthDate && a.code == b.code
        && a.position == b.position && a.phone == b.phone && a.email == b.email && a.note == b.note;
}

CollectiveKind collectiveKindFor(PersonKind kind)
{
    return kind == PersonKind::Student ? CollectiveKind::Class : CollectiveKind::SubjectGroup;
}

QString collectiveKey(const QString& name)
{
    return VietnameseText::lowerCanonical(VietnameseText::clean(name));
}

// The tổ or lớp a list of `kind` puts people into in that year (a lớp exists in one year, a tổ across years), by
// collectiveKey() of their names.
QHash<QString, qint64> groupIds(const Collectives& all, PersonKind kind, qint64 schoolYearId)
{
    const bool classes = collectiveKindFor(kind) == CollectiveKind::Class;
    QHash<QString, qint64> ids;
    for (const Collective& c : all) {
        if (Collective::isGroupOf(c.kind, kind) && c.schoolYearId == (classes ? schoolYearId : 0))
            ids.insert(collectiveKey(c.name), c.id);
    }
    return ids;
}

using Problem = RosterImport::Problem;
using Row = RosterImport::Row;

// What is stored already, to match the rows of a list against.
struct Known
{
    PersonMatcher people;
    QHash<QString, qint64> collectiveIds; // tổ or lớp of the year, by collectiveKey()
    QSet<QPair<qint64, qint64>> memberships; // (person, collective) of the year
};

// What the rows above said: to find a person listed twice.
struct Seen
{
    QHash<QString, int> codes; // code → 1-based row
    QHash<QString, int> names; // name|date → 1-based row
    QHash<qint64, int> matched; // stored id → 1-based row
    QSet<QString> newCollectives; // collectiveKey() of the tổ / lớp to create
};

Status loadPeople(const QSqlDatabase& db, PersonKind kind, Known& known)
{
    auto matcher = PersonMatcher::load(db, kind);
    if (!matcher)
        return matcher.error();
    known.people = std::move(*matcher);
    return {};
}

// Collectives of the kind and year, and this year's memberships, to tell new from existing.
Status loadYear(const QSqlDatabase& db, const RosterImport::Options& options, Known& known)
{
    if (options.schoolYearId <= 0)
        return {};
    CollectiveRepository repository(db);
    auto collectives = repository.list(options.schoolYearId);
    if (!collectives)
        return collectives.error();
    known.collectiveIds = groupIds(*collectives, options.kind, options.schoolYearId);
    auto members = repository.memberships(options.schoolYearId);
    if (!members)
        return members.error();
    for (const Membership& m : *members)
        known.memberships.insert({ m.personId, m.collectiveId });
    return {};
}

// The same code twice in the file is an error; the same name and date of birth a warning.
void checkInFile(const RosterRowReader& reader, int r, const Person& person, Seen& seen, QList<Problem>& problems)
{
    const int rowNumber = r + 1;
    if (const QString code = codeKey(person.code); !code.isEmpty()) {
        if (const int first = seen.codes.value(code); first > 0)
            problems.append(reader.problem(Problem::Severity::Error,
                r,
                reader.codeColumn(),
                RosterImport::tr("The code %1 is also on row %2.").arg(person.code).arg(first)));
        else
            seen.codes.insert(code, rowNumber);
    }
    if (!person.fullName().isEmpty() && person.birthDate.isValid()) {
        const QString key = nameDateKey(person);
        if (const int first = seen.names.value(key); first > 0)
            problems.append(reader.problem(Problem::Severity::Warning,
                r,
                reader.nameColumn(),
                RosterImport::tr("Same name and date of birth as row %1: check that these are two different people.")
                    .arg(first)));
        else
            seen.names.insert(key, rowNumber);
    }
}

// A row matched to a stored person updates them (unless an earlier row already is them); a row not matched may
// still be someone stored under a slightly different name or date (a likely duplicate, for the user to decide).
void joinStored(const RosterRowReader& reader,
    int r,
    const Person& match,
    const Known& known,
    Seen& seen,
    Row& row,
    QList<Problem>& problems)
{
    Person& person = row.person;
    if (match.id > 0) {
        if (const int first = seen.matched.value(match.id); first > 0)
            problems.append(reader.problem(Problem::Severity::Error,
                r,
                reader.nameColumn(),
                RosterImport::tr("Row %1 is already the stored %2: the same person twice.")
                    .arg(first)
                    .arg(match.fullName())));
        else
            seen.matched.insert(match.id, r + 1);
        person = RosterImport::merged(match, person);
        return;
    }
    if (person.fullName().isEmpty() || !person.birthDate.isValid())
        return;
    const QList<Person> alike = known.people.alike(person);
    if (alike.isEmpty())
        return;
    row.likelyDuplicateOf = alike.constFirst().id;
    row.likelyDuplicate = alike.constFirst();
    problems.append(reader.problem(Problem::Severity::Warning,
        r,
        reader.nameColumn(),
        RosterImport::tr("Maybe the same person as %1 (born %2), who is already stored; added as a new person.")
            .arg(alike.constFirst().fullName(), alike.constFirst().birthDate.toDisplay())));
}

// Whether the row puts the person into a tổ or lớp of the year they are not in yet; notes the collectives to create.
bool joinsCollective(const Row& row,
    qint64 matchId,
    const RosterImport::Options& options,
    const Known& known,
    Seen& seen,
    QStringList& newCollectives)
{
    if (options.schoolYearId <= 0 || row.collectiveName.isEmpty())
        return false;
    const QString key = collectiveKey(row.collectiveName);
    const qint64 collectiveId = known.collectiveIds.value(key);
    if (collectiveId == 0) {
        if (!seen.newCollectives.contains(key)) {
            seen.newCollectives.insert(key);
            newCollectives.append(row.collectiveName);
        }
        return true;
    }
    return matchId == 0 || !known.memberships.contains({ matchId, collectiveId });
}

// The school year the ages are judged in: the import's, else the one under way on `today`.
Result<int> schoolStartYear(const QSqlDatabase& db, const RosterImport::Options& options)
{
    if (options.schoolYearId > 0) {
        auto years = SchoolRepository(db).years();
        if (!years)
            return years.error();
        for (const SchoolYear& year : std::as_const(*years)) {
            if (year.id == options.schoolYearId)
                return year.startYear;
        }
    }
    return AgePlausibility::startYearOn(options.today.isValid() ? options.today : QDate::currentDate());
}

// The row's action from its problems and what is stored; counted in the plan.
void decideAction(Row& row, const Person& match, bool joins, const QList<Problem>& problems, RosterImport::Plan& plan)
{
    int errors = 0;
    for (const Problem& p : problems)
        errors += p.severity == Problem::Severity::Error ? 1 : 0;
    if (errors > 0) {
        row.action = Row::Action::Skip;
        ++plan.skipped;
    } else if (match.id == 0) {
        row.action = Row::Action::Add;
        ++plan.added;
    } else if (!sameData(match, row.person) || joins) {
        row.action = Row::Action::Update;
        ++plan.updated;
    } else {
        row.action = Row::Action::Unchanged;
        ++plan.unchanged;
    }
    plan.errors += errors;
}

Error cancelled()
{
    return Error { Error::Code::Cancelled, RosterImport::tr("The import was cancelled; nothing was written.") };
}

Error atRow(const Error& error, const QString& sheet, int row)
{
    return Error { error.code, error.message, sheet, row, 0 };
}

// How often plan() and apply() say how far they are (and look whether they are to stop).
constexpr int ProgressStep = 50;

} // namespace

QString RosterImport::Problem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(sheet).arg(row).arg(column).arg(message);
}

QString RosterImport::Summary::line() const
{
    return QStringLiteral("added %1, updated %2, skipped %3, errors %4")
        .arg(added)
        .arg(updated)
        .arg(skipped)
        .arg(errors);
}

PartialDate RosterImport::dateFromCell(const Cell& cell, bool* ok)
{
    if (ok)
        *ok = true;
    if (cell.isEmpty())
        return {};
    auto fromSerial = [](double number) {
        const QDate day = SheetText::dateOfSerial(number);
        return day.isValid() ? PartialDate(day) : PartialDate();
    };
    PartialDate date;
    if (cell.type == Cell::Type::Number) {
        const double n = cell.number;
        if (!cell.isDate && n == std::floor(n) && n >= 1900 && n <= 2100)
            date = PartialDate::yearOnly(int(n));
        else
            date = fromSerial(n);
    } else {
        const QString text = VietnameseText::clean(cell.text).remove(QLatin1Char('\''));
        date = PartialDate::fromUserText(text);
        static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
        if (!date.isValid() && serial.match(text).hasMatch())
            date = fromSerial(text.toDouble());
        static const QRegularExpression withSpaces(
            QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})$"));
        if (!date.isValid()) {
            if (auto m = withSpaces.match(text); m.hasMatch())
                date = PartialDate::fromUserText(
                    m.captured(1) + QLatin1Char('/') + m.captured(2) + QLatin1Char('/') + m.captured(3));
        }
    }
    if (!date.isValid() && ok)
        *ok = false;
    return date;
}

int RosterImport::gradeOfClass(const QString& className)
{
    static const QRegularExpression grade(QStringLiteral("(?:^|\\D)(1[0-2]|[1-9])(?!\\d)"));
    const auto m = grade.match(VietnameseText::clean(className));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool RosterImport::looksLikeClass(const QString& name)
{
    // A grade (1–12) and at most a short suffix: "10A1", "6/2", "Lớp 12 Toán", "11B". Not "Sheet1", "Tổ Toán".
    static const QRegularExpression classLike(
        QStringLiteral("^(lop\\s*)?(1[0-2]|[1-9])(\\s*[/.\\-]?\\s*[a-z]{0,2}\\s*\\d{0,2}|\\s+[a-z ]{2,12})$"));
    return classLike.match(VietnameseText::fold(VietnameseText::clean(name))).hasMatch();
}

Person RosterImport::merged(const Person& stored, const Person& read)
{
    Person p = stored;
    p.familyName = read.familyName;
    p.middleName = read.middleName;
    p.givenName = read.givenName;
    if (read.gender != Gender::Unknown)
        p.gender = read.gender;
    if (read.birthDate.isValid())
        p.birthDate = read.birthDate;
    for (auto [target, source] : { std::pair { &p.code, &read.code },
             std::pair { &p.position, &read.position },
             std::pair { &p.phone, &read.phone },
             std::pair { &p.email, &read.email },
             std::pair { &p.note, &read.note } }) {
        if (!source->isEmpty())
            *target = *source;
    }
    return p;
}

PersonKind RosterImport::guessKind(const Sheet& sheet, const RosterColumns& columns, PersonKind otherwise)
{
    for (int r = 0; r < columns.headerRow && r < sheet.rows.size(); ++r) {
        for (const Cell& cell : sheet.rows.at(r)) {
            if (cell.type != Cell::Type::Text)
                continue;
            const QString f = VietnameseText::fold(VietnameseText::clean(cell.text));
            if (f.contains(QStringLiteral("hoc sinh")))
                return PersonKind::Student;
            if (f.contains(QStringLiteral("can bo")) || f.contains(QStringLiteral("giao vien"))
                || f.contains(QStringLiteral("nhan vien")))
                return PersonKind::Staff;
        }
    }
    // Students have a Lớp (and may have a Chức vụ: lớp trưởng); staff lists name the tổ, or give positions.
    const bool classes = columns.hasColumn(Field::Class);
    const bool groups = columns.hasColumn(Field::Collective);
    if (classes && !groups)
        return PersonKind::Student;
    if (groups || columns.hasColumn(Field::Position))
        return PersonKind::Staff;
    if (looksLikeClass(sheet.name))
        return PersonKind::Student;
    return otherwise;
}

QString RosterImport::defaultCollective(const Sheet& sheet, PersonKind kind)
{
    return kind == PersonKind::Student && looksLikeClass(sheet.name) ? sheet.name : QString();
}

Result<RosterImport::Plan> RosterImport::plan(
    const Sheet& sheet, const RosterColumns& columns, const Options& options, const Progress& progress) const
{
    if (!columns.hasName() || columns.headerRow < 0) {
        return Error { Error::Code::Format,
            tr("No header with the names of the people was found in sheet “%1” (look for a row with “Họ và tên” or "
               "“Họ” and “Tên”).")
                .arg(sheet.name),
            sheet.name };
    }
    Known known;
    if (auto loaded = loadPeople(m_db, options.kind, known); !loaded)
        return loaded.error();
    if (auto loaded = loadYear(m_db, options, known); !loaded)
        return loaded.error();
    const auto startYear = schoolStartYear(m_db, options);
    if (!startYear)
        return startYear.error();

    Plan plan;
    plan.sheet = sheet.name;
    const RosterRowReader reader(sheet, columns, options);
    Seen seen;
    const int rows = int(sheet.rows.size());
    plan.rows.reserve(std::max(0, rows - columns.firstDataRow));
    for (int r = columns.firstDataRow; r < rows; ++r) {
        if (progress && r % ProgressStep == 0 && !progress(r, rows))
            return cancelled();
        const RosterRowReader::RowKind kind = reader.classify(r);
        if (kind == RosterRowReader::RowKind::End)
            break;
        Row row;
        QList<Problem> problems;
        if (kind == RosterRowReader::RowKind::NotAPerson || !reader.read(r, row, problems))
            continue;
        reader.checkAge(r, row, *startYear, problems);
        checkInFile(reader, r, row.person, seen, problems);
        const Person match = known.people.match(reader, r, row.person, problems);
        joinStored(reader, r, match, known, seen, row, problems);
        const bool joins = joinsCollective(row, match.id, options, known, seen, plan.newCollectives);
        decideAction(row, match, joins, problems, plan);
        plan.problems.append(problems);
        plan.rows.append(row);
    }
    return plan;
}

namespace {

// The tổ or lớp of the year for a list of `kind`, and each person's memberships in them, to add only what is missing.
struct YearGroups
{
    QHash<QString, qint64> collectiveIds;
    QHash<qint64, QList<Membership>> membershipsOf; // person → memberships this year in collectives of the kind
};

Result<YearGroups> loadYearGroups(CollectiveRepository& collectives, const RosterImport::Options& options)
{
    YearGroups groups;
    if (options.schoolYearId <= 0)
        return groups;
    auto all = collectives.list(options.schoolYearId);
    if (!all)
        return all.error();
    groups.collectiveIds = groupIds(*all, options.kind, options.schoolYearId);
    QHash<qint64, CollectiveKind> kindOf;
    for (const Collective& c : *all)
        kindOf.insert(c.id, c.kind);
    auto members = collectives.memberships(options.schoolYearId);
    if (!members)
        return members.error();
    for (const Membership& m : *members) {
        if (kindOf.contains(m.collectiveId) && Collective::isGroupOf(kindOf.value(m.collectiveId), options.kind))
            groups.membershipsOf[m.personId].append(m);
    }
    return groups;
}

// The id of the row's tổ or lớp, created when missing.
Result<qint64> collectiveOf(
    CollectiveRepository& collectives, const QString& name, const RosterImport::Options& options, YearGroups& groups)
{
    const QString key = collectiveKey(name);
    if (const qint64 id = groups.collectiveIds.value(key); id > 0)
        return id;
    const CollectiveKind kind = collectiveKindFor(options.kind);
    Collective c;
    c.kind = kind;
    c.name = VietnameseText::clean(name);
    c.schoolYearId = kind == CollectiveKind::Class ? options.schoolYearId : 0;
    c.grade = kind == CollectiveKind::Class ? RosterImport::gradeOfClass(c.name) : 0;
    auto id = collectives.insert(c);
    if (!id)
        return id.error();
    groups.collectiveIds.insert(key, *id);
    return *id;
}

// One tổ or one class per person and year: a changed one replaces the old membership.
Status place(CollectiveRepository& collectives,
    qint64 personId,
    qint64 collectiveId,
    const RosterImport::Options& options,
    YearGroups& groups)
{
    bool present = false;
    for (const Membership& m : groups.membershipsOf.value(personId)) {
        if (m.collectiveId == collectiveId) {
            present = true;
            continue;
        }
        if (auto status = collectives.removeMember(m.id); !status)
            return status;
    }
    groups.membershipsOf.remove(personId);
    Membership m { 0, personId, collectiveId, options.schoolYearId };
    if (!present) {
        if (auto id = collectives.addMember(m); !id)
            return id.error();
    }
    groups.membershipsOf[personId].append(m);
    return {};
}

} // namespace

Result<RosterImport::Summary> RosterImport::apply(const Plan& plan, const Options& options, const Progress& progress)
{
    if (plan.errors > 0 && !options.skipBadRows)
        return applyInTransaction(plan, options, progress); // refused before anything is begun
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto summary = applyInTransaction(plan, options, progress);
    if (!summary)
        return summary.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return summary;
}

Result<RosterImport::Summary> RosterImport::applyInTransaction(
    const Plan& plan, const Options& options, const Progress& progress)
{
    Summary summary;
    summary.errors = plan.errors;
    if (plan.errors > 0 && !options.skipBadRows) {
        return Error { Error::Code::Validation,
            tr("Sheet “%1” has %n error(s); nothing was imported.", nullptr, plan.errors).arg(plan.sheet),
            plan.sheet };
    }
    if (!Transaction::inTransaction(m_db))
        return apply(plan, options, progress);
    PersonRepository people(m_db);
    CollectiveRepository collectives(m_db);
    auto groups = loadYearGroups(collectives, options);
    if (!groups)
        return groups.error();

    const int rows = int(plan.rows.size());
    for (int i = 0; i < rows; ++i) {
        if (progress && i % ProgressStep == 0 && !progress(i, rows))
            return cancelled();
        const Row& row = plan.rows.at(i);
        Person person = row.person;
        switch (row.action) {
        case Row::Action::Skip:
            ++summary.skipped;
            continue;
        case Row::Action::Add:
            if (auto id = people.insert(person); !id)
                return atRow(id.error(), plan.sheet, row.sourceRow);
            ++summary.added;
            break;
        case Row::Action::Update:
            if (auto status = people.update(person); !status)
                return atRow(status.error(), plan.sheet, row.sourceRow);
            ++summary.updated;
            break;
        case Row::Action::Unchanged:
            ++summary.unchanged;
            ++summary.skipped;
            break;
        }
        if (options.schoolYearId <= 0 || row.collectiveName.isEmpty())
            continue;
        auto collectiveId = collectiveOf(collectives, row.collectiveName, options, *groups);
        if (!collectiveId)
            return atRow(collectiveId.error(), plan.sheet, row.sourceRow);
        if (auto placed = place(collectives, person.id, *collectiveId, options, *groups); !placed)
            return atRow(placed.error(), plan.sheet, row.sourceRow);
    }
    if (progress && !progress(rows, rows))
        return cancelled();
    return summary;
}

} // namespace thidua
