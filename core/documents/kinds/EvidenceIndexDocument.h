#pragma once

#include "core/documents/DocumentOrigin.h"

namespace thidua {

// Danh mục minh chứng: the list of evidence files of a school year, grouped per tiêu chí of a criteria set (or per
// kind of record they back), each with its code, its description, the số, ngày and cơ quan ban hành of an official
// paper and what it backs (issue 15). ND30 has no ký hiệu for a danh mục (Phụ lục III): it carries no number.
struct EvidenceIndexData
{
    struct Row
    {
        QString code; // "TC2.CT1-03"
        QString description; // empty: a marked blank
        QString paperNumber; // "12/QĐ-NK"; empty when not an official paper
        QDate paperDate;
        QString paperIssuer;
        QString backs; // "H1.TC2.CT1 (Đơn vị học tập 2025 - 2026); Nguyễn Văn An"
    };
    struct Group
    {
        QString heading; // "Tiêu chí 1 (TC1): Lãnh đạo, chỉ đạo…"; empty: rows without a heading
        QList<Row> rows;
    };

    QString subject; // "Bộ tiêu chí Đơn vị học tập cấp huyện" or empty (every file of the year)
    QString schoolYear; // "2025 - 2026"
    QList<Group> groups;

    int rowCount() const;
};

class EvidenceIndexDocument
{
public:
    static QString kind() { return QStringLiteral("danh_muc_minh_chung"); }
    static Document build(const EvidenceIndexData& data, const DocumentOrigin& origin);
    // The list as a table (the danh mục's body; the annual report's appendix).
    static Table table(const EvidenceIndexData& data);
    // "Số 12/QĐ-NK, ngày 05/9/2025" with "[số]" or "[ngày]" where a paper gives the other part only; empty when the
    // file is no official paper. The table prints the cơ quan ban hành under it ("[cơ quan ban hành]" when unknown).
    static QString paperText(const EvidenceIndexData::Row& row);
    static QString blank(const QString& what) { return QLatin1Char('[') + what + QLatin1Char(']'); }
};

} // namespace thidua
