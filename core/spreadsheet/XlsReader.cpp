#include "core/spreadsheet/XlsReader.h"

#include "core/spreadsheet/SheetText.h"

#include <QDate>
#include <QFile>
#include <QTime>

#include <freexl.h>
#include <memory>

namespace thidua {

namespace {

struct Closer
{
    void operator()(const void* handle) const { freexl_close(handle); }
};

QString freexlMessage(int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return XlsReader::tr("not enough memory");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return XlsReader::tr("a text in an unknown character set");
    case FREEXL_CRAFTED_FILE:
        return XlsReader::tr("the file is crafted to harm programs that read it");
    default:
        return XlsReader::tr("damaged or cut short (FreeXL error %1)").arg(code);
    }
}

// "1980-02-01", "1980-02-01 07:30:00", "07:30:00" → serial days in the 1900 date system.
std::optional<double> serial(const char* text, int type)
{
    const QString s = QString::fromUtf8(text);
    double days = 0;
    QString timePart = s;
    if (type != FREEXL_CELL_TIME) {
        const QDate date = QDate::fromString(s.left(10), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        days = double(QDate(1899, 12, 30).daysTo(date));
        timePart = s.mid(11);
    }
    if (type != FREEXL_CELL_DATE) {
        const QTime time = QTime::fromString(timePart.left(8), Qt::ISODate);
        if (time.isValid())
            days += time.msecsSinceStartOfDay() / 86'400'000.0;
    }
    return days;
}

} // namespace

Result<Workbook> XlsReader::read(const QString& path, const WorkbookReader::Options& options)
{
    const WorkbookReader::Limits& limits = options.limits;
    const void* raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &raw);
    std::unique_ptr<const void, Closer> handle(raw);
    if (opened != FREEXL_OK || !raw) {
        return Error(
            Error::Code::Format, tr("The Excel 97–2003 workbook cannot be read: %1.").arg(freexlMessage(opened)), path);
    }
    unsigned int info = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        return Error(Error::Code::Format,
            tr("The workbook is protected by a password: open it in Excel, remove the password and save it "
               "again."),
            path);
    }
    unsigned int sheetCount = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK || sheetCount == 0)
        return Error(Error::Code::Format, tr("The workbook has no worksheet."), path);
    if (sheetCount > unsigned(limits.maxSheets)) {
        return Error(Error::Code::TooLarge,
            tr("The workbook has more than %1 sheets, the most that is imported.").arg(limits.maxSheets),
            path);
    }
    unsigned int dateMode = FREEXL_BIFF_DATEMODE_1900;
    freexl_get_info(raw, FREEXL_BIFF_DATEMODE, &dateMode);
    Q_UNUSED(dateMode); // FreeXL gives dates as text, in calendar terms: the date system is already applied

    Workbook workbook;
    workbook.fileName = path;
    qint64 cellCount = 0;
    for (unsigned short index = 0; index < sheetCount; ++index) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(raw, index, &name) != FREEXL_OK
            || freexl_select_active_worksheet(raw, index) != FREEXL_OK) {
            return Error(
                Error::Code::Format, tr("The workbook is damaged: sheet %1 cannot be read.").arg(index + 1), path);
        }
        Sheet sheet;
        sheet.name = name ? QString::fromUtf8(name) : tr("Sheet %1").arg(index + 1);
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK) {
            return Error(Error::Code::Format, tr("Sheet “%1”: the sheet is damaged.").arg(sheet.name), path);
        }
        if (rows > unsigned(limits.maxRows)) {
            return Error(Error::Code::TooLarge,
                tr("Sheet “%1”: more than %2 rows, the most that is imported from one sheet.")
                    .arg(sheet.name)
                    .arg(limits.maxRows),
                path,
                limits.maxRows + 1);
        }
        if (columns > limits.maxColumns) {
            return Error(Error::Code::TooLarge,
                tr("Sheet “%1”: more than %2 columns, the most that is imported.")
                    .arg(sheet.name)
                    .arg(limits.maxColumns),
                path,
                0,
                limits.maxColumns + 1);
        }
        cellCount += qint64(rows) * columns;
        if (cellCount > limits.maxCells) {
            return Error(Error::Code::TooLarge,
                tr("Sheet “%1”: the workbook has more than %2 cells, the most that is imported.")
                    .arg(sheet.name)
                    .arg(limits.maxCells),
                path);
        }
        sheet.rows.resize(rows);
        for (unsigned int r = 0; r < rows; ++r) {
            QList<Cell>& cells = sheet.rows[r];
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(raw, r, c, &value) != FREEXL_OK)
                    continue;
                Cell cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.int_value;
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.double_value;
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    cell.type = Cell::Type::Text;
                    cell.text = QString::fromUtf8(value.value.text_value);
                    if (cell.text.size() > limits.maxCellChars) {
                        return Error(Error::Code::TooLarge,
                            tr("Sheet “%1”: the cell holds more than %2 characters, the most that is "
                               "imported.")
                                .arg(sheet.name)
                                .arg(limits.maxCellChars),
                            path,
                            int(r) + 1,
                            int(c) + 1);
                    }
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    if (const auto days = serial(value.value.text_value, value.type)) {
                        cell.type = Cell::Type::Number;
                        cell.number = *days;
                        cell.isDate = true;
                    } else {
                        cell.type = Cell::Type::Text;
                        cell.text = QString::fromUtf8(value.value.text_value);
                    }
                    break;
                default:
                    break;
                }
                if (cell.type == Cell::Type::Number)
                    cell.text = cell.isDate ? SheetText::dateText(cell.number) : SheetText::numberText(cell.number);
                if (cell.type == Cell::Type::Empty)
                    continue;
                if (cells.size() <= c)
                    cells.resize(c + 1);
                cells[c] = std::move(cell);
            }
        }
        SheetText::finish(sheet, options.encoding);
        SheetText::trim(sheet);
        workbook.sheets.append(std::move(sheet));
    }
    return workbook;
}

} // namespace thidua
