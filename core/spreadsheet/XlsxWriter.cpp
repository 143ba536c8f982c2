#include "core/spreadsheet/XlsxWriter.h"

#include "core/common/Csv.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <xlsxwriter.h>

namespace thidua {

namespace {

// How a cell looks besides the writer's current font and borders.
struct Look
{
    bool bold = false; // a header: bold, wrapped, centred
    bool wrap = false; // text of several lines (notes), so that Excel shows its line breaks
    bool date = false; // dd/mm/yyyy
    bool asText = false; // the Text number format: editing the cell keeps a formula-like text as text
    bool centred = false; // a merged title
};

// The width in characters of Excel's default font (Calibri 11, 7 pixels a digit) that `text` needs in a font of
// `points` (Times New Roman-like proportions: capitals wider than small letters), with a margin.
double widthOf(const QString& text, double points, bool bold)
{
    double pixels = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            pixels += 0.25;
        else if (c.isUpper())
            pixels += 0.64;
        else if (c.isDigit())
            pixels += 0.5;
        else
            pixels += 0.43;
    }
    const double em = (points > 0 ? points : 11) * 96.0 / 72.0;
    return pixels * em * (bold ? 1.08 : 1.0) / 7.0 + 1.2;
}

} // namespace

struct XlsxWriter::Private
{
    QTemporaryDir dir;
    QByteArray tempPath;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    QString fontName; // setTextFont() / setFont(); empty: the default
    double fontSize = 0; // setFont(); 0: the default
    bool textFontOnly = false; // setTextFont(): numbers and dates keep the default font
    bool borders = false;
    QHash<QString, lxw_format*> formats; // by lookKey()
    QHash<int, double> widest; // the current sheet's columns: the width their content needs
    QSet<QString> sheetNames; // lower case: Excel compares sheet names without case
    lxw_error firstError = LXW_NO_ERROR;

    // The format of a cell (made on first use, so that a workbook without such cells stays as before); null for
    // the default look.
    lxw_format* format(const Look& look, bool text = true)
    {
        const QString font = text || !textFontOnly ? fontName : QString();
        const double size = text || !textFontOnly ? fontSize : 0;
        if (!workbook
            || (!look.bold && !look.wrap && !look.date && !look.asText && !look.centred && font.isEmpty() && size <= 0
                && !borders))
            return nullptr;
        const QString key = QStringLiteral("%1|%2|%3%4%5%6%7%8")
                                .arg(font)
                                .arg(size)
                                .arg(look.bold)
                                .arg(look.wrap)
                                .arg(look.date)
                                .arg(look.asText)
                                .arg(look.centred)
                                .arg(borders);
        if (lxw_format* found = formats.value(key))
            return found;
        lxw_format* f = workbook_add_format(workbook);
        if (!font.isEmpty())
            format_set_font_name(f, font.toUtf8().constData());
        if (size > 0)
            format_set_font_size(f, size);
        if (look.bold) {
            format_set_bold(f);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        } else if (look.wrap) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        } else if (borders) {
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        }
        if (look.centred)
            format_set_align(f, LXW_ALIGN_CENTER);
        if (look.date)
            format_set_num_format(f, "dd/mm/yyyy");
        if (look.asText)
            format_set_num_format(f, "@");
        if (borders)
            format_set_border(f, LXW_BORDER_THIN);
        formats.insert(key, f);
        return f;
    }

    void noteWidth(int column, const QString& text, bool bold)
    {
        double needed = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            needed = std::max(needed, widthOf(line, fontSize, bold));
        widest[column] = std::max(widest.value(column), needed);
    }

    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && firstError == LXW_NO_ERROR)
            firstError = error;
    }
};

