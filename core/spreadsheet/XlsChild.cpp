#include "core/spreadsheet/XlsChild.h"

#include "core/spreadsheet/XlsFrame.h"
#include "core/spreadsheet/XlsReader.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

#include <cstring>
#include <optional>

namespace thidua {

namespace {

// Reads little-endian fields from the front of the unparsed output; `need` says whether they are all there yet.
class Cursor
{
public:
    Cursor(const QByteArray& bytes, qsizetype from)
        : m_data(reinterpret_cast<const unsigned char*>(bytes.constData()) + from)
        , m_left(bytes.size() - from)
    {}
    bool has(qsizetype bytes) const { return m_left >= bytes; }
    qsizetype used() const { return m_used; }
    quint8 u8() { return take(1)[0]; }
    quint32 u32()
    {
        const unsigned char* p = take(4);
        return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
    }
    quint64 u64()
    {
        const quint64 low = u32();
        return low | quint64(u32()) << 32;
    }
    double f64()
    {
        const quint64 bits = u64();
        double value = 0;
        std::memcpy(&value, &bits, 8);
        return value;
    }
    const char* bytes(qsizetype count) { return reinterpret_cast<const char*>(take(count)); }

private:
    const unsigned char* take(qsizetype count)
    {
        const unsigned char* p = m_data + m_used;
        m_used += count;
        m_left -= count;
        return p;
    }

    const unsigned char* m_data;
    qsizetype m_left;
    qsizetype m_used = 0;
};

// The helper's output, checked record by record as it arrives (XlsFrame.h) and handed to the builder.
class FrameParser
{
public:
    FrameParser(XlsSheetsBuilder& builder, const WorkbookReader::Limits& limits)
        : m_builder(builder)
        , m_limits(limits)
    {}

    // Parses the complete records at the front of `buffer` and removes them. False: this is not the framing.
    bool feed(QByteArray& buffer)
    {
        qsizetype parsed = 0;
        Step step = Step::Done;
        while (parsed < buffer.size()) {
            Cursor cursor(buffer, parsed);
            step = one(cursor);
            if (step != Step::Done)
                break;
            parsed += cursor.used();
        }
        buffer.remove(0, parsed);
        return step != Step::Bad;
    }
    bool ended() const { return m_ended; }
    const std::optional<xls::Failure>& problem() const { return m_problem; }

private:
    enum class Step
    {
        Done,
        More,
        Bad,
    };

    Step one(Cursor& in)
    {
        if (m_ended)
            return Step::Bad;
        if (!m_started) {
            if (!in.has(xls::kFrameMagicBytes))
                return Step::More;
            m_started = std::memcmp(in.bytes(xls::kFrameMagicBytes), xls::kFrameMagic, xls::kFrameMagicBytes) == 0;
            return m_started ? Step::Done : Step::Bad;
        }
        const char tag = char(in.u8());
        switch (tag) {
        case xls::kSheetTag:
            return sheet(in);
        case xls::kTextTag:
        case xls::kNumberTag:
            return cell(in, tag == xls::kTextTag);
        case xls::kProblemTag:
            return problem(in);
        case xls::kEndTag:
            if (!in.has(8))
                return Step::More;
            m_ended = true;
            return in.u64() == m_cellRecords ? Step::Done : Step::Bad;
        default:
            return Step::Bad;
        }
    }

    Step sheet(Cursor& in)
    {
        if (!in.has(4))
            return Step::More;
        const quint32 nameBytes = in.u32();
        if (nameBytes > xls::kMaxSheetNameBytes)
            return Step::Bad;
        if (!in.has(qsizetype(nameBytes) + 8))
            return Step::More;
        const std::string name(in.bytes(nameBytes), nameBytes);
        m_rows = in.u32();
        m_columns = in.u32();
        m_declaredCells += qint64(m_rows) * m_columns;
        if (++m_sheets > m_limits.maxSheets || m_rows > quint32(m_limits.maxRows)
            || m_columns > quint32(m_limits.maxColumns) || m_declaredCells > m_limits.maxCells)
            return Step::Bad;
        m_lastCell = -1;
        m_builder.sheet(name, m_rows, m_columns);
        return Step::Done;
    }

