#pragma once

#include "core/documents/Document.h"
#include "core/documents/RegisterEntry.h"

#include <QDate>
#include <QStringList>

namespace thidua {

// The body that issues documents: the school, and its emulation council (Hội đồng Thi đua - Khen thưởng).
struct Organization
{
    QString governingBody; // cơ quan chủ quản: "UBND QUẬN GÒ VẤP"
    QString name; // "Trường THPT Nguyễn Khuyến"
    QString abbreviation; // "NK"
    QString placeName; // "Gò Vấp"
    QString councilName = QStringLiteral("Hội đồng Thi đua - Khen thưởng");
    QString councilAbbreviation = QStringLiteral("HĐTĐKT");
};

// Someone proposed for, or given, an award (đề nghị khen thưởng / được khen thưởng), as lists print them.
struct Nominee
{
    bool collective = false; // tập thể; otherwise cá nhân
    QString name; // "Nguyễn Thị Hoa", "Tổ Toán - Tin học"
    QString position; // chức vụ: "Giáo viên"
    QString unit; // đơn vị: "Tổ Toán - Tin học"
    QString achievement; // thành tích, in short
    QString award; // hình thức khen thưởng, when it differs from the document's
};

using Nominees = QList<Nominee>;

// What every document kind needs besides its own data: who issues it, its number and date, the căn cứ it cites,
// the page setup, who signs and who receives it.
struct DocumentOrigin
{
    Organization organization;
    RegisterIssuer issuer = RegisterIssuer::School;
    QString number; // "05/TTr-NK"; empty = left blank for the văn thư ("     /TTr-NK")
    QDate date; // invalid = "ngày … tháng … năm …"
    QStringList legalBases; // citations without final punctuation
    PageSetup page;
    QList<SignatureBlock> signers; // empty = the kind's default
    QStringList distribution; // empty = the kind's default
    QString key; // register key (spec "key"); empty = derived from the content

    // The ND30 header of a document of type `typeAbbreviation` ("TTr"): the school, or the council under the school.
    DocumentHeader header(const QString& typeAbbreviation) const;
    QString issuerName() const; // "Trường THPT Nguyễn Khuyến" or "Hội đồng Thi đua - Khen thưởng"
    QString issuerAbbreviation() const;
    // "số 05/TTr-NK ngày 10 tháng 9 năm 2024" for references to this document ("Kèm theo Tờ trình …").
    QString reference(const QString& typeAbbreviation) const;
    QStringList distributionOr(const QStringList& fallback) const;
};

} // namespace thidua
