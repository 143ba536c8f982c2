#pragma once

#include "core/school/School.h"
#include "ui/common/Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace thidua {

class CouncilModel;
class PeopleStore;

// Hội đồng Thi đua – Khen thưởng of the school year chosen in the toolbar: members with their council role and
// post; add, remove, reorder, edit role and post in place, or copy the council of the year before. Every change is
// one undoable command. Warns when the council has no chair or secretary.
class CouncilPage : public Page
{
    Q_OBJECT

public:
    CouncilPage(Workspace& workspace, PeopleStore& store, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("council"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;

    void addMember();
    void removeMember();
    void copyPreviousYear();

protected:
    void load() override;

private:
    void reload();
    void change(const CouncilMembers& after, const QString& text);
    void move(int offset);
    void updateButtons();
    void updateWarnings();

    PeopleStore& m_store;
    CouncilModel* m_model;
    QLabel* m_heading;
    QLabel* m_warnings;
    QTableView* m_table;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_copyAction;
    QPushButton* m_upButton;
    QPushButton* m_downButton;
};

} // namespace thidua
