#include "core/activities/ActivityColumns.h"

#include "core/people/RosterColumns.h"

namespace thidua {

namespace {

using Field = ActivityColumns::Field;

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

} // namespace

std::optional<ActivityColumns::Field> ActivityColumns::fieldForHeader(const QString& header)
{
    const QString key = RosterColumns::headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    if (startsWithAny(key, { "stt", "so tt", "so thu tu", "tt", "no" }))
        return Field::SequenceNumber;
    if (startsWithAny(key, { "so nguoi", "so luong", "so luot", "so hoc sinh", "so cb", "count" }))
        return Field::Count;
    if (startsWithAny(key, { "loai hoat dong", "loai", "hinh thuc", "kind" }))
        return Field::Kind;
    if (startsWithAny(key, { "nam hoc", "school year" }))
        return Field::SchoolYear;
    if (startsWithAny(key, { "den ngay", "ngay ket thuc", "ket thuc", "end" }))
        return Field::EndDate;
    if (startsWithAny(key, { "tu ngay", "ngay bat dau", "bat dau", "ngay to chuc", "ngay", "thoi gian", "start" }))
        return Field::StartDate;
    if (startsWithAny(key, { "don vi to chuc", "don vi chu tri", "to chuc", "chu tri", "organizer" }))
        return Field::Organizer;
    if (startsWithAny(key, { "nguoi tham gia", "ca nhan tham gia", "nguoi du", "people" }))
        return Field::People;
    if (startsWithAny(
            key, { "tap the tham gia", "don vi tham gia", "thanh phan tham gia", "thanh phan", "collectives" }))
        return Field::Collectives;
    if (startsWithAny(key, { "mo ta", "ghi chu", "ket qua", "description" }))
        return Field::Description;
    if (startsWithAny(key, { "ten hoat dong", "hoat dong", "noi dung", "ten", "title" }))
        return Field::Title;
    return std::nullopt;
}

ActivityColumns ActivityColumns::detect(const Sheet& sheet)
{
    ActivityColumns result;
    int best = 0;
    const int limit = std::min(sheet.rowCount(), HeaderSearchRows);
    for (int r = 0; r < limit; ++r) {
        QMap<Field, int> fields;
        const int n = int(sheet.rows.value(r).size());
        for (int c = 0; c < n; ++c) {
            const Cell& cell = sheet.cell(r, c);
            if (cell.type != Cell::Type::Text)
                continue;
            const auto field = fieldForHeader(cell.text);
            if (field && !fields.contains(*field))
                fields.insert(*field, c);
        }
        if (fields.contains(Field::Title) && fields.contains(Field::StartDate) && int(fields.size()) > best) {
            best = int(fields.size());
            result.headerRow = r;
            result.columns = fields;
        }
    }
    return result;
}

} // namespace thidua
