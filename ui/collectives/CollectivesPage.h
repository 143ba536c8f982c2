#pragma once

#include "core/people/Collective.h"
#include "ui/common/Page.h"

class QLabel;
class QSplitter;
class QTableView;
class QTreeView;

namespace thidua {

class CollectiveMembersModel;
class CollectiveTreeModel;
class PeopleStore;

// Tập thể: the collectives of the school year chosen in the toolbar as a tree with member counts, and the members
// of the selected one.
class CollectivesPage : public Page
{
    Q_OBJECT

public:
    CollectivesPage(Workspace& workspace, PeopleStore& store, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("collectives"); }
    QString statusText() const override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(QSettings& settings) override;

    QTreeView* tree() const { return m_tree; }
    QTableView* members() const { return m_members; }

protected:
    void load() override;

private:
    void reload();
    void showMembers();

    PeopleStore& m_store;
    CollectiveTreeModel* m_treeModel;
    CollectiveMembersModel* m_membersModel;
    QLabel* m_heading;
    QLabel* m_membersTitle;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    QTableView* m_members;
    Collectives m_collectives;
    Memberships m_memberships;
    QByteArray m_splitterState;
};

} // namespace thidua
