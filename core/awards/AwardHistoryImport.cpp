#include "core/awards/AwardHistoryImport.h"

#include "core/awards/AwardHistoryColumns.h"
#include "core/awards/AwardRepository.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonMatcher.h"
#include "core/people/PersonRepository.h"
#include "core/people/RosterColumns.h"
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

using Field = AwardHistoryColumns::Field;
using Problem = AwardHistoryImport::Problem;
using Row = AwardHistoryImport::Row;
using Subject = AwardForm::Subject;

// A cell as one line of text; a whole number without ".0".
QString cellText(const Cell& cell)
{
    if (cell.type == Cell::Type::Number && cell.text.trimmed().isEmpty()) {
        if (cell.number == std::floor(cell.number) && std::abs(cell.number) < 1e15)
            return QString::number(qint64(cell.number));
        return SheetText::numberText(cell.number);
    }
    return cell.type == Cell::Type::Empty ? QString() : VietnameseText::clean(cell.text);
}

QString nameKey(const QString& name)
{
    return VietnameseText::lowerCanonical(VietnameseText::clean(name));
}

// A form's name as it is matched: plain words without what is in brackets ("Giấy khen của Hiệu trưởng (tập thể)"
// matches "giay khen cua hieu truong" for a collective).
QString formKey(const QString& text)
{
    static const QRegularExpression Brackets(QStringLiteral("\\([^)]*\\)"));
    return RosterColumns::headerKey(QString(text).remove(Brackets));
}