    // A text ('T') or number ('N') cell: inside the current sheet, after the cell before it.
    Step cell(Cursor& in, bool isText)
    {
        if (!in.has(isText ? 12 : 17))
            return Step::More;
        const quint32 row = in.u32();
        const quint32 column = in.u32();
        const qint64 position = qint64(row) * m_columns + column;
        if (m_sheets == 0 || row >= m_rows || column >= m_columns || position <= m_lastCell)
            return Step::Bad;
        if (isText) {
            const quint32 length = in.u32();
            if (length > quint64(m_limits.maxCellChars) * 3)
                return Step::Bad;
            if (!in.has(length))
                return Step::More;
            m_builder.text(row, column, in.bytes(length), length);
        } else {
            const quint8 isDate = in.u8();
            if (isDate > 1)
                return Step::Bad;
            m_builder.number(row, column, in.f64(), isDate == 1);
        }
        m_lastCell = position;
        ++m_cellRecords;
        return Step::Done;
    }

    Step problem(Cursor& in)
    {
        if (!in.has(1 + 8 + 8 + 4))
            return Step::More;
        xls::Failure failure;
        const quint8 code = in.u8();
        failure.a = qint64(in.u64());
        failure.b = qint64(in.u64());
        const quint32 nameBytes = in.u32();
        if (code == 0 || code > xls::kLastProblem || nameBytes > xls::kMaxSheetNameBytes)
            return Step::Bad;
        if (!in.has(nameBytes))
            return Step::More;
        failure.problem = xls::Problem(code);
        failure.sheet.assign(in.bytes(nameBytes), nameBytes);
        m_problem = failure;
        m_ended = true;
        return Step::Done;
    }

    XlsSheetsBuilder& m_builder;
    WorkbookReader::Limits m_limits;
    bool m_started = false;
    bool m_ended = false;
    std::optional<xls::Failure> m_problem;
    qint64 m_sheets = 0;
    quint32 m_rows = 0;
    quint32 m_columns = 0;
    qint64 m_declaredCells = 0;
    qint64 m_lastCell = -1;
    quint64 m_cellRecords = 0;
};

int timeoutMs(const QString& path)
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("THIDUA_XLS_READER_TIMEOUT_MS", &ok);
    if (ok && configured > 0)
        return configured;
    return 10'000 + int(QFileInfo(path).size() / (1024 * 1024)) * 1'000;
}

} // namespace

QString XlsChild::helperPath()
{
    const QString configured = qEnvironmentVariable("THIDUA_XLS_READER");
    if (!configured.isEmpty())
        return configured;
    if (!QCoreApplication::instance())
        return QString();
    const QString directory = QCoreApplication::applicationDirPath();
    for (const QString& candidate : { directory + QStringLiteral("/thidua-xls-reader"),
             directory + QStringLiteral("/../libexec/thidua/thidua-xls-reader") }) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QString();
}

Result<Workbook> XlsChild::read(const QString& path, const WorkbookReader::Options& options)
{
    const WorkbookReader::Limits& limits = options.limits;
    const Error missing(Error::Code::Io,
        tr("The part of ThiĐua that reads Excel 97–2003 files (thidua-xls-reader) is missing or cannot be started: "
           "install ThiĐua again."),
        path);
    const QString helper = helperPath();
    if (helper.isEmpty())
        return missing;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(helper,
        { path,
            QString::number(limits.maxFileBytes),
            QString::number(limits.maxRows),
            QString::number(limits.maxColumns),
            QString::number(limits.maxCells),
            QString::number(limits.maxCellChars),
            QString::number(limits.maxSheets) },
        QIODevice::ReadOnly);
    if (!process.waitForStarted(10'000))
        return missing;

    XlsSheetsBuilder builder(limits);
    FrameParser parser(builder, limits);
    const QDeadlineTimer deadline(timeoutMs(path));
    QByteArray buffer;
    qint64 received = 0;
    bool broken = false;
    bool tooMuch = false;
    while (true) {
        const QByteArray chunk = process.readAllStandardOutput();
        if (!chunk.isEmpty()) {
            received += chunk.size();
            buffer += chunk;
            tooMuch = received > limits.maxUnpackedBytes;
            broken = !parser.feed(buffer);
            if (tooMuch || broken)
                break;
            continue;
        }
        if (process.state() == QProcess::NotRunning)
            break;
        if (deadline.hasExpired()) {
            broken = true; // it hangs
            break;
        }
        process.waitForReadyRead(int(qBound(qint64(0), deadline.remainingTime(), qint64(1'000))));
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10'000);
    }
    if (tooMuch)
        return WorkbookReader::outOfMemory(path);
    if (broken || !parser.ended() || !buffer.isEmpty() || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return XlsReader::damaged(path);
    if (parser.problem())
        return XlsReader::problemError(*parser.problem(), builder.currentSheet(), path, limits);
    if (builder.failure().problem != xls::Problem::None)
        return XlsReader::problemError(builder.failure(), builder.currentSheet(), path, limits);
    return builder.finish(path, options.encoding);
}

} // namespace thidua
