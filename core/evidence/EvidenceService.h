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
        QString code; // empty: proposed (EvidenceCode) per file
        QString description;
        OfficialPaper paper;
        QString by;
        QDateTime at;
    };
    static QStringList expandFolders(const QStringList& paths); // files of folders, recursively, sorted
    // Stores every file first, then commits all rows in one transaction (nothing on failure or cancel).
    Result<EvidenceList> add(const AddRequest& request, const EvidenceStore::Progress& progress = {});
    Result<Evidence> update(const Evidence& evidence); // metadata and code only
    Status link(qint64 evidenceId, const EvidenceLink& link);
    Result<bool> isLastLink(qint64 evidenceId, const EvidenceLink& link);
    Status unlink(qint64 evidenceId, const EvidenceLink& link, const QDateTime& at); // last link: to the trash
    Status restore(qint64 evidenceId);
    Result<int> purgeTrash(const QDateTime& now); // trashed more than 30 days ago
    Result<int> cleanOrphans(); // objects no row points to (start, check)
    Status exportCopy(qint64 evidenceId, const QString& targetPath);

    // The size limit in bytes: the setting, else DefaultSizeLimit.
    Result<qint64> sizeLimit() const;
    Status setSizeLimit(qint64 bytes);

    const EvidenceStore& store() const { return m_store; }
    EvidenceStore& store() { return m_store; }

    // Tests only: called after every file is stored and before the rows are written (return false to stop there,
    // as if the program had died: the objects stay, no row is written).
    std::function<bool()> beforeRowsWritten;

private:
    QSqlDatabase m_db;
    EvidenceStore m_store;
};

} // namespace thidua
