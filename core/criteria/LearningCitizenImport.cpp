#include "core/criteria/LearningCitizenImport.h"

#include "core/criteria/LearningCitizenRepository.h"
#include "core/db/Transaction.h"
#include "core/people/PersonMatcher.h"
#include "core/people/RosterColumns.h"
#include "core/people/RosterRowReader.h"
#include "core/spreadsheet/SheetText.h"
#include "core/text/VietnameseText.h"

#include <QHash>

#include <cmath>
#include <map>

namespace thidua {

namespace {

using Problem = LearningCitizenImport::Problem;
using Row = LearningCitizenImport::Row;

bool startsWithAny(const QString& key, std::initializer_list<const char*> prefixes)
{
    for (const char* p : prefixes) {
        const QString prefix = QString::fromLatin1(p);
        if (key == prefix || key.startsWith(prefix + QLatin1Char(' ')))
            return true;
    }
    return false;
}

// A cell as one line of text; a whole number without ".0".
QString cellText(const Cell& cell)
{
    if (cell.type == Cell::Type::Number && cell.text.trimmed().isEmpty()) {
        if (cell.number == std::floor(cell.number) && std::abs(cell.number) < 1e15)
            return QString::number(qint64(cell.number));
        return SheetText::numberText(cell.number);
    }
    return VietnameseText::clean(cell.text);
}

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

// The kind of people a sheet lists when its title or columns say; nullopt when nothing does (any person matches).
std::optional<PersonKind> kindOf(const Sheet& sheet, const RosterColumns& columns)
{
    const PersonKind staff = RosterImport::guessKind(sheet, columns, PersonKind::Staff);
    const PersonKind students = RosterImport::guessKind(sheet, columns, PersonKind::Student);
    return staff == students ? std::optional<PersonKind>(staff) : std::nullopt;
}

// The stored people, matched as the people import matches, for each kind a sheet may list (loaded once each).
class Matchers
{
public:
    explicit Matchers(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    Result<const PersonMatcher*> forKind(std::optional<PersonKind> kind)
    {
        const int key = kind ? int(*kind) : -1;
        if (auto it = m_loaded.find(key); it != m_loaded.end())
            return &it->second;
        auto matcher = PersonMatcher::load(m_db, kind);
        if (!matcher)
            return matcher.error();
        return &m_loaded.emplace(key, std::move(*matcher)).first->second;
    }

private:
    QSqlDatabase m_db;
    std::map<int, PersonMatcher> m_loaded;
};

struct SheetContext
{
    const Sheet& sheet;
    const RosterRowReader& reader;
    const LearningCitizenImport::Columns& columns;
    const RosterColumns& rosterColumns;
    QDate today;
};

// The result a row gives, over what is stored (an empty cell, or a column the file lacks, keeps the stored value).
void readResult(const SheetContext& s, int r, const LearningCitizenResult& stored, Row& row, QList<Problem>& problems)
{
    LearningCitizenResult& result = row.result;
    result = stored;
    const QString statusText = cellText(s.sheet.cell(r, s.columns.status));
    if (!statusText.isEmpty()) {
        if (const auto status = LearningCitizenResult::statusFromText(statusText))
            result.status = *status;
        else
            problems.append(s.reader.problem(Problem::Severity::Error,
                r,
                s.columns.status,
                LearningCitizenImport::tr("“%1” is not a result: write đạt, không đạt or chưa đánh giá (or đ, k, c).")
                    .arg(statusText)));
    }
    if (const Cell& cell = s.sheet.cell(r, s.columns.score); s.columns.score >= 0 && !cell.isEmpty()) {
        bool ok = false;
        const double value = cell.type == Cell::Type::Number ? cell.number : cellText(cell).toDouble(&ok);
        ok = ok || cell.type == Cell::Type::Number;
        if (ok && value == std::floor(value) && value >= 0 && value <= 100)
            result.score = int(value);
        else
            problems.append(s.reader.problem(Problem::Severity::Error,
                r,
                s.columns.score,
                LearningCitizenImport::tr("“%1” is not a score: a whole number from 0 to 100.").arg(cellText(cell))));
    }
    if (const Cell& cell = s.sheet.cell(r, s.columns.date); s.columns.date >= 0 && !cell.isEmpty()) {
        bool ok = false;
        const PartialDate date = RosterImport::dateFromCell(cell, &ok);
        if (ok && date.hasDay() && date.date() <= s.today)
            result.assessedOn = date.date();
        else
            problems.append(s.reader.problem(Problem::Severity::Error,
                r,
                s.columns.date,
                LearningCitizenImport::tr("“%1” is not a date of assessment (day/month/year, not after today).")
                    .arg(cellText(cell))));
    }
    if (s.rosterColumns.hasColumn(RosterColumns::Field::Note) && !row.person.note.isEmpty())
        result.note = row.person.note;
}

// The stored person a row is; an error when there is none, or when several share the name and date of birth.
Person matched(const SheetContext& s, int r, const Person& read, const PersonMatcher& matcher, QList<Problem>& problems)
{
    QList<Problem> found;
    const Person match = matcher.match(s.reader, r, read, found);
    for (const Problem& p : std::as_const(found)) {
        if (p.severity == Problem::Severity::Error)
            problems.append(p);
    }
    if (match.id > 0 || !problems.isEmpty())
        return match;
    QString message;
    int column = s.reader.nameColumn();
    if (!read.code.isEmpty()) {
        message = LearningCitizenImport::tr("No one stored has the code %1.").arg(read.code);
        column = s.reader.codeColumn();
    } else if (!found.isEmpty()) {
        message = LearningCitizenImport::tr(
            "Several people named %1 with this date of birth are stored: give the code to tell them apart.")
                      .arg(read.fullName());
    } else if (read.birthDate.isValid()) {
        message = LearningCitizenImport::tr("No one named %1 born %2 is stored (nor does the row give a code).")
                      .arg(read.fullName(), read.birthDate.toDisplay());
    } else {
        message = LearningCitizenImport::tr(
            "No one named %1 without a date of birth is stored: give the code or the date of birth.")
                      .arg(read.fullName());
    }
    problems.append(s.reader.problem(Problem::Severity::Error, r, column, message));
    return match;
}

} // namespace

QString LearningCitizenImport::Summary::line() const
{
    return QStringLiteral("recorded %1, unchanged %2, skipped %3, errors %4")
        .arg(set)
        .arg(unchanged)
        .arg(skipped)
        .arg(errors);
}

LearningCitizenImport::Columns LearningCitizenImport::detect(const Sheet& sheet, int headerRow, int headerRowCount)
{
    Columns found;
    for (int r = headerRow; r >= 0 && r < headerRow + headerRowCount; ++r) {
        for (int c = 0; c < sheet.columnCount(); ++c) {
            const QString key = RosterColumns::headerKey(cellText(sheet.cell(r, c)));
            if (key.isEmpty() || RosterColumns::fieldForHeader(key))
                continue;
            if (found.status < 0
                && (startsWithAny(key, { "ket qua", "xep loai", "danh gia", "trang thai", "cdht", "status", "result" })
                    || key.contains(QStringLiteral("cong dan hoc tap"))))
                found.status = c;
            else if (found.score < 0 && startsWithAny(key, { "diem", "tong diem", "so diem", "score", "points" }))
                found.score = c;
            else if (found.date < 0
                && startsWithAny(
                    key, { "ngay danh gia", "ngay cong nhan", "ngay xet", "ngay dat", "thoi gian danh gia", "date" }))
                found.date = c;
        }
    }
    return found;
}

Result<LearningCitizenImport::Plan> LearningCitizenImport::plan(const Workbook& workbook, const Options& options) const
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    Matchers matchers(m_db);
    // What is stored for the year, read once (not one query a row).
    auto ofYear = LearningCitizenRepository(m_db).forYear(options.schoolYearId);
    if (!ofYear)
        return ofYear.error();
    QHash<qint64, LearningCitizenResult> stored;
    for (const LearningCitizenResult& r : std::as_const(*ofYear))
        stored.insert(r.personId, r);
    Plan plan;
    QHash<qint64, QString> seen; // stored person → "sheet:row" of their first row
    bool anyList = false;
    for (const Sheet& sheet : workbook.sheets) {
        const RosterColumns roster = RosterColumns::detect(sheet);
        if (roster.headerRow < 0 || !roster.hasName()) {
            if (!isBlank(sheet))
                plan.problems.append({ Problem::Severity::Warning,
                    sheet.name,
                    0,
                    0,
                    tr("Sheet “%1” is left out: it has no list of people.").arg(sheet.name) });
            continue;
        }
        anyList = true;
        const Columns columns = detect(sheet, roster.headerRow, roster.headerRowCount);
        if (columns.status < 0) {
            plan.problems.append({ Problem::Severity::Error,
                sheet.name,
                roster.headerRow + 1,
                0,
                tr("Sheet “%1” has no column of results (“Kết quả”, “Công dân học tập”).").arg(sheet.name) });
            ++plan.errors;
            continue;
        }
        const std::optional<PersonKind> kind = kindOf(sheet, roster);
        auto matcher = matchers.forKind(kind);
        if (!matcher)
            return matcher.error();
        RosterImport::Options readOptions;
        readOptions.kind = kind.value_or(PersonKind::Staff);
        readOptions.schoolYearId = options.schoolYearId;
        readOptions.today = today;
        const RosterRowReader reader(sheet, roster, readOptions);
        const SheetContext context { sheet, reader, columns, roster, today };
        for (int r = roster.firstDataRow; r < sheet.rowCount(); ++r) {
            const RosterRowReader::RowKind rowKind = reader.classify(r);
            if (rowKind == RosterRowReader::RowKind::End)
                break;
            RosterImport::Row read;
            QList<Problem> problems;
            if (rowKind == RosterRowReader::RowKind::NotAPerson || !reader.read(r, read, problems))
                continue;
            Row row;
            row.sheet = sheet.name;
            row.sourceRow = r + 1;
            row.person = read.person;
            const Person match = matched(context, r, read.person, **matcher, problems);
            if (match.id > 0) {
                const QString here = QStringLiteral("%1:%2").arg(sheet.name).arg(r + 1);
                if (const QString first = seen.value(match.id); !first.isEmpty())
                    problems.append(reader.problem(Problem::Severity::Error,
                        r,
                        reader.nameColumn(),
                        tr("%1 is also on row %2: the same person twice.").arg(match.fullName(), first)));
                else
                    seen.insert(match.id, here);
                LearningCitizenResult none;
                none.personId = match.id;
                none.schoolYearId = options.schoolYearId;
                const LearningCitizenResult before = stored.value(match.id, none);
                readResult(context, r, before, row, problems);
                row.person = match;
                row.result.personId = match.id;
                row.result.schoolYearId = options.schoolYearId;
                if (!row.result.sameData(before))
                    row.action = Row::Action::Set;
                else
                    row.action = Row::Action::Unchanged;
            }
            int errors = 0;
            for (const Problem& p : std::as_const(problems))
                errors += p.severity == Problem::Severity::Error ? 1 : 0;
            if (errors > 0)
                row.action = Row::Action::Skip;
            plan.errors += errors;
            plan.set += row.action == Row::Action::Set ? 1 : 0;
            plan.unchanged += row.action == Row::Action::Unchanged ? 1 : 0;
            plan.skipped += row.action == Row::Action::Skip ? 1 : 0;
            plan.problems.append(problems);
            plan.rows.append(row);
        }
    }
    if (!anyList)
        return Error { Error::Code::Format,
            tr("No sheet has a header with the names of the people (a row with “Họ và tên”, or “Họ” and “Tên”).") };
    return plan;
}

Result<LearningCitizenImport::Summary> LearningCitizenImport::apply(const Plan& plan, const Options& options)
{
    Summary summary;
    summary.errors = plan.errors;
    if (plan.errors > 0 && !options.skipBadRows)
        return Error { Error::Code::Validation,
            tr("The file has %n error(s); nothing was imported.", nullptr, plan.errors) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    LearningCitizenRepository repository(m_db);
    for (const Row& row : plan.rows) {
        switch (row.action) {
        case Row::Action::Skip:
            ++summary.skipped;
            continue;
        case Row::Action::Unchanged:
            ++summary.unchanged;
            continue;
        case Row::Action::Set:
            break;
        }
        LearningCitizenResult result = row.result;
        if (result.schoolYearId != options.schoolYearId)
            return Error { Error::Code::Generic, tr("The plan was made for another school year.") };
        if (auto done =
                result.isEmpty() ? repository.remove(result.personId, result.schoolYearId) : repository.save(result);
            !done)
            return Error { done.error().code, done.error().message, row.sheet, row.sourceRow, 0 };
        ++summary.set;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace thidua
