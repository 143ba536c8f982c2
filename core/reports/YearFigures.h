#pragma once

#include "core/activities/Activity.h"
#include "core/activities/Initiative.h"
#include "core/activities/LearningModel.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/MovementStats.h"
#include "core/meeting/Nomination.h"
#include "core/people/Collective.h"
#include "core/school/School.h"

#include <QHash>
#include <QMap>

namespace thidua {

// Everything the annual report and the stage reviews say of one school year, read from the records
// (ReportFiguresQuery): never typed. The Công dân học tập figures and the learning models per tổ are MovementStats'
// over the year's roster and its stored models, as the dashboard shows them.
struct YearFigures
{
    SchoolYear year;
    Targets targets;
    MovementRoster roster;
    MovementStats stats;
    Activities activities; // by start date
    LearningModels models; // by collective
    Collectives groupsWithoutModel; // tổ expected to build a model that have none this year
    Initiatives initiatives;
    NominationViews nominations;
    CriteriaQuery::LearningUnitStatus learningUnit;
    QHash<qint64, QString> collectiveNames; // every collective, by id
    QHash<qint64, QString> personNames; // the initiatives' authors, by id

    // Tổ (chuyên môn, văn phòng) and classes of the year's roster.
    int groupCount() const;
    int classCount() const;
    // Classes that reached the rate target; tổ that reached the tổ target.
    int classesMeetingTarget() const;
    int groupsMeetingTarget() const;

    // Activities per kind, in Activity::kinds() order (kinds with none left out), and people reached in all.
    QList<QPair<Activity::Kind, int>> activitiesPerKind() const;
    int headcount() const;
    // Initiatives recognised (with a decision number) per level, in Initiative::levels() order, levels with none left
    // out.
    QList<QPair<Initiative::Level, int>> initiativesPerLevel() const;

    // The nominations of one award form: proposed (all), passed the council (passed, or further along), decided.
    struct FormTally
    {
        QString formKey;
        QString formName;
        int proposed = 0;
        int passed = 0;
        int failed = 0;
        int decided = 0;
    };
    QList<FormTally> nominationsPerForm() const; // in the order the nominations list the forms
    FormTally nominationTotal() const; // every form together (formKey and formName empty)

    // "Nguyễn Văn An, Lê Thị Bình"; a table cell puts one per line.
    QString authorsOf(const Initiative& initiative, const QString& separator = QStringLiteral(", ")) const;
    QString collectiveName(qint64 id) const { return collectiveNames.value(id); }
};

using YearFiguresList = QList<YearFigures>;

} // namespace thidua
