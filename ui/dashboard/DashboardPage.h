#pragma once

#include "core/criteria/MovementStats.h"
#include "core/criteria/MovementStatsQuery.h"
#include "ui/common/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace thidua {

class CalendarPanel;
class CollectiveFigureModel;
class MissingPeopleModel;
class TargetSummaryModel;
class TargetsDialog;

// Thi đua – Công dân học tập (issue 14, point 6): the movement's targets of the school year chosen in the toolbar,
// each with its rate per group and per collective in green / amber / red, who is still missing where, and the
// school's Đơn vị học tập status, and the year's calendar (CalendarPanel) above the missing list. It keeps the year's
// roster in memory: an entered result or an edited person refreshes only the people concerned and recomputes the
// figures (well under a millisecond on a large school), a learning model added or removed refreshes only the counts
// of models; a change of year, collectives or targets reloads the roster.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("movement"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;

    // The school's Đơn vị học tập status of the year in words, with its reason (CriteriaQuery).
    // The one place to connect CriteriaQuery::schoolLearningUnitStatus.
    QString schoolLearningUnitStatus() const;

    // Reads the year again and recomputes (a change of year, collectives or targets).
    void reload();
    // Refreshes these people (their result, dates, name) and recomputes; reloads when one joined or left the year.
    void refreshPeople(const QList<qint64>& personIds);
    // Counts the year's learning models again and recomputes (a model added or removed on the Activities page).
    void refreshModels();
    // Opens the target dialog of the year (non-blocking).
    TargetsDialog* editTargets();

    const MovementStats& stats() const { return m_stats; }
    TargetSummaryModel* summaryModel() const { return m_summary; }
    CollectiveFigureModel* collectiveModel() const { return m_collectives; }
    MissingPeopleModel* missingModel() const { return m_missing; }
    QTableView* summaryTable() const { return m_summaryTable; }
    QTableView* collectiveTable() const { return m_collectiveTable; }
    QTableView* missingTable() const { return m_missingTable; }
    QComboBox* filterCombo() const { return m_filter; }
    CalendarPanel* calendarPanel() const { return m_calendar; }

signals:
    // A person of a missing list was activated (double-click or Enter): open their entry.
    void openPersonRequested(qint64 personId);

protected:
    void load() override;

private:
    void recompute();
    void showMissing();
    void applyFilter();
    void updateInfo();
    void saveTargets(TargetsDialog* dialog);

    MovementStatsQuery::Data m_data;
    MovementStats m_stats;
    bool m_hasYear = false;
    // What the missing list shows: a group (the summary's row) or a collective.
    enum class Source
    {
        Group,
        Collective
    } m_source = Source::Group;
    MovementStats::Group m_group = MovementStats::Group::All;
    qint64 m_collectiveId = 0;

    TargetSummaryModel* m_summary;
    CollectiveFigureModel* m_collectives;
    QSortFilterProxyModel* m_proxy;
    MissingPeopleModel* m_missing;
    QLabel* m_heading;
    QLabel* m_info;
    QLabel* m_missingLabel;
    QComboBox* m_filter;
    QTableView* m_summaryTable;
    QTableView* m_collectiveTable;
    QTableView* m_missingTable;
    QAction* m_targetsAction;
    CalendarPanel* m_calendar;
};

} // namespace thidua
