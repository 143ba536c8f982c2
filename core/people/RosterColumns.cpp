#include "core/people/RosterColumns.h"

#include "core/text/VietnameseText.h"

#include <QRegularExpression>
#include <QSet>

namespace thidua {

namespace {

using Field = RosterColumns::Field;

constexpr int kHeaderSearchRows = 30;
constexpr int kSampleDataRows = 20;

int columnCountOf(const Sheet& sheet, int firstRow, int lastRow)
{
    int count = 0;
    for (int r = std::max(0, firstRow); r <= lastRow && r < sheet.rows.size(); ++r)
        count = std::max(count, int(sheet.rows.at(r).size()));
    return count;
}

// A header text reduced to plain words: folded (no diacritics, lower case), anything that is not a letter or a
// digit a separator, single spaces. "Họ, tên\n(ghi chữ in hoa)" → "ho ten ghi chu in hoa".
QString plainWords(const QString& text)
{
    const QString folded = VietnameseText::fold(VietnameseText::clean(text));
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else {
            space = true;
        }
    }
    return out;
}

bool startsWithWords(const QString& key, const QString& prefix)
{
    return key == prefix || key.startsWith(prefix + QLatin1Char(' '));
}

bool startsWithAny(const QString& key, std::initializer_list<const char16_t*> prefixes)
{
    for (const char16_t* p : prefixes) {
        if (startsWithWords(key, QString::fromUtf16(p)))
            return true;
    }
    return false;
}

bool isAny(const QString& key, std::initializer_list<const char16_t*> keys)
{
    for (const char16_t* k : keys) {
        if (key == QString::fromUtf16(k))
            return true;
    }
    return false;
}

bool hasAnyWord(const QString& key, std::initializer_list<const char16_t*> words)
{
    const QStringList parts = key.split(QLatin1Char(' '));
    for (const char16_t* w : words) {
        const QString word = QString::fromUtf16(w);
        if (word.contains(QLatin1Char(' '))
                ? (QLatin1Char(' ') + key + QLatin1Char(' ')).contains(QLatin1Char(' ') + word + QLatin1Char(' '))
                : parts.contains(word))
            return true;
    }
    return false;
}

std::optional<Field> fieldForKey(const QString& key)
{
    if (key.isEmpty())
        return std::nullopt;
    // Numbering.
    if (isAny(key, { u"stt", u"tt", u"so tt", u"so thu tu", u"thu tu", u"s tt", u"no" }))
        return Field::SequenceNumber;

    // Names. The parents' names in student lists ("Họ tên cha", "Họ và tên phụ huynh") are not the person's.
    const bool someoneElse =
        hasAnyWord(key, { u"cha", u"me", u"bo", u"phu huynh", u"giam ho", u"vo", u"chong", u"nguoi", u"chu ho" });
    if (startsWithAny(key,
            { u"ho va ten dem",
                u"ho va ten lot",
                u"ho ten dem",
                u"ho ten lot",
                u"ho dem",
                u"ho lot",
                u"ho va dem",
                u"ho va lot",
                u"ho va chu lot" })
        && !someoneElse)
        return Field::FamilyAndMiddleName;
    if (startsWithAny(key, { u"ho va ten", u"ho ten", u"ho va ten hoc sinh", u"full name" }) && !someoneElse)
        return Field::FullName;
    if (isAny(key, { u"ho", u"ho hoc sinh", u"family name", u"last name", u"surname" }))
        return Field::FamilyName;
    if (isAny(key, { u"ten dem", u"ten lot", u"dem", u"lot", u"chu lot", u"middle name" }))
        return Field::MiddleName;
    if (isAny(key, { u"ten", u"ten goi", u"given name", u"first name" }))
        return Field::GivenName;

    // Birth date ("Năm sinh" folds like "Nam sinh"; both mean the same here).
    if (startsWithAny(key,
            { u"ngay sinh",
                u"ngay thang nam sinh",
                u"ngay thang sinh",
                u"ngay thang va nam sinh",
                u"nam sinh",
                u"sinh ngay",
                u"sinh nam",
                u"ns",
                u"date of birth",
                u"birth date",
                u"birthday",
                u"dob" }))
        return Field::BirthDate;

    // Gender.
    if (startsWithAny(key, { u"gioi tinh", u"nam nu", u"nu nam", u"nam hoac nu", u"gender", u"sex" })
        || isAny(key, { u"gioi", u"phai", u"gt" }))
        return Field::Gender;
    if (isAny(key, { u"nu", u"nu x", u"nu danh dau x", u"nu ghi x", u"nu dan x" }))
        return Field::FemaleMark;

    // Code. Not the tax, insurance, school, class or pay-grade codes ("Mã ngạch") staff lists also have.
    if ((startsWithWords(key, QStringLiteral("ma")) || startsWithWords(key, QStringLiteral("so hieu"))
            || isAny(key, { u"code", u"id" }))
        && !hasAnyWord(key,
            { u"thue",
                u"bhxh",
                u"bhyt",
                u"bao hiem",
                u"truong",
                u"lop",
                u"tinh",
                u"huyen",
                u"xa",
                u"ngach",
                u"to",
                u"buu chinh",
                u"vung",
                u"so thue",
                u"cccd",
                u"cmnd",
                u"the" }))
        return Field::Code;

    // Position, group, class.
    if (startsWithAny(key, { u"chuc vu", u"chuc danh", u"position" }))
        return Field::Position;
    if ((isAny(key, { u"to", u"to cm", u"bo phan", u"to bo phan", u"to chuyen mon bo phan", u"to lop", u"group" })
            || startsWithAny(key, { u"to chuyen mon", u"to bo mon", u"to cm", u"bo phan", u"to bo phan" }))
        && !hasAnyWord(key, { u"truong", u"pho" }))
        return Field::Collective;
    if (isAny(key, { u"lop", u"lop hoc", u"ten lop", u"lop sinh hoat", u"class" })
        || startsWithWords(key, QStringLiteral("lop")))
        return Field::Class;

    // Contact and remarks.
    if (isAny(key, { u"sdt", u"dt", u"so dt", u"dtdd", u"dien thoai", u"so dien thoai", u"di dong", u"phone" })
        || startsWithAny(key, { u"dien thoai", u"so dien thoai", u"sdt", u"so dt", u"dien thoai di dong" }))
        return Field::Phone;
    if (startsWithAny(key, { u"email", u"e mail", u"thu dien tu", u"dia chi email", u"dia chi thu dien tu" }))
        return Field::Email;
    if (startsWithAny(key, { u"ghi chu", u"note", u"notes" }))
        return Field::Note;
    return std::nullopt;
}

// Words that only mean something in a second header row, under a merged parent.
bool isMaleWord(const QString& key)
{
    return key == QStringLiteral("nam");
}

// The column of the header cell a column of row `row` belongs to: itself when it has text, else the start of
// the horizontal merge covering it, else the nearest non-empty cell to its left (text files lose merges).
int parentColumn(const Sheet& sheet, int row, int column)
{
    for (const CellRange& range : sheet.merged) {
        if (range.firstRow <= row && row <= range.lastRow && range.firstColumn <= column && column <= range.lastColumn)
            return range.firstColumn;
    }
    for (int c = column; c >= 0; --c) {
        if (!sheet.cell(row, c).isEmpty())
            return c;
    }
    return -1;
}

bool isHorizontallyMerged(const Sheet& sheet, int row, int column)
{
    for (const CellRange& range : sheet.merged) {
        if (range.firstRow <= row && row <= range.lastRow && range.firstColumn <= column && column <= range.lastColumn
            && range.lastColumn > range.firstColumn)
            return true;
    }
    return false;
}

QString cellText(const Cell& cell)
{
    return cell.type == Cell::Type::Empty ? QString() : cell.text;
}

bool isNameField(Field field)
{
    return field == Field::FullName || field == Field::FamilyName || field == Field::FamilyAndMiddleName
        || field == Field::GivenName;
}

// The fields a row names, column by column (the first column wins when a field is named twice).
QMap<int, Field> rowFields(const Sheet& sheet, int row)
{
    QMap<int, Field> result;
    QSet<Field> seen;
    const int n = sheet.rows.value(row).size();
    for (int c = 0; c < n; ++c) {
        const auto field = RosterColumns::fieldForHeader(cellText(sheet.cell(row, c)));
        if (field && !seen.contains(*field)) {
            seen.insert(*field);
            result.insert(c, *field);
        }
    }
    return result;
}

int score(const QMap<int, Field>& fields)
{
    for (const Field f : fields) {
        if (isNameField(f))
            return int(fields.size());
    }
    return 0;
}

// Whether `row` is a second header row under `parent`: every non-empty cell is a header word, and at least one
// of them sits where the parent row has no header of its own (inside a merge, or an empty cell).
bool isSubHeader(const Sheet& sheet, int parent, int row)
{
    if (row >= sheet.rows.size() || row < 0)
        return false;
    const int n = sheet.rows.at(row).size();
    int words = 0;
    bool underGroup = false;
    for (int c = 0; c < n; ++c) {
        const Cell& cell = sheet.cell(row, c);
        if (cell.isEmpty())
            continue;
        const QString key = plainWords(cellText(cell));
        if (!fieldForKey(key) && !isMaleWord(key))
            return false;
        ++words;
        if (sheet.cell(parent, c).isEmpty() || isHorizontallyMerged(sheet, parent, c))
            underGroup = true;
    }
    return words > 0 && underGroup;
}

} // namespace

