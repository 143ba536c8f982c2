#pragma once

#include "core/documents/DocumentOrigin.h"

namespace thidua {

// Phiếu bầu: the paper ballot of a council meeting's secret vote. The school's header, "PHIẾU BẦU", what is voted on,
// then the nominees with a box "Đồng ý" and a box "Không đồng ý" each. One ballot per page and per voter (as many as
// the members present); A4, or A5 with the header in one centred column. Not numbered in the register.
struct BallotData
{
    QString subject; // "Xét đề nghị khen thưởng năm học 2024-2025" (under PHIẾU BẦU)
    int round = 0; // the round printed on the ballot ("Vòng 2"); 0 = not printed
    Nominees nominees; // award = the form proposed
    int copies = 1; // ballots to print: the members present
    PageSetup::Paper paper = PageSetup::Paper::A4;
};

class BallotDocument
{
public:
    static QString kind() { return QStringLiteral("phieu_bau"); }
    // One document per ballot.
    static Documents build(const BallotData& data, const DocumentOrigin& origin);
};

} // namespace thidua
