#include "ui/meeting/NominationDialog.h"

#include "ui/common/WindowSize.h"
#include "ui/documents/SubjectPickerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thidua {

NominationDialog::NominationDialog(
    QList<AwardForm> forms, QList<DraftSubject> subjects, Collectives units, const SchoolYear& year, QWidget* parent)
    : QDialog(parent)
    , m_forms(std::move(forms))
    , m_subjects(std::move(subjects))
    , m_units(std::move(units))
    , m_yearId(year.id)
    , m_form(new QComboBox(this))
    , m_formInfo(new QLabel(this))
    , m_subjectName(new QLabel(this))
    , m_chooseSubject(new QPushButton(tr("Choose…"), this))
    , m_movement(new QLineEdit(defaultMovement(), this))
    , m_period(new QLineEdit(QStringLiteral("năm học %1").arg(year.name()), this))
    , m_achievement(new QPlainTextEdit(this))
    , m_proposedBy(new QComboBox(this))
{
    setWindowTitle(tr("Add a nomination"));
    m_form->setObjectName(QStringLiteral("form"));
    for (const AwardForm& form : std::as_const(m_forms)) {
        const QString kind = form.subject == AwardForm::Subject::Person ? tr("person") : tr("collective");
        m_form->addItem(
            QStringLiteral("%1 (%2, %3)").arg(form.name, AwardForm::categoryName(form.category), kind), form.key);
    }
    m_formInfo->setWordWrap(true);
    m_subjectName->setObjectName(QStringLiteral("subject"));
    m_subjectName->setText(tr("(none chosen)"));
    m_chooseSubject->setObjectName(QStringLiteral("chooseSubject"));
    m_achievement->setObjectName(QStringLiteral("achievement"));
    m_achievement->setPlaceholderText(tr("A short summary of the achievement (tóm tắt thành tích)"));
    m_achievement->setTabChangesFocus(true);
    m_proposedBy->setEditable(true);
    m_proposedBy->addItem(QString(), qint64(0));
    for (const Collective& unit : std::as_const(m_units))
        m_proposedBy->addItem(unit.name, unit.id);
    m_proposedBy->lineEdit()->setPlaceholderText(tr("A tổ, or another organisation such as the Công đoàn"));

    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectName, 1);
    subjectRow->addWidget(m_chooseSubject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Award:"), m_form);
    form->addRow(QString(), m_formInfo);
    form->addRow(tr("Nominee:"), subjectRow);
    form->addRow(tr("&Movement:"), m_movement);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("A&chievement:"), m_achievement);
    form->addRow(tr("Proposed &by:"), m_proposedBy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &QComboBox::currentIndexChanged, this, &NominationDialog::formChanged);
    connect(m_chooseSubject, &QPushButton::clicked, this, &NominationDialog::chooseSubject);
    formChanged();
    WindowSize::fit(this, QSize(700, 440));
}

QString NominationDialog::defaultMovement()
{
    return QStringLiteral("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời");
}

const AwardForm* NominationDialog::form() const
{
    const int index = m_form->currentIndex();
    return index >= 0 && index < m_forms.size() ? &m_forms[index] : nullptr;
}

void NominationDialog::formChanged()
{
    const AwardForm* chosen = form();
    if (chosen) {
        m_formInfo->setText(chosen->schoolDecides() ? tr("Decided by the school (%1).").arg(chosen->decidedBy)
                                                    : tr("Proposed upward; decided by %1.").arg(chosen->decidedBy));
    }
    // A person for a person's award, a collective for a collective's.
    if (m_subject && chosen && m_subject->collective != (chosen->subject == AwardForm::Subject::Collective)) {
        m_subject.reset();
        m_subjectName->setText(tr("(none chosen)"));
    }
    updateOk();
}

bool NominationDialog::setForm(const QString& key)
{
    const int index = m_form->findData(key);
    if (index >= 0)
        m_form->setCurrentIndex(index);
    return index >= 0;
}

void NominationDialog::setSubject(const DraftSubject& subject)
{
    m_subject = subject;
    m_subjectName->setText(
        subject.position.isEmpty() ? subject.name : QStringLiteral("%1 (%2)").arg(subject.name, subject.position));
    updateOk();
}

void NominationDialog::setAchievement(const QString& text)
{
    m_achievement->setPlainText(text);
}

void NominationDialog::chooseSubject()
{
    const AwardForm* chosen = form();
    const auto show = chosen && chosen->subject == AwardForm::Subject::Collective ? SubjectTableModel::Show::Collectives
                                                                                  : SubjectTableModel::Show::People;
    auto* picker = new SubjectPickerDialog(m_subjects, show, false, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &SubjectPickerDialog::chosen, this, [this](const QList<DraftSubject>& subjects) {
        if (!subjects.isEmpty())
            setSubject(subjects.first());
    });
    picker->open();
}

void NominationDialog::accept()
{
    if (!form() || !m_subject)
        return;
    if (m_submit && !m_submit(nomination()))
        return;
    QDialog::accept();
}

void NominationDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(form() && m_subject.has_value());
}

Nomination NominationDialog::nomination() const
{
    Nomination nomination;
    nomination.schoolYearId = m_yearId;
    if (const AwardForm* chosen = form()) {
        nomination.formKey = chosen->key;
        nomination.subject = chosen->subject;
    }
    if (m_subject)
        nomination.subjectId = m_subject->id;
    nomination.movement = m_movement->text().trimmed();
    nomination.period = m_period->text().trimmed();
    nomination.achievement = m_achievement->toPlainText().trimmed();
    const QString proposer = m_proposedBy->currentText().trimmed();
    const int unit = m_proposedBy->findText(proposer);
    if (unit > 0)
        nomination.proposedByCollectiveId = m_proposedBy->itemData(unit).toLongLong();
    else
        nomination.proposedBy = proposer;
    return nomination;
}

} // namespace thidua
