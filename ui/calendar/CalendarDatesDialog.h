#pragma once

#include "core/calendar/CalendarEntry.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace thidua {

// Changes the dates of the calendar's entries: one field per entry holding "25/11", "01/10–07/10" or, for a one-off,
// "30/09/2025". OK checks every field; the page saves changedEntries() (one transaction) and accepts, or shows why not
// with showProblem() and the dialog keeps what was typed.
class CalendarDatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDatesDialog(const CalendarEntries& entries, QWidget* parent = nullptr);

    // The entries whose dates were changed, read from the fields; false with `problem` set when a field cannot be read.
    bool changedEntries(CalendarEntries* changed, QString* problem) const;
    QLineEdit* field(const QString& key) const;
    void showProblem(const QString& problem);

signals:
    void saveRequested();

private:
    CalendarEntries m_entries;
    QList<QLineEdit*> m_fields;
    QLabel* m_problem;
};

} // namespace thidua
