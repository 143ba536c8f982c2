#pragma once

#include "core/criteria/Assessment.h"
#include "core/criteria/CriteriaSet.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace thidua {

class CriteriaTreeModel;
class Workspace;

// Assesses the school against Đơn vị học tập (Thông tư 24/2023/TT-BGDĐT) for the school year chosen in the toolbar:
// each chỉ tiêu answered with a value and a note, the result computed as the answers are typed (level and reason), and
// the assessment saved and moved on: tự đánh giá → tổ/đơn vị xác nhận → Hội đồng công nhận, each step with who and
// when. An assessment keeps the version of the set it was made against.
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(Workspace& workspace, const QStringList& setKeys, QWidget* parent = nullptr);

    CriteriaTreeModel* model() const { return m_model; }
    QString resultText() const;
    QString stateText() const;
    const Assessment& assessment() const { return m_assessment; }

    // Saves the answers (the result is computed and stored); false and a message when it failed.
    bool save();
    // Moves the saved assessment one step on, in the name typed in "By".
    bool advance();
    QTreeView* tree() const { return m_tree; }

private:
    void loadSets(const QStringList& setKeys);
    void loadAssessment();
    void updateResult();
    void updateState();
    void showError(const QString& what, const Error& error);
    void updateEvidenceCounts();

    Workspace& m_workspace;
    CriteriaSets m_sets;
    Assessment m_assessment;
    CriteriaTreeModel* m_model;
    QComboBox* m_setChoice;
    QLabel* m_state;
    QLabel* m_result;
    QLabel* m_problem;
    QTreeView* m_tree;
    QLineEdit* m_by;
    QPushButton* m_saveButton;
    QPushButton* m_advanceButton;
};

} // namespace thidua
