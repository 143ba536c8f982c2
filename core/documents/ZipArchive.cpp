#include "core/documents/ZipArchive.h"

#include <memory>
#include <zip.h>

namespace thidua {

namespace {

QString zipError(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

bool isCompressed(const QString& name)
{
    return name.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".jpeg"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive);
}

} // namespace

Result<QByteArray> ZipArchive::write(const QList<Entry>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return Error(Error::Code::Io, tr("Cannot create the package: %1").arg(message));
    }
    zip_source_keep(buffer); // still needed after zip_close() to read the result
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, &zip_source_free);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer); // the reference zip_open_from_source() did not take
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return Error(Error::Code::Io, tr("Cannot create the package: %1").arg(message));
    }
    zip_error_fini(&error);
    for (const Entry& entry : entries) {
        // libzip copies nothing: the data must live until zip_close(), and `entries` does.
        zip_source_t* data = zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, entry.first.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return Error(Error::Code::Io, tr("Cannot add %1 to the package: %2").arg(entry.first, message));
        }
        // A PNG is compressed already: deflating it again costs time and saves nothing.
        if (isCompressed(entry.first))
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) < 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Error(Error::Code::Io, tr("Cannot write the package: %1").arg(message));
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0)
        return Error(Error::Code::Io, tr("Cannot read the package back from memory."));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (got < 0 || zip_uint64_t(got) != stat.size)
        return Error(Error::Code::Io, tr("Cannot read the package back from memory."));
    return bytes;
}

Result<QList<ZipArchive::Entry>> ZipArchive::read(const QByteArray& bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (!archive) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        if (source)
            zip_source_free(source);
        return Error(Error::Code::Format, tr("Not a valid zip package: %1").arg(message));
    }
    zip_error_fini(&error);
    QList<Entry> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) < 0)
            continue;
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            zip_close(archive);
            return Error(Error::Code::Format, tr("Cannot read %1 in the package.").arg(QString::fromUtf8(stat.name)));
        }
        QByteArray content(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        if (got < 0 || zip_uint64_t(got) != stat.size) {
            zip_close(archive);
            return Error(Error::Code::Format, tr("Cannot read %1 in the package.").arg(QString::fromUtf8(stat.name)));
        }
        entries.append({ QString::fromUtf8(stat.name), content });
    }
    zip_close(archive); // frees the source too
    return entries;
}

} // namespace thidua
