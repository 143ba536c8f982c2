#include "core/spreadsheet/XlsxSharedStrings.h"

#include "core/spreadsheet/SaxCallback.h"
#include "core/spreadsheet/XlsxPackage.h"
#include "core/spreadsheet/XlsxReader.h"
#include "core/spreadsheet/XlsxStyles.h"
#include "core/text/EncodingDetector.h"

#include <algorithm>
#include <cstring>
#include <libxml/parser.h>
#include <optional>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

bool is(const xmlChar* name, const char* expected)
{
    return std::strcmp(reinterpret_cast<const char*>(name), expected) == 0;
}

// The state of one shared strings part being parsed, driven by libxml2's callbacks.
class Parse
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    Parse(XlsxPackage& package, const QString& part, const WorkbookReader::Options& options)
        : m_package(package)
        , m_part(part)
        , m_options(options)
        , m_limits(options.limits)
    {}

    void start(const xmlChar* name, int count, const xmlChar** attributes);
    void end(const xmlChar* name);
    void text(const xmlChar* characters, int length);
    void refuseDtd() { fail(m_package.dtdError(m_part)); }
    void outOfMemory() { fail(WorkbookReader::outOfMemory(m_package.fileName())); }

    xmlParserCtxtPtr context = nullptr;
    std::optional<Error> error;
    QList<SharedString> strings;

private:
    void fail(Error e)
    {
        if (!error)
            error = std::move(e);
        xmlStopParser(context);
    }
    // The value of attribute `name` among libxml2's (localname, prefix, URI, value, end) quintuples.
    static QString attribute(int count, const xmlChar** attributes, const char* name);
    void startText();
    void endText();
    Error tooLong() const
    {
        return Error(Error::Code::TooLarge,
            tr("A text in part %1 holds more than %2 characters, the most that is imported.")
                .arg(m_part)
                .arg(m_limits.maxCellChars),
            m_package.fileName());
    }

    XlsxPackage& m_package;
    const QString& m_part;
    const WorkbookReader::Options& m_options;
    const WorkbookReader::Limits& m_limits;
    bool m_inItem = false; // inside <si>
    bool m_inRun = false;
    bool m_inText = false; // inside a <t> that counts
    int m_phonetic = 0; // depth of <rPh>
    std::optional<Encoding> m_runFont;
    QByteArray m_t; // the UTF-8 of the current <t>
    SharedString m_item;
};

QString Parse::attribute(int count, const xmlChar** attributes, const char* name)
{
    for (int i = 0; i < count; ++i) {
        const xmlChar** a = attributes + 5 * i;
        if (is(a[0], name))
            return QString::fromUtf8(reinterpret_cast<const char*>(a[3]), a[4] - a[3]);
    }
    return {};
}

void Parse::start(const xmlChar* name, int count, const xmlChar** attributes)
{
    if (is(name, "si")) {
        // Every text is held until the sheets are read: no more of them than cells that can be imported.
        if (strings.size() >= m_limits.maxCells) {
            fail(Error(Error::Code::TooLarge,
                tr("The workbook holds more than %1 texts, more than the cells that are imported.")
                    .arg(m_limits.maxCells),
                m_package.fileName()));
            return;
        }
        m_inItem = true;
        m_inRun = false;
        m_phonetic = 0;
        m_item = {};
    } else if (!m_inItem) {
        if (is(name, "sst")) {
            // Room for the texts the part says it holds (never more than the limit allows), so that a million of
            // them are not moved each time the list grows.
            const qint64 unique = attribute(count, attributes, "uniqueCount").toLongLong();
            strings.reserve(qsizetype(std::clamp<qint64>(unique, 0, m_limits.maxCells)));
        }
    } else if (is(name, "rPh")) {
        ++m_phonetic;
    } else if (is(name, "r")) {
        m_inRun = true;
        m_runFont.reset();
    } else if (is(name, "rFont") && m_inRun) {
        m_runFont = XlsxStyles::fontEncoding(attribute(count, attributes, "val"));
    } else if (is(name, "t") && m_phonetic == 0) {
        m_inText = true;
        m_t.clear();
    }
}

