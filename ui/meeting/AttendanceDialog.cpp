#include "ui/meeting/AttendanceDialog.h"

#include "ui/common/WindowSize.h"
#include "ui/meeting/AttendanceModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

AttendanceDialog::AttendanceDialog(const MeetingRecord& meeting, QWidget* parent)
    : QDialog(parent)
    , m_quorum(meeting.quorum)
    , m_model(new AttendanceModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Attendance"));
    m_model->setMembers(meeting.members);
    m_view->setObjectName(QStringLiteral("attendance"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Untick an absent member and give the reason; a written opinion is kept too."), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendanceDialog::updateCount);
    updateCount();
    WindowSize::fit(this, QSize(900, 480));
}

QList<MeetingRecord::Member> AttendanceDialog::changed() const
{
    return m_model->changed();
}

void AttendanceDialog::updateCount()
{
    const int present = m_model->presentCount();
    const int members = m_model->rowCount();
    m_count->setText(MeetingRules::quorumMet(present, members, m_quorum)
            ? tr("%1 of %2 present: quorum met.").arg(present).arg(members)
            : tr("%1 of %2 present: no quorum, %3 needed.")
                  .arg(present)
                  .arg(members)
                  .arg(MeetingRules::quorumNeeded(members, m_quorum)));
}

} // namespace thidua
