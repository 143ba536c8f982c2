#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace thidua {

// The folder beside the database that keeps every evidence file once, named by its SHA-256:
// root/objects/ab/<64 hex>. Files only, no SQL. Nothing is ever written outside root(), and the names users gave
// their files are never used as paths. Writing is durable: temporary files inside root/tmp, synced to the disk (one
// syncfs for a batch, see stage/publish), renamed to their object paths, each folder synced. Reading and hashing
// stream in 1 MiB chunks (bounded memory).
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    explicit EvidenceStore(QString root);
    // "<dir>/<base name>.minhchung/" beside the database file.
    static EvidenceStore forDatabase(const QString& databasePath);
    QString root() const;

    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel
    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        bool alreadyPresent = false;
    };
    // Streams the file (bounded memory) into a temporary file inside the store, fsync, rename to its object path,
    // fsync of the folder. Refuses a file above sizeLimit before copying. Cancel leaves no partial file.
    Result<Stored> put(const QString& sourcePath, qint64 sizeLimit, const Progress& progress = {});

    // put() for many files, in two steps, with the same guarantees and far fewer waits for the disk: stage() streams
    // each file into a temporary file of the store (not yet synced); publish() makes all of them durable with one
    // syncfs(), renames each to its object path (or drops it when the object is already there) and syncs each folder
    // it touched once. Objects are durable when publish() returns; a crash before leaves only temporary files.
    struct Staged
    {
        QString temporary;
        QString shownName;
        Stored stored;
    };
    Result<Staged> stage(const QString& sourcePath, qint64 sizeLimit, const Progress& progress = {});
    // Publishes every staged file; on failure the temporary files left are removed (objects already renamed stay,
    // unused: orphans the next cleaning removes).
    Result<QList<Stored>> publish(const QList<Staged>& staged);
    // Removes the temporary files of staged files that will not be published.
    void discard(const QList<Staged>& staged);
    QString objectPath(const QString& sha256) const; // inside root(); exists after put()
    Status copyOut(const QString& sha256, const QString& targetPath) const; // durable copy, for export

    // True for 64 lowercase hex digits.
    static bool isSha256(const QString& text);
    // Whether the object is present.
    bool contains(const QString& sha256) const;
    // The SHA-256 of every object file present (names that are not 64 lowercase hex are left out), sorted.
    QStringList objects() const;
    // Files under root/objects that are not objects (wrong names, folders in the wrong place), and leftovers in
    // root/tmp: relative to root(), sorted.
    QStringList strayFiles() const;
    // Deletes an object (purge, orphans). A missing object is not an error.
    Status remove(const QString& sha256);
    // Deletes the temporary files a crash left in root/tmp, those last written before `before`; returns how many.
    Result<int> removeTemporaries(const QDateTime& before);
    // When the object was last written (put() renews it for content already present); invalid when missing.
    QDateTime lastWritten(const QString& sha256) const;

    // "2,0 GB", "512 KB", "17 byte": a size for messages (binary units, Vietnamese decimals).
    static QString sizeText(qint64 bytes);

    // Streams a file through SHA-256 in 1 MiB chunks. Progress as for put(); false cancels (Error::Code::Cancelled).
    static Result<QString> hashFile(const QString& path, const Progress& progress = {});

    // Tests only: called after an object is durably in place and before put() returns (to simulate a crash between
    // storing a file and committing its row).
    std::function<void(const QString& objectPath)> afterObjectWritten;

private:
    QString m_root;
};

} // namespace thidua
