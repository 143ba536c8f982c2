#pragma once

#include "core/common/Error.h"
#include "core/criteria/CriteriaSet.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua {

class EvidenceTask;
class Workspace;

// Writes the danh mục minh chứng of the toolbar's year (PDF, DOCX or .xlsx) or the dossier of a criteria set (a folder
// or a .zip with one sub-folder per tiêu chí, the danh mục and SHA256SUMS) from the program, through the same core
// calls as `thidua-cli evidence index|dossier`. The work runs off the UI thread (EvidenceTask) with a progress dialog
// that can cancel; the dialog closes when it succeeds.
class EvidenceExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Index,
        Dossier,
    };

    EvidenceExportDialog(Kind kind, Workspace& workspace, QWidget* parent = nullptr);

    QComboBox* setBox() const { return m_sets; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* problemLabel() const { return m_problem; }
    // Starts writing what the dialog holds (the OK button; also driven by the tests). Null, with the reason shown in
    // the dialog, when the input is refused.
    EvidenceTask* start();

signals:
    void exported(const QString& path);

private:
    void browse();
    const CriteriaSet* chosenSet() const;

    Kind m_kind;
    Workspace& m_workspace;
    QList<CriteriaSet> m_setList;
    QComboBox* m_sets;
    QLineEdit* m_path;
    QLabel* m_problem;
};

} // namespace thidua
