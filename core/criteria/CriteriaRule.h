#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace thidua {

struct CriteriaSet;
struct CriteriaItem;

// The answer given to one leaf in an assessment.
struct ItemAnswer
{
    enum class State
    {
        Unanswered,
        Answered,
        NotApplicable, // the item does not concern this subject (a chỉ tiêu only for vocational schools)
    };
    State state = State::Unanswered;
    qint64 value = 0; // PassFail: 1 đạt, 0 không đạt; Points: points; Rate: numerator; Count: the count
    qint64 denominator = 0; // Rate only
    QString note;
    QString evidenceRef; // link point for the evidence store (later); empty until then

    bool operator==(const ItemAnswer&) const = default;
};

using ItemAnswers = QHash<QString, ItemAnswer>; // by item code

// The result an assessment gets from its set's rule.
struct CriteriaOutcome
{
    enum class Verdict
    {
        Incomplete, // some item the rule needs is not answered
        Pass,
        Fail,
    };
    Verdict verdict = Verdict::Incomplete;
    int level = 0; // Levels rule: the highest level met (0: none)
    qint64 points = -1; // Points rule: the total (-1: not a points rule)
    QString reason; // plain words: "không đạt: NL1.CS3 dưới 5 điểm"

    bool operator==(const CriteriaOutcome&) const = default;
    static QString verdictKey(Verdict verdict); // "incomplete", "pass", "fail"
    static bool verdictFromKey(const QString& key, Verdict* verdict);
};

// How a set's result is decided. Pure functions: no database, tested with data tables (TestCriteriaRule).
struct CriteriaRule
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaRule)

public:
    enum class Kind
    {
        AllPass, // every leaf passes
        Points, // total points ≥ minTotal and no points leaf under minEach (other leaves pass)
        Levels, // a level is met when every leaf of that level passes; the result is the highest level met
    };
    struct Level
    {
        int number = 1;
        QString name; // "Mức độ 1"
        bool operator==(const Level&) const = default;
    };

    Kind kind = Kind::AllPass;
    int minTotal = 0;
    int minEach = 0;
    QList<Level> levels; // ascending numbers

    bool operator==(const CriteriaRule&) const = default;

    static QString kindKey(Kind kind); // "all_pass", "points", "levels"
    static bool kindFromKey(const QString& key, Kind* kind);
    // "Đạt tất cả", "Từ 80 điểm, không mục nào dưới 5 điểm", "Theo mức độ: Mức độ 1, Mức độ 2"
    QString describe() const;

    // Whether one leaf passes with this answer: 1 passes, 0 fails, -1 unanswered or not applicable. `why` gets the
    // reason of a failure ("H1.TC2.CT1 dưới 90 % (85,0 %)").
    static int judge(const CriteriaItem& item, const ItemAnswer& answer, QString* why);

    // The result of `set` with these answers.
    static CriteriaOutcome evaluate(const CriteriaSet& set, const ItemAnswers& answers);

private:
    static CriteriaOutcome allPass(const CriteriaSet& set, const ItemAnswers& answers);
    static CriteriaOutcome points(const CriteriaSet& set, const ItemAnswers& answers);
    static CriteriaOutcome byLevels(const CriteriaSet& set, const ItemAnswers& answers);
};

} // namespace thidua
