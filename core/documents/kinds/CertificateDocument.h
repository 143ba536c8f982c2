#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentOrigin.h"
#include "core/documents/LaidOutDocument.h"
#include "core/documents/kinds/CertificateLayout.h"

#include <QCoreApplication>

namespace thidua {

// One person or collective on a Giấy khen.
struct CertificateRecipient
{
    QString salutation; // "Bà", "Ông", "Em", or empty for a collective
    QString name;
    QString position; // "Giáo viên tổ Toán - Tin học"
    QString achievement; // "Đã có thành tích xuất sắc trong …"
    QString registerNumber; // số vào sổ
};

// Giấy khen: printed either onto pre-printed blanks at positions that can be adjusted per printer, or whole onto
// plain paper (A4 landscape). One sheet per recipient.
struct CertificateData
{
    QString authority; // "Hiệu trưởng Trường THPT Nguyễn Khuyến"
    QString awardName = QStringLiteral("Giấy khen");
    QString decisionNumber; // "45/QĐ-NK"
    QDate decisionDate;
    QList<CertificateRecipient> recipients;
    SignatureBlock signer; // title (pre-printed on blanks) and name
};

class CertificateDocument
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDocument)

public:
    static QString kind() { return QStringLiteral("giay_khen"); }

    // Plain paper: a document per recipient, for PDF, print and DOCX.
    static Documents buildPlain(const CertificateData& data, const DocumentOrigin& origin);
    // Pre-printed blanks: only the variable fields, at the layout's positions (PDF and print only).
    static Result<LaidOutDocument> layoutPreprinted(
        const CertificateData& data, const DocumentOrigin& origin, const CertificateLayout& layout);
    // The calibration sheet: a millimetre grid with the rulers, and each field's box and name where it will print.
    // Printed on a blank, it shows how far the printer shifts the page and where the fields land on the design.
    static Result<LaidOutDocument> calibrationPage(const CertificateLayout& layout);
};

} // namespace thidua