void Parse::end(const xmlChar* name)
{
    if (!m_inItem)
        return;
    if (m_inText && is(name, "t")) {
        m_inText = false;
        endText();
    } else if (is(name, "rPh")) {
        --m_phonetic;
    } else if (is(name, "r")) {
        m_inRun = false;
    } else if (is(name, "si")) {
        m_inItem = false;
        strings.append(std::move(m_item));
    }
}

void Parse::text(const xmlChar* characters, int length)
{
    if (!m_inText)
        return;
    // Three UTF-8 bytes at most per character the limit counts: stop long before the text is held whole.
    if (m_t.size() + length > 3 * qsizetype(m_limits.maxCellChars) + 3) {
        fail(tooLong());
        return;
    }
    m_t.append(reinterpret_cast<const char*>(characters), length);
}

void Parse::endText()
{
    QString t = XlsxReader::unescape(QString::fromUtf8(m_t));
    if (m_inRun && m_runFont && !m_options.encoding) {
        QString repaired = EncodingDetector::repairMojibake(t, *m_runFont);
        if (repaired != t) {
            t = std::move(repaired);
            m_item.converted = true;
        }
    }
    m_item.text += t;
    if (m_item.text.size() > m_limits.maxCellChars)
        fail(tooLong());
}

xmlSAXHandler handler()
{
    xmlSAXHandler sax {};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = [](void* data,
                             const xmlChar* name,
                             const xmlChar*,
                             const xmlChar*,
                             int,
                             const xmlChar**,
                             int count,
                             int,
                             const xmlChar** attributes) {
        saxCallback<Parse>(data, [&](Parse* p) { p->start(name, count, attributes); });
    };
    sax.endElementNs = [](void* data, const xmlChar* name, const xmlChar*, const xmlChar*) {
        saxCallback<Parse>(data, [&](Parse* p) { p->end(name); });
    };
    sax.characters = [](void* data, const xmlChar* text, int length) {
        saxCallback<Parse>(data, [&](Parse* p) { p->text(text, length); });
    };
    sax.cdataBlock = sax.characters;
    // A DTD or an entity declaration stops the parse before anything is declared, let alone expanded.
    sax.internalSubset = [](void* data, const xmlChar*, const xmlChar*, const xmlChar*) {
        saxCallback<Parse>(data, [&](Parse* p) { p->refuseDtd(); });
    };
    sax.entityDecl = [](void* data, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
        saxCallback<Parse>(data, [&](Parse* p) { p->refuseDtd(); });
    };
    sax.serror = [](void*, xmlErrorPtr) {};
    return sax;
}

} // namespace

Result<QList<SharedString>> XlsxSharedStrings::read(
    XlsxPackage& package, const QString& part, const WorkbookReader::Options& options)
{
    xmlInitParser();
    xmlSAXHandler sax = handler();
    Parse parse(package, part, options);
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, &parse, nullptr, 0, nullptr);
    if (!context)
        return WorkbookReader::outOfMemory(package.fileName());
    parse.context = context;
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    // The first error the parse stopped on: a limit of the reader, or XML that is not well-formed.
    const auto stopped = [&]() -> Error {
        return parse.error ? *parse.error : package.damagedAt(part, context->input ? context->input->line : 0);
    };
    Status status = package.streamPart(part, [&](const char* data, qint64 size) -> Status {
        if (xmlParseChunk(context, data, int(size), 0) != 0 || parse.error)
            return stopped();
        return {};
    });
    if (status && (xmlParseChunk(context, nullptr, 0, 1) != 0 || parse.error || !context->wellFormed))
        status = stopped();
    xmlFreeParserCtxt(context);
    if (!status)
        return status.error();
    return std::move(parse.strings);
}

} // namespace thidua
