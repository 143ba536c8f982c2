#pragma once

#include "core/activities/Activity.h"
#include "core/common/Result.h"
#include "core/people/Collective.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace thidua {

// The form of one activity: kind, title, dates, organising collective, the collectives that took part (checked),
// how many people took part, description. People listed as participants (entered through the command line or an
// import) are kept as they are; with people listed, the count is not asked. OK hands the activity to the submit
// function (the page's ActivityService call); a refusal keeps the dialog and its input.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const Activity&)>;

    ActivityDialog(const Activity& activity, const Collectives& collectives, QWidget* parent = nullptr);

    Activity activity() const;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void submit();

private:
    Activity m_activity;
    Submit m_submit;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_organizer;
    QListWidget* m_collectives;
    QSpinBox* m_count;
    QPlainTextEdit* m_description;
};

} // namespace thidua