// The first letters of the words of a form's name: "Lao động tiên tiến" → "ldtt", as "LĐTT" is written.
QString initials(const QString& name)
{
    QString out;
    for (const QString& word : formKey(name).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += word.at(0);
    return out;
}

// The stored people, collectives, forms, school years and awards a list is matched against (read once).
struct Known
{
    QHash<QString, Person> byCode; // PersonMatcher::codeKey
    QHash<QString, QList<Person>> byName; // nameKey of the full name
    QHash<QString, QList<Collective>> collectives; // nameKey
    QList<AwardForm> forms;
    QHash<int, qint64> yearIds; // start year → id
    QHash<qint64, int> startYears; // id → start year
    QSet<QString> awards; // awardKey of every award stored
};

QString awardKey(Subject subject, qint64 subjectId, int startYear, const AwardRecord& r)
{
    return QStringList { AwardForm::subjectKey(subject),
        QString::number(subjectId),
        QString::number(startYear),
        nameKey(r.formName),
        r.decisionNumber,
        r.decisionDate.toString(Qt::ISODate) }
        .join(QLatin1Char('|'));
}

Result<Known> load(const QSqlDatabase& db)
{
    Known known;
    auto people = PersonRepository(db).list();
    if (!people)
        return people.error();
    for (const Person& p : std::as_const(*people)) {
        if (!p.code.isEmpty())
            known.byCode.insert(PersonMatcher::codeKey(p.code), p);
        known.byName[nameKey(p.fullName())].append(p);
    }
    auto collectives = CollectiveRepository(db).list();
    if (!collectives)
        return collectives.error();
    for (const Collective& c : std::as_const(*collectives))
        known.collectives[nameKey(c.name)].append(c);
    auto years = SchoolRepository(db).years();
    if (!years)
        return years.error();
    for (const SchoolYear& y : std::as_const(*years)) {
        known.yearIds.insert(y.startYear, y.id);
        known.startYears.insert(y.id, y.startYear);
    }
    AwardRepository awards(db);
    auto forms = awards.forms();
    if (!forms)
        return forms.error();
    known.forms = *forms;
    auto records = awards.allRecords();
    if (!records)
        return records.error();
    for (const AwardRecord& r : std::as_const(*records))
        known.awards.insert(awardKey(r.subject, r.subjectId, known.startYears.value(r.schoolYearId), r));
    return known;
}

// Reads one row of a sheet into a Row, appending the problems of its cells.
class RowReader
{
public:
    RowReader(const Sheet& sheet, const AwardHistoryColumns& columns, const Known& known, QDate today)
        : m_sheet(sheet)
        , m_columns(columns)
        , m_known(known)
        , m_today(today)
    {}

    // Whether the row holds an award at all (not a blank, a numbering or a signature line under the list).
    bool isAward(int r) const
    {
        return !text(r, Field::Form).isEmpty() || !text(r, Field::FullName).isEmpty() || !text(r, Field::Code).isEmpty()
            || !text(r, Field::Collective).isEmpty();
    }

    Row read(int r, QList<Problem>& problems) const
    {
        Row row;
        row.sheet = m_sheet.name;
        row.sourceRow = r + 1;
        readSubject(r, row, problems);
        readYear(r, row, problems);
        readForm(r, row, problems);
        row.record.decisionNumber = text(r, Field::DecisionNumber);
        row.record.issuer = text(r, Field::Issuer);
        readDate(r, row, problems);
        return row;
    }

private:
    QString text(int r, Field field) const
    {
        const int c = m_columns.column(field);
        return c < 0 ? QString() : cellText(m_sheet.cell(r, c));
    }

    void add(QList<Problem>& problems, Problem::Severity severity, int r, Field field, const QString& message) const
    {
        problems.append({ severity, m_sheet.name, r + 1, m_columns.column(field) + 1, message });
    }

    void readSubject(int r, Row& row, QList<Problem>& problems) const
    {
        const QString code = text(r, Field::Code);
        const QString name = text(r, Field::FullName);
        const QString collective = text(r, Field::Collective);
        if (!code.isEmpty()) {
            const auto it = m_known.byCode.constFind(PersonMatcher::codeKey(code));
            if (it == m_known.byCode.constEnd())
                return add(problems,
                    Problem::Severity::Error,
                    r,
                    Field::Code,
                    AwardHistoryImport::tr("No one stored has the code %1.").arg(code));
            return setPerson(row, *it);
        }
        if (!name.isEmpty())
            return readPerson(r, name, collective.isEmpty(), row, problems);
        if (!collective.isEmpty())
            return readCollective(r, Field::Collective, collective, row, problems);
        problems.append({ Problem::Severity::Error,
            m_sheet.name,
            r + 1,
            0,
            AwardHistoryImport::tr("The row names no one: write the full name, the code or the collective.") });
    }

    static void setPerson(Row& row, const Person& person)
    {
        row.record.subject = Subject::Person;
        row.record.subjectId = person.id;
        row.subjectName = person.fullName();
    }

    void readPerson(int r, const QString& name, bool mayBeCollective, Row& row, QList<Problem>& problems) const
    {
        QList<Person> candidates = m_known.byName.value(nameKey(name));
        const Cell& birthCell = m_sheet.cell(r, m_columns.column(Field::BirthDate));
        PartialDate born;
        if (m_columns.hasColumn(Field::BirthDate) && !birthCell.isEmpty()) {
            bool ok = false;
            born = RosterImport::dateFromCell(birthCell, &ok);
            if (!ok)
                return add(problems,
                    Problem::Severity::Error,
                    r,
                    Field::BirthDate,
                    AwardHistoryImport::tr("“%1” is not a date of birth (day/month/year).").arg(cellText(birthCell)));
            QList<Person> sameBirth;
            for (const Person& p : std::as_const(candidates)) {
                if (born.hasDay() ? p.birthDate == born : p.birthDate.year() == born.year())
                    sameBirth.append(p);
            }
            candidates = sameBirth;
        }
        if (candidates.size() == 1)
            return setPerson(row, candidates.constFirst());
        row.subjectName = name;
        if (candidates.size() > 1)
            return add(problems,
                Problem::Severity::Error,
                r,
                Field::FullName,
                AwardHistoryImport::tr("Several people named %1 are stored: give the code or the date of birth.")
                    .arg(name));
        // A "Họ và tên / Tập thể" column may name a collective.
        if (mayBeCollective && !born.isValid() && m_known.collectives.contains(nameKey(name)))
            return readCollective(r, Field::FullName, name, row, problems);
        add(problems,
            Problem::Severity::Error,
            r,
            Field::FullName,
            born.isValid() ? AwardHistoryImport::tr("No one named %1 born %2 is stored.").arg(name, born.toDisplay())
                           : AwardHistoryImport::tr("No one named %1 is stored.").arg(name));
    }

    // A collective by its name; a class exists once a year, so the row's school year picks among several.
    void readCollective(int r, Field field, const QString& name, Row& row, QList<Problem>& problems) const
    {
        row.subjectName = name;
        const QList<Collective> candidates = m_known.collectives.value(nameKey(name));
        if (candidates.isEmpty())
            return add(problems,
                Problem::Severity::Error,
                r,
                field,
                AwardHistoryImport::tr("No collective named %1 is stored.").arg(name));
        const int startYear = SchoolYear::parseStartYear(text(r, Field::SchoolYear));
        const qint64 yearId = m_known.yearIds.value(startYear);
        QList<Collective> chosen;
        for (const Collective& c : candidates) {
            if (candidates.size() == 1 || c.schoolYearId == 0 || (yearId > 0 && c.schoolYearId == yearId))
                chosen.append(c);
        }
        if (chosen.size() != 1)
            return add(problems,
                Problem::Severity::Error,
                r,
                field,
                AwardHistoryImport::tr("Several collectives are named %1: give the school year.").arg(name));
        row.record.subject = Subject::Collective;
        row.record.subjectId = chosen.constFirst().id;
        row.subjectName = chosen.constFirst().name;
    }

    void readYear(int r, Row& row, QList<Problem>& problems) const
    {
        const QString year = text(r, Field::SchoolYear);
        if (year.isEmpty())
            return;
        row.startYear = SchoolYear::parseStartYear(year);
        if (row.startYear <= 0)
            return add(problems,
                Problem::Severity::Error,
                r,
                Field::SchoolYear,
                AwardHistoryImport::tr("“%1” is not a school year: write it as 2024-2025.").arg(year));
        row.record.schoolYearId = m_known.yearIds.value(row.startYear);
    }

    void readForm(int r, Row& row, QList<Problem>& problems) const
    {
        const QString written = text(r, Field::Form);
        if (written.isEmpty())
            return add(problems,
                Problem::Severity::Error,
                r,
                Field::Form,
                AwardHistoryImport::tr("What was awarded is missing (the column “Hình thức / Danh hiệu”)."));
        row.record.formName = written;
        const QString key = formKey(written);
        const AwardForm* other = nullptr;
        for (const AwardForm& form : m_known.forms) {
            if (key != formKey(form.name) && key != formKey(form.key) && key != initials(form.name))
                continue;
            if (form.subject != row.record.subject) {
                other = other ? other : &form;
                continue;
            }
            row.record.formKey = form.key;
            row.record.formName = form.name;
            return;
        }
        if (row.record.subjectId == 0) // who it was is wrong already: nothing to say of the form
            return;
        if (other)
            return add(problems,
                Problem::Severity::Warning,
                r,
                Field::Form,
                row.record.subject == Subject::Person
                    ? AwardHistoryImport::tr("“%1” is awarded to collectives; kept as written, outside the catalogue.")
                          .arg(other->name)
                    : AwardHistoryImport::tr("“%1” is awarded to people; kept as written, outside the catalogue.")
                          .arg(other->name));
        add(problems,
            Problem::Severity::Warning,
            r,
            Field::Form,
            AwardHistoryImport::tr("“%1” is not in the catalogue of award forms; kept as written.").arg(written));
    }

    void readDate(int r, Row& row, QList<Problem>& problems) const
    {
        const Cell& cell = m_sheet.cell(r, m_columns.column(Field::DecisionDate));
        if (!m_columns.hasColumn(Field::DecisionDate) || cell.isEmpty())
            return;
        bool ok = false;
        const PartialDate date = RosterImport::dateFromCell(cell, &ok);
        if (!ok || !date.hasDay())
            return add(problems,
                Problem::Severity::Error,
                r,
                Field::DecisionDate,
                AwardHistoryImport::tr("“%1” is not a date of decision (day/month/year).").arg(cellText(cell)));
        if (date.date() > m_today)
            return add(problems,
                Problem::Severity::Error,
                r,
                Field::DecisionDate,
                AwardHistoryImport::tr("The decision date %1 is after today.")
                    .arg(VietnameseFormat::shortDate(date.date())));
        row.record.decisionDate = date.date();
    }

    const Sheet& m_sheet;
    const AwardHistoryColumns& m_columns;
    const Known& m_known;
    QDate m_today;
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

int errorsIn(const QList<Problem>& problems)
{
    int errors = 0;
    for (const Problem& p : problems)
        errors += p.severity == Problem::Severity::Error ? 1 : 0;
    return errors;
}

} // namespace

QString AwardHistoryImport::Summary::line() const
{
    return QStringLiteral("added %1, unchanged %2, skipped %3, errors %4")
        .arg(added)
        .arg(unchanged)
        .arg(skipped)
        .arg(errors);
}

Result<AwardHistoryImport::Plan> AwardHistoryImport::plan(const Workbook& workbook, const Options& options) const
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto known = load(m_db);
    if (!known)
        return known.error();
    Plan plan;
    QHash<QString, int> seen; // awardKey → 1-based row of its first appearance, per file
    QSet<int> newYears;
    bool anyList = false;
    for (const Sheet& sheet : workbook.sheets) {
        const AwardHistoryColumns columns = AwardHistoryColumns::detect(sheet);
        if (columns.headerRow < 0) {
            if (!isBlank(sheet))
                plan.problems.append({ Problem::Severity::Warning,
                    sheet.name,
                    0,
                    0,
                    tr("Sheet “%1” is left out: it has no list of awards.").arg(sheet.name) });
            continue;
        }
        anyList = true;
        const RowReader reader(sheet, columns, *known, today);
        for (int r = columns.headerRow + 1; r < sheet.rowCount(); ++r) {
            if (!reader.isAward(r))
                continue;
            QList<Problem> problems;
            Row row = reader.read(r, problems);
            const int errors = errorsIn(problems);
            if (errors == 0) {
                const QString key = awardKey(row.record.subject, row.record.subjectId, row.startYear, row.record);
                if (known->awards.contains(key)) {
                    row.action = Row::Action::Unchanged;
                } else if (const int first = seen.value(key); first > 0) {
                    problems.append({ Problem::Severity::Error,
                        sheet.name,
                        r + 1,
                        0,
                        tr("The same award of %1 as row %2.").arg(row.subjectName).arg(first) });
                } else {
                    seen.insert(key, r + 1);
                }
            }
            if (errorsIn(problems) > 0)
                row.action = Row::Action::Skip;
            else if (row.action == Row::Action::Add && row.startYear > 0 && row.record.schoolYearId == 0)
                newYears.insert(row.startYear);
            plan.errors += errorsIn(problems);
            plan.added += row.action == Row::Action::Add ? 1 : 0;
            plan.unchanged += row.action == Row::Action::Unchanged ? 1 : 0;
            plan.skipped += row.action == Row::Action::Skip ? 1 : 0;
            plan.problems.append(problems);
            plan.rows.append(row);
        }
    }
    if (!anyList)
        return Error { Error::Code::Format,
            tr("No sheet has a header with the award (“Hình thức” or “Danh hiệu”) and who received it (“Họ và tên”, "
               "“Mã” or “Tập thể”).") };
    plan.newYears = newYears.values();
    std::sort(plan.newYears.begin(), plan.newYears.end());
    return plan;
}

Result<AwardHistoryImport::Summary> AwardHistoryImport::apply(const Plan& plan, const Options& options)
{
    Summary summary;
    summary.errors = plan.errors;
    if (plan.errors > 0 && !options.skipBadRows)
        return Error { Error::Code::Validation,
            tr("The file has %n error(s); nothing was imported.", nullptr, plan.errors) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QHash<int, qint64> yearIds;
    SchoolRepository years(m_db);
    for (const int startYear : plan.newYears) {
        auto year = years.ensureYear(startYear);
        if (!year)
            return year.error();
        yearIds.insert(startYear, year->id);
    }
    AwardRepository repository(m_db);
    for (const Row& row : plan.rows) {
        if (row.action == Row::Action::Skip) {
            ++summary.skipped;
            continue;
        }
        if (row.action == Row::Action::Unchanged) {
            ++summary.unchanged;
            continue;
        }
        AwardRecord record = row.record;
        if (record.schoolYearId == 0 && row.startYear > 0)
            record.schoolYearId = yearIds.value(row.startYear);
        if (auto id = repository.insertRecord(record); !id)
            return Error { id.error().code, id.error().message, row.sheet, row.sourceRow, 0 };
        ++summary.added;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace thidua
