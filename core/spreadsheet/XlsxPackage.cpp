#include "core/spreadsheet/XlsxPackage.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <zip.h>

namespace thidua {

// Inflates a part, counting its bytes against the package's budget and watching them with an XmlGuard. Its
// messages use XlsxPackage::tr explicitly: a plain tr() here would be QIODevice::tr, the wrong context, and the
// texts would never be shown translated.
class XlsxPackage::PartDevice : public QIODevice
{
public:
    PartDevice(XlsxPackage* package, zip_file_t* file, QString part, const XmlGuard::Limits& limits, qint64 maxBytes)
        : m_package(package)
        , m_file(file)
        , m_part(std::move(part))
        , m_guard(limits)
        , m_maxBytes(maxBytes)
    {}
    ~PartDevice() override { zip_fclose(m_file); }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_failed || maxSize <= 0)
            return m_failed ? -1 : 0;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            return fail(Error::Code::Format,
                XlsxPackage::tr("The workbook is damaged or cut short (part %1: %2).")
                    .arg(m_part, QString::fromUtf8(zip_file_strerror(m_file))));
        }
        m_package->m_budget -= n;
        m_bytes += n;
        if (m_bytes > m_maxBytes) {
            return fail(Error::Code::TooLarge,
                XlsxPackage::tr("The workbook is refused: part %1 unpacks to more than %2 times its packed size, "
                                "which no real workbook does (it may be a zip bomb).")
                    .arg(m_part)
                    .arg(kMaxRatio));
        }
        if (m_package->m_budget < 0) {
            return fail(Error::Code::TooLarge,
                XlsxPackage::tr("The workbook unpacks to more than %1 MB, the most that is imported (it may be a zip "
                                "bomb).")
                    .arg(m_package->m_maxUnpacked / (1024 * 1024)));
        }
        switch (m_guard.feed(data, n)) {
        case XmlGuard::Breach::None:
            return n;
        case XmlGuard::Breach::Depth:
            return fail(Error::Code::TooLarge,
                XlsxPackage::tr("The workbook is refused: part %1 nests elements more than %2 deep or holds too "
                                "much in them, far more than Excel writes (the file is damaged or made to exhaust "
                                "memory).")
                    .arg(m_part)
                    .arg(m_guard.limits().maxDepth));
        case XmlGuard::Breach::Elements:
            return fail(Error::Code::TooLarge,
                XlsxPackage::tr("The workbook is refused: part %1 holds more than %2 elements, far more than the "
                                "most that is imported.")
                    .arg(m_part)
                    .arg(m_guard.limits().maxElements));
        case XmlGuard::Breach::Token:
            return fail(Error::Code::TooLarge,
                XlsxPackage::tr("The workbook is refused: part %1 holds a text or a tag longer than %2 KB, far more "
                                "than a cell can hold (the file is damaged or made to exhaust memory).")
                    .arg(m_part)
                    .arg(m_guard.limits().maxTokenBytes / 1024));
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    // Stops reading: the first error stays the one reported.
    qint64 fail(Error::Code code, const QString& message)
    {
        m_failed = true;
        if (m_package->m_readError.message.isEmpty())
            m_package->m_readError = Error(code, message, m_package->m_fileName);
        return -1;
    }

    XlsxPackage* m_package;
    zip_file_t* m_file;
    QString m_part;
    XmlGuard m_guard;
    qint64 m_bytes = 0; // unpacked so far
    qint64 m_maxBytes;
    bool m_failed = false;
};

XlsxPackage::~XlsxPackage()
{
    if (m_archive)
        zip_discard(m_archive);
}

