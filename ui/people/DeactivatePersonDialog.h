#pragma once

#include "core/people/Person.h"

#include <QDialog>

class QDateEdit;
class QLabel;

namespace thidua {

// Asks on which day a person left the school. The record stays, with its history; only the lists of later
// years leave the person out.
class DeactivatePersonDialog : public QDialog
{
    Q_OBJECT

public:
    DeactivatePersonDialog(const Person& person, const QDate& today, QWidget* parent = nullptr);

    QDate leftOn() const;
    void accept() override;

private:
    Person m_person;
    QDateEdit* m_date;
    QLabel* m_problem;
};

} // namespace thidua
