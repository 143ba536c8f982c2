#include "core/spreadsheet/XlsxPackage.h"

#include <zip.h>

namespace thidua {

class XlsxPackage::PartDevice : public QIODevice
{
public:
    PartDevice(XlsxPackage* package, zip_file_t* file, QString part)
        : m_package(package)
        , m_file(file)
        , m_part(std::move(part))
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
            m_failed = true;
            if (m_package->m_readError.message.isEmpty()) {
                m_package->m_readError = Error(Error::Code::Format,
                    tr("The workbook is damaged or cut short (part %1: %2).")
                        .arg(m_part, QString::fromUtf8(zip_file_strerror(m_file))),
                    m_package->m_fileName);
            }
            return -1;
        }
        m_package->m_budget -= n;
        if (m_package->m_budget < 0) {
            m_failed = true;
            if (m_package->m_readError.message.isEmpty()) {
                m_package->m_readError = Error(Error::Code::TooLarge,
                    tr("The workbook unpacks to more than %1 MB, the most that is imported (it may be a zip "
                       "bomb).")
                        .arg(m_package->m_maxUnpacked / (1024 * 1024)),
                    m_package->m_fileName);
            }
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    XlsxPackage* m_package;
    zip_file_t* m_file;
    QString m_part;
    bool m_failed = false;
};

XlsxPackage::~XlsxPackage()
{
    if (m_archive)
        zip_discard(m_archive);
}

Result<std::unique_ptr<XlsxPackage>> XlsxPackage::open(
    const QByteArray& bytes, const QString& fileName, qint64 maxUnpackedBytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error(Error::Code::Format, tr("The workbook cannot be read."), fileName);
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
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
    auto device = std::make_unique<PartDevice>(this, file, part);
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace thidua
