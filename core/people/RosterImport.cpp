#include "core/people/RosterImport.h"

#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/people/PersonValidator.h"
#include "core/spreadsheet/SheetText.h"
#include "core/spreadsheet/SheetText.h"
#include "core/text/PersonName.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace thidua {

namespace {

using Field = RosterColumns::Field;

const Cell& cellAt(const Sheet& sheet, int row, int column)
{
    static const Cell empty;
    if (row < 0 || row >= sheet.rows.size() || column < 0)
        return empty;
    const auto& cells = sheet.rows.at(row);
    return column < cells.size() ? cells.at(column) : empty;
}

// A cell as one line of text: text cleaned (NFC, single spaces); numbers as the file shows them, else without a
// needless ".0".
QString cellString(const Cell& cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return {};
    case Cell::Type::Text:
    case Cell::Type::Boolean:
        return VietnameseText::clean(cell.text);
    case Cell::Type::Number:
        if (!cell.text.trimmed().isEmpty())
            return VietnameseText::clean(cell.text);
        if (cell.number == std::floor(cell.number) && std::abs(cell.number) < 1e15)
            return QString::number(qint64(cell.number));
        return QString::number(cell.number, 'g', 15);
    }
    return {};
}

// "Tổng cộng", "Cộng: 45", "Tổng số 45 người": the totals line that ends a list.
// "Cộng" and "Tổng" alone must keep their marks: without them they are the names Công and Tòng ("Trương Công Ước").
bool isTotalsText(const QString& text, const QString& folded)
{
    static const QRegularExpression totals(
        QStringLiteral("^(tong cong|tong so|cong|tong)(\\s*[:.]?\\s*(\\d.*|co .*|danh sach.*|nguoi.*))?$"));
    if (folded.isEmpty() || (folded.at(0) != QLatin1Char('t') && folded.at(0) != QLatin1Char('c')))
        return false;
    const auto match = totals.match(folded.trimmed());
    if (!match.hasMatch())
        return false;
    const QString word = match.captured(1);
    if (word != QStringLiteral("cong") && word != QStringLiteral("tong"))
        return true;
    const QString lower = VietnameseText::clean(text).toLower();
    return lower.startsWith(word == QStringLiteral("cong") ? QStringLiteral("cộng") : QStringLiteral("tổng"))
        || (lower.startsWith(word) && !match.captured(2).isEmpty());
}

// What stands under a list: signatures, the place and date line, "Danh sách này có 45 người".
bool isFooterText(const QString& folded)
{
    const QString& f = folded;
    static const QRegularExpression dateLine(QStringLiteral("\\bngay\\b.*\\bthang\\b.*\\bnam\\b"));
    return f.contains(QStringLiteral("nguoi lap")) || f.contains(QStringLiteral("ky ghi ro"))
        || f.contains(QStringLiteral("ky ten")) || f.contains(QStringLiteral("danh sach nay co"))
        || f.contains(QStringLiteral("xac nhan cua")) || dateLine.match(f).hasMatch();
}

// "1", "(1)", "2.": the numbering column or the row of column numbers under a header.
bool isNumberingText(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\(?\\d{1,5}\\)?\\.?$"));
    return number.match(text).hasMatch();
}

QString codeKey(const QString& code)
{
    return VietnameseText::clean(code).toUpper();
}

QString nameKey(const Person& p)
{
    return VietnameseText::lowerCanonical(VietnameseText::clean(p.fullName()));
}

QString nameDateKey(const Person& p)
{
    return nameKey(p) + QLatin1Char('|') + p.birthDate.toIso();
}

