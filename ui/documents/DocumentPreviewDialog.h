#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"
#include "core/documents/DocumentService.h"
#include "core/documents/LaidOutDocument.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace thidua {

class PagePreviewWidget;
class SubjectPickerDialog;
struct DraftSubject;

// Preview of the real pages of one or more documents, with their free-text parts editable before output; printing,
// export to PDF and DOCX. Layout and export run off the UI thread.
//
// Opened from descriptions (fromSpecs), the preview shows each document with the number the register would give it
// and takes none; printing or exporting issues the numbers (DocumentService::issue), lays the documents out again
// with them and keeps the edits. The preview paints its own laid-out pages on the UI thread; each export or print
// lays out its own copy on its worker, so no QTextLayout is shared between threads.
//     if (auto* dialog = DocumentPreviewDialog::fromSpecs(specs, db, today, this, &error)) dialog->open();
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Documents with their numbers as they are; nothing is issued.
    explicit DocumentPreviewDialog(Documents documents, QWidget* parent = nullptr);
    // Certificates on pre-printed blanks: fixed pages, nothing to edit, no DOCX.
    explicit DocumentPreviewDialog(QList<DocumentService::Preprinted> certificates, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // Prepares descriptions (DocumentSpec::load, DocumentTemplates) against the database (căn cứ, school profile, the
    // numbers they would get) and makes the dialog (deleted on close), which issues the numbers when it prints or
    // exports; `today` dates those that give no date. Null and `error` set when the database refuses.
    static DocumentPreviewDialog* fromSpecs(
        QList<DocumentDescription> specs, QSqlDatabase db, const QDate& today, QWidget* parent, Error* error);

    const Documents& documents() const { return m_documents; }
    // The descriptions the documents come from, completed from the database (empty when opened from documents).
    const QList<DocumentDescription>& descriptions() const { return m_descriptions; }
    // The documents' numbers: those they would get until they are issued, then those issued.
    const RegisterEntries& numbers() const { return m_numbers; }
    std::shared_ptr<const LaidOutDocument> pages() const { return m_pages; }
    // Whether the documents list people and collectives the user may add (tờ trình, biên bản, quyết định, giấy
    // khen opened from descriptions).
    bool canAddNominees() const;
    // Adds them to every document's list and prepares the documents again (edited text kept where it still fits);
    // false with failed() when the database refuses.
    bool addNominees(const QList<DraftSubject>& subjects);
    // Opens the picker of the school's people and collectives, whose choice goes to addNominees(); null when the
    // documents have no such list.
    SubjectPickerDialog* chooseNominees();
    int editorCount() const { return int(m_editors.size()); }
    // Replaces the text of editable paragraph `index` (as typing in its editor does) and lays out again.
    void setEditedText(int index, const QString& text);
    // Sets the margins (mm) of every document, each clamped to its legal range, and lays out again; the margin
    // boxes of the dialog do the same.
    void setMargins(const QMarginsF& mm);
    QMarginsF margins() const;
    bool isLayingOut() const { return m_layout.isRunning() || m_relayout.isActive(); }

    // What the buttons do once a file is chosen: issue the numbers, then write on a worker; emit exported() or
    // failed().
    void exportPdf(const QString& path);
    void exportDocx(const QString& path);

signals:
    void laidOut(int pageCount);
    void issued(const thidua::RegisterEntries& numbers);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void build(bool editable);
    QWidget* editorForm();
    void takePrepared(const DocumentService::Output& prepared);
    QWidget* marginsEditor();
    void relayout();
    void layoutFinished();
    void print();
    void chooseFile(const QString& suffix, const QString& filter);
    // Issues the numbers (when the dialog came from descriptions) and takes the issued documents, with the edits.
    bool issue();
    void carryEdits(Documents& issued) const;
    void showNumbers();
    // Runs `job` on a worker; `path` (empty for the printer) is announced by exported() once it worked.
    void runExport(const QString& path, const QString& done, std::function<Status()> job);
    // Lays out a copy of what the dialog shows, for a worker: never the preview's own pages.
    std::function<Result<LaidOutDocument>()> layoutJob() const;
    void showError(const QString& message);

    Documents m_documents;
    Documents m_prepared; // as first shown: an editable paragraph that differs from it was edited
    QList<DocumentService::Preprinted> m_certificates;
    std::optional<DocumentService> m_service; // set when the numbers are issued on output
    QList<DocumentDescription> m_descriptions;
    QList<DocumentDescription> m_sources; // as given to fromSpecs(), before the database completed them
    QSqlDatabase m_db;
    QDate m_today;
    QScrollArea* m_editorArea = nullptr;
    QPushButton* m_nomineesButton = nullptr;
    RegisterEntries m_numbers;
    bool m_issued = false;
    std::shared_ptr<const LaidOutDocument> m_pages;
    bool m_fixedPages = false;
    struct Editor
    {
        int document;
        int paragraph;
        QPlainTextEdit* edit;
    };
    QList<Editor> m_editors;
    PagePreviewWidget* m_preview = nullptr;
    QScrollArea* m_previewArea = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_numbering = nullptr;
    QComboBox* m_zoom = nullptr;
    QList<QSpinBox*> m_margins; // left, top, right, bottom
    QPushButton* m_docxButton = nullptr;
    QTimer m_relayout;
    QFutureWatcher<Result<LaidOutDocument>> m_layout;
    QFutureWatcher<Status> m_export;
};

} // namespace thidua
