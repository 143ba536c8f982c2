#include "core/spreadsheet/XlsxWriter.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace thidua {

struct XlsxWriter::Private
{
    QTemporaryDir dir;
    QByteArray tempPath;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* date = nullptr;
    lxw_format* wrapped = nullptr; // text of several lines (notes), so that Excel shows its line breaks
    lxw_format* text = nullptr; // setTextFont(); null: the default
    lxw_format* boldText = nullptr;
    QHash<QString, QPair<lxw_format*, lxw_format*>> fonts; // font name → (plain, bold)
    QSet<QString> sheetNames; // lower case: Excel compares sheet names without case
    lxw_error firstError = LXW_NO_ERROR;

    lxw_format* wrappedFormat()
    {
        if (!wrapped) { // made on first use: workbooks without such text stay byte for byte as before
            wrapped = workbook_add_format(workbook);
            format_set_text_wrap(wrapped);
            format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        }
        return wrapped;
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
    if (!d->workbook)
        return;
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    format_set_text_wrap(d->bold);
    format_set_align(d->bold, LXW_ALIGN_CENTER);
    format_set_align(d->bold, LXW_ALIGN_VERTICAL_CENTER);
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "dd/mm/yyyy");
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
    if (!d->sheet)
        d->check(LXW_ERROR_MEMORY_MALLOC_FAILED);
}

void XlsxWriter::writeText(int row, int column, const QString& text, bool bold)
{
    if (!d->sheet)
        addSheet(QString());
    if (!d->sheet || text.isEmpty())
        return;
    lxw_format* format = d->text;
    if (bold)
        format = d->boldText ? d->boldText : d->bold;
    else if (!d->text && text.contains(QLatin1Char('\n')))
        format = d->wrappedFormat();
    d->check(worksheet_write_string(d->sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format));
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
        bold ? (d->boldText ? d->boldText : d->bold) : d->text));
}

void XlsxWriter::setTextFont(const QString& fontName)
{
    if (!d->workbook)
        return;
    if (fontName.isEmpty()) {
        d->text = nullptr;
        d->boldText = nullptr;
        return;
    }
    if (!d->fonts.contains(fontName)) {
        const QByteArray name = fontName.toUtf8();
        lxw_format* plain = workbook_add_format(d->workbook);
        format_set_font_name(plain, name.constData());
        lxw_format* bold = workbook_add_format(d->workbook);
        format_set_font_name(bold, name.constData());
        format_set_bold(bold);
        format_set_text_wrap(bold);
        format_set_align(bold, LXW_ALIGN_CENTER);
        format_set_align(bold, LXW_ALIGN_VERTICAL_CENTER);
        d->fonts.insert(fontName, { plain, bold });
    }
    d->text = d->fonts.value(fontName).first;
    d->boldText = d->fonts.value(fontName).second;
}

void XlsxWriter::writeNumber(int row, int column, double number)
{
    if (!d->sheet)
        addSheet(QString());
    if (d->sheet)
        d->check(worksheet_write_number(d->sheet, lxw_row_t(row), lxw_col_t(column), number, nullptr));
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
    d->check(worksheet_write_datetime(d->sheet, lxw_row_t(row), lxw_col_t(column), &when, d->date));
}

void XlsxWriter::setColumnWidth(int column, double characters)
{
    if (d->sheet)
        d->check(worksheet_set_column(d->sheet, lxw_col_t(column), lxw_col_t(column), characters, nullptr));
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
