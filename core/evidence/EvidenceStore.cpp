#include "core/evidence/EvidenceStore.h"

#include "core/common/FileProblem.h"
#include "core/evidence/Sha256.h"
#include "core/text/VietnameseFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

namespace thidua {

namespace {

constexpr qint64 ChunkSize = 1024 * 1024;

// A POSIX file descriptor closed on scope exit.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    // Closes now and says whether the close succeeded (a late write error shows here).
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return fd < 0 || ::close(fd) == 0;
    }

private:
    int m_fd;
};

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

int openForReading(const QString& path)
{
    int fd = -1;
    do {
        fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// Bytes read (0 at the end), -1 on an error.
qint64 readChunk(int fd, char* buffer, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const ssize_t n = ::read(fd, buffer + total, size_t(size - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// Writes each chunk on a second thread while the caller hashes it (and reads the next one into its other buffer),
// and asks the kernel to start putting each chunk on the disk at once, so that the fsync at the end has little left
// to wait for. One write is in flight at a time; start() waits for the previous one. Errors are errno values.
class ChunkWriter
{
public:
    explicit ChunkWriter(int fd)
        : m_fd(fd)
    {}
    ~ChunkWriter() { wait(); }
    ChunkWriter(const ChunkWriter&) = delete;
    ChunkWriter& operator=(const ChunkWriter&) = delete;

    // Waits for the previous chunk, then starts writing this one (which must stay untouched until the next call).
    int start(const char* data, qint64 size)
    {
        if (const int error = wait())
            return error;
        const qint64 offset = m_offset;
        m_offset += size;
        m_pending = std::async(std::launch::async, [fd = m_fd, data, size, offset] {
            if (!writeAll(fd, data, size))
                return errno != 0 ? errno : EIO;
#ifdef __linux__
            ::sync_file_range(fd, offset, size, SYNC_FILE_RANGE_WRITE);
#else
            Q_UNUSED(offset);
#endif
            return 0;
        });
        return 0;
    }
    // Waits for the chunk in flight; the first error met, 0 when none.
    int wait()
    {
        if (m_pending.valid() && m_error == 0)
            m_error = m_pending.get();
        else if (m_pending.valid())
            m_pending.get();
        return m_error;
    }

private:
    int m_fd;
    qint64 m_offset = 0;
    int m_error = 0;
    std::future<int> m_pending;
};

bool syncDirectory(const QString& path)
{
    Descriptor fd(::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid())
        return false;
    const bool synced = ::fsync(fd.get()) == 0;
    return fd.close() && synced;
}

// Creates the folder (and its parents) and makes each new entry durable.
bool makeDirectory(const QString& path)
{
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).absolutePath();
    if (parent != path && !makeDirectory(parent))
        return false;
    if (::mkdir(native(path).constData(), 0755) != 0 && errno != EEXIST)
        return false;
    return syncDirectory(parent);
}

QString randomName()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0')
        + QStringLiteral(".part");
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

} // namespace

EvidenceStore::EvidenceStore(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{}

EvidenceStore EvidenceStore::forDatabase(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return EvidenceStore(info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".minhchung"));
}

QString EvidenceStore::root() const
{
    return m_root;
}

bool EvidenceStore::isSha256(const QString& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), isHexDigit);
}

QString EvidenceStore::objectPath(const QString& sha256) const
{
    return m_root + QStringLiteral("/objects/") + sha256.left(2) + u'/' + sha256;
}

QString EvidenceStore::sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    if (bytes < KiB)
        return tr("%1 bytes").arg(bytes);
    const char* units[] = { "KB", "MB", "GB", "TB" };
    double value = double(bytes) / KiB;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    return VietnameseFormat::decimal(value, value < 10 ? 1 : 0) + u' ' + QLatin1String(units[unit]);
}

