#include "core/spreadsheet/XlsReader.h"

#include "core/spreadsheet/SheetText.h"
#include "core/spreadsheet/XlsChild.h"

#include <QFile>

#include <freexl.h>

namespace thidua {

namespace {

QString freexlMessage(qint64 code)
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

} // namespace

void XlsSheetsBuilder::sheet(const std::string& name, std::uint32_t rows, std::uint32_t columns)
{
    Q_UNUSED(columns);
    Sheet sheet;
    sheet.name = name.empty() ? XlsReader::tr("Sheet %1").arg(m_sheets.size() + 1) : QString::fromStdString(name);
    sheet.rows.resize(rows);
    m_sheets.append(std::move(sheet));
}

void XlsSheetsBuilder::put(std::uint32_t row, std::uint32_t column, Cell cell)
{
    QList<Cell>& cells = m_sheets.last().rows[row];
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = std::move(cell);
}

void XlsSheetsBuilder::text(std::uint32_t row, std::uint32_t column, const char* text, std::size_t length)
{
    Cell cell;
    cell.type = Cell::Type::Text;
    cell.text = QString::fromUtf8(text, qsizetype(length));
    if (cell.text.size() > m_limits.maxCellChars && m_failure.problem == xls::Problem::None)
        m_failure = { xls::Problem::CellTooLong, row, column, m_sheets.last().name.toStdString() };
    put(row, column, std::move(cell));
}

void XlsSheetsBuilder::number(std::uint32_t row, std::uint32_t column, double value, bool isDate)
{
    Cell cell;
    cell.type = Cell::Type::Number;
    cell.number = value;
    cell.isDate = isDate;
    cell.text = isDate ? SheetText::dateText(value) : SheetText::numberText(value);
    put(row, column, std::move(cell));
}

QString XlsSheetsBuilder::currentSheet() const
{
    return m_sheets.isEmpty() ? QString() : m_sheets.last().name;
}

Workbook XlsSheetsBuilder::finish(const QString& path, std::optional<LegacyEncoding::Encoding> encoding)
{
    Workbook workbook;
    workbook.fileName = path;
    for (Sheet& sheet : m_sheets) {
        SheetText::finish(sheet, encoding);
        SheetText::trim(sheet);
        workbook.sheets.append(std::move(sheet));
    }
    m_sheets.clear();
    return workbook;
}

xls::WalkLimits XlsReader::walkLimits(const WorkbookReader::Limits& limits)
{
    xls::WalkLimits walk;
    walk.maxRows = std::uint32_t(qMax(0, limits.maxRows));
    walk.maxColumns = std::uint32_t(qMax(0, limits.maxColumns));
    walk.maxCells = std::uint64_t(qMax<qint64>(0, limits.maxCells));
    walk.maxCellChars = std::uint32_t(qMax(0, limits.maxCellChars));
    walk.maxSheets = std::uint32_t(qMax(0, limits.maxSheets));
    return walk;
}

Error XlsReader::damaged(const QString& path)
{
    return Error(Error::Code::Format,
        tr("The Excel 97–2003 workbook is damaged and cannot be read. Open it in Excel or LibreOffice, save it again "
           "(as .xlsx if possible) and import the saved file."),
        path);
}

Error XlsReader::problemError(
    const xls::Failure& failure, const QString& currentSheet, const QString& path, const WorkbookReader::Limits& limits)
{
    QString sheet = QString::fromStdString(failure.sheet);
    if (sheet.isEmpty())
        sheet = failure.problem == xls::Problem::CellTooLong ? currentSheet : tr("Sheet %1").arg(failure.a + 1);
    const auto tooLarge = [&](const QString& message, int row = 0, int column = 0) {
        return Error(Error::Code::TooLarge, message, path, row, column);
    };
    switch (failure.problem) {
    case xls::Problem::Open:
        return Error(Error::Code::Format,
            tr("The Excel 97–2003 workbook cannot be read: %1.").arg(freexlMessage(failure.a)),
            path);
    case xls::Problem::Password:
        return Error(Error::Code::Format,
            tr("The workbook is protected by a password: open it in Excel, remove the password and save it "
               "again."),
            path);
    case xls::Problem::NoSheet:
        return Error(Error::Code::Format, tr("The workbook has no worksheet."), path);
    case xls::Problem::TooManySheets:
        return tooLarge(tr("The workbook has more than %1 sheets, the most that is imported.").arg(limits.maxSheets));
    case xls::Problem::SheetUnreadable:
        return Error(
            Error::Code::Format, tr("The workbook is damaged: sheet %1 cannot be read.").arg(failure.a + 1), path);
    case xls::Problem::SheetDamaged:
        return Error(Error::Code::Format, tr("Sheet “%1”: the sheet is damaged.").arg(sheet), path);
    case xls::Problem::TooManyRows:
        return tooLarge(tr("Sheet “%1”: more than %2 rows, the most that is imported from one sheet.")
                            .arg(sheet)
                            .arg(limits.maxRows),
            limits.maxRows + 1);
    case xls::Problem::TooManyColumns:
        return tooLarge(
            tr("Sheet “%1”: more than %2 columns, the most that is imported.").arg(sheet).arg(limits.maxColumns),
            0,
            limits.maxColumns + 1);
    case xls::Problem::TooManyCells:
        if (failure.a < 0) // the pre-check counts the cells of all sheets
            return tooLarge(tr("The workbook has more than %1 cells, the most that is imported.").arg(limits.maxCells));
        return tooLarge(tr("Sheet “%1”: the workbook has more than %2 cells, the most that is imported.")
                            .arg(sheet)
                            .arg(limits.maxCells));
    case xls::Problem::CellTooLong:
        return tooLarge(tr("Sheet “%1”: the cell holds more than %2 characters, the most that is imported.")
                            .arg(sheet)
                            .arg(limits.maxCellChars),
            int(failure.a) + 1,
            int(failure.b) + 1);
    case xls::Problem::Damaged:
    case xls::Problem::None:
        break;
    }
    return damaged(path);
}

Result<Workbook> XlsReader::readInProcess(const QString& path, const WorkbookReader::Options& options)
{
    XlsSheetsBuilder builder(options.limits);
    const xls::Failure failure = xls::walkWorkbook(QFile::encodeName(path).constData(),
        std::uint64_t(options.limits.maxFileBytes),
        walkLimits(options.limits),
        builder);
    const xls::Failure& refused = failure.problem != xls::Problem::None ? failure : builder.failure();
    if (refused.problem != xls::Problem::None)
        return problemError(refused, builder.currentSheet(), path, options.limits);
    return builder.finish(path, options.encoding);
}

Result<Workbook> XlsReader::read(const QString& path, const WorkbookReader::Options& options)
{
    return XlsChild::read(path, options);
}

} // namespace thidua
