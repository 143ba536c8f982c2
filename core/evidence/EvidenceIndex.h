#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"
#include "core/documents/DocumentDescription.h"
#include "core/evidence/Evidence.h"
#include "core/evidence/EvidenceIndexQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The danh mục minh chứng (issue 15): the evidence of a school year, for a criteria set grouped per tiêu chí (the
// set's top-level items; a file backing items of two tiêu chí is listed under both), without a set grouped by the
// kind of record each file backs first. Pure, but for load(), which reads the rows.
class EvidenceIndex
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceIndex)

public:
    // One tiêu chí of the set with the files backing it or an item under it (ordered by code).
    struct Chapter
    {
        CriteriaItem item;
        EvidenceList evidence;
    };

    // The top-level items of `set`, each with the files of `evidence` that back it through an assessment of the set
    // (any version of it, by the set's key).
    static QList<Chapter> chapters(
        const EvidenceList& evidence, const EvidenceIndexNames& names, const CriteriaSet& set);
    // What one file backs, as the index prints it: "H1.TC1.CT1; Nguyễn Văn An; Tổ Toán".
    static QString backs(const Evidence& evidence, const EvidenceIndexNames& names);
    // "H1.TC1. Tiêu chí 1: Về điều kiện …"
    static QString heading(const CriteriaItem& item);
    // `set` may be null (every file of the year). `schoolYear`: "2025 - 2026".
    static EvidenceIndexData build(const EvidenceList& evidence,
        const EvidenceIndexNames& names,
        const CriteriaSet* set,
        const QString& schoolYear);
    // The evidence of the year (not in the trash) and what it backs, read from the database.
    static Result<EvidenceIndexData> load(
        const QSqlDatabase& db, qint64 schoolYearId, const QString& schoolYear, const CriteriaSet* set);

    // The document for the engine (DocumentService::prepare fills in the school, the date and the signer).
    static DocumentDescription description(const EvidenceIndexData& data);
    // The same list as a workbook: one header row in Vietnamese, then one row per file and tiêu chí; values only.
    [[nodiscard]] static Status saveXlsx(const EvidenceIndexData& data, const QString& path);
    static QStringList xlsxHeaders();

    // The use case both the program and `thidua-cli evidence index` run: the danh mục of a year written to `path`
    // as its suffix says (.pdf, .docx or .xlsx). `unsignedDocuments` receives the documents whose signer is not
    // known (the name is then a marked blank). Returns how many files the index lists.
    struct Export
    {
        qint64 schoolYearId = 0;
        QString schoolYear; // "2025 - 2026"
        const CriteriaSet* set = nullptr; // null: grouped by the kind of record
        QString path;
        QDate today;
    };
    static Result<int> save(const QSqlDatabase& db, const Export& request, QStringList* unsignedDocuments = nullptr);
    // Whether `path` ends in a suffix save() writes.
    static bool isIndexPath(const QString& path);
    // The school year as the danh mục writes it: "2025 - 2026".
    static QString schoolYearText(int startYear) { return QStringLiteral("%1 - %2").arg(startYear).arg(startYear + 1); }
};

} // namespace thidua
