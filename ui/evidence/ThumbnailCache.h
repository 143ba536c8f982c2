#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace thidua {

// Small pictures of evidence files for the lists: an image scaled while it is read (QImageReader), the first page of
// a PDF (poppler-qt6), nothing for other kinds (the list shows the type's icon). Made on a thread pool, never on the
// UI thread; kept in memory (the last few hundred) and on disk as PNG under `diskFolder`, named by the file's SHA-256
// (a stored object never changes, so a picture made once stays right).
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int Edge = 64; // the longer side of a thumbnail, in pixels

    // `objectPath` gives the stored file of a SHA-256 (EvidenceStore::objectPath).
    ThumbnailCache(
        std::function<QString(const QString& sha256)> objectPath, QString diskFolder, QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail when it is ready; else a null pixmap, and the picture is made (ready() follows) unless the file
    // has none (a kind without pictures, an unreadable file).
    QPixmap thumbnail(const QString& sha256, const QString& mediaType);
    bool isPending(const QString& sha256) const { return m_pending.contains(sha256); }
    QString diskFolder() const { return m_diskFolder; }
    // The user's cache folder for thumbnails (QStandardPaths::CacheLocation).
    static QString defaultDiskFolder();

    // Makes the picture of a file: any thread, no cache. Null when the kind has none or the file cannot be read.
    static QImage render(const QString& path, const QString& mediaType, int edge = Edge);
    static bool hasPicture(const QString& mediaType);

signals:
    void ready(const QString& sha256);

private:
    void finished(const QString& sha256, const QImage& image);

    std::function<QString(const QString&)> m_objectPath;
    QString m_diskFolder;
    QCache<QString, QPixmap> m_memory;
    QSet<QString> m_pending;
    QSet<QString> m_without; // kinds without pictures and files that could not be read
    QThreadPool m_pool;
};

} // namespace thidua