QString foldYearKey(const Person& p)
{
    return VietnameseText::fold(VietnameseText::clean(p.fullName())) + QLatin1Char('|')
        + QString::number(p.birthDate.year());
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

// "Phạm Thị Ngọc ánh" → "Phạm Thị Ngọc Ánh".
QString capitalizedWords(const QString& text)
{
    QString out = text;
    bool start = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (start && c.isLower())
            out[i] = c.toUpper();
        start = c.isSpace() || c == QLatin1Char('-');
    }
    return out;
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
    const Sheet& sheet, const RosterColumns& columns, const Options& options) const
{
    Plan plan;
    plan.sheet = sheet.name;
    if (!columns.hasName() || columns.headerRow < 0) {
        return Error { Error::Code::Format,
            tr("No header with the names of the people was found in sheet “%1” (look for a row with “Họ và tên” or "
               "“Họ” and “Tên”).")
                .arg(sheet.name) };
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    PersonRepository people(m_db);
    auto stored = people.list();
    if (!stored)
        return stored.error();
    QHash<QString, Person> byCode;
    QHash<QString, QList<Person>> byNameDate;
    QHash<QString, QList<Person>> byFoldYear;
    for (const Person& p : *stored) {
        if (!p.code.isEmpty())
            byCode.insert(codeKey(p.code), p);
        if (p.kind != options.kind)
            continue;
        byNameDate[nameDateKey(p)].append(p);
        if (p.birthDate.isValid())
            byFoldYear[foldYearKey(p)].append(p);
    }

    // Collectives of the kind and year, and this year's memberships, to tell new from existing.
    CollectiveRepository collectiveRepository(m_db);
    QHash<QString, qint64> collectiveIds;
    QSet<QPair<qint64, qint64>> memberships;
    if (options.schoolYearId > 0) {
        auto collectives = collectiveRepository.list(options.schoolYearId);
        if (!collectives)
            return collectives.error();
        collectiveIds = groupIds(*collectives, options.kind, options.schoolYearId);
        auto members = collectiveRepository.memberships(options.schoolYearId);
        if (!members)
            return members.error();
        for (const Membership& m : *members)
            memberships.insert({ m.personId, m.collectiveId });
    }

    const int sexColumn = columns.column(Field::Gender);
    const int femaleMarkColumn = columns.column(Field::FemaleMark);
    const int femaleDateColumn = columns.column(Field::FemaleBirthDate);
    const int birthColumn = columns.column(Field::BirthDate);
    const int nameColumn =
        columns.hasColumn(Field::FullName) ? columns.column(Field::FullName) : columns.column(Field::GivenName);
    const int collectiveColumn = options.kind == PersonKind::Student
        ? (columns.hasColumn(Field::Class) ? columns.column(Field::Class) : columns.column(Field::Collective))
        : (columns.hasColumn(Field::Collective) ? columns.column(Field::Collective) : columns.column(Field::Class));
    QList<int> nameColumns;
    for (const Field f :
        { Field::FullName, Field::FamilyName, Field::FamilyAndMiddleName, Field::MiddleName, Field::GivenName }) {
        if (columns.hasColumn(f))
            nameColumns.append(columns.column(f));
    }

    QHash<int, Field> fieldOfColumn;
    for (auto it = columns.columns.cbegin(); it != columns.columns.cend(); ++it)
        fieldOfColumn.insert(it.value(), it.key());

    QHash<QString, int> codesInFile; // code → 1-based row
    QHash<QString, int> namesInFile; // name|date → 1-based row
    QHash<qint64, int> matchedInFile; // stored id → 1-based row
    QSet<QString> newCollectives;

    for (int r = columns.firstDataRow; r < sheet.rows.size(); ++r) {
        const int rowNumber = r + 1;
        auto text = [&](Field f) { return cellString(cellAt(sheet, r, columns.column(f))); };
        QList<Problem> problems;
        auto problem = [&](Problem::Severity severity, int column, const QString& message) {
            problems.append({ severity, sheet.name, rowNumber, column < 0 ? 0 : column + 1, message });
        };

        // Leave out what is not a person: blank rows, numbering, repeated headers, titles; stop at the totals or
        // the signatures under the list.
        const QList<Cell>& cells = sheet.rows.at(r);
        int filled = 0;
        bool onlyNumbers = true; // the numbering alone, or a row of column numbers "(1) (2) (3)…"
        QList<int> numbers;
        bool totals = false;
        bool footer = false;
        bool header = false;
        QString nameText;
        // A repeated header: a name column naming itself ("Họ và tên"; a one-word "Họ" only with a second cell
        // naming its column, as "Hồ" reads like "Họ"), the other cells then counted. Checked on the name columns
        // first: the header words are costly to look up in every cell of every row.
        int headerWords = 0;
        for (const int c : nameColumns) {
            const QString s = cellString(cellAt(sheet, r, c));
            if (s.isEmpty())
                continue;
            nameText += s;
            if (const auto f = RosterColumns::fieldForHeader(s); f && fieldOfColumn.value(c) == f) {
                header = header || s.contains(QLatin1Char(' '));
                ++headerWords;
            }
        }
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).isEmpty())
                continue;
            ++filled;
            QString s = cellString(cells.at(c));
            if (isNumberingText(s))
                numbers.append(s.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('.')).toInt());
            else
                onlyNumbers = false;
            const QString folded = VietnameseText::fold(s);
            if (isTotalsText(s, folded))
                totals = true;
            if (isFooterText(folded))
                footer = true;
            if (headerWords > 0 && !header && !nameColumns.contains(c)) {
                // "Nữ" in the Giới tính column is a gender, not the header of a "Nữ" column.
                const auto f = RosterColumns::fieldForHeader(s);
                if (f && f != Field::SequenceNumber && fieldOfColumn.value(c) == f)
                    ++headerWords;
            }
        }
        for (int i = 1; onlyNumbers && i < numbers.size(); ++i)
            onlyNumbers = numbers.at(i) == numbers.at(i - 1) + 1;
        header = header || headerWords >= 2;
        if (filled == 0 || onlyNumbers || header)
            continue;
        if (totals || (footer && (nameText.isEmpty() || isFooterText(VietnameseText::fold(nameText)))))
            break;

        Row row;
        row.sourceRow = rowNumber;
        Person& person = row.person;
        person.kind = options.kind;

        // Name.
        if (columns.hasColumn(Field::FullName)) {
            person.setFullName(text(Field::FullName));
        } else {
            const QString given = text(Field::GivenName);
            QString family = columns.hasColumn(Field::FamilyAndMiddleName) ? text(Field::FamilyAndMiddleName)
                                                                           : text(Field::FamilyName);
            QString middle = text(Field::MiddleName);
            if (!columns.hasColumn(Field::MiddleName) && !family.isEmpty()) {
                // "Họ" often holds "Nguyễn Văn": split it as the start of a full name.
                const PersonName parts = PersonName::split(family + QStringLiteral(" X"));
                family = parts.family;
                middle = parts.middle;
            }
            person.familyName = family;
            person.middleName = middle;
            person.givenName = given;
        }
        // TCVN3 has no capitals with a tone: "Ánh", "Ước" were typed as "ánh", "­íc". A name's words are capitalised.
        if (sheet.encoding == LegacyEncoding::Encoding::Tcvn3) {
            for (QString* part : { &person.familyName, &person.middleName, &person.givenName })
                *part = capitalizedWords(*part);
        }
        const bool hasName = !person.fullName().isEmpty();

        // Birth date; in the "Ngày sinh" over "Nam | Nữ" layout the column also says the gender.
        bool dateOk = true;
        const Cell& femaleDate = cellAt(sheet, r, femaleDateColumn);
        if (femaleDateColumn >= 0 && !femaleDate.isEmpty()) {
            person.birthDate = dateFromCell(femaleDate, &dateOk);
            person.gender = Gender::Female;
            if (!dateOk)
                problem(Problem::Severity::Error,
                    femaleDateColumn,
                    tr("“%1” is not a date of birth (day/month/year or a year).").arg(cellString(femaleDate)));
        } else if (birthColumn >= 0 && !cellAt(sheet, r, birthColumn).isEmpty()) {
            person.birthDate = dateFromCell(cellAt(sheet, r, birthColumn), &dateOk);
            if (femaleDateColumn >= 0)
                person.gender = Gender::Male;
            if (!dateOk)
                problem(Problem::Severity::Error,
                    birthColumn,
                    tr("“%1” is not a date of birth (day/month/year or a year).")
                        .arg(cellString(cellAt(sheet, r, birthColumn))));
        }

        // Nothing to import: a caption or a stray note in the list.
        if (!hasName && !person.birthDate.isValid() && text(Field::Code).isEmpty() && dateOk)
            continue;

        // Gender.
        if (sexColumn >= 0 && !text(Field::Gender).isEmpty()) {
            const Gender g = Person::genderFromText(text(Field::Gender));
            if (g == Gender::Unknown)
                problem(Problem::Severity::Warning,
                    sexColumn,
                    tr("“%1” is not a gender (Nam or Nữ); the gender is left unknown.").arg(text(Field::Gender)));
            else
                person.gender = g;
        } else if (femaleMarkColumn >= 0) {
            person.gender = text(Field::FemaleMark).isEmpty() ? Gender::Male : Gender::Female;
        }

        person.code = text(Field::Code);
        person.position = text(Field::Position);
        person.phone = text(Field::Phone);
        // Excel drops the leading 0 of a phone number typed as a number.
        if (columns.hasColumn(Field::Phone) && cellAt(sheet, r, columns.column(Field::Phone)).type == Cell::Type::Number
            && person.phone.size() == 9)
            person.phone.prepend(QLatin1Char('0'));
        person.email = text(Field::Email);
        // Notes keep their line breaks.
        if (const Cell& note = cellAt(sheet, r, columns.column(Field::Note)); note.type == Cell::Type::Text)
            person.note = VietnameseText::cleanLines(note.text);
        else
            person.note = text(Field::Note);
        if (collectiveColumn >= 0)
            row.collectiveName = cellString(cellAt(sheet, r, collectiveColumn));
        if (row.collectiveName.isEmpty())
            row.collectiveName = VietnameseText::clean(options.defaultCollective);
        PersonValidator::clean(person);

        for (const PersonValidator::Problem& p : PersonValidator::validate(person, today, nullptr)) {
            int column = -1;
            switch (p.field) {
            case PersonValidator::Field::FullName:
                column = hasName ? nameColumn : nameColumns.value(0, -1);
                break;
            case PersonValidator::Field::BirthDate:
                column = person.gender == Gender::Female && femaleDateColumn >= 0 ? femaleDateColumn : birthColumn;
                break;
            case PersonValidator::Field::Code:
                column = columns.column(Field::Code);
                break;
            case PersonValidator::Field::Email:
                column = columns.column(Field::Email);
                break;
            case PersonValidator::Field::ActiveFrom:
            case PersonValidator::Field::ActiveTo:
                break;
            }
            problem(Problem::Severity::Error, column, p.message);
        }

        // Duplicates inside the file.
        const QString code = codeKey(person.code);
        if (!code.isEmpty()) {
            if (const int first = codesInFile.value(code); first > 0)
                problem(Problem::Severity::Error,
                    columns.column(Field::Code),
                    tr("The code %1 is also on row %2.").arg(person.code).arg(first));
            else
                codesInFile.insert(code, rowNumber);
        }
        if (hasName && person.birthDate.isValid()) {
            const QString key = nameDateKey(person);
            if (const int first = namesInFile.value(key); first > 0)
                problem(Problem::Severity::Warning,
                    nameColumn,
                    tr("Same name and date of birth as row %1: check that these are two different people.").arg(first));
            else
                namesInFile.insert(key, rowNumber);
        }

        // Match with the people already stored: by code, else by full name + date of birth.
        Person match;
        if (!code.isEmpty() && byCode.contains(code)) {
            match = byCode.value(code);
            if (match.kind != options.kind) {
                problem(Problem::Severity::Error,
                    columns.column(Field::Code),
                    tr("The code %1 already belongs to %2, who is not a %3.")
                        .arg(person.code,
                            match.fullName(),
                            options.kind == PersonKind::Student ? tr("student") : tr("member of staff")));
                match = Person();
            }
        } else if (hasName) {
            const QList<Person> candidates = byNameDate.value(nameDateKey(person));
            QList<Person> usable;
            for (const Person& c : candidates) {
                if (code.isEmpty() || c.code.isEmpty())
                    usable.append(c);
            }
            if (usable.size() == 1)
                match = usable.constFirst();
            else if (usable.size() > 1)
                problem(Problem::Severity::Warning,
                    nameColumn,
                    tr("%n people named %1 with this date of birth are already stored; added as a new person.",
                        nullptr,
                        int(usable.size()))
                        .arg(person.fullName()));
        }
        if (match.id > 0) {
            if (const int first = matchedInFile.value(match.id); first > 0) {
                problem(Problem::Severity::Error,
                    nameColumn,
                    tr("Row %1 is already the stored %2: the same person twice.").arg(first).arg(match.fullName()));
            } else {
                matchedInFile.insert(match.id, rowNumber);
            }
            person = merged(match, person);
        } else if (hasName && person.birthDate.isValid()) {
            const QList<Person> alike = byFoldYear.value(foldYearKey(person));
            if (!alike.isEmpty()) {
                row.likelyDuplicateOf = alike.constFirst().id;
                problem(Problem::Severity::Warning,
                    nameColumn,
                    tr("Maybe the same person as %1 (born %2), who is already stored; added as a new person.")
                        .arg(alike.constFirst().fullName(), alike.constFirst().birthDate.toDisplay()));
            }
        }

        // Membership of the year.
        bool newMembership = false;
        if (options.schoolYearId > 0 && !row.collectiveName.isEmpty()) {
            const QString key = collectiveKey(row.collectiveName);
            const qint64 collectiveId = collectiveIds.value(key);
            if (collectiveId == 0) {
                newMembership = true;
                if (!newCollectives.contains(key)) {
                    newCollectives.insert(key);
                    plan.newCollectives.append(row.collectiveName);
                }
            } else {
                newMembership = match.id == 0 || !memberships.contains({ match.id, collectiveId });
            }
        }

        bool error = false;
        for (const Problem& p : std::as_const(problems))
            error = error || p.severity == Problem::Severity::Error;
        if (error) {
            row.action = Row::Action::Skip;
            ++plan.skipped;
        } else if (match.id == 0) {
            row.action = Row::Action::Add;
            ++plan.added;
        } else if (!sameData(match, person) || newMembership) {
            row.action = Row::Action::Update;
            ++plan.updated;
        } else {
            row.action = Row::Action::Unchanged;
            ++plan.unchanged;
        }
        for (const Problem& p : std::as_const(problems)) {
            if (p.severity == Problem::Severity::Error)
                ++plan.errors;
        }
        plan.problems.append(problems);
        plan.rows.append(row);
    }
    return plan;
}

