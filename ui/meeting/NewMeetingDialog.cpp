#include "ui/meeting/NewMeetingDialog.h"

#include "ui/common/WindowSize.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace thidua {

NewMeetingDialog::NewMeetingDialog(
    qint64 schoolYearId, const NominationViews& nominations, const QDateTime& startsAt, QWidget* parent)
    : QDialog(parent)
    , m_schoolYearId(schoolYearId)
    , m_title(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_startsAt(new QDateTimeEdit(startsAt, this))
    , m_nominees(new QListWidget(this))
{
    setWindowTitle(tr("New council meeting"));
    m_title->setPlaceholderText(tr("Left empty: the usual title with the school year"));
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Where the council meets"));
    m_startsAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_startsAt->setCalendarPopup(true);
    m_nominees->setObjectName(QStringLiteral("nominees"));
    m_nominees->setSpacing(2);
    for (const NominationView& view : nominations) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2").arg(view.subjectName, view.form.name), m_nominees);
        item->setData(Qt::UserRole, view.nomination.id);
        const bool ready = votable(view);
        item->setFlags(ready ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(ready ? Qt::Checked : Qt::Unchecked);
        if (!ready)
            item->setToolTip(tr("Not ready for the vote: an eligibility check is open, or it was voted on already."));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Starts at:"), m_startsAt);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* explanation = new QLabel(tr("Nominees considered (the council of the year is the roster, everyone "
                                      "present; change attendance in meeting mode):"),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_nominees, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    WindowSize::fit(this, QSize(640, 520));
}

bool NewMeetingDialog::votable(const NominationView& view)
{
    const auto state = view.nomination.state;
    return (state == Nomination::State::Proposed || state == Nomination::State::Reviewed)
        && view.openProblems().isEmpty();
}

MeetingService::NewMeeting NewMeetingDialog::meeting() const
{
    MeetingService::NewMeeting meeting;
    meeting.schoolYearId = m_schoolYearId;
    meeting.title = m_title->text().trimmed();
    meeting.place = m_place->text().trimmed();
    meeting.startsAt = m_startsAt->dateTime();
    return meeting;
}

QList<qint64> NewMeetingDialog::nominationIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_nominees->count(); ++row) {
        const QListWidgetItem* item = m_nominees->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void NewMeetingDialog::setPlace(const QString& place)
{
    m_place->setText(place);
}

} // namespace thidua
