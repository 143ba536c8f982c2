#pragma once

#include "core/criteria/MovementRoster.h"
#include "core/criteria/TargetRate.h"
#include "core/criteria/Targets.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace thidua {

// One figure against its target: how many of how many, the target in tenths of a percent.
struct RateFigure
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    int targetTenths = 0;

    TargetRate::Level level() const { return TargetRate::level(numerator, denominator, targetTenths); }
    bool met() const { return TargetRate::meets(numerator, denominator, targetTenths); }
    std::optional<qint64> tenths() const { return TargetRate::tenths(numerator, denominator); }
    friend bool operator==(const RateFigure&, const RateFigure&) = default;
};

// The movement's figures for one school year (issue 14, points 5 and 6): the share of people recognised Công dân
// học tập per group (staff, students, both) and per collective (each tổ against the tổ target, each class against
// the school's), the learning models of each tổ, and who is still missing (not đạt: không đạt or chưa đánh giá)
// everywhere. compute() is a pure function of the roster and the targets; it runs in well under a millisecond on
// a large school, so the dashboard recomputes it whole after every change.
class MovementStats
{
    Q_DECLARE_TR_FUNCTIONS(MovementStats)

public:
    enum class Group
    {
        Staff, // cán bộ, giáo viên, nhân viên
        Students, // học sinh
        All, // both together
    };

    struct GroupFigure
    {
        Group group = Group::All;
        RateFigure rate;
        QList<int> missing; // indexes into the roster's people, in list order
    };

    struct CollectiveFigure
    {
        int unit = 0; // index into the roster's units
        RateFigure rate;
        QList<int> missing;
        // Learning models (tổ only): the models recorded in the year and the minimum.
        int models = 0;
        int modelsTarget = 0;
        TargetRate::Level modelsLevel() const { return TargetRate::countLevel(models, modelsTarget); }
    };

    // Translated names for lists and tables: "Cán bộ, giáo viên, nhân viên", "đạt", "chưa đánh giá", "chưa đạt"…
    static QString groupName(Group group);
    static QString groupKey(Group group); // "staff", "students", "all" (JSON)
    static QString standingName(MovementRoster::Standing standing);
    static QString levelName(TargetRate::Level level);

    static MovementStats compute(
        const MovementRoster& roster, const Targets& targets, const LearningModelCounts& counts);

    const QList<GroupFigure>& groups() const { return m_groups; } // Staff, Students, All
    const GroupFigure& group(Group group) const { return m_groups[int(group)]; }
    const QList<CollectiveFigure>& collectives() const { return m_collectives; } // the roster's units, in order
    // The tổ that reached the learning-model minimum, of all tổ (target: every one).
    const RateFigure& modelFigure() const { return m_models; }

private:
    QList<GroupFigure> m_groups;
    QList<CollectiveFigure> m_collectives;
    RateFigure m_models;
};

} // namespace thidua