Result<std::unique_ptr<XlsxPackage>> XlsxPackage::open(
    const QByteArray& bytes, const QString& fileName, qint64 maxUnpackedBytes, const XmlGuard::Limits& xmlLimits)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error(Error::Code::Format, tr("The workbook cannot be read."), fileName);
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_source_free(source);
        zip_error_fini(&error);
        return Error(Error::Code::Format,
            tr("The workbook is damaged or cut short, or it is not an Excel file (%1).").arg(reason),
            fileName);
    }
    zip_error_fini(&error);
    std::unique_ptr<XlsxPackage> package(new XlsxPackage);
    package->m_fileName = fileName;
    package->m_archive = archive;
    package->m_budget = maxUnpackedBytes;
    package->m_maxUnpacked = maxUnpackedBytes;
    package->m_xmlLimits = xmlLimits;
    package->m_archiveBytes = bytes.size();
    return package;
}

bool XlsxPackage::contains(const QString& part) const
{
    return zip_name_locate(m_archive, part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::unique_ptr<QIODevice> XlsxPackage::openPart(const QString& part, Error* error)
{
    const zip_int64_t index = zip_name_locate(m_archive, part.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        *error = Error(Error::Code::Format, tr("The workbook has no part %1: it is damaged.").arg(part), m_fileName);
        return nullptr;
    }
    zip_file_t* file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file) {
        *error = Error(Error::Code::Format,
            tr("The part %1 of the workbook cannot be read (%2).")
                .arg(part, QString::fromUtf8(zip_strerror(m_archive))),
            m_fileName);
        return nullptr;
    }
    // Parsing costs time per element: a part may hold no more elements than its compressed size can honestly
    // carry (real sheets hold under one per compressed byte; a bomb of "<x/>" 250), so that a small file is read or
    // refused in a time that fits its size.
    // The same for the bytes: deflate packs real sheets 5 to 20 times, a bomb 1,000 times.
    XmlGuard::Limits limits = m_xmlLimits;
    qint64 compressed = m_archiveBytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_COMP_SIZE))
        compressed = std::min<qint64>(qint64(stat.comp_size), m_archiveBytes);
    limits.maxElements = std::min(limits.maxElements, kMinElements + kElementsPerCompressedByte * compressed);
    auto device = std::make_unique<PartDevice>(this, file, part, limits, kMinRatioBytes + kMaxRatio * compressed);
    device->open(QIODevice::ReadOnly);
    return device;
}

Error XlsxPackage::xmlError(const QString& part, const QXmlStreamReader& xml) const
{
    if (!m_readError.message.isEmpty())
        return m_readError;
    return Error(Error::Code::Format,
        tr("The workbook is damaged: part %1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString()),
        m_fileName);
}

Status XlsxPackage::parseXml(const QString& part, const ElementHandler& element)
{
    Error error;
    std::unique_ptr<QIODevice> device = openPart(part, &error);
    if (!device)
        return error;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return dtdError(part);
        if (token == QXmlStreamReader::StartElement) {
            if (Status s = element(xml); !s)
                return s;
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    // Read to the end of the part, so that libzip checks its CRC (the parser may stop at the root's end tag) and
    // a damaged part is never taken for a good one.
    char rest[4096];
    while (device->read(rest, sizeof rest) > 0) {}
    if (!m_readError.message.isEmpty())
        return m_readError;
    return {};
}

Status XlsxPackage::streamPart(const QString& part, const ChunkHandler& chunk)
{
    Error error;
    std::unique_ptr<QIODevice> device = openPart(part, &error);
    if (!device)
        return error;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = device->read(buffer.data(), buffer.size())) > 0) {
        if (Status s = chunk(buffer.constData(), n); !s)
            return s;
    }
    if (!m_readError.message.isEmpty())
        return m_readError;
    return {};
}

Error XlsxPackage::dtdError(const QString& part) const
{
    return Error(Error::Code::Format,
        tr("The workbook is refused: part %1 declares a DTD, which Excel never writes (it can make entities expand "
           "without end).")
            .arg(part),
        m_fileName);
}

Error XlsxPackage::damagedAt(const QString& part, int line) const
{
    if (!m_readError.message.isEmpty())
        return m_readError;
    return Error(Error::Code::Format,
        tr("The workbook is damaged: part %1 is not well-formed XML (line %2).").arg(part).arg(line),
        m_fileName);
}

} // namespace thidua
