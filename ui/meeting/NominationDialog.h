#pragma once

#include "core/awards/AwardForm.h"
#include "core/common/Result.h"
#include "core/documents/DocumentDrafts.h"
#include "core/meeting/Nomination.h"
#include "core/people/Collective.h"
#include "core/school/School.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace thidua {

// A new nomination (đề nghị khen thưởng): the award form first (danh hiệu or hình thức, for a person or a
// collective), then the person or collective (SubjectPickerDialog, limited to the form's kind), the movement and
// period, the achievement and the proposing unit. The page adds it through NominationService when accepted; on an
// error the dialog stays open with its input.
class NominationDialog : public QDialog
{
    Q_OBJECT

public:
    NominationDialog(QList<AwardForm> forms,
        QList<DraftSubject> subjects,
        Collectives units,
        const SchoolYear& year,
        QWidget* parent = nullptr);

    Nomination nomination() const;
    // Runs when the user confirms; the dialog closes only when it succeeds.
    void setSubmit(std::function<Status(const Nomination&)> submit) { m_submit = std::move(submit); }
    void accept() override;
    // Test seams, as the user would choose.
    bool setForm(const QString& key);
    void setSubject(const DraftSubject& subject);
    void setAchievement(const QString& text);
    void chooseSubject(); // opens the picker

    // The default movement: the national one the program is for.
    static QString defaultMovement();

private:
    const AwardForm* form() const;
    void formChanged();
    void updateOk();

    QList<AwardForm> m_forms;
    QList<DraftSubject> m_subjects;
    Collectives m_units;
    qint64 m_yearId;
    std::optional<DraftSubject> m_subject;
    QComboBox* m_form;
    QLabel* m_formInfo;
    QLabel* m_subjectName;
    QPushButton* m_chooseSubject;
    QLineEdit* m_movement;
    QLineEdit* m_period;
    QPlainTextEdit* m_achievement;
    QComboBox* m_proposedBy;
    QPushButton* m_ok = nullptr;
    std::function<Status(const Nomination&)> m_submit;
};

} // namespace thidua
