#include "ui/activities/ActivityDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua {

ActivityDialog::ActivityDialog(const Activity& activity, const Collectives& collectives, QWidget* parent)
    : QDialog(parent)
    , m_activity(activity)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(activity.title, this))
    , m_from(new QDateEdit(activity.startDate, this))
    , m_to(new QDateEdit(activity.endDate.isValid() ? activity.endDate : activity.startDate, this))
    , m_organizer(new QComboBox(this))
    , m_collectives(new QListWidget(this))
    , m_count(new QSpinBox(this))
    , m_description(new QPlainTextEdit(activity.description, this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id > 0 ? tr("Activity") : tr("New activity"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_title->setObjectName(QStringLiteral("title"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_organizer->setObjectName(QStringLiteral("organizer"));
    m_collectives->setObjectName(QStringLiteral("collectives"));
    m_count->setObjectName(QStringLiteral("count"));
    m_description->setObjectName(QStringLiteral("description"));
    for (const Activity::Kind kind : Activity::kinds())
        m_kind->addItem(Activity::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(activity.kind)));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_organizer->addItem(tr("(none)"), qint64(0));
    for (const Collective& c : collectives) {
        m_organizer->addItem(c.name, c.id);
        auto* item = new QListWidgetItem(c.name, m_collectives);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(activity.collectiveIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_organizer->setCurrentIndex(std::max(0, m_organizer->findData(activity.organizerId)));
    m_collectives->setMaximumHeight(fontMetrics().height() * 7);
    m_count->setRange(0, 100000);
    m_count->setValue(activity.participantCount);
    m_count->setEnabled(activity.participantIds.isEmpty());
    m_description->setMaximumHeight(fontMetrics().height() * 5);
    m_title->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&Organised by:"), m_organizer);
    form->addRow(tr("Collectives &taking part:"), m_collectives);
    form->addRow(tr("&Number of participants:"), m_count);
    if (!activity.participantIds.isEmpty())
        form->addRow(QString(),
            new QLabel(tr("%n person(s) listed as participants.", nullptr, int(activity.participantIds.size())), this));
    form->addRow(tr("&Description:"), m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Activity ActivityDialog::activity() const
{
    Activity a = m_activity;
    a.kind = Activity::Kind(m_kind->currentData().toInt());
    a.title = m_title->text();
    a.startDate = m_from->date();
    a.endDate = m_to->date();
    a.organizerId = m_organizer->currentData().toLongLong();
    a.collectiveIds.clear();
    for (int row = 0; row < m_collectives->count(); ++row) {
        const QListWidgetItem* item = m_collectives->item(row);
        if (item->checkState() == Qt::Checked)
            a.collectiveIds << item->data(Qt::UserRole).toLongLong();
    }
    a.participantCount = a.participantIds.isEmpty() ? m_count->value() : 0;
    a.description = m_description->toPlainText();
    return a;
}

void ActivityDialog::submit()
{
    if (!m_submit || m_submit(activity()).ok())
        accept();
}

} // namespace thidua
