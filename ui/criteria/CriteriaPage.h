#pragma once

#include "core/criteria/CriteriaSet.h"
#include "ui/common/Page.h"

class QLabel;
class QListView;
class QTreeView;

namespace thidua {

class CriteriaSetListModel;
class CriteriaTreeModel;

// Bộ tiêu chí: the criteria sets and their versions; a set's tree with kinds, thresholds, evidence expected and the
// “cần đối chiếu văn bản gốc” marks; import and export (.json, .xlsx), the editor, and the assessment of the school
// against Đơn vị học tập. The built-in sets are installed into the database the first time the page is shown.
class CriteriaPage : public Page
{
    Q_OBJECT

public:
    explicit CriteriaPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("criteria"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;

    // The set shown (null when none).
    const CriteriaSet* currentSet() const;
    bool selectSet(qint64 setId);
    CriteriaTreeModel* treeModel() const { return m_tree; }
    QString messageText() const;

    void importFile(const QString& path);
    void exportFile(const QString& path);
    void editSet();
    void assessSchool();

protected:
    void load() override;

private:
    void reload(qint64 selectId);
    void showSet();
    void showItem();
    void showMessage(const QString& text, bool problem);

    CriteriaSetListModel* m_list;
    CriteriaTreeModel* m_tree;
    QListView* m_listView;
    QTreeView* m_treeView;
    QLabel* m_heading;
    QLabel* m_facts;
    QLabel* m_itemDetails;
    QLabel* m_message;
    QAction* m_importAction;
    QAction* m_exportAction;
    QAction* m_editAction;
    QAction* m_assessAction;
};

} // namespace thidua
