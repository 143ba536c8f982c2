#include "ui/evidence/EvidenceDialog.h"

#include "ui/common/WindowSize.h"
#include "ui/evidence/EvidenceListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace thidua {

EvidenceDialog::EvidenceDialog(const Evidence& evidence, QWidget* parent)
    : QDialog(parent)
    , m_evidence(evidence)
    , m_code(new QLineEdit(evidence.code, this))
    , m_description(new QPlainTextEdit(evidence.description, this))
    , m_number(new QLineEdit(evidence.paper.number, this))
    , m_date(new QLineEdit(
          evidence.paper.date.isValid() ? evidence.paper.date.toString(QStringLiteral("dd/MM/yyyy")) : QString(), this))
    , m_issuer(new QLineEdit(evidence.paper.issuer, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Evidence %1").arg(evidence.code));
    m_code->setObjectName(QStringLiteral("code"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("e.g. 125/QĐ-UBND"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->setPlaceholderText(tr("e.g. Ủy ban nhân dân huyện"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    m_problem->setPalette(palette);
    m_problem->hide();

    auto* file = new QLabel(
        tr("%1 (%2, %3)").arg(evidence.displayName(), evidence.mediaType, EvidenceListModel::sizeText(evidence.size)),
        this);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), file);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("Document &number:"), m_number);
    form->addRow(tr("Document &date:"), m_date);
    form->addRow(tr("&Issued by:"), m_issuer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    WindowSize::fit(this, QSize(560, 360));
}

QString EvidenceDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool EvidenceDialog::read(Evidence* evidence)
{
    *evidence = m_evidence;
    evidence->code = m_code->text().trimmed();
    evidence->description = m_description->toPlainText().trimmed();
    evidence->paper.number = m_number->text().trimmed();
    evidence->paper.issuer = m_issuer->text().trimmed();
    const QString date = m_date->text().trimmed();
    evidence->paper.date = QDate();
    QString problem;
    if (evidence->code.isEmpty())
        problem = tr("Type the evidence code.");
    if (!date.isEmpty()) {
        for (const QString& format :
            { QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy") }) {
            if (!evidence->paper.date.isValid())
                evidence->paper.date = QDate::fromString(date, format);
        }
        if (!evidence->paper.date.isValid())
            problem = tr("The date “%1” cannot be read: type it as dd/mm/yyyy, e.g. 06/03/2024.").arg(date);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void EvidenceDialog::accept()
{
    Evidence changed;
    if (!read(&changed))
        return;
    if (m_saver) {
        if (auto saved = m_saver(changed); !saved) {
            m_problem->setText(tr("The details could not be saved: %1").arg(saved.error().message));
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace thidua
