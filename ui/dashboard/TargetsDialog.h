#pragma once

#include "core/criteria/Targets.h"
#include "core/school/School.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace thidua {

// The movement's targets of one school year: the share of staff and students (and of each class) to be recognised
// Công dân học tập, the share of each tổ's members, the learning models per tổ and the day on which people count.
// The models each tổ built are not typed here: the dashboard counts those recorded on the Activities page.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(const SchoolYear& year, const Targets& targets, QWidget* parent = nullptr);

    Targets targets() const;

    QDoubleSpinBox* rateBox() const { return m_rate; }
    QSpinBox* modelsPerGroupBox() const { return m_modelsPerGroup; }

signals:
    // OK was pressed: the page saves targets(), then accepts.
    void saveRequested();

private:
    SchoolYear m_year;
    Targets m_targets;
    QDoubleSpinBox* m_rate;
    QDoubleSpinBox* m_groupRate;
    QSpinBox* m_modelsPerGroup;
    QCheckBox* m_yearEnd;
    QDateEdit* m_referenceDate;
};

} // namespace thidua
