#include "core/documents/SpecReader.h"

#include "core/documents/CellAlignment.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

// Walks the raw JSON once and notes where each value starts, by path ("a.b[2].c"). Only used to put a line number
// on an error, after QJsonDocument has accepted the text.
class JsonScanner
{
public:
    JsonScanner(const QByteArray& text, QHash<QString, qsizetype>& offsets)
        : m_text(text)
        , m_offsets(offsets)
    {}

    void value(const QString& path)
    {
        skipSpace();
        if (m_at >= m_text.size())
            return;
        m_offsets.insert(path, m_at);
        const char c = m_text[m_at];
        if (c == '{')
            object(path);
        else if (c == '[')
            array(path);
        else if (c == '"')
            string();
        else
            while (m_at < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_at]))
                ++m_at;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text[m_at]))
            ++m_at;
    }
    QString string()
    {
        QByteArray raw;
        ++m_at; // opening quote
        while (m_at < m_text.size() && m_text[m_at] != '"') {
            if (m_text[m_at] == '\\' && m_at + 1 < m_text.size())
                ++m_at;
            raw += m_text[m_at++];
        }
        ++m_at; // closing quote
        return QString::fromUtf8(raw);
    }
    void object(const QString& path)
    {
        ++m_at;
        while (m_at < m_text.size()) {
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] == '}')
                break;
            if (m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            const QString key = string();
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ':')
                ++m_at;
            value(SpecReader::join(path, key));
        }
        ++m_at;
    }
    void array(const QString& path)
    {
        ++m_at;
        qsizetype index = 0;
        while (m_at < m_text.size()) {
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] == ']')
                break;
            if (m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            value(SpecReader::join(path, index++));
        }
        ++m_at;
    }

    const QByteArray& m_text;
    QHash<QString, qsizetype>& m_offsets;
    qsizetype m_at = 0;
};

} // namespace

SpecReader::SpecReader(QString file, QByteArray raw)
    : m_file(std::move(file))
    , m_raw(std::move(raw))
{}

QString SpecReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString SpecReader::join(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

int SpecReader::lineOf(const QString& path)
{
    if (!m_offsets) {
        m_offsets.emplace();
        JsonScanner(m_raw, *m_offsets).value(QString());
    }
    // The value itself, or the nearest enclosing one that exists (a missing field: its object).
    QString probe = path;
    while (true) {
        const auto found = m_offsets->constFind(probe);
        if (found != m_offsets->constEnd())
            return int(m_raw.left(found.value()).count('\n')) + 1;
        if (probe.isEmpty())
            return 0;
        const qsizetype cut = qMax(probe.lastIndexOf(QLatin1Char('.')), probe.lastIndexOf(QLatin1Char('[')));
        probe = cut < 0 ? QString() : probe.left(cut);
    }
}

void SpecReader::fail(const QString& path, const QString& problem)
{
    if (m_error)
        return;
    const QString message = path.isEmpty() ? problem : tr("Field “%1”: %2").arg(path, problem);
    m_error = Error(Error::Code::Format, message, m_file, lineOf(path));
}

QString SpecReader::string(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(join(path, key), tr("it is missing; it must be a text."));
        return QString();
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (!value.isString()) {
        fail(join(path, key), tr("it must be a text."));
        return QString();
    }
    const QString text = VietnameseText::nfc(value.toString()).trimmed();
    if (required && text.isEmpty())
        fail(join(path, key), tr("it must not be empty."));
    return text;
}

QStringList SpecReader::strings(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return { VietnameseText::nfc(value.toString()).trimmed() };
    if (!value.isArray()) {
        fail(join(path, key), tr("it must be a list of texts."));
        return {};
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            fail(join(join(path, key), i), tr("it must be a text."));
            return {};
        }
        list << VietnameseText::nfc(array[i].toString()).trimmed();
    }
    return list;
}

int SpecReader::integer(
    const QJsonObject& object, const QString& key, const QString& path, int fallback, int min, int max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1e300);
    // The range test comes first: casting a double beyond qint64 is undefined.
    if (!value.isDouble() || !(number >= min && number <= max) || number != double(qint64(number))) {
        fail(join(path, key), tr("it must be a whole number from %1 to %2.").arg(min).arg(max));
        return fallback;
    }
    return int(number);
}

double SpecReader::number(
    const QJsonObject& object, const QString& key, const QString& path, double fallback, double min, double max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        fail(join(path, key), tr("it must be a number from %1 to %2.").arg(min).arg(max));
        return fallback;
    }
    return value.toDouble();
}

