#include "ui/evidence/ThumbnailCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <poppler-qt6.h>

namespace thidua {

namespace {

QImage renderImage(const QString& path, int edge)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true); // objects have no extension
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > edge || image.height() > edge)) // a format that cannot scale as it reads
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage renderPdf(const QString& path, int edge)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked() || document->numPages() < 1)
        return {};
    std::unique_ptr<Poppler::Page> page = document->page(0);
    if (!page)
        return {};
    const QSizeF points = page->pageSizeF();
    const double longer = qMax(points.width(), points.height());
    if (longer <= 0)
        return {};
    const double dpi = 72.0 * edge / longer;
    QImage image = page->renderToImage(dpi, dpi);
    if (!image.isNull() && (image.width() > edge || image.height() > edge))
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

// The picture from the disk cache, else made and written there (atomically: a half-written PNG is never read).
QImage make(const QString& objectPath, const QString& mediaType, const QString& cacheFile)
{
    if (!cacheFile.isEmpty() && QFile::exists(cacheFile)) {
        QImage cached(cacheFile, "PNG");
        if (!cached.isNull())
            return cached;
    }
    QImage image = ThumbnailCache::render(objectPath, mediaType);
    if (!image.isNull() && !cacheFile.isEmpty() && QDir().mkpath(QFileInfo(cacheFile).absolutePath())) {
        QSaveFile file(cacheFile);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
            file.commit();
    }
    return image;
}

} // namespace

ThumbnailCache::ThumbnailCache(
    std::function<QString(const QString& sha256)> objectPath, QString diskFolder, QObject* parent)
    : QObject(parent)
    , m_objectPath(std::move(objectPath))
    , m_diskFolder(std::move(diskFolder))
    , m_memory(500)
{
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() / 2));
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::defaultDiskFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("evidence-thumbnails"));
}

bool ThumbnailCache::hasPicture(const QString& mediaType)
{
    return mediaType.startsWith(QStringLiteral("image/")) || mediaType == QStringLiteral("application/pdf");
}

QImage ThumbnailCache::render(const QString& path, const QString& mediaType, int edge)
{
    if (mediaType == QStringLiteral("application/pdf"))
        return renderPdf(path, edge);
    if (mediaType.startsWith(QStringLiteral("image/")))
        return renderImage(path, edge);
    return {};
}

QPixmap ThumbnailCache::thumbnail(const QString& sha256, const QString& mediaType)
{
    if (QPixmap* kept = m_memory.object(sha256))
        return *kept;
    if (m_pending.contains(sha256) || m_without.contains(sha256))
        return {};
    if (!hasPicture(mediaType)) {
        m_without.insert(sha256);
        return {};
    }
    m_pending.insert(sha256);
    const QString objectPath = m_objectPath(sha256);
    const QString cacheFile = m_diskFolder.isEmpty()
        ? QString()
        : QDir(m_diskFolder).filePath(QStringLiteral("%1-%2.png").arg(sha256).arg(Edge));
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, sha256] {
        finished(sha256, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, make, objectPath, mediaType, cacheFile));
    return {};
}

void ThumbnailCache::finished(const QString& sha256, const QImage& image)
{
    m_pending.remove(sha256);
    if (image.isNull())
        m_without.insert(sha256);
    else
        m_memory.insert(sha256, new QPixmap(QPixmap::fromImage(image)));
    emit ready(sha256);
}

} // namespace thidua