Result<RosterImport::Summary> RosterImport::apply(const Plan& plan, const Options& options)
{
    Summary summary;
    summary.errors = plan.errors;
    if (plan.errors > 0 && !options.skipBadRows) {
        return Error { Error::Code::Validation,
            tr("Sheet “%1” has %n error(s); nothing was imported.", nullptr, plan.errors).arg(plan.sheet) };
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();

    PersonRepository people(m_db);
    CollectiveRepository collectives(m_db);
    const CollectiveKind collectiveKind = collectiveKindFor(options.kind);

    // The collectives of that year and the memberships of their kind, to add only what is missing.
    QHash<QString, qint64> collectiveIds;
    QHash<qint64, CollectiveKind> kindOf;
    QHash<qint64, QList<Membership>> membershipsOf; // person → memberships this year in collectives of the kind
    if (options.schoolYearId > 0) {
        auto all = collectives.list(options.schoolYearId);
        if (!all)
            return all.error();
        collectiveIds = groupIds(*all, options.kind, options.schoolYearId);
        for (const Collective& c : *all)
            kindOf.insert(c.id, c.kind);
        auto members = collectives.memberships(options.schoolYearId);
        if (!members)
            return members.error();
        for (const Membership& m : *members) {
            if (kindOf.contains(m.collectiveId) && Collective::isGroupOf(kindOf.value(m.collectiveId), options.kind))
                membershipsOf[m.personId].append(m);
        }
    }

    for (const Row& row : plan.rows) {
        Person person = row.person;
        switch (row.action) {
        case Row::Action::Skip:
            ++summary.skipped;
            continue;
        case Row::Action::Add: {
            auto id = people.insert(person);
            if (!id)
                return Error { id.error().code, id.error().message, plan.sheet, row.sourceRow, 0 };
            ++summary.added;
            break;
        }
        case Row::Action::Update: {
            auto status = people.update(person);
            if (!status)
                return Error { status.error().code, status.error().message, plan.sheet, row.sourceRow, 0 };
            ++summary.updated;
            break;
        }
        case Row::Action::Unchanged:
            ++summary.unchanged;
            ++summary.skipped;
            break;
        }

        if (options.schoolYearId <= 0 || row.collectiveName.isEmpty())
            continue;
        const QString key = collectiveKey(row.collectiveName);
        qint64 collectiveId = collectiveIds.value(key);
        if (collectiveId == 0) {
            Collective c;
            c.kind = collectiveKind;
            c.name = VietnameseText::clean(row.collectiveName);
            c.schoolYearId = collectiveKind == CollectiveKind::Class ? options.schoolYearId : 0;
            c.grade = collectiveKind == CollectiveKind::Class ? gradeOfClass(c.name) : 0;
            auto id = collectives.insert(c);
            if (!id)
                return Error { id.error().code, id.error().message, plan.sheet, row.sourceRow, 0 };
            collectiveId = *id;
            collectiveIds.insert(key, collectiveId);
        }
        // One tổ or one class per person and year: a changed one replaces the old membership.
        bool present = false;
        for (const Membership& m : membershipsOf.value(person.id)) {
            if (m.collectiveId == collectiveId) {
                present = true;
                continue;
            }
            if (auto status = collectives.removeMember(m.id); !status)
                return Error { status.error().code, status.error().message, plan.sheet, row.sourceRow, 0 };
        }
        membershipsOf.remove(person.id);
        if (!present) {
            Membership m;
            m.personId = person.id;
            m.collectiveId = collectiveId;
            m.schoolYearId = options.schoolYearId;
            auto id = collectives.addMember(m);
            if (!id)
                return Error { id.error().code, id.error().message, plan.sheet, row.sourceRow, 0 };
            membershipsOf[person.id].append(m);
        } else {
            membershipsOf[person.id].append(Membership { 0, person.id, collectiveId, options.schoolYearId });
        }
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace thidua