XlsxWriter::XlsxWriter()
    : d(std::make_unique<Private>())
{
    if (!d->dir.isValid())
        return;
    d->tempPath = QFile::encodeName(d->dir.filePath(QStringLiteral("book.xlsx")));
    const QByteArray tmp = QFile::encodeName(d->dir.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char*>(tmp.constData());
    options.use_zip64 = LXW_FALSE;
    d->workbook = workbook_new_opt(d->tempPath.constData(), &options);
}

XlsxWriter::~XlsxWriter()
{
    if (d->workbook)
        workbook_close(d->workbook); // writes the temporary file, which the directory then removes
}

void XlsxWriter::addSheet(const QString& name)
{
    if (!d->workbook)
        return;
    QString clean = name;
    for (const QChar c : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        clean.replace(c, QLatin1Char('-'));
    clean = clean.trimmed().left(31);
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    QString unique = clean;
    for (int n = 2; d->sheetNames.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = clean.left(31 - suffix.size()) + suffix;
    }
    d->sheetNames.insert(unique.toLower());
    d->sheet = workbook_add_worksheet(d->workbook, unique.toUtf8().constData());
    d->widest.clear();
    if (!d->sheet)
        d->check(LXW_ERROR_MEMORY_MALLOC_FAILED);
}

void XlsxWriter::writeText(int row, int column, const QString& text, bool bold)
{
    if (!d->sheet)
        addSheet(QString());
    if (!d->sheet || text.isEmpty())
        return;
    Look look;
    look.bold = bold;
    look.wrap = !bold && !(d->textFontOnly && !d->fontName.isEmpty()) && text.contains(QLatin1Char('\n'));
    look.asText = Csv::looksLikeFormula(text);
    d->noteWidth(column, text, bold);
    d->check(worksheet_write_string(
        d->sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), d->format(look)));
}

void XlsxWriter::mergeCells(int firstRow, int firstColumn, int lastRow, int lastColumn, const QString& text, bool bold)
{
    if (!d->sheet)
        addSheet(QString());
    if (!d->sheet)
        return;
    d->check(worksheet_merge_range(d->sheet,
        lxw_row_t(firstRow),
        lxw_col_t(firstColumn),
        lxw_row_t(lastRow),
        lxw_col_t(lastColumn),
        text.toUtf8().constData(),
        d->format(Look { bold, false, false, Csv::looksLikeFormula(text), true })));
}

void XlsxWriter::setTextFont(const QString& fontName)
{
    d->fontName = fontName;
    d->fontSize = 0;
    d->textFontOnly = true;
}

void XlsxWriter::setFont(const QString& fontName, double points)
{
    d->fontName = fontName;
    d->fontSize = points;
    d->textFontOnly = false;
}

void XlsxWriter::setBorders(bool on)
{
    d->borders = on;
}

void XlsxWriter::writeNumber(int row, int column, double number)
{
    if (!d->sheet)
        addSheet(QString());
    if (!d->sheet)
        return;
    d->noteWidth(column, QString::number(number), false);
    d->check(worksheet_write_number(d->sheet, lxw_row_t(row), lxw_col_t(column), number, d->format(Look(), false)));
}

void XlsxWriter::writeBlank(int row, int column)
{
    if (!d->sheet)
        addSheet(QString());
    if (d->sheet)
        d->check(worksheet_write_blank(d->sheet, lxw_row_t(row), lxw_col_t(column), d->format(Look())));
}

void XlsxWriter::writeDate(int row, int column, const QDate& date)
{
    if (!d->sheet)
        addSheet(QString());
    if (!d->sheet || !date.isValid())
        return;
    lxw_datetime when {};
    when.year = date.year();
    when.month = date.month();
    when.day = date.day();
    d->noteWidth(column, QStringLiteral("00/00/0000"), false);
    d->check(worksheet_write_datetime(
        d->sheet, lxw_row_t(row), lxw_col_t(column), &when, d->format(Look { false, false, true, false }, false)));
}

void XlsxWriter::setColumnWidth(int column, double characters)
{
    if (d->sheet)
        d->check(worksheet_set_column(d->sheet, lxw_col_t(column), lxw_col_t(column), characters, nullptr));
}

void XlsxWriter::fitColumnWidths(double minimum, double maximum)
{
    if (!d->sheet)
        return;
    for (auto it = d->widest.cbegin(); it != d->widest.cend(); ++it)
        setColumnWidth(it.key(), std::clamp(it.value(), minimum, maximum));
}

void XlsxWriter::setCreated(const QDateTime& when)
{
    if (!d->workbook || !when.isValid())
        return;
    lxw_doc_properties properties {};
    properties.created = time_t(when.toSecsSinceEpoch());
    d->check(workbook_set_properties(d->workbook, &properties));
}

void XlsxWriter::freezeRows(int rows)
{
    if (d->sheet)
        worksheet_freeze_panes(d->sheet, lxw_row_t(rows), 0);
}

void XlsxWriter::printOnPageWidth(int headerRows)
{
    if (!d->sheet)
        return;
    worksheet_set_paper(d->sheet, 9); // A4
    worksheet_set_landscape(d->sheet);
    worksheet_fit_to_pages(d->sheet, 1, 0); // one page wide, as many tall as needed
    if (headerRows > 0)
        d->check(worksheet_repeat_rows(d->sheet, 0, lxw_row_t(headerRows - 1)));
}

void XlsxWriter::printOnPageWidth(int firstHeaderRow, int lastHeaderRow)
{
    printOnPageWidth(0);
    if (!d->sheet)
        return;
    worksheet_center_horizontally(d->sheet);
    worksheet_set_margins(d->sheet, 0.4, 0.4, 0.6, 0.6); // inches: left, right, top, bottom
    if (firstHeaderRow >= 0 && lastHeaderRow >= firstHeaderRow)
        d->check(worksheet_repeat_rows(d->sheet, lxw_row_t(firstHeaderRow), lxw_row_t(lastHeaderRow)));
}

Status XlsxWriter::save(const QString& path)
{
    if (!d->workbook)
        return Error { Error::Code::Io, tr("Cannot create a temporary workbook for “%1”.").arg(path), path };
    if (d->sheetNames.isEmpty())
        addSheet(QString());
    const lxw_error closed = workbook_close(d->workbook);
    d->workbook = nullptr;
    d->sheet = nullptr;
    if (d->firstError != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        const lxw_error e = d->firstError != LXW_NO_ERROR ? d->firstError : closed;
        return Error { Error::Code::Io,
            tr("Cannot write the workbook “%1”: %2.").arg(path, QString::fromUtf8(lxw_strerror(e))),
            path };
    }
    QFile built(QFile::decodeName(d->tempPath));
    if (!built.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, tr("Cannot read back the workbook written for “%1”.").arg(path), path };
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io, tr("Cannot write “%1”: %2.").arg(path, out.errorString()), path };
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return Error { Error::Code::Io, tr("Cannot write “%1”: %2.").arg(path, out.errorString()), path };
    }
    if (!out.commit())
        return Error { Error::Code::Io, tr("Cannot write “%1”: %2.").arg(path, out.errorString()), path };
    return {};
}

} // namespace thidua
