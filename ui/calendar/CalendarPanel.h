#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace thidua {

class CalendarDatesDialog;
class CalendarModel;
class Workspace;

// Lịch công việc (issue 17, point 2), on the first page: the deadlines of the school year chosen in the toolbar with
// the days left and what is still missing for each, overdue ones in red; “Change dates…” opens CalendarDatesDialog.
// It reads the calendar each time it is shown and, while shown, again shortly after the records it checks change.
class CalendarPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPanel(Workspace& workspace, QWidget* parent = nullptr);

    // Reads the calendar of the current year now.
    void reload();
    // Opens the dates dialog (non-blocking).
    CalendarDatesDialog* editDates();

    CalendarModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* heading() const { return m_heading; }
    // Four rows high: the page shares its height with the missing list and must fit 1366×768 (the table scrolls).
    QSize sizeHint() const override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleReload();
    void saveDates(CalendarDatesDialog* dialog);
    void spanMissingRows();

    Workspace& m_workspace;
    CalendarModel* m_model;
    QTableView* m_view;
    QLabel* m_heading;
    QPushButton* m_datesButton;
    QTimer* m_reloadTimer;
};

} // namespace thidua
