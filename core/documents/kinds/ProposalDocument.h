#pragma once

#include "core/documents/DocumentOrigin.h"

namespace thidua {

// Tờ trình đề nghị khen thưởng: the proposal sent up to the body that decides the award, with the list of nominees
// as its appendix (legal-facts §1.7 Mẫu 1.4; §2.4 for the dossier). Its wording under Nghị định 152/2025 is a gap
// (§7.1): every sentence of the body is editable.
struct ProposalData
{
    QStringList addressees; // Kính gửi
    QString summary; // trích yếu; empty = "Về việc đề nghị tặng <award> …"
    QString movement; // "Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, …” năm học 2024 - 2025"
    QString award; // the form proposed: "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố"
    QString minutesReference; // "Biên bản số 02/BB-HĐTĐKT ngày … của Hội đồng …", cited as a basis
    Blocks body; // replaces the generated body when not empty
    Nominees nominees;
    bool annex = true; // the list as an appendix
};

class ProposalDocument
{
public:
    static QString kind() { return QStringLiteral("to_trinh"); }
    static QString typeAbbreviation() { return QStringLiteral("TTr"); }
    static Document build(const ProposalData& data, const DocumentOrigin& origin);
};

} // namespace thidua
