#pragma once

#include "core/activities/Initiative.h"
#include "core/activities/LearningModel.h"
#include "core/people/Collective.h"
#include "core/people/Person.h"
#include "ui/activities/ActivityTableModel.h"
#include "ui/common/Page.h"

class QAction;
class QDialog;
class QLabel;
class QTabWidget;
class QTableView;

namespace thidua {

class InitiativeTableModel;
class LearningModelTableModel;

// "Hoạt động": for the school year chosen in the toolbar, three lists with their forms: the activities held
// (campaigns, trainings, contests, the lifelong learning week…), the learning models of the tổ with the tổ that have
// none yet, and the initiatives with the decision that recognised them. Add, edit and remove go through
// ActivityService, one transaction each.
class ActivitiesPage : public Page
{
    Q_OBJECT

public:
    enum Tab
    {
        ActivitiesTab,
        ModelsTab,
        InitiativesTab
    };

    explicit ActivitiesPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("activities"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;

    // Opens the form for a new record of the current tab, or the selected one (edit); returns the dialog (open,
    // window-modal, deleted on close).
    QDialog* addRecord();
    QDialog* editRecord();
    // Removes the selected record of the current tab, after asking when `ask`.
    void removeRecord(bool ask = true);
    void reload();

    ActivityTableModel* activities() const { return m_activities; }
    LearningModelTableModel* models() const { return m_models; }
    InitiativeTableModel* initiatives() const { return m_initiatives; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* view(Tab tab) const;
    QLabel* missingLabel() const { return m_missing; }

protected:
    void load() override;

private:
    QWidget* tabPage(QTableView* view, QLabel* note);
    void updateActions();
    qint64 selectedId(Tab tab) const;
    void select(Tab tab, qint64 id);
    QDialog* openActivity(const Activity& activity);
    QDialog* openModel(const LearningModel& model);
    QDialog* openInitiative(const Initiative& initiative);

    ActivityTableModel* m_activities;
    LearningModelTableModel* m_models;
    InitiativeTableModel* m_initiatives;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    QTableView* m_activityView;
    QTableView* m_modelView;
    QTableView* m_initiativeView;
    QLabel* m_missing;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_removeAction;
    Collectives m_collectives; // of the year
    People m_staff; // active
};

} // namespace thidua
