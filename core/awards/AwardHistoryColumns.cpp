#include "core/awards/AwardHistoryColumns.h"

#include "core/people/RosterColumns.h"

#include <QSet>

namespace thidua {

namespace {

using Field = AwardHistoryColumns::Field;

constexpr int HeaderSearchRows = 30;

bool startsWithAny(const QString& key, std::initializer_list<const char*> prefixes)
{
    for (const char* p : prefixes) {
        const QString prefix = QString::fromLatin1(p);
        if (key == prefix || key.startsWith(prefix + QLatin1Char(' ')))
            return true;
    }
    return false;
}

bool isAny(const QString& key, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

// The award's own columns, looked for before the people lists' (a "Số hiệu quyết định" is not a code).
std::optional<Field> awardField(const QString& key)
{
    if (startsWithAny(key,
            { "so quyet dinh",
                "so qd",
                "quyet dinh so",
                "so hieu quyet dinh",
                "so ky hieu",
                "so va ky hieu",
                "so ky hieu quyet dinh",
                "decision number" })
        || isAny(key, { "quyet dinh", "qd", "so" }))
        return Field::DecisionNumber;
    if (startsWithAny(key,
            { "ngay quyet dinh", "ngay qd", "ngay ky", "ngay ban hanh", "ngay thang quyet dinh", "decision date" }))
        return Field::DecisionDate;
    if (startsWithAny(key,
            { "co quan ban hanh",
                "co quan quyet dinh",
                "co quan khen",
                "cap khen",
                "cap quyet dinh",
                "noi ban hanh",
                "nguoi ky",
                "don vi ban hanh",
                "issuer" }))
        return Field::Issuer;
    if (startsWithAny(
            key, { "hinh thuc", "danh hieu", "khen thuong", "loai khen thuong", "noi dung khen thuong", "award" }))
        return Field::Form;
    if (startsWithAny(key, { "nam hoc", "school year" }) || isAny(key, { "nam" }))
        return Field::SchoolYear;
    if (startsWithAny(key, { "tap the", "ten tap the", "collective" }) || isAny(key, { "don vi", "ten don vi" }))
        return Field::Collective;
    return std::nullopt;
}

// The person's columns, as the people lists name them.
std::optional<Field> personField(const QString& header)
{
    const auto field = RosterColumns::fieldForHeader(header);
    if (!field)
        return std::nullopt;
    switch (*field) {
    case RosterColumns::Field::SequenceNumber:
        return Field::SequenceNumber;
    case RosterColumns::Field::FullName:
        return Field::FullName;
    case RosterColumns::Field::Code:
        return Field::Code;
    case RosterColumns::Field::BirthDate:
        return Field::BirthDate;
    default:
        return std::nullopt;
    }
}

QMap<Field, int> rowFields(const Sheet& sheet, int row)
{
    QMap<Field, int> found;
    const int n = int(sheet.rows.value(row).size());
    for (int c = 0; c < n; ++c) {
        const Cell& cell = sheet.cell(row, c);
        if (cell.type != Cell::Type::Text)
            continue;
        const auto field = AwardHistoryColumns::fieldForHeader(cell.text);
        if (field && !found.contains(*field))
            found.insert(*field, c);
    }
    return found;
}

bool usable(const QMap<Field, int>& fields)
{
    return fields.contains(Field::Form)
        && (fields.contains(Field::FullName) || fields.contains(Field::Code) || fields.contains(Field::Collective));
}

} // namespace

std::optional<AwardHistoryColumns::Field> AwardHistoryColumns::fieldForHeader(const QString& header)
{
    const QString key = RosterColumns::headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto field = awardField(key))
        return field;
    return personField(header);
}

AwardHistoryColumns AwardHistoryColumns::detect(const Sheet& sheet)
{
    AwardHistoryColumns result;
    int best = 0;
    const int limit = std::min(sheet.rowCount(), HeaderSearchRows);
    for (int r = 0; r < limit; ++r) {
        const QMap<Field, int> fields = rowFields(sheet, r);
        if (usable(fields) && int(fields.size()) > best) {
            best = int(fields.size());
            result.headerRow = r;
            result.columns = fields;
        }
    }
    return result;
}

} // namespace thidua
