#pragma once

#include "core/criteria/Targets.h"
#include "core/people/Collective.h"
#include "core/school/School.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace thidua {

// The movement's targets of one school year: the share of staff and students (and of each class) to be recognised
// Công dân học tập, the share of each tổ's members, the learning models per tổ and the day on which people count;
// and the learning models each tổ built that year.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(const SchoolYear& year,
        const Targets& targets,
        const QList<Collective>& groups,
        const LearningModelCounts& counts,
        QWidget* parent = nullptr);

    Targets targets() const;
    // One entry per tổ shown (0 included).
    LearningModelCounts counts() const;

    QDoubleSpinBox* rateBox() const { return m_rate; }
    QSpinBox* countBox(qint64 collectiveId) const;

signals:
    // OK was pressed: the page saves targets() and counts(), then accepts.
    void saveRequested();

private:
    SchoolYear m_year;
    Targets m_targets;
    QDoubleSpinBox* m_rate;
    QDoubleSpinBox* m_groupRate;
    QSpinBox* m_modelsPerGroup;
    QCheckBox* m_yearEnd;
    QDateEdit* m_referenceDate;
    QList<std::pair<qint64, QSpinBox*>> m_counts;
};

} // namespace thidua
