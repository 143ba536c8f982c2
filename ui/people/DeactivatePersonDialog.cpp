#include "ui/people/DeactivatePersonDialog.h"

#include "core/text/VietnameseFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace thidua {

DeactivatePersonDialog::DeactivatePersonDialog(const Person& person, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_person(person)
    , m_date(new QDateEdit(today, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("deactivatePersonDialog"));
    setWindowTitle(person.kind == PersonKind::Student ? tr("Student leaves") : tr("Member of staff leaves"));
    auto* lead = new QLabel(tr("<b>%1</b> will be recorded as having left the school. The record and its history "
                               "are kept; lists of later school years leave %1 out. This can be undone.")
                                .arg(person.fullName().toHtmlEscaped()),
        this);
    lead->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("leftOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(palette);

    auto* form = new QFormLayout;
    form->addRow(tr("&Left on:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lead);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeactivatePersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeactivatePersonDialog::reject);
    setMinimumWidth(420);
}

QDate DeactivatePersonDialog::leftOn() const
{
    return m_date->date();
}

void DeactivatePersonDialog::accept()
{
    if (m_person.activeFrom.isValid() && leftOn() < m_person.activeFrom) {
        m_problem->setText(tr("The day of leaving cannot be before the day %1 started (%2).")
                               .arg(m_person.fullName(), VietnameseFormat::shortDate(m_person.activeFrom)));
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace thidua
