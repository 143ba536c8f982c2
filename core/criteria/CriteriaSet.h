#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaItem.h"
#include "core/criteria/CriteriaRule.h"

#include <QCoreApplication>

namespace thidua {

// A criteria set (bộ tiêu chí), one version of it: a named tree of items (depth-first, each with its depth), who it
// is for, its legal basis and the rule that gives the result. A version that an assessment uses never changes:
// editing it makes the next version (CriteriaService::saveSet).
struct CriteriaSet
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSet)

public:
    enum class Target
    {
        Staff,
        Students,
        People, // staff and students
        Collective, // collectiveKind says which ("subject_group", "class", …; empty: any)
        School,
    };

    qint64 id = 0; // the version's row; 0 before it is stored
    QString key; // stable across versions ("don-vi-hoc-tap-cap-huyen")
    int version = 1;
    QString name;
    Target target = Target::School;
    QString collectiveKind;
    QString legalBasis;
    QString note;
    bool statusOnly = false; // results are recorded per person elsewhere (Công dân học tập), not assessed here
    bool builtIn = false; // installed from resources/criteria
    CriteriaRule rule;
    CriteriaItems items; // depth-first

    // The same content (everything but id, version and builtIn).
    bool sameContent(const CriteriaSet& other) const;

    // The leaves, in order.
    CriteriaItems leaves() const;
    // Index of the item with that code, -1 when none.
    qsizetype indexOf(const QString& code) const;
    // The items directly under items[index] (their indexes); index -1: the top level.
    QList<qsizetype> children(qsizetype index) const;
    // The levels a leaf counts for: its own, else its nearest ancestor's; empty: every level.
    QList<int> effectiveLevels(qsizetype index) const;
    // How many items are marked “cần đối chiếu văn bản gốc”.
    int unconfirmedCount() const;

    // Checks the shape: a key and a name, codes unique and non-empty, depths from 0 going down one at a time, groups
    // with children and leaves without, limits of each kind, levels known to the rule. The first problem, with the
    // item's code.
    Status validate() const;

    static QString targetKey(Target target);
    static bool targetFromKey(const QString& key, Target* target);
    // "Trường", "Cán bộ, giáo viên, nhân viên", …
    static QString targetName(Target target);
};

using CriteriaSets = QList<CriteriaSet>;

} // namespace thidua