bool RosterColumns::hasName() const
{
    return hasColumn(Field::FullName)
        || (hasColumn(Field::GivenName) && (hasColumn(Field::FamilyName) || hasColumn(Field::FamilyAndMiddleName)));
}

QString RosterColumns::headerKey(const QString& header)
{
    return plainWords(header);
}

std::optional<RosterColumns::Field> RosterColumns::fieldForHeader(const QString& header)
{
    return fieldForKey(plainWords(header));
}

RosterColumns RosterColumns::detect(const Sheet& sheet)
{
    RosterColumns result;
    int best = -1;
    int bestScore = 1;
    const int limit = std::min(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < limit; ++r) {
        const int s = score(rowFields(sheet, r));
        if (s > bestScore) {
            best = r;
            bestScore = s;
        }
    }
    if (best < 0)
        return result;

    int parent = best;
    int child = -1;
    if (isSubHeader(sheet, best, best + 1))
        child = best + 1;
    else if (best > 0 && !rowFields(sheet, best - 1).isEmpty() && isSubHeader(sheet, best - 1, best)) {
        parent = best - 1;
        child = best;
    }

    // Column → field: the parent row, then what the second row says more precisely.
    QMap<int, Field> byColumn;
    const int width = columnCountOf(sheet, parent, child < 0 ? parent : child);
    for (int c = 0; c < width; ++c) {
        if (const auto f = fieldForHeader(cellText(sheet.cell(parent, c))))
            byColumn.insert(c, *f);
    }
    if (child >= 0) {
        for (int c = 0; c < width; ++c) {
            const QString key = plainWords(cellText(sheet.cell(child, c)));
            if (key.isEmpty())
                continue;
            const int pc = parentColumn(sheet, parent, c);
            // A plain value (SequenceNumber: none), not an optional: GCC 12 -O2 warns wrongly about the latter.
            const Field parentField = pc >= 0
                ? fieldForHeader(cellText(sheet.cell(parent, pc))).value_or(Field::SequenceNumber)
                : Field::SequenceNumber;
            const bool male = isMaleWord(key);
            const bool female = fieldForKey(key) == Field::FemaleMark;
            if (parentField == Field::BirthDate && (male || female)) {
                byColumn.insert(c, male ? Field::BirthDate : Field::FemaleBirthDate);
            } else if (parentField == Field::Gender && (male || female)) {
                if (female)
                    byColumn.insert(c, Field::FemaleMark);
                else
                    byColumn.remove(c);
            } else if (!male) {
                if (const auto f = fieldForKey(key))
                    byColumn.insert(c, *f);
            }
        }
    }
    for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it) {
        if (!result.columns.contains(it.value()))
            result.columns.insert(it.value(), it.key());
    }
    // A name in parts makes the full-name column (their merged parent) redundant.
    if (result.hasColumn(Field::GivenName)
        && (result.hasColumn(Field::FamilyName) || result.hasColumn(Field::FamilyAndMiddleName)))
        result.columns.remove(Field::FullName);
    if (!result.hasName())
        return RosterColumns();

    result.headerRow = parent;
    result.headerRowCount = child >= 0 ? 2 : 1;
    result.firstDataRow = parent + result.headerRowCount;

    // "Họ và tên" over two columns without a second header row: "Nguyễn Văn" | "An". Taken when the column to the
    // right has no header and, in the first data rows, mostly holds one word next to a name.
    if (result.hasColumn(Field::FullName)) {
        const int c = result.column(Field::FullName);
        bool freeNext = !byColumn.contains(c + 1);
        for (int r = parent; r < result.firstDataRow; ++r)
            freeNext = freeNext && sheet.cell(r, c + 1).isEmpty();
        if (freeNext) {
            int names = 0;
            int split = 0;
            for (int r = result.firstDataRow; r < sheet.rows.size() && r < result.firstDataRow + kSampleDataRows; ++r) {
                const QString left = VietnameseText::clean(cellText(sheet.cell(r, c)));
                if (left.isEmpty())
                    continue;
                ++names;
                const QString right = VietnameseText::clean(cellText(sheet.cell(r, c + 1)));
                static const QRegularExpression oneWord(QStringLiteral("^[\\p{L}\\p{M}']+$"));
                if (oneWord.match(right).hasMatch())
                    ++split;
            }
            if (names > 0 && split * 2 > names) {
                result.columns.remove(Field::FullName);
                result.columns.insert(Field::FamilyAndMiddleName, c);
                result.columns.insert(Field::GivenName, c + 1);
            }
        }
    }
    return result;
}

