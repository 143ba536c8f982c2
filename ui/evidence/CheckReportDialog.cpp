#include "ui/evidence/CheckReportDialog.h"

#include "core/text/VietnameseFormat.h"
#include "ui/common/WindowSize.h"
#include "ui/evidence/EvidenceListModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace thidua {

CheckReportDialog::CheckReportDialog(const CheckReport& report, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("checkReportDialog"));
    setWindowTitle(tr("Check of the database and the evidence files"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);

    const QString checked = tr("%n file(s) checked (%1).", nullptr, report.objectsChecked)
                                .arg(EvidenceListModel::sizeText(report.bytesChecked));
    QString verdict;
    if (report.problems.isEmpty())
        verdict = tr("No problem found: the database is sound and every file is present and unaltered.");
    else
        verdict =
            tr("%1 error(s), %2 warning(s).")
                .arg(VietnameseFormat::integer(report.errorCount()), VietnameseFormat::integer(report.warningCount()));
    m_summary->setText(checked + QLatin1Char(' ') + verdict);

    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (bool errors : { true, false }) {
        for (const CheckProblem& problem : report.problems) {
            if (problem.isError() == errors)
                new QListWidgetItem(errors ? error : warning, problem.message(), m_problems);
        }
    }
    m_problems->setVisible(!report.problems.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    WindowSize::fit(this, report.problems.isEmpty() ? QSize(520, 160) : QSize(820, 480));
}

QString CheckReportDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace thidua
