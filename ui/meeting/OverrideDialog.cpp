#include "ui/meeting/OverrideDialog.h"

#include "ui/common/WindowSize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thidua {

OverrideDialog::OverrideDialog(const NominationView& view, QWidget* parent)
    : QDialog(parent)
    , m_problems(view.openProblems())
    , m_problem(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_by(new QLineEdit(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Override an eligibility check"));
    for (const Eligibility::Problem& problem : std::as_const(m_problems))
        m_problem->addItem(Eligibility::ruleName(problem.rule));
    m_explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the council goes on despite this check (printed in the minutes)"));
    m_by->setObjectName(QStringLiteral("by"));
    m_by->setPlaceholderText(tr("Who decided (the chair)"));
    auto* form = new QFormLayout;
    form->addRow(tr("Nominee:"), new QLabel(QStringLiteral("%1 – %2").arg(view.subjectName, view.form.name), this));
    form->addRow(tr("&Check:"), m_problem);
    form->addRow(QString(), m_explanation);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Decided &by:"), m_by);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Override"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_problem, &QComboBox::currentIndexChanged, this, &OverrideDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::update);
    connect(m_by, &QLineEdit::textChanged, this, &OverrideDialog::update);
    update();
    WindowSize::fit(this, QSize(640, 380));
}

Eligibility::Rule OverrideDialog::rule() const
{
    const int index = m_problem->currentIndex();
    return index >= 0 && index < m_problems.size() ? m_problems[index].rule : Eligibility::Rule::OneFormPerAchievement;
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString OverrideDialog::by() const
{
    return m_by->text().trimmed();
}

void OverrideDialog::fill(int problem, const QString& reason, const QString& by)
{
    m_problem->setCurrentIndex(problem);
    m_reason->setPlainText(reason);
    m_by->setText(by);
}

void OverrideDialog::update()
{
    const int index = m_problem->currentIndex();
    m_explanation->setText(index >= 0 && index < m_problems.size() ? m_problems[index].explanation : QString());
    m_ok->setEnabled(index >= 0 && !reason().isEmpty() && !by().isEmpty());
}

} // namespace thidua
