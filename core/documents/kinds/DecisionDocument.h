#pragma once

#include "core/documents/DocumentOrigin.h"

namespace thidua {

// Quyết định khen thưởng of the principal, with the list of those commended as its appendix: title, trích yếu, the
// authority that decides, căn cứ, "QUYẾT ĐỊNH:", the articles (Điều 1, 2, 3), signature, "Nơi nhận".
struct DecisionData
{
    QString authority; // "Hiệu trưởng Trường THPT Nguyễn Khuyến" (printed in capitals)
    QString summary; // empty = "Về việc tặng <award> …"
    QString movement; // what the achievement was in
    QString award = QStringLiteral("Giấy khen");
    QString proposalBy; // last căn cứ line: "Theo đề nghị của Hội đồng Thi đua - Khen thưởng trường"
    QString achievement; // "đã có thành tích xuất sắc trong …"; empty = derived from the movement
    Nominees awardees;
    qint64 prizeIndividual = 0; // tiền thưởng per person, đồng; 0 = no article on money
    qint64 prizeCollective = 0;
    QString fundingSource; // "nguồn quỹ thi đua, khen thưởng của nhà trường"
    QString executors; // who carries it out (Điều 3)
    Blocks articles; // replaces the generated articles when not empty
};

class DecisionDocument
{
public:
    static QString kind() { return QStringLiteral("quyet_dinh"); }
    static QString typeAbbreviation() { return QStringLiteral("QĐ"); }
    static Document build(const DecisionData& data, const DocumentOrigin& origin);
};

} // namespace thidua
