#include "core/criteria/CriteriaXlsx.h"

#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

// The item sheet's columns, in order. The kinds and depths are written in Vietnamese and read in Vietnamese or as
// the JSON keys.
enum Column
{
    Code,
    Depth,
    Text,
    Kind,
    Limit, // maximum (points) or threshold (rate, count)
    Unit,
    Evidence,
    Levels,
    Unconfirmed,
    UnconfirmedNote,
    ColumnCount
};

QStringList itemHeaders()
{
    return { QStringLiteral("Mã"),
        QStringLiteral("Cấp"),
        QStringLiteral("Nội dung"),
        QStringLiteral("Loại"),
        QStringLiteral("Tối đa / ngưỡng"),
        QStringLiteral("Đơn vị đếm"),
        QStringLiteral("Minh chứng"),
        QStringLiteral("Mức độ"),
        QStringLiteral("Cần đối chiếu văn bản gốc"),
        QStringLiteral("Lý do cần đối chiếu") };
}

const QStringList DepthNames { QStringLiteral("tiêu chí"), QStringLiteral("chỉ tiêu"), QStringLiteral("chỉ số") };

QString kindName(CriteriaItem::Kind kind)
{
    switch (kind) {
    case CriteriaItem::Kind::Group:
        return QStringLiteral("nhóm");
    case CriteriaItem::Kind::PassFail:
        return QStringLiteral("đạt/không đạt");
    case CriteriaItem::Kind::Points:
        return QStringLiteral("điểm");
    case CriteriaItem::Kind::Rate:
        return QStringLiteral("tỷ lệ %");
    case CriteriaItem::Kind::Count:
        return QStringLiteral("số lượng");
    }
    return QString();
}

