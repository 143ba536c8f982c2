#pragma once

#include "core/documents/Document.h"
#include "core/documents/DocumentOrigin.h"

#include <QDateTime>

namespace thidua {

// Small pieces of Vietnamese administrative wording shared by the document kinds.
class DocumentWording
{
public:
    // Counts as documents write them: two digits below 10 ("02 tập thể").
    static QString count(int n);
    // "14 giờ 00 phút, ngày 10 tháng 9 năm 2024"; "… giờ … phút, ngày … tháng … năm …" when unknown.
    static QString timeAndDate(const QDateTime& moment);
    // The căn cứ lines as paragraphs, each ending ";" and the last "." (ô 6).
    static Blocks basisBlocks(const QStringList& citations);
    // The default signer of the issuer: the head ("HIỆU TRƯỞNG") or the council chair ("TM. HỘI ĐỒNG …", "CHỦ TỊCH").
    static SignatureBlock defaultSigner(const DocumentOrigin& origin);
    // The text ends with "./." as the body of an administrative document does (Mẫu 1.4).
    static QString closing(const QString& text);
    // Adds "./." to the last paragraph of `blocks` when it has none.
    static void closeBody(Blocks& blocks);
    // A body paragraph the user may edit before output.
    static Block editable(Paragraph::Style style, const QString& text, const QString& label);
};

} // namespace thidua
