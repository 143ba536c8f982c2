#pragma once

#include "core/documents/LegalBasis.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace thidua {

// Edits one căn cứ: its type, number, date, issuer, title, the dates it is in force, the verb ("Căn cứ" or "Thực
// hiện"), the kinds that cite it (none ticked: all) and its place in the list. Dates are typed as dd/mm/yyyy; empty =
// none.
class LegalBasisDialog : public QDialog
{
    Q_OBJECT

public:
    LegalBasisDialog(const LegalBasis& basis, QWidget* parent = nullptr);

    // The basis as entered; `error` says which date cannot be read (empty when all is well).
    LegalBasis basis(QString* error = nullptr) const;

    void accept() override;

private:
    void updateCitation();

    LegalBasis m_basis;
    QLineEdit* m_verb;
    QLineEdit* m_docType;
    QLineEdit* m_number;
    QLineEdit* m_issuedOn;
    QLineEdit* m_issuer;
    QPlainTextEdit* m_title;
    QLineEdit* m_validFrom;
    QLineEdit* m_validTo;
    QList<QCheckBox*> m_kinds; // one per kind (DocumentSpec::kinds()); none checked = every kind
    QSpinBox* m_order;
    QLabel* m_citation;
};

} // namespace thidua
