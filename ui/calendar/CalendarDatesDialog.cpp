#include "ui/calendar/CalendarDatesDialog.h"

#include "core/calendar/CalendarDate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace thidua {

CalendarDatesDialog::CalendarDatesDialog(const CalendarEntries& entries, QWidget* parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Dates of the calendar"));
    setObjectName(QStringLiteral("calendarDates"));
    // By date within the school year (September first), as the calendar lists them, the one-off ones last.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
        auto order = [](const CalendarEntry& e) {
            // Every year from September; then the one-off dates in their order.
            return e.year > 0 ? 100000000 + e.year * 10000 + e.month * 100 + e.day : ((e.month + 3) % 12) * 100 + e.day;
        };
        return order(a) < order(b);
    });
    auto* intro = new QLabel(tr("Write a date as day/month (25/11), an event of several days as 01/10–07/10. An entry "
                                "that comes every year falls in each school year from September to August."),
        this);
    intro->setWordWrap(true);
    // The fields scroll when a school has added many entries of its own; a long name wraps.
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    for (const CalendarEntry& e : std::as_const(m_entries)) {
        auto* edit = new QLineEdit(CalendarDate::datesText(e), fields);
        edit->setObjectName(e.key);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00–00/00/0000")) + 24);
        auto* label = new QLabel(e.name, fields);
        label->setWordWrap(true);
        label->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
        label->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_fields.append(edit);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(qMin(fields->sizeHint().height(), 420));
    scroll->setMinimumWidth(fields->sizeHint().width() + 24);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        CalendarEntries changed;
        QString problem;
        if (!changedEntries(&changed, &problem))
            return showProblem(problem);
        emit saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

bool CalendarDatesDialog::changedEntries(CalendarEntries* changed, QString* problem) const
{
    changed->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        CalendarEntry entry = m_entries[i];
        if (const QString p = CalendarDate::parseDates(m_fields[i]->text(), &entry); !p.isEmpty()) {
            *problem = p;
            return false;
        }
        if (!(entry == m_entries[i]))
            changed->append(entry);
    }
    return true;
}

QLineEdit* CalendarDatesDialog::field(const QString& key) const
{
    for (QLineEdit* edit : m_fields) {
        if (edit->objectName() == key)
            return edit;
    }
    return nullptr;
}

void CalendarDatesDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

} // namespace thidua
