#pragma once

#include "core/common/Result.h"
#include "core/people/ImportService.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/Workbook.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace thidua {

class ImportMappingModel;
class ImportPreviewModel;
class ImportProblemModel;
class ImportRunner;
class Workspace;

// Brings a staff or student list (danh sách) in from .xlsx, .xls, .csv or .txt: choose the file, the sheet and,
// for old files, the encoding; the kind of list and the school year; check the column mapping proposed from the
// headers (editable) and the header row; look at the rows as they will be stored with their problems; decide about
// likely duplicates; a dry run; then the import, all or nothing (or skipping bad rows when ticked) in one
// transaction, through ImportService as `thidua-cli import people` does. Reading the file, checking the rows
// (plan) and writing them (apply) run off the UI thread with a progress bar and a Cancel button; a cancelled import
// writes nothing. An import cannot be undone with Undo: it clears the undo history (the confirmation says so).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace& workspace, PersonKind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads a file (off the UI thread); workbookLoaded() or loadFailed() follows.
    void openFile(const QString& path);
    bool isLoading() const;
    QString filePath() const { return m_path; }

    // The dry run: the summary of what the import would do, shown in the dialog; nothing is written.
    void dryRun();
    // Starts writing the plan without asking (the Import button asks first); imported() or importFailed() follows
    // and the summary is shown in the dialog. An error when there is nothing to import or the list has errors.
    Status applyImport();
    // Whether the file is being read, the rows checked or written (the preview is then not final).
    bool isBusy() const;
    // Stops checking or writing the rows (a cancelled import writes nothing).
    void cancelWork();
    // Shows the row of a problem (a row of problemModel()) in the preview, selected.
    void showProblem(int problemRow);
    // The plan the import will write: the file's rows with the choices made for likely duplicates.
    RosterImport::Plan decidedPlan() const;
    RosterImport::Options options() const;

    QComboBox* sheetCombo() const { return m_sheetCombo; }
    QComboBox* encodingCombo() const { return m_encodingCombo; }
    QComboBox* kindCombo() const { return m_kindCombo; }
    QComboBox* yearCombo() const { return m_yearCombo; }
    QSpinBox* headerRowSpin() const { return m_headerRowSpin; }
    QCheckBox* skipBadRowsBox() const { return m_skipBadRows; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* dryRunButton() const { return m_dryRunButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QTableView* mappingView() const { return m_mappingView; }
    QTableView* previewView() const { return m_previewView; }
    QTableView* problemView() const { return m_problemView; }
    ImportMappingModel* mappingModel() const { return m_mappingModel; }
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportProblemModel* problemModel() const { return m_problemModel; }

signals:
    void workbookLoaded();
    void loadFailed(const thidua::Error& error);
    // After a successful import (the people and collectives were announced to the workspace).
    void imported(const thidua::RosterImport::Summary& summary);
    void importFailed(const thidua::Error& error);
    // The preview shows the plan of the current sheet, mapping and options.
    void planned();

private:
    void chooseFile();
    void readFile();
    void readFinished();
    void showSheet(int index);
    void replan();
    ImportService::Request request() const;
    void showPlan(const Result<ImportService::Plan>& plan);
    void showDecidedPlan();
    void requestImport();
    // Starts the import the user confirmed; offers to try again when another program holds the file.
    void startImport();
    void importFinished(const Result<RosterImport::Summary>& summary);
    void showProgress(int done, int total);
    void updateEncodingLabel();
    void updateButtons();
    void setBusy(bool busy);
    QString planSummary(const RosterImport::Plan& plan) const;

    Workspace& m_workspace;
    QString m_path;
    std::optional<Workbook> m_workbook;
    QFutureWatcher<Result<Workbook>> m_reader;
    bool m_loading = false;
    bool m_replanning = false;
    bool m_importAsked = false; // the running import was confirmed by the user (failures get a message box)
    ImportService::Plan m_plan; // the plan shown, before the choices about likely duplicates

    QLineEdit* m_fileEdit;
    QPushButton* m_chooseButton;
    QComboBox* m_sheetCombo;
    QLabel* m_encodingCaption = nullptr;
    QComboBox* m_encodingCombo;
    QLabel* m_encodingLabel;
    QComboBox* m_kindCombo;
    QComboBox* m_yearCombo;
    QSpinBox* m_headerRowSpin;
    QLabel* m_headerLabel;
    QTableView* m_mappingView;
    QTableView* m_previewView;
    QTableView* m_problemView;
    QLabel* m_previewLabel;
    QLabel* m_problemLabel;
    QLabel* m_summary;
    QCheckBox* m_skipBadRows;
    QPushButton* m_dryRunButton;
    QPushButton* m_importButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    ImportMappingModel* m_mappingModel;
    ImportPreviewModel* m_previewModel;
    ImportProblemModel* m_problemModel;
    ImportRunner* m_runner;
};

} // namespace thidua
