#pragma once

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace thidua {

// The details of one evidence file: its code (unique within the year), a description and, for an official paper,
// its number, date (dd/MM/yyyy) and issuer. The file itself never changes. When saving fails (a code already used,
// the database locked) the dialog says so and stays open with what was typed.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Evidence&)>;

    explicit EvidenceDialog(const Evidence& evidence, QWidget* parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The evidence as typed; false (and a message) when the date cannot be read or the code is empty.
    bool read(Evidence* evidence);
    QString problemText() const;

    void accept() override;

private:
    Evidence m_evidence;
    Saver m_saver;
    QLineEdit* m_code;
    QPlainTextEdit* m_description;
    QLineEdit* m_number;
    QLineEdit* m_date;
    QLineEdit* m_issuer;
    QLabel* m_problem;
};

} // namespace thidua
