#pragma once

#include "core/activities/Initiative.h"
#include "core/common/Result.h"
#include "core/people/Person.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace thidua {

// The form of one initiative: title, authors (checked among the staff; the order kept is the list's, first authors
// already stored first), the level and, once recognised, the decision's number, date and issuer. OK hands it to the
// submit function; a refusal keeps the dialog and its input.
class InitiativeDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const Initiative&)>;

    InitiativeDialog(const Initiative& initiative, const People& staff, QWidget* parent = nullptr);

    Initiative initiative() const;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void submit();

private:
    Initiative m_initiative;
    Submit m_submit;
    QLineEdit* m_title;
    QListWidget* m_authors;
    QComboBox* m_level;
    QCheckBox* m_recognised;
    QLineEdit* m_number;
    QDateEdit* m_date;
    QLineEdit* m_issuer;
};

} // namespace thidua