QList<RosterColumns::Field> RosterColumns::allFields()
{
    return { Field::SequenceNumber,
        Field::FullName,
        Field::FamilyName,
        Field::FamilyAndMiddleName,
        Field::MiddleName,
        Field::GivenName,
        Field::BirthDate,
        Field::FemaleBirthDate,
        Field::Gender,
        Field::FemaleMark,
        Field::Code,
        Field::Position,
        Field::Collective,
        Field::Class,
        Field::Phone,
        Field::Email,
        Field::Note };
}

QString RosterColumns::fieldName(Field field)
{
    switch (field) {
    case Field::SequenceNumber:
        return tr("No.");
    case Field::FullName:
        return tr("Full name");
    case Field::FamilyName:
        return tr("Family name");
    case Field::FamilyAndMiddleName:
        return tr("Family and middle name");
    case Field::MiddleName:
        return tr("Middle name");
    case Field::GivenName:
        return tr("Given name");
    case Field::BirthDate:
        return tr("Date of birth");
    case Field::FemaleBirthDate:
        return tr("Date of birth (women)");
    case Field::Gender:
        return tr("Gender");
    case Field::FemaleMark:
        return tr("Female (marked x)");
    case Field::Code:
        return tr("Code");
    case Field::Position:
        return tr("Position");
    case Field::Collective:
        return tr("Group");
    case Field::Class:
        return tr("Class");
    case Field::Phone:
        return tr("Phone");
    case Field::Email:
        return tr("E-mail");
    case Field::Note:
        return tr("Note");
    }
    return {};
}

QString RosterColumns::fieldKey(Field field)
{
    switch (field) {
    case Field::SequenceNumber:
        return QStringLiteral("number");
    case Field::FullName:
        return QStringLiteral("full_name");
    case Field::FamilyName:
        return QStringLiteral("family_name");
    case Field::FamilyAndMiddleName:
        return QStringLiteral("family_middle_name");
    case Field::MiddleName:
        return QStringLiteral("middle_name");
    case Field::GivenName:
        return QStringLiteral("given_name");
    case Field::BirthDate:
        return QStringLiteral("birth_date");
    case Field::FemaleBirthDate:
        return QStringLiteral("birth_date_female");
    case Field::Gender:
        return QStringLiteral("gender");
    case Field::FemaleMark:
        return QStringLiteral("female_mark");
    case Field::Code:
        return QStringLiteral("code");
    case Field::Position:
        return QStringLiteral("position");
    case Field::Collective:
        return QStringLiteral("group");
    case Field::Class:
        return QStringLiteral("class");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Note:
        return QStringLiteral("note");
    }
    return {};
}

} // namespace thidua
