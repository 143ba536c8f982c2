#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace thidua {

class LegalBasisTableModel;
class Workspace;
struct LegalBasis;

// The căn cứ documents cite (legal-facts §2.1): the list, with add, edit and remove. Each change is saved at once
// through DocumentService as an undoable command of the workspace, which announces it (documentsChanged).
class LegalBasesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegalBasesDialog(Workspace& workspace, QWidget* parent = nullptr);

    LegalBasisTableModel* model() const { return m_model; }
    void reload();
    // What the Add/Edit dialogs do once accepted, and Remove once confirmed; false (and a message) when refused.
    bool save(LegalBasis basis);
    bool remove(qint64 id);

private:
    void edit(const LegalBasis& basis);
    void editCurrent();
    void removeCurrent();
    int currentRow() const;

    Workspace& m_workspace;
    LegalBasisTableModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
};

} // namespace thidua
