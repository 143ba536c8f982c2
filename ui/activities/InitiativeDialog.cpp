#include "ui/activities/InitiativeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace thidua {

InitiativeDialog::InitiativeDialog(const Initiative& initiative, const People& staff, QWidget* parent)
    : QDialog(parent)
    , m_initiative(initiative)
    , m_title(new QLineEdit(initiative.title, this))
    , m_authors(new QListWidget(this))
    , m_level(new QComboBox(this))
    , m_recognised(new QCheckBox(tr("Recognised by a decision"), this))
    , m_number(new QLineEdit(initiative.decisionNumber, this))
    , m_date(new QDateEdit(initiative.decisionDate.isValid() ? initiative.decisionDate : QDate::currentDate(), this))
    , m_issuer(new QLineEdit(initiative.decisionIssuer, this))
{
    setObjectName(QStringLiteral("initiativeDialog"));
    setWindowTitle(initiative.id > 0 ? tr("Initiative") : tr("New initiative"));
    m_title->setObjectName(QStringLiteral("title"));
    m_authors->setObjectName(QStringLiteral("authors"));
    m_level->setObjectName(QStringLiteral("level"));
    m_recognised->setObjectName(QStringLiteral("recognised"));
    m_number->setObjectName(QStringLiteral("number"));
    m_date->setObjectName(QStringLiteral("date"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    // The authors already stored first, in their order, then the rest of the staff.
    QList<const Person*> ordered;
    for (const qint64 id : initiative.authorIds) {
        for (const Person& p : staff) {
            if (p.id == id)
                ordered << &p;
        }
    }
    for (const Person& p : staff) {
        if (!initiative.authorIds.contains(p.id))
            ordered << &p;
    }
    for (const Person* p : std::as_const(ordered)) {
        auto* item = new QListWidgetItem(
            p->code.isEmpty() ? p->fullName() : p->fullName() + QStringLiteral(" (") + p->code + QLatin1Char(')'),
            m_authors);
        item->setData(Qt::UserRole, p->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(initiative.authorIds.contains(p->id) ? Qt::Checked : Qt::Unchecked);
    }
    m_authors->setMaximumHeight(fontMetrics().height() * 8);
    for (const Initiative::Level level : Initiative::levels())
        m_level->addItem(Initiative::levelName(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(initiative.level)));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_recognised->setChecked(!initiative.decisionNumber.isEmpty());
    auto enable = [this](bool on) {
        for (QWidget* w : std::initializer_list<QWidget*> { m_number, m_date, m_issuer })
            w->setEnabled(on);
    };
    enable(m_recognised->isChecked());
    connect(m_recognised, &QCheckBox::toggled, this, enable);
    m_title->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Authors:"), m_authors);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(QString(), m_recognised);
    form->addRow(tr("Decision &number:"), m_number);
    form->addRow(tr("Decision &date:"), m_date);
    form->addRow(tr("&Issued by:"), m_issuer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InitiativeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Initiative InitiativeDialog::initiative() const
{
    Initiative i = m_initiative;
    i.title = m_title->text();
    i.authorIds.clear();
    for (int row = 0; row < m_authors->count(); ++row) {
        const QListWidgetItem* item = m_authors->item(row);
        if (item->checkState() == Qt::Checked)
            i.authorIds << item->data(Qt::UserRole).toLongLong();
    }
    i.level = Initiative::Level(m_level->currentData().toInt());
    const bool recognised = m_recognised->isChecked();
    i.decisionNumber = recognised ? m_number->text() : QString();
    i.decisionDate = recognised ? m_date->date() : QDate();
    i.decisionIssuer = recognised ? m_issuer->text() : QString();
    return i;
}

void InitiativeDialog::submit()
{
    if (!m_submit || m_submit(initiative()).ok())
        accept();
}

} // namespace thidua
