#pragma once

#include "core/activities/LearningModel.h"
#include "core/common/Result.h"
#include "core/people/Collective.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace thidua {

// The form of one learning model: the collective that builds it (the tổ first), name, description, result. OK hands
// it to the submit function; a refusal keeps the dialog and its input.
class LearningModelDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const LearningModel&)>;

    LearningModelDialog(const LearningModel& model, const Collectives& collectives, QWidget* parent = nullptr);

    LearningModel model() const;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void submit();

private:
    LearningModel m_model;
    Submit m_submit;
    QComboBox* m_collective;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_result;
};

} // namespace thidua
