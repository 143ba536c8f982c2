#pragma once

#include "core/meeting/Nomination.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace thidua {

// Overrides one open eligibility problem of a nomination: the problem (its explanation shown whole), the council's
// reason and who decided; the reason is kept and printed in the biên bản. Both are required.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(const NominationView& view, QWidget* parent = nullptr);

    Eligibility::Rule rule() const;
    QString reason() const;
    QString by() const;
    // Test seam: fills the form as the user does.
    void fill(int problem, const QString& reason, const QString& by);

private:
    void update();

    QList<Eligibility::Problem> m_problems;
    QComboBox* m_problem;
    QLabel* m_explanation;
    QPlainTextEdit* m_reason;
    QLineEdit* m_by;
    QPushButton* m_ok;
};

} // namespace thidua
