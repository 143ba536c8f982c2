#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"
#include "core/evidence/EvidenceIndex.h"
#include "core/evidence/EvidenceStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// The dossier of one criteria set and school year handed to the inspecting body (issue 15): a folder, or a .zip of
// the same tree, holding
//   Danh mục minh chứng.pdf               the index (EvidenceIndex through the document engine)
//   <tiêu chí code> <short name>/<evidence code>.<ext>   one sub-folder per tiêu chí, the files named by their code
//   SHA256SUMS                            "<sha256>  <relative path>" per file, as `sha256sum -c` checks it
// Paths are made of codes and cleaned names only, never of the names users gave their files. The tree is written
// under a temporary name beside the target and renamed at the end: an existing non-empty folder or an existing
// file is never overwritten, and a failure or a cancel leaves nothing behind.
class EvidenceDossier
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceDossier)

public:
    static constexpr int ShortNameLength = 40;

    struct Request
    {
        QString target; // a folder, or a file ending in .zip
        qint64 schoolYearId = 0;
        QString schoolYear; // "2025 - 2026"
        CriteriaSet set;
        QDate today; // the index's date
    };
    struct Summary
    {
        int files = 0; // evidence files written (a file under two tiêu chí counts twice)
        int chapters = 0;
        qint64 bytes = 0;
    };
    // One file of the dossier.
    struct Entry
    {
        QString path; // relative, '/' separated
        QString source; // the file copied there
        QString sha256;
        qint64 size = 0;
    };

    EvidenceDossier(QSqlDatabase db, EvidenceStore store);

    // Progress counts bytes of evidence written; returning false cancels (Error::Code::Cancelled).
    Result<Summary> write(const Request& request, const EvidenceStore::Progress& progress = {}) const;

    // "H1.TC1 Tiêu chí 1 Về điều kiện xây dựng Đơn vị học tập": the code, then the item's text cut at a word within
    // ShortNameLength characters, letters, digits and spaces only.
    static QString folderName(const CriteriaItem& item);
    // "H1.TC1.CT1-01.pdf": the code made safe for a path, the cleaned original extension in lower case.
    static QString fileName(const Evidence& evidence);
    // The evidence files of the chapters, in order; a second file of the same name in a folder gets "-2".
    static QList<Entry> layout(const QList<EvidenceIndex::Chapter>& chapters, const EvidenceStore& store);
    // The manifest: "<sha256>  <path>\n" per entry, in the given order.
    static QByteArray manifest(const QList<Entry>& entries);
    static QString indexFileName() { return QStringLiteral("Danh mục minh chứng.pdf"); }
    static QString manifestFileName() { return QStringLiteral("SHA256SUMS"); }

private:
    QSqlDatabase m_db;
    EvidenceStore m_store;
};

} // namespace thidua
