#pragma once

#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsWalk.h"

namespace thidua {

// Excel 97–2003 workbooks through Debian's FreeXL: sheets in order with their names, text (FreeXL converts the
// workbook's code page or UTF-16 to UTF-8), whole and decimal numbers, dates, date-times and times (as serial days in
// the 1900 date system, isDate set). FreeXL reports neither fonts nor merged cells: text typed in a legacy font is
// found by SheetText's detection per sheet, and Sheet::merged stays empty.
//
// FreeXL 1.0.6 reads hostile files outside its buffers (tests/fuzz/freexl-crashes), so every file first passes
// XlsPrecheck, and the program reads in a child process, thidua-xls-reader (XlsChild): a crash, a hang or garbage there
// becomes a message that the file is damaged, never a crash of the program.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // In a child process (what WorkbookReader::read uses).
    static Result<Workbook> read(const QString& path, const WorkbookReader::Options& options);
    // In this process, behind the pre-check (the fuzz target).
    static Result<Workbook> readInProcess(const QString& path, const WorkbookReader::Options& options);

    static xls::WalkLimits walkLimits(const WorkbookReader::Limits& limits);
    // The message for a refusal of the walk (in either process); `currentSheet`: the name of the sheet whose cells
    // were being read.
    static Error problemError(const xls::Failure& failure,
        const QString& currentSheet,
        const QString& path,
        const WorkbookReader::Limits& limits);
    // A file that broke the reader (a crash, a hang, output that is not the framing): damaged.
    static Error damaged(const QString& path);
};

// Builds the sheets of a workbook from the walk's cells (directly, or as XlsChild parses them), then finishes them as
// every reader does (SheetText: legacy fonts, clean text, empty rows at the end dropped).
class XlsSheetsBuilder : public xls::WalkSink
{
public:
    explicit XlsSheetsBuilder(const WorkbookReader::Limits& limits)
        : m_limits(limits)
    {}

    void sheet(const std::string& name, std::uint32_t rows, std::uint32_t columns) override;
    void text(std::uint32_t row, std::uint32_t column, const char* text, std::size_t length) override;
    void number(std::uint32_t row, std::uint32_t column, double value, bool isDate) override;

    // A text longer than the limit (in UTF-16 units): the walk's own check counts bytes.
    const xls::Failure& failure() const { return m_failure; }
    QString currentSheet() const;
    Workbook finish(const QString& path, std::optional<LegacyEncoding::Encoding> encoding);

private:
    void put(std::uint32_t row, std::uint32_t column, Cell cell);

    WorkbookReader::Limits m_limits;
    QList<Sheet> m_sheets;
    xls::Failure m_failure;
};

} // namespace thidua
