#pragma once

#include "core/criteria/CriteriaService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;

namespace thidua {

class CriteriaTreeModel;

// Edits a criteria set: its name, legal basis and note, and each item's text, maximum or threshold and evidence.
// Saving a version that assessments use stores the next version (said plainly above the tree); the assessments keep
// theirs.
class CriteriaSetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    CriteriaSetEditorDialog(QSqlDatabase db, const CriteriaSet& set, qint64 uses, QWidget* parent = nullptr);

    CriteriaTreeModel* model() const { return m_model; }
    // What happened, for the page to show after the dialog closed ("… saved as version 2 …").
    QString outcomeText() const { return m_outcome; }
    qint64 savedSetId() const { return m_savedId; }

    // Saves; keeps the dialog open with the problem shown when it fails.
    bool save();

private:
    QSqlDatabase m_db;
    CriteriaSet m_original;
    qint64 m_uses;
    CriteriaTreeModel* m_model;
    QLineEdit* m_name;
    QLineEdit* m_legalBasis;
    QPlainTextEdit* m_note;
    QTreeView* m_tree;
    QLabel* m_problem;
    QString m_outcome;
    qint64 m_savedId = 0;
};

} // namespace thidua
