#pragma once

#include "core/people/Person.h"
#include "ui/common/Page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace thidua {

class PeopleFilterProxy;
class PeopleStore;
class PersonDialog;

// The list of staff (cán bộ – giáo viên – nhân viên) or of students (học sinh): search as you type, a filter by
// tổ or lớp (or khối) of the school year chosen in the toolbar, people who left shown on request, and the
// add / edit / leave actions, each an undoable command.
class PeoplePage : public Page
{
    Q_OBJECT

public:
    PeoplePage(Workspace& workspace, PeopleStore& store, PersonKind kind, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override;
    QString statusText() const override;
    QList<QAction*> editActions() const override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(QSettings& settings) override;

    PeopleFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }

    // Opens the dialogs (non-blocking); the GUI test drives them from here.
    void addPerson();
    void editCurrent();
    void deactivateCurrent();
    void reactivateCurrent();
    // Asks first, then deletes a person added by mistake (refused, with the reason, once anything refers to them).
    void removeCurrent();
    // Makes the person the current row, clearing the filters when they hide them. False when not in the list.
    bool selectPerson(qint64 personId);

protected:
    void load() override;

private:
    // The writes behind the actions, each offering to try again when another program holds the file.
    void deactivate(const Person& person, const QDate& leftOn);
    void reactivate(const Person& person);
    void remove(const Person& person);
    int currentSourceRow() const;
    void updateActions();
    void rebuildUnitFilter();
    void applyUnitFilter();
    void showContextMenu(const QPoint& position);
    PersonDialog* createDialog();

    PeopleStore& m_store;
    PersonKind m_kind;
    PeopleFilterProxy* m_proxy;
    QLabel* m_heading;
    QLineEdit* m_search;
    QComboBox* m_unitFilter;
    QCheckBox* m_showInactive;
    QTableView* m_table;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_deactivateAction;
    QAction* m_reactivateAction;
    QAction* m_removeAction;
    QAction* m_findAction;
    QAction* m_reportAction = nullptr; // Báo cáo thành tích… of the current person (the Văn bản menu opens it)
    QByteArray m_headerState; // restored once the table has its columns (on load)
};

} // namespace thidua
