#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace thidua {

// One node of a criteria set (bộ tiêu chí): a tiêu chí (depth 0), a chỉ tiêu (depth 1) or a chỉ số (depth 2). A node
// with children is a Group; a leaf is answered in an assessment, and its kind says how it is judged.
struct CriteriaItem
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaItem)

public:
    enum class Kind
    {
        Group, // has children; judged through them
        PassFail, // đạt / không đạt
        Points, // 0…maximum points
        Rate, // numerator of denominator, passes at threshold % or more (integer arithmetic)
        Count, // passes at threshold or more (“ít nhất 1 mô hình”)
    };
    static constexpr int MaxDepth = 2;
    static constexpr int MaxPoints = 1000;
    static constexpr int MaxCount = 1000000;

    QString code; // unique in its set ("TC1", "H1.TC2.CT3")
    int depth = 0; // 0 tiêu chí, 1 chỉ tiêu, 2 chỉ số
    QString text;
    Kind kind = Kind::PassFail;
    int maximum = 0; // Points: the most points
    int threshold = 0; // Rate: percent (0…100); Count: the minimum
    QString unit; // Count: what is counted ("mô hình")
    QString evidence; // the minh chứng expected
    bool unconfirmed = false; // shown as “cần đối chiếu văn bản gốc”
    QString unconfirmedNote; // why
    QList<int> levels; // the levels (Mức độ) this node belongs to; empty: its parent's (all at the top)

    bool isLeaf() const { return kind != Kind::Group; }
    bool operator==(const CriteriaItem&) const = default;

    // "pass_fail", "points", "rate", "count", "group" (JSON and .xlsx)
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString& key, Kind* kind);
    // "tiêu chí", "chỉ tiêu", "chỉ số"
    static QString depthName(int depth);
    // What passes, for people: "đạt / không đạt", "tối đa 10 điểm", "≥ 90 %", "≥ 1 mô hình"
    QString requirement() const;
};

using CriteriaItems = QList<CriteriaItem>;

} // namespace thidua
