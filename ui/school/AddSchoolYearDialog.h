#pragma once

#include "core/school/School.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QSpinBox;

namespace thidua {

// Asks for a new school year: its first calendar year and its dates (05/9 to 31/5 unless changed).
class AddSchoolYearDialog : public QDialog
{
    Q_OBJECT

public:
    AddSchoolYearDialog(const SchoolYears& existing, const QDate& today, QWidget* parent = nullptr);

    SchoolYear year() const;
    void accept() override;

private:
    void startYearChanged(int startYear);

    SchoolYears m_existing;
    QSpinBox* m_startYear;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLabel* m_problem;
};

} // namespace thidua
