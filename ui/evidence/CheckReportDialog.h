#pragma once

#include "core/evidence/EvidenceCheck.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace thidua {

// What the integrity check found: a summary (files and bytes checked, errors, warnings) and each problem in its own
// words, errors first, with the file and the evidence code.
class CheckReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckReportDialog(const CheckReport& report, QWidget* parent = nullptr);

    QString summaryText() const;
    QListWidget* problems() const { return m_problems; }

private:
    QLabel* m_summary;
    QListWidget* m_problems;
};

} // namespace thidua
