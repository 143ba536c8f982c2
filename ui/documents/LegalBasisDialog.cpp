#include "ui/documents/LegalBasisDialog.h"

#include "core/documents/DocumentService.h"
#include "core/documents/DocumentSpec.h"
#include "ui/common/WindowSize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thidua {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// dd/mm/yyyy (or d/m/yyyy); empty = no date. False when the text is not a date.
bool readDate(const QString& text, QDate* date)
{
    const QString trimmed = text.trimmed();
    *date = QDate();
    if (trimmed.isEmpty())
        return true;
    for (const QString& format : { QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy") }) {
        *date = QDate::fromString(trimmed, format);
        if (date->isValid())
            return true;
    }
    return false;
}

} // namespace

LegalBasisDialog::LegalBasisDialog(const LegalBasis& basis, QWidget* parent)
    : QDialog(parent)
    , m_basis(basis)
    , m_verb(new QLineEdit(basis.verb, this))
    , m_docType(new QLineEdit(basis.docType, this))
    , m_number(new QLineEdit(basis.number, this))
    , m_issuedOn(new QLineEdit(dateText(basis.issuedOn), this))
    , m_issuer(new QLineEdit(basis.issuer, this))
    , m_title(new QPlainTextEdit(basis.title, this))
    , m_validFrom(new QLineEdit(dateText(basis.validFrom), this))
    , m_validTo(new QLineEdit(dateText(basis.validTo), this))
    , m_order(new QSpinBox(this))
    , m_citation(new QLabel(this))
{
    setObjectName(QStringLiteral("legalBasisDialog"));
    setWindowTitle(basis.id == 0 ? tr("New legal basis") : tr("Edit legal basis"));
    WindowSize::fit(this, QSize(640, 520));
    m_title->setTabChangesFocus(true);
    m_title->setMaximumHeight(90);
    m_order->setRange(-1000, 1000);
    m_order->setValue(basis.sortOrder);
    for (QLineEdit* date : { m_issuedOn, m_validFrom, m_validTo })
        date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_validTo->setPlaceholderText(tr("empty: still in force"));
    auto* kinds = new QWidget(this);
    auto* kindsLayout = new QGridLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& kind : DocumentSpec::kinds()) {
        auto* box = new QCheckBox(DocumentSpec::kindName(kind), kinds);
        box->setObjectName(kind);
        box->setChecked(basis.appliesTo.contains(kind));
        kindsLayout->addWidget(box, int(m_kinds.size()) / 3, int(m_kinds.size()) % 3);
        m_kinds.append(box);
    }
    kinds->setToolTip(tr("The kinds of document that cite it; none ticked: every kind"));
    m_verb->setToolTip(tr("“Căn cứ” or “Thực hiện”"));
    m_citation->setWordWrap(true);
    m_citation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_citation->setObjectName(QStringLiteral("citation"));
    m_issuedOn->setObjectName(QStringLiteral("issuedOn"));
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validTo->setObjectName(QStringLiteral("validTo"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Verb:"), m_verb);
    form->addRow(tr("Document &type:"), m_docType);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Issued on:"), m_issuedOn);
    form->addRow(tr("Issued &by:"), m_issuer);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("In force &from:"), m_validFrom);
    form->addRow(tr("In force &until:"), m_validTo);
    form->addRow(tr("Cited by:"), kinds);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("Printed as:"), m_citation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit* edit : { m_verb, m_docType, m_number, m_issuedOn, m_issuer, m_validFrom, m_validTo })
        connect(edit, &QLineEdit::textChanged, this, &LegalBasisDialog::updateCitation);
    connect(m_title, &QPlainTextEdit::textChanged, this, &LegalBasisDialog::updateCitation);
    updateCitation();
}

LegalBasis LegalBasisDialog::basis(QString* error) const
{
    LegalBasis basis = m_basis;
    basis.verb = m_verb->text().trimmed();
    basis.docType = m_docType->text().trimmed();
    basis.number = m_number->text().trimmed();
    basis.issuer = m_issuer->text().trimmed();
    basis.title = m_title->toPlainText().simplified();
    basis.sortOrder = m_order->value();
    basis.appliesTo.clear();
    for (QCheckBox* box : m_kinds) {
        if (box->isChecked())
            basis.appliesTo << box->objectName();
    }
    QString problem;
    const QList<std::pair<QLineEdit*, QDate*>> dates {
        { m_issuedOn, &basis.issuedOn }, { m_validFrom, &basis.validFrom }, { m_validTo, &basis.validTo }
    };
    for (const auto& [edit, date] : dates) {
        if (!readDate(edit->text(), date) && problem.isEmpty())
            problem = tr("“%1” is not a date such as 14/06/2025.").arg(edit->text().trimmed());
    }
    if (error)
        *error = problem;
    return basis;
}

void LegalBasisDialog::updateCitation()
{
    QString error;
    const LegalBasis entered = basis(&error);
    m_citation->setText(error.isEmpty() ? entered.citation() : error);
}

void LegalBasisDialog::accept()
{
    QString error;
    const LegalBasis entered = basis(&error);
    if (error.isEmpty()) {
        if (const Status valid = DocumentService::validateLegalBasis(entered); !valid)
            error = valid.error().message;
    }
    if (!error.isEmpty()) {
        m_citation->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace thidua