Result<QString> EvidenceStore::hashFile(const QString& path, const Progress& progress)
{
    Descriptor fd(openForReading(path));
    if (!fd.valid())
        return FileProblem::unreadable(path);
    struct stat info = {};
    const qint64 total = ::fstat(fd.get(), &info) == 0 ? qint64(info.st_size) : 0;
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    Sha256 hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = readChunk(fd.get(), buffer.data(), ChunkSize);
        if (n < 0)
            return Error { Error::Code::Io, tr("The file “%1” could not be read to the end.").arg(path), path };
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        done += n;
        if (progress && !progress(done, total))
            return Error { Error::Code::Cancelled, tr("Cancelled.") };
    }
    return hash.hexResult();
}

Result<EvidenceStore::Staged> EvidenceStore::stage(
    const QString& sourcePath, qint64 sizeLimit, const Progress& progress)
{
    const QString shownName = QFileInfo(sourcePath).fileName();
    Descriptor source(openForReading(sourcePath));
    struct stat info = {};
    if (!source.valid() || ::fstat(source.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return FileProblem::unreadable(sourcePath);
    const qint64 total = info.st_size;
    // Refused before anything is written.
    if (total > sizeLimit)
        return Error { Error::Code::TooLarge,
            tr("The file “%1” is %2, more than the limit of %3 for one evidence file; it was not added.")
                .arg(shownName, sizeText(total), sizeText(sizeLimit)),
            sourcePath };

    const QString tmpDir = m_root + QStringLiteral("/tmp");
    if (!makeDirectory(tmpDir))
        return Error { Error::Code::Io,
            tr("The evidence folder “%1” could not be created or written.").arg(QDir::toNativeSeparators(m_root)),
            m_root };
    const QString tmpPath = tmpDir + u'/' + randomName();
    Descriptor target(::open(native(tmpPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!target.valid())
        return Error { Error::Code::Io,
            tr("The evidence folder “%1” could not be written.").arg(QDir::toNativeSeparators(m_root)),
            m_root };
    // From here on, every way out but success removes the temporary file.
    struct Remover
    {
        QString path;
        bool active = true;
        ~Remover()
        {
            if (active)
                ::unlink(native(path).constData());
        }
    } remover { tmpPath };

    ::posix_fadvise(source.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    Sha256 hash;
    QByteArray buffers[2] = { QByteArray(ChunkSize, Qt::Uninitialized), QByteArray(ChunkSize, Qt::Uninitialized) };
    const Error writeFailed { Error::Code::Io,
        tr("The evidence folder “%1” could not be written (is the drive full?); “%2” was not added.")
            .arg(QDir::toNativeSeparators(m_root), shownName),
        m_root };
    auto failedWrite = [&](int error) {
        Error e = writeFailed;
        if (error == ENOSPC)
            e.code = Error::Code::DiskFull;
        return e;
    };
    ChunkWriter writer(target.get()); // destroyed (waiting for its last write) before the file is removed or closed
    qint64 done = 0;
    for (int current = 0;; current ^= 1) {
        char* buffer = buffers[current].data();
        const qint64 n = readChunk(source.get(), buffer, ChunkSize);
        if (n < 0)
            return Error { Error::Code::Io,
                tr("The file “%1” could not be read to the end; it was not added.").arg(shownName),
                sourcePath };
        if (n == 0)
            break;
        done += n;
        if (done > sizeLimit) // the file grew while it was read
            return Error { Error::Code::TooLarge,
                tr("The file “%1” is more than the limit of %2 for one evidence file; it was not added.")
                    .arg(shownName, sizeText(sizeLimit)),
                sourcePath };
        if (const int error = writer.start(buffer, n))
            return failedWrite(error);
        hash.addData(buffer, n);
        if (progress && !progress(done, std::max(total, done)))
            return Error { Error::Code::Cancelled, tr("Cancelled; “%1” was not added.").arg(shownName) };
    }
    if (const int error = writer.wait())
        return failedWrite(error);
    if (::fchmod(target.get(), 0444) != 0 || !target.close())
        return Error { Error::Code::Io,
            tr("The evidence folder “%1” could not be written (is the drive full?); “%2” was not added.")
                .arg(QDir::toNativeSeparators(m_root), shownName),
            m_root };

    Staged staged { tmpPath, shownName, { hash.hexResult(), done, false } };
    if (staged.stored.sha256.isEmpty())
        return failedWrite(0);
    remover.active = false;
    return staged;
}

Result<EvidenceStore::Stored> EvidenceStore::put(const QString& sourcePath, qint64 sizeLimit, const Progress& progress)
{
    auto staged = stage(sourcePath, sizeLimit, progress);
    if (!staged)
        return staged.error();
    auto published = publish({ *staged });
    if (!published)
        return published.error();
    return published->constFirst();
}

void EvidenceStore::discard(const QList<Staged>& staged)
{
    for (const Staged& s : staged)
        ::unlink(native(s.temporary).constData());
}

Result<QList<EvidenceStore::Stored>> EvidenceStore::publish(const QList<Staged>& staged)
{
    QList<Stored> out;
    const auto failed = [&](qsizetype from, const QString& shownName) {
        discard(staged.mid(from));
        return Error { Error::Code::Io,
            tr("The evidence folder “%1” could not be written (is the drive full?); “%2” was not added.")
                .arg(QDir::toNativeSeparators(m_root), shownName),
            m_root };
    };
    if (staged.isEmpty())
        return out;
    // The data of every temporary file on the disk at once (as `cp` and `sync` do), not one wait per file.
    {
        Descriptor folder(
            ::open(native(m_root + QStringLiteral("/tmp")).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!folder.valid() || ::syncfs(folder.get()) != 0)
            return failed(0, staged.constFirst().shownName);
    }
    QStringList folders;
    for (qsizetype i = 0; i < staged.size(); ++i) {
        Stored stored = staged.at(i).stored;
        const QString object = objectPath(stored.sha256);
        const QString temporary = staged.at(i).temporary;
        // The same content is kept once; a damaged copy already there is replaced by the good one.
        if (QFileInfo(object).size() == stored.size && QFileInfo(object).isFile()) {
            auto present = hashFile(object);
            if (present && *present == stored.sha256) {
                // Renewed, so that a cleaning of orphans running meanwhile leaves it to the row about to use it.
                ::utimensat(AT_FDCWD, native(object).constData(), nullptr, 0);
                ::unlink(native(temporary).constData());
                stored.alreadyPresent = true;
                out << stored;
                continue;
            }
        }
        const QString folder = QFileInfo(object).absolutePath();
        if (!makeDirectory(folder) || ::rename(native(temporary).constData(), native(object).constData()) != 0)
            return failed(i, staged.at(i).shownName);
        if (!folders.contains(folder))
            folders << folder;
        out << stored;
    }
    for (const QString& folder : std::as_const(folders)) {
        if (!syncDirectory(folder))
            return failed(staged.size(), staged.constLast().shownName);
    }
    if (afterObjectWritten) {
        for (const Stored& stored : std::as_const(out)) {
            if (!stored.alreadyPresent)
                afterObjectWritten(objectPath(stored.sha256));
        }
    }
    return out;
}

Status EvidenceStore::copyOut(const QString& sha256, const QString& targetPath) const
{
    const QString object = objectPath(sha256);
    const QString shownTarget = QDir::toNativeSeparators(targetPath);
    Descriptor source(isSha256(sha256) ? openForReading(object) : -1);
    if (!source.valid())
        return Error { Error::Code::NotFound,
            tr("The stored file %1 is missing from the evidence folder “%2”.")
                .arg(sha256.left(12), QDir::toNativeSeparators(m_root)),
            object };
    const QString folder = QFileInfo(targetPath).absolutePath();
    const QString tmpPath = folder + QStringLiteral("/.") + randomName();
    Descriptor target(::open(native(tmpPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (!target.valid())
        return Error { Error::Code::Io, tr("“%1” could not be written.").arg(shownTarget), targetPath };
    struct Remover
    {
        QString path;
        bool active = true;
        ~Remover()
        {
            if (active)
                ::unlink(native(path).constData());
        }
    } remover { tmpPath };
    Sha256 hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = readChunk(source.get(), buffer.data(), ChunkSize);
        if (n < 0)
            return Error { Error::Code::Io,
                tr("The stored file %1 could not be read; run “thidua-cli check”.").arg(sha256.left(12)),
                object };
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        if (!writeAll(target.get(), buffer.constData(), n))
            return Error { errno == ENOSPC ? Error::Code::DiskFull : Error::Code::Io,
                tr("“%1” could not be written (is the drive full?).").arg(shownTarget),
                targetPath };
    }
    // A copy handed over must be the file that was stored: a damaged object is not exported.
    if (hash.hexResult() != sha256)
        return Error { Error::Code::Damaged,
            tr("The stored file %1 has been altered since it was added; it was not copied. Run “thidua-cli check”.")
                .arg(sha256.left(12)),
            object };
    if (::fsync(target.get()) != 0 || !target.close()
        || ::rename(native(tmpPath).constData(), native(targetPath).constData()) != 0)
        return Error { Error::Code::Io, tr("“%1” could not be written.").arg(shownTarget), targetPath };
    remover.active = false;
    syncDirectory(folder);
    return {};
}

bool EvidenceStore::contains(const QString& sha256) const
{
    return isSha256(sha256) && QFileInfo(objectPath(sha256)).isFile();
}

QStringList EvidenceStore::objects() const
{
    QStringList found;
    QDirIterator it(
        m_root + QStringLiteral("/objects"), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (isSha256(info.fileName()) && info.absoluteFilePath() == objectPath(info.fileName()) && !info.isSymLink())
            found.append(info.fileName());
    }
    found.sort();
    return found;
}

QStringList EvidenceStore::strayFiles() const
{
    QStringList found;
    const QDir root(m_root);
    for (const QString& folder : { QStringLiteral("/objects"), QStringLiteral("/tmp") }) {
        QDirIterator it(m_root + folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const bool object = isSha256(info.fileName()) && info.absoluteFilePath() == objectPath(info.fileName())
                && !info.isSymLink();
            if (!object)
                found.append(root.relativeFilePath(info.absoluteFilePath()));
        }
    }
    found.sort();
    return found;
}

Status EvidenceStore::remove(const QString& sha256)
{
    if (!isSha256(sha256))
        return Error { Error::Code::Validation, tr("“%1” is not the name of a stored file.").arg(sha256) };
    const QString object = objectPath(sha256);
    if (::unlink(native(object).constData()) != 0 && errno != ENOENT)
        return Error { Error::Code::Io,
            tr("The stored file %1 could not be deleted from the evidence folder “%2”.")
                .arg(sha256.left(12), QDir::toNativeSeparators(m_root)),
            object };
    syncDirectory(QFileInfo(object).absolutePath());
    return {};
}

QDateTime EvidenceStore::lastWritten(const QString& sha256) const
{
    if (!isSha256(sha256))
        return {};
    const QFileInfo info(objectPath(sha256));
    return info.exists() ? info.lastModified().toUTC() : QDateTime();
}

Result<int> EvidenceStore::removeTemporaries(const QDateTime& before)
{
    const QString tmpDir = m_root + QStringLiteral("/tmp");
    const QFileInfoList entries = QDir(tmpDir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QFileInfo& entry : entries) {
        if (entry.lastModified().toUTC() >= before)
            continue;
        ++removed;
        if (::unlink(native(entry.absoluteFilePath()).constData()) != 0 && errno != ENOENT)
            return Error { Error::Code::Io,
                tr("A temporary file could not be deleted from the evidence folder “%1”.")
                    .arg(QDir::toNativeSeparators(m_root)),
                tmpDir };
    }
    if (removed > 0)
        syncDirectory(tmpDir);
    return removed;
}

} // namespace thidua