bool kindFromText(const QString& text, CriteriaItem::Kind* kind)
{
    for (auto k : { CriteriaItem::Kind::Group,
             CriteriaItem::Kind::PassFail,
             CriteriaItem::Kind::Points,
             CriteriaItem::Kind::Rate,
             CriteriaItem::Kind::Count }) {
        if (text == kindName(k) || text == CriteriaItem::kindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// The set sheet: label, key in the JSON format.
struct SetField
{
    QString label;
    QString key;
};

QList<SetField> setFields()
{
    return { { QStringLiteral("Định dạng"), QStringLiteral("format") },
        { QStringLiteral("Khóa"), QStringLiteral("key") },
        { QStringLiteral("Phiên bản"), QStringLiteral("version") },
        { QStringLiteral("Tên"), QStringLiteral("name") },
        { QStringLiteral("Đối tượng"), QStringLiteral("target") },
        { QStringLiteral("Loại tập thể"), QStringLiteral("collective_kind") },
        { QStringLiteral("Căn cứ"), QStringLiteral("legal_basis") },
        { QStringLiteral("Ghi chú"), QStringLiteral("note") },
        { QStringLiteral("Chỉ ghi trạng thái"), QStringLiteral("status_only") },
        { QStringLiteral("Quy tắc"), QStringLiteral("rule") },
        { QStringLiteral("Tổng điểm tối thiểu"), QStringLiteral("min_total") },
        { QStringLiteral("Điểm tối thiểu mỗi mục"), QStringLiteral("min_each") },
        { QStringLiteral("Mức độ"), QStringLiteral("levels") } };
}

QString cellText(const Cell& cell)
{
    if (cell.type == Cell::Type::Number)
        return QString::number(cell.number, 'g', 15);
    return VietnameseText::nfc(cell.text).trimmed();
}

Error problem(const QString& where, int row, int column, const QString& message)
{
    return Error(Error::Code::Format, message, where, row, column);
}

// A whole number in a cell, or -1 with `ok` false.
qint64 wholeNumber(const QString& text, bool* ok)
{
    const qint64 value = text.toLongLong(ok);
    if (!*ok || value < 0 || value > 1000000)
        *ok = false;
    return *ok ? value : -1;
}

} // namespace

Status CriteriaXlsx::write(const CriteriaSet& set, const QString& path)
{
    XlsxWriter writer;
    writer.addSheet(itemSheetName());
    const QStringList headers = itemHeaders();
    for (int c = 0; c < headers.size(); ++c)
        writer.writeText(0, c, headers[c], true);
    int row = 1;
    for (const CriteriaItem& item : set.items) {
        writer.writeText(row, Code, item.code);
        writer.writeText(row, Depth, DepthNames.value(item.depth));
        writer.writeText(row, Text, item.text);
        writer.writeText(row, Kind, kindName(item.kind));
        if (item.kind == CriteriaItem::Kind::Points)
            writer.writeNumber(row, Limit, item.maximum);
        else if (item.kind == CriteriaItem::Kind::Rate || item.kind == CriteriaItem::Kind::Count)
            writer.writeNumber(row, Limit, item.threshold);
        writer.writeText(row, Unit, item.unit);
        writer.writeText(row, Evidence, item.evidence);
        QStringList levels;
        for (int level : item.levels)
            levels << QString::number(level);
        writer.writeText(row, Levels, levels.join(QStringLiteral(", ")));
        writer.writeText(row, Unconfirmed, item.unconfirmed ? QStringLiteral("x") : QString());
        writer.writeText(row, UnconfirmedNote, item.unconfirmedNote);
        ++row;
    }
    writer.freezeRows(1);
    writer.setColumnWidth(Code, 14);
    writer.setColumnWidth(Depth, 10);
    writer.setColumnWidth(Text, 80);
    writer.setColumnWidth(Kind, 14);
    writer.setColumnWidth(Evidence, 50);
    writer.setColumnWidth(UnconfirmedNote, 40);

    writer.addSheet(setSheetName());
    QStringList levels;
    for (const CriteriaRule::Level& level : set.rule.levels)
        levels << QStringLiteral("%1: %2").arg(level.number).arg(level.name);
    const QStringList values { QStringLiteral("thidua-criteria 1"),
        set.key,
        QString::number(set.version),
        set.name,
        CriteriaSet::targetKey(set.target),
        set.collectiveKind,
        set.legalBasis,
        set.note,
        set.statusOnly ? QStringLiteral("x") : QString(),
        CriteriaRule::kindKey(set.rule.kind),
        set.rule.kind == CriteriaRule::Kind::Points ? QString::number(set.rule.minTotal) : QString(),
        set.rule.kind == CriteriaRule::Kind::Points ? QString::number(set.rule.minEach) : QString(),
        levels.join(QStringLiteral("; ")) };
    const QList<SetField> fields = setFields();
    for (int r = 0; r < fields.size(); ++r) {
        writer.writeText(r, 0, fields[r].label, true);
        writer.writeText(r, 1, values[r]);
    }
    writer.setColumnWidth(0, 24);
    writer.setColumnWidth(1, 90);
    return writer.save(path);
}

Result<CriteriaSet> CriteriaXlsx::read(const QString& path)
{
    auto workbook = WorkbookReader::read(path);
    if (!workbook)
        return workbook.error();
    const Sheet* items = nullptr;
    const Sheet* fields = nullptr;
    for (const Sheet& sheet : std::as_const(workbook->sheets)) {
        if (sheet.name == itemSheetName())
            items = &sheet;
        else if (sheet.name == setSheetName())
            fields = &sheet;
    }
    if (!items || !fields)
        return Error(Error::Code::Format,
            tr("A criteria set workbook has the sheets “%1” and “%2”; this one has not.")
                .arg(itemSheetName(), setSheetName()),
            path);
    CriteriaSet set;
    if (auto read = readSet(*fields, path + QLatin1Char(':') + setSheetName(), &set); !read)
        return read.error();
    if (auto read = readItems(*items, path + QLatin1Char(':') + itemSheetName(), &set); !read)
        return read.error();
    if (auto valid = set.validate(); !valid) {
        Error error = valid.error();
        error.code = Error::Code::Format;
        error.file = path + QLatin1Char(':') + itemSheetName();
        return error;
    }
    return set;
}

Status CriteriaXlsx::readSet(const Sheet& sheet, const QString& where, CriteriaSet* set)
{
    const QList<SetField> fields = setFields();
    QHash<QString, QPair<QString, int>> values; // key → text, row
    for (int r = 0; r < sheet.rowCount(); ++r) {
        const QString label = cellText(sheet.cell(r, 0));
        if (label.isEmpty())
            continue;
        auto field = std::find_if(fields.begin(), fields.end(), [&](const SetField& f) { return f.label == label; });
        if (field == fields.end())
            return problem(where, r + 1, 1, tr("“%1” is not a field of a criteria set.").arg(label));
        values.insert(field->key, { cellText(sheet.cell(r, 1)), r + 1 });
    }
    auto text = [&](const QString& key) { return values.value(key).first; };
    auto fail = [&](const QString& key, const QString& message) {
        return problem(where, values.value(key).second, 2, message);
    };
    if (text(QStringLiteral("format")) != QStringLiteral("thidua-criteria 1"))
        return problem(
            where, values.value(QStringLiteral("format")).second, 2, tr("the format must be “thidua-criteria 1”."));
    set->key = text(QStringLiteral("key"));
    set->name = text(QStringLiteral("name"));
    bool ok = true;
    if (!text(QStringLiteral("version")).isEmpty()) {
        set->version = int(wholeNumber(text(QStringLiteral("version")), &ok));
        if (!ok || set->version < 1)
            return fail(QStringLiteral("version"), tr("the version must be a whole number from 1."));
    }
    if (!CriteriaSet::targetFromKey(text(QStringLiteral("target")), &set->target))
        return fail(QStringLiteral("target"), tr("the target must be staff, students, people, collective or school."));
    set->collectiveKind = text(QStringLiteral("collective_kind"));
    set->legalBasis = text(QStringLiteral("legal_basis"));
    set->note = text(QStringLiteral("note"));
    set->statusOnly = !text(QStringLiteral("status_only")).isEmpty();
    if (!CriteriaRule::kindFromKey(text(QStringLiteral("rule")), &set->rule.kind))
        return fail(QStringLiteral("rule"), tr("the rule must be all_pass, points or levels."));
    if (set->rule.kind == CriteriaRule::Kind::Points) {
        set->rule.minTotal = int(wholeNumber(text(QStringLiteral("min_total")), &ok));
        if (!ok)
            return fail(QStringLiteral("min_total"), tr("it must be a whole number from 0 to 1000000."));
        set->rule.minEach = int(wholeNumber(text(QStringLiteral("min_each")), &ok));
        if (!ok)
            return fail(QStringLiteral("min_each"), tr("it must be a whole number from 0 to 1000000."));
    }
    const QStringList levels = text(QStringLiteral("levels")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& level : levels) {
        CriteriaRule::Level read;
        read.number = int(wholeNumber(level.section(QLatin1Char(':'), 0, 0).trimmed(), &ok));
        read.name = level.section(QLatin1Char(':'), 1).trimmed();
        if (!ok || read.number < 1 || read.name.isEmpty())
            return fail(QStringLiteral("levels"), tr("levels are written “1: Mức độ 1; 2: Mức độ 2”."));
        set->rule.levels << read;
    }
    return {};
}

Status CriteriaXlsx::readItems(const Sheet& sheet, const QString& where, CriteriaSet* set)
{
    const QStringList headers = itemHeaders();
    for (int c = 0; c < ColumnCount; ++c) {
        if (cellText(sheet.cell(0, c)) != headers[c])
            return problem(where, 1, c + 1, tr("the column must be headed “%1”.").arg(headers[c]));
    }
    for (int r = 1; r < sheet.rowCount(); ++r) {
        bool empty = true;
        for (int c = 0; c < ColumnCount && empty; ++c)
            empty = sheet.cell(r, c).isEmpty();
        if (empty)
            continue;
        const int row = r + 1;
        CriteriaItem item;
        item.code = cellText(sheet.cell(r, Code));
        item.depth = int(DepthNames.indexOf(cellText(sheet.cell(r, Depth)).toLower()));
        if (item.depth < 0)
            return problem(where, row, Depth + 1, tr("the level must be tiêu chí, chỉ tiêu or chỉ số."));
        item.text = cellText(sheet.cell(r, Text));
        if (!kindFromText(cellText(sheet.cell(r, Kind)), &item.kind))
            return problem(
                where, row, Kind + 1, tr("the kind must be nhóm, đạt/không đạt, điểm, tỷ lệ % or số lượng."));
        const QString limit = cellText(sheet.cell(r, Limit));
        const bool needsLimit = item.kind == CriteriaItem::Kind::Points || item.kind == CriteriaItem::Kind::Rate
            || item.kind == CriteriaItem::Kind::Count;
        if (needsLimit) {
            bool ok = false;
            const qint64 value = wholeNumber(limit, &ok);
            if (!ok)
                return problem(where, row, Limit + 1, tr("a whole number from 0 to 1000000 is needed here."));
            (item.kind == CriteriaItem::Kind::Points ? item.maximum : item.threshold) = int(value);
        } else if (!limit.isEmpty()) {
            return problem(where, row, Limit + 1, tr("only points, rates and counts have a number here."));
        }
        item.unit = cellText(sheet.cell(r, Unit));
        if (!item.unit.isEmpty() && item.kind != CriteriaItem::Kind::Count)
            return problem(where, row, Unit + 1, tr("only counts have a unit."));
        item.evidence = cellText(sheet.cell(r, Evidence));
        const QStringList levels = cellText(sheet.cell(r, Levels)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& level : levels) {
            bool ok = false;
            const qint64 number = wholeNumber(level.trimmed(), &ok);
            if (!ok || number < 1 || number > 100)
                return problem(where, row, Levels + 1, tr("levels are numbers separated by commas (“1, 2”)."));
            item.levels << int(number);
        }
        item.unconfirmed = !cellText(sheet.cell(r, Unconfirmed)).isEmpty();
        item.unconfirmedNote = cellText(sheet.cell(r, UnconfirmedNote));
        if (set->items.size() >= 2000)
            return problem(where, row, 0, tr("a set has at most 2000 items."));
        set->items << item;
    }
    return {};
}

} // namespace thidua
