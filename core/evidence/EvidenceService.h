#pragma once

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"
#include "core/evidence/EvidenceStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of evidence files, each one transaction. A file is stored (durably) before the row pointing to it
// is committed: a crash in between leaves an object no row names (an orphan), which cleanOrphans removes at the
// next start or check; never a row pointing at nothing. Unlinking never deletes a file another record still uses;
// unlinking the last link moves the evidence to the trash (kept 30 days, then purgeTrash deletes the row and the
// object if no other row uses it).
class EvidenceService
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceService)

public:
    EvidenceService(QSqlDatabase db, EvidenceStore store);
    static constexpr qint64 DefaultSizeLimit = 2LL * 1024 * 1024 * 1024; // configurable (setting table)
    // The setting (table `setting`) holding the size limit in bytes.
    static constexpr const char* SizeLimitSetting = "evidence.size_limit";
    static constexpr int TrashDays = 30;

    struct AddRequest
    {
        QStringList files; // files (a folder is expanded by the caller: EvidenceService::expandFolders)
        qint64 schoolYearId = 0;
        EvidenceLink link;
        QString code; // empty: proposed (EvidenceCode) per file; with several files, the prefix of the proposals
        QStringList originalNames; // optional, one per file: the names to record (a drop, a test); else the files'
        QString description;
        OfficialPaper paper;
        QString by;
        QDateTime at;
    };
    static QStringList expandFolders(const QStringList& paths); // files of folders, recursively, sorted
    // Stores every file first, then commits all rows in one transaction (nothing on failure or cancel).
    Result<EvidenceList> add(const AddRequest& request, const EvidenceStore::Progress& progress = {});
    // Metadata and code only: code, description, paper, and the original name when one is given.
    Result<Evidence> update(const Evidence& evidence); // metadata and code only
    Status link(qint64 evidenceId, const EvidenceLink& link);
    Result<bool> isLastLink(qint64 evidenceId, const EvidenceLink& link);
    Status unlink(qint64 evidenceId, const EvidenceLink& link, const QDateTime& at); // last link: to the trash
    Status restore(qint64 evidenceId);
    Result<int> purgeTrash(const QDateTime& now); // trashed more than 30 days ago
    Result<int> cleanOrphans(); // objects no row points to (start, check)
    // Removes the objects no row points to and the temporary files of the store that were last written before
    // now - OrphanGraceSeconds (younger ones may belong to an add still running in another program). Returns how
    // many files were removed.
    Result<int> cleanOrphans(const QDateTime& now);
    static constexpr int OrphanGraceSeconds = 3600;
    Status exportCopy(qint64 evidenceId, const QString& targetPath);

    // Checks that the link names an existing record (and for an assessment, an item of its criteria set).
    Status checkLink(const EvidenceLink& link) const;
    // The size limit in bytes: the setting, else DefaultSizeLimit.
    Result<qint64> sizeLimit() const;
    Status setSizeLimit(qint64 bytes);

    const EvidenceStore& store() const { return m_store; }
    EvidenceStore& store() { return m_store; }

    // Tests only: called after every file is stored and before the rows are written (return false to stop there,
    // as if the program had died: the objects stay, no row is written).
    std::function<bool()> beforeRowsWritten;

private:
    Result<qint64> yearFor(qint64 requested, const EvidenceLink& link) const;
    Result<Evidence> existing(qint64 evidenceId) const;
    // Removes the objects of a failed add that nothing uses.
    void removeUnused(const QList<EvidenceStore::Stored>& stored);
    // Removes the object when no row uses it and it was last written before `before`.
    Result<bool> removeIfUnused(const QString& sha256, const QDateTime& before);

    QSqlDatabase m_db;
    EvidenceStore m_store;
};

} // namespace thidua
