#include "core/people/RosterRowReader.h"

#include "core/common/Csv.h"
#include "core/people/AgePlausibility.h"
#include "core/people/PersonValidator.h"
#include "core/text/PersonName.h"
#include "core/text/VietnameseText.h"

#include <QRegularExpression>

#include <cmath>

namespace thidua {

namespace {

using Field = RosterColumns::Field;

// A cell as one line of text: text cleaned (NFC, single spaces); numbers as the file shows them, else without a
// needless ".0".
QString cellString(const Cell& cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return {};
    case Cell::Type::Text:
    case Cell::Type::Boolean:
        // A formula-like text our CSV export guarded with an apostrophe reads back as it was.
        return VietnameseText::clean(Csv::unguarded(cell.text));
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

} // namespace

RosterRowReader::RosterRowReader(const Sheet& sheet, const RosterColumns& columns, const RosterImport::Options& options)
    : m_sheet(sheet)
    , m_columns(columns)
    , m_options(options)
    , m_today(options.today.isValid() ? options.today : QDate::currentDate())
    , m_genderColumn(columns.column(Field::Gender))
    , m_femaleMarkColumn(columns.column(Field::FemaleMark))
    , m_femaleDateColumn(columns.column(Field::FemaleBirthDate))
    , m_birthColumn(columns.column(Field::BirthDate))
{
    m_nameColumn =
        columns.hasColumn(Field::FullName) ? columns.column(Field::FullName) : columns.column(Field::GivenName);
    m_collectiveColumn = options.kind == PersonKind::Student
        ? (columns.hasColumn(Field::Class) ? columns.column(Field::Class) : columns.column(Field::Collective))
        : (columns.hasColumn(Field::Collective) ? columns.column(Field::Collective) : columns.column(Field::Class));
    for (const Field f :
        { Field::FullName, Field::FamilyName, Field::FamilyAndMiddleName, Field::MiddleName, Field::GivenName }) {
        if (columns.hasColumn(f))
            m_nameColumns.append(columns.column(f));
    }
    for (auto it = columns.columns.cbegin(); it != columns.columns.cend(); ++it)
        m_fieldOfColumn.insert(it.value(), it.key());
}

QString RosterRowReader::text(int r, Field field) const
{
    return cellString(m_sheet.cell(r, m_columns.column(field)));
}

RosterRowReader::Problem RosterRowReader::problem(
    Problem::Severity severity, int sheetRow, int column, const QString& message) const
{
    return { severity, m_sheet.name, sheetRow + 1, column < 0 ? 0 : column + 1, message };
}

RosterRowReader::RowKind RosterRowReader::classify(int r) const
{
    const QList<Cell>& cells = m_sheet.rows.at(r);
    int filled = 0;
    bool onlyNumbers = true; // the numbering alone, or a row of column numbers "(1) (2) (3)…"
    QList<int> numbers;
    bool totals = false;
    bool footer = false;
    bool header = false;
    QString nameText;
    // A repeated header: a name column naming itself ("Họ và tên"; a one-word "Họ" only with a second cell naming
    // its column, as "Hồ" reads like "Họ"), the other cells then counted. Checked on the name columns first: the
    // header words are costly to look up in every cell of every row.
    int headerWords = 0;
    for (const int c : m_nameColumns) {
        const QString s = cellString(m_sheet.cell(r, c));
        if (s.isEmpty())
            continue;
        nameText += s;
        if (const auto f = RosterColumns::fieldForHeader(s); f && m_fieldOfColumn.value(c) == f) {
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
        if (headerWords > 0 && !header && !m_nameColumns.contains(c)) {
            // "Nữ" in the Giới tính column is a gender, not the header of a "Nữ" column.
            const auto f = RosterColumns::fieldForHeader(s);
            if (f && f != Field::SequenceNumber && m_fieldOfColumn.value(c) == f)
                ++headerWords;
        }
    }
    for (int i = 1; onlyNumbers && i < numbers.size(); ++i)
        onlyNumbers = numbers.at(i) == numbers.at(i - 1) + 1;
    header = header || headerWords >= 2;
    if (filled == 0 || onlyNumbers || header)
        return RowKind::NotAPerson;
    if (totals || (footer && (nameText.isEmpty() || isFooterText(VietnameseText::fold(nameText)))))
        return RowKind::End;
    return RowKind::Person;
}

bool RosterRowReader::read(int r, Row& row, QList<Problem>& problems) const
{
    row.sourceRow = r + 1;
    Person& person = row.person;
    person.kind = m_options.kind;
    readName(r, person);
    const bool hasName = !person.fullName().isEmpty();
    const bool dateOk = readBirthDate(r, person, problems);
    if (!hasName && !person.birthDate.isValid() && text(r, Field::Code).isEmpty() && dateOk)
        return false;
    readGender(r, person, problems);
    readOtherFields(r, row);
    PersonValidator::clean(person);
    validate(r, person, hasName, problems);
    return true;
}

void RosterRowReader::readName(int r, Person& person) const
{
    if (m_columns.hasColumn(Field::FullName)) {
        person.setFullName(text(r, Field::FullName));
    } else {
        const QString given = text(r, Field::GivenName);
        QString family = m_columns.hasColumn(Field::FamilyAndMiddleName) ? text(r, Field::FamilyAndMiddleName)
                                                                         : text(r, Field::FamilyName);
        QString middle = text(r, Field::MiddleName);
        if (!m_columns.hasColumn(Field::MiddleName) && !family.isEmpty()) {
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
    if (m_sheet.encoding == LegacyEncoding::Encoding::Tcvn3) {
        for (QString* part : { &person.familyName, &person.middleName, &person.givenName })
            *part = capitalizedWords(*part);
    }
}

// Birth date; in the "Ngày sinh" over "Nam | Nữ" layout the column also says the gender. False for a cell that is
// not a date.
bool RosterRowReader::readBirthDate(int r, Person& person, QList<Problem>& problems) const
{
    bool dateOk = true;
    int column = -1;
    if (const Cell& femaleDate = m_sheet.cell(r, m_femaleDateColumn);
        m_femaleDateColumn >= 0 && !femaleDate.isEmpty()) {
        column = m_femaleDateColumn;
        person.birthDate = RosterImport::dateFromCell(femaleDate, &dateOk);
        person.gender = Gender::Female;
    } else if (m_birthColumn >= 0 && !m_sheet.cell(r, m_birthColumn).isEmpty()) {
        column = m_birthColumn;
        person.birthDate = RosterImport::dateFromCell(m_sheet.cell(r, m_birthColumn), &dateOk);
        if (m_femaleDateColumn >= 0)
            person.gender = Gender::Male;
    }
    if (!dateOk)
        problems.append(problem(Problem::Severity::Error,
            r,
            column,
            tr("“%1” is not a date of birth (day/month/year or a year).").arg(cellString(m_sheet.cell(r, column)))));
    return dateOk;
}

void RosterRowReader::readGender(int r, Person& person, QList<Problem>& problems) const
{
    if (m_genderColumn >= 0 && !text(r, Field::Gender).isEmpty()) {
        const Gender g = Person::genderFromText(text(r, Field::Gender));
        if (g == Gender::Unknown)
            problems.append(problem(Problem::Severity::Warning,
                r,
                m_genderColumn,
                tr("“%1” is not a gender (Nam or Nữ); the gender is left unknown.").arg(text(r, Field::Gender))));
        else
            person.gender = g;
    } else if (m_femaleMarkColumn >= 0) {
        person.gender = text(r, Field::FemaleMark).isEmpty() ? Gender::Male : Gender::Female;
    }
}

void RosterRowReader::readOtherFields(int r, Row& row) const
{
    Person& person = row.person;
    person.code = text(r, Field::Code);
    person.position = text(r, Field::Position);
    person.phone = text(r, Field::Phone);
    // Excel drops the leading 0 of a phone number typed as a number.
    if (m_columns.hasColumn(Field::Phone) && m_sheet.cell(r, m_columns.column(Field::Phone)).type == Cell::Type::Number
        && person.phone.size() == 9)
        person.phone.prepend(QLatin1Char('0'));
    person.email = text(r, Field::Email);
    // Notes keep their line breaks.
    if (const Cell& note = m_sheet.cell(r, m_columns.column(Field::Note)); note.type == Cell::Type::Text)
        person.note = VietnameseText::cleanLines(Csv::unguarded(note.text));
    else
        person.note = text(r, Field::Note);
    if (m_collectiveColumn >= 0)
        row.collectiveName = cellString(m_sheet.cell(r, m_collectiveColumn));
    if (row.collectiveName.isEmpty())
        row.collectiveName = VietnameseText::clean(m_options.defaultCollective);
}

void RosterRowReader::checkAge(int r, const Row& row, int startYear, QList<Problem>& problems) const
{
    const int column = birthColumn(row.person);
    for (const Problem& p : std::as_const(problems)) {
        if (p.severity == Problem::Severity::Error && p.column == column + 1)
            return;
    }
    const QString warning = AgePlausibility::warning(
        m_options.kind, row.person.birthDate, startYear, m_options.schoolYearId > 0 ? row.collectiveName : QString());
    if (!warning.isEmpty())
        problems.append(problem(Problem::Severity::Warning, r, column, warning));
}

void RosterRowReader::validate(int r, const Person& person, bool hasName, QList<Problem>& problems) const
{
    for (const PersonValidator::Problem& p : PersonValidator::validate(person, m_today, nullptr)) {
        int column = -1;
        switch (p.field) {
        case PersonValidator::Field::FullName:
            column = hasName ? m_nameColumn : m_nameColumns.value(0, -1);
            break;
        case PersonValidator::Field::BirthDate:
            column = birthColumn(person);
            break;
        case PersonValidator::Field::Code:
            column = m_columns.column(Field::Code);
            break;
        case PersonValidator::Field::Email:
            column = m_columns.column(Field::Email);
            break;
        case PersonValidator::Field::ActiveFrom:
        case PersonValidator::Field::ActiveTo:
            break;
        }
        problems.append(problem(Problem::Severity::Error, r, column, p.message));
    }
}

} // namespace thidua