bool SpecReader::boolean(const QJsonObject& object, const QString& key, const QString& path, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(join(path, key), tr("it must be true or false."));
        return fallback;
    }
    return value.toBool();
}

QDate SpecReader::date(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    const QString text = string(object, key, path, required);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        fail(join(path, key), tr("“%1” is not a date in the form YYYY-MM-DD.").arg(text));
    return date;
}

QDateTime SpecReader::dateTime(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString text = string(object, key, path);
    if (text.isEmpty())
        return QDateTime();
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        fail(join(path, key), tr("“%1” is not a date and time in the form YYYY-MM-DDTHH:MM.").arg(text));
    return moment;
}

QJsonObject SpecReader::object(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(join(path, key), tr("it is missing; it must be an object { … }."));
        return {};
    }
    if (!value.isObject()) {
        fail(join(path, key), tr("it must be an object { … }."));
        return {};
    }
    return value.toObject();
}

QJsonArray SpecReader::array(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(join(path, key), tr("it is missing; it must be a list [ … ]."));
        return {};
    }
    if (!value.isArray()) {
        fail(join(path, key), tr("it must be a list [ … ]."));
        return {};
    }
    return value.toArray();
}

QString SpecReader::choice(const QJsonObject& object,
    const QString& key,
    const QString& path,
    const QStringList& choices,
    const QString& fallback)
{
    const QString value = string(object, key, path);
    if (value.isEmpty())
        return fallback;
    if (!choices.contains(value)) {
        fail(join(path, key), tr("“%1” is not one of: %2.").arg(value, choices.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

Table SpecReader::table(const QJsonObject& object, const QString& path)
{
    Table table;
    const QJsonArray columns = array(object, QStringLiteral("columns"), path);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!columns[i].isDouble() || columns[i].toDouble() <= 0) {
            fail(
                join(join(path, QStringLiteral("columns")), i), tr("it must be a positive number (a relative width)."));
            return table;
        }
        table.columnWeights << columns[i].toDouble();
    }
    auto rows = [&](const QString& key, QList<Table::Row>& target) {
        const QJsonArray list = array(object, key, path);
        for (qsizetype r = 0; r < list.size(); ++r) {
            const QString rowPath = join(join(path, key), r);
            if (!list[r].isArray()) {
                fail(rowPath, tr("a row must be a list of cells."));
                return;
            }
            Table::Row row;
            const QJsonArray cells = list[r].toArray();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                Table::Cell cell;
                if (cells[c].isObject()) {
                    const QJsonObject cellObject = cells[c].toObject();
                    const QString cellPath = join(rowPath, c);
                    cell.text = string(cellObject, QStringLiteral("text"), cellPath);
                    cell.bold = boolean(cellObject, QStringLiteral("bold"), cellPath);
                    cell.italic = boolean(cellObject, QStringLiteral("italic"), cellPath);
                    cell.columnSpan = integer(cellObject, QStringLiteral("span"), cellPath, 1, 1, 50);
                    const QString align = choice(cellObject,
                        QStringLiteral("align"),
                        cellPath,
                        { QStringLiteral("left"),
                            QStringLiteral("center"),
                            QStringLiteral("right"),
                            QStringLiteral("justify") },
                        QString());
                    cell.align = align == QStringLiteral("center") ? Paragraph::Align::Center
                        : align == QStringLiteral("right")         ? Paragraph::Align::Right
                        : align == QStringLiteral("justify")       ? Paragraph::Align::Justify
                        : align == QStringLiteral("left")          ? Paragraph::Align::Left
                                                                   : CellAlignment::forText(cell.text);
                } else if (cells[c].isString() || cells[c].isDouble()) {
                    cell.text = cells[c].isString() ? VietnameseText::nfc(cells[c].toString())
                                                    : QString::number(cells[c].toDouble());
                    cell.align = CellAlignment::forText(cell.text); // figures centred, as in the program's tables
                } else {
                    fail(join(rowPath, c), tr("a cell must be a text or an object {\"text\": …}."));
                    return;
                }
                row << cell;
            }
            target << row;
        }
    };
    rows(QStringLiteral("header"), table.headerRows);
    rows(QStringLiteral("rows"), table.rows);
    int widest = 0;
    for (const auto* group : { &table.headerRows, &table.rows }) {
        for (const Table::Row& row : *group) {
            int width = 0;
            for (const Table::Cell& cell : row)
                width += cell.columnSpan;
            widest = qMax(widest, width);
        }
    }
    if (table.columnWeights.isEmpty())
        table.columnWeights = QList<double>(qMax(1, widest), 1.0);
    else if (widest > table.columnWeights.size())
        fail(join(path, QStringLiteral("rows")),
            tr("a row has %1 cells but the table has %2 columns.").arg(widest).arg(table.columnWeights.size()));
    table.fontSize = number(object, QStringLiteral("font_size"), path, 0, 10, 14);
    return table;
}

Blocks SpecReader::blocks(const QJsonObject& object, const QString& key, const QString& path, const QString& editLabel)
{
    return blocks(array(object, key, path), join(path, key), editLabel);
}

Blocks SpecReader::blocks(const QJsonArray& list, const QString& path, const QString& editLabel)
{
    static const QList<QPair<QString, Paragraph::Style>> styles = {
        { QStringLiteral("p"), Paragraph::Style::Body },
        { QStringLiteral("heading"), Paragraph::Style::Heading1 },
        { QStringLiteral("heading2"), Paragraph::Style::Heading2 },
        { QStringLiteral("heading3"), Paragraph::Style::Heading3 },
        { QStringLiteral("bullet"), Paragraph::Style::Bullet },
        { QStringLiteral("basis"), Paragraph::Style::Basis },
        { QStringLiteral("center"), Paragraph::Style::Centered },
    };
    Blocks blocks;
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString itemPath = join(path, i);
        const QString label = QStringLiteral("%1 %2").arg(editLabel).arg(i + 1);
        if (list[i].isString()) {
            Paragraph paragraph =
                Paragraph::text(Paragraph::Style::Body, VietnameseText::nfc(list[i].toString()), true);
            paragraph.editLabel = label;
            blocks << Block::of(paragraph);
            continue;
        }
        if (!list[i].isObject()) {
            fail(itemPath,
                tr("a block must be a text or an object such as {\"p\": …}, {\"heading\": …}, {\"table\": …}."));
            break;
        }
        const QJsonObject item = list[i].toObject();
        if (item.contains(QStringLiteral("table"))) {
            blocks << Block::of(table(
                this->object(item, QStringLiteral("table"), itemPath, true), join(itemPath, QStringLiteral("table"))));
            continue;
        }
        if (item.contains(QStringLiteral("page_break"))) {
            blocks << Block::pageBreak();
            continue;
        }
        if (item.contains(QStringLiteral("space_mm"))) {
            blocks << Block::spacer(number(item, QStringLiteral("space_mm"), itemPath, 0, 0, 200));
            continue;
        }
        bool found = false;
        for (const auto& style : styles) {
            if (!item.contains(style.first))
                continue;
            found = true;
            Paragraph paragraph;
            paragraph.style = style.second;
            paragraph.editable = true;
            paragraph.editLabel = label;
            const QJsonValue value = item.value(style.first);
            if (value.isArray()) {
                // Runs: [{"text": "Điều 1. ", "bold": true}, {"text": "…"}]
                const QJsonArray runs = value.toArray();
                for (qsizetype r = 0; r < runs.size(); ++r) {
                    const QString runPath = join(join(itemPath, style.first), r);
                    const QJsonObject run = runs[r].toObject();
                    if (!runs[r].isObject()) {
                        fail(runPath, tr("a run must be an object {\"text\": …, \"bold\": true}."));
                        break;
                    }
                    paragraph.runs << TextRun { string(run, QStringLiteral("text"), runPath, true),
                        boolean(run, QStringLiteral("bold"), runPath),
                        boolean(run, QStringLiteral("italic"), runPath),
                        boolean(run, QStringLiteral("underline"), runPath) };
                }
            } else {
                QString text = string(item, style.first, itemPath, true);
                if (style.second == Paragraph::Style::Bullet && !text.startsWith(QLatin1Char('-')))
                    text = QStringLiteral("- ") + text;
                paragraph.runs << TextRun { text };
            }
            const QString align = choice(item,
                QStringLiteral("align"),
                itemPath,
                { QStringLiteral("left"),
                    QStringLiteral("center"),
                    QStringLiteral("right"),
                    QStringLiteral("justify") },
                QString());
            if (!align.isEmpty())
                paragraph.align = align == QStringLiteral("center") ? Paragraph::Align::Center
                    : align == QStringLiteral("right")              ? Paragraph::Align::Right
                    : align == QStringLiteral("justify")            ? Paragraph::Align::Justify
                                                                    : Paragraph::Align::Left;
            blocks << Block::of(paragraph);
            break;
        }
        if (!found)
            fail(itemPath,
                tr("unknown block; use one of p, heading, heading2, heading3, bullet, basis, center, table, "
                   "page_break, space_mm."));
    }
    return blocks;
}

} // namespace thidua
