#pragma once

#include "core/common/Result.h"
#include "core/people/Person.h"
#include "core/people/PersonValidator.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace thidua {

// Adds or edits one person. Checks what was typed (PersonValidator: name, dates, a code someone else has) and
// shows each problem in Vietnamese under its field; only a valid person reaches the Saver. When saving fails
// (the database is locked, say), the dialog says so and stays open with everything typed.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    // A unit (tổ or lớp) the person may be placed in for the shown school year.
    struct Unit
    {
        qint64 id = 0;
        QString name;
    };
    using Validator = std::function<QList<PersonValidator::Problem>(const Person&)>;
    using Saver = std::function<Status(const Person&, qint64 unitId)>;

    // `yearName` is the school year the unit belongs to ("2025-2026"); empty when the school has no year yet.
    PersonDialog(PersonKind kind, const QList<Unit>& units, const QString& yearName, QWidget* parent = nullptr);

    // Fills the fields for editing; without it the dialog adds a new person.
    void setPerson(const Person& person, qint64 unitId);
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    // The person as typed (cleaned, not yet checked) and the unit chosen (0: none).
    Person person() const;
    qint64 unitId() const;

    void accept() override;

private:
    enum class Field
    {
        Name,
        BirthDate,
        Code,
        ActiveFrom,
        Email,
        Other,
    };
    QLabel* addProblemLabel(Field field);
    bool showProblems();
    void clearProblems();
    // Shows `text` under its field (hides the label's row when empty).
    void setProblemText(QLabel* label, const QString& text);
    void fitHeight();
    void splitFullNameIfTyped();
    void updateAgeWarning();

    PersonKind m_kind;
    Person m_original;
    Validator m_validator;
    Saver m_saver;
    bool m_checkAsTyped = false; // after a first failed attempt, problems update as the user types

    QLineEdit* m_familyName;
    QLineEdit* m_middleName;
    QLineEdit* m_givenName;
    QComboBox* m_gender;
    QLineEdit* m_birthDate;
    QLineEdit* m_code;
    QLineEdit* m_position;
    QComboBox* m_unit;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_activeFrom;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_form = nullptr;
    QHash<int, QLabel*> m_problemLabels; // by Field
    QLabel* m_ageWarning; // an unlikely age for the kind and class (AgePlausibility): a warning, saving still allowed
    int m_startYear; // of the school year the form is about, for the age
};

} // namespace thidua
