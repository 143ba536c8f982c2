#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"
#include "core/documents/DocumentSpec.h"
#include "core/documents/LaidOutDocument.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace thidua {

class PagePreviewWidget;

// Preview of the real pages of one or more documents, with their free-text parts editable before output; printing
// through the print preview dialog, export to PDF and DOCX. Layout and export run off the UI thread.
//
// The main window opens it with the prepared documents (DocumentService::prepare), or from descriptions already read:
//     if (auto* dialog = DocumentPreviewDialog::fromSpecs(specs, db, today, this, &error)) dialog->open();
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentPreviewDialog(Documents documents, QWidget* parent = nullptr);
    // Certificates on pre-printed blanks: fixed pages, nothing to edit, no DOCX.
    explicit DocumentPreviewDialog(LaidOutDocument pages, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // Prepares descriptions (DocumentSpec::load, DocumentTemplates) against the database (numbers, căn cứ, school
    // profile) and makes the dialog (deleted on close); `today` dates those that give no date. Null and `error` set
    // when the database refuses.
    static DocumentPreviewDialog* fromSpecs(
        QList<DocumentDescription> specs, QSqlDatabase db, const QDate& today, QWidget* parent, Error* error);

    const Documents& documents() const { return m_documents; }
    std::shared_ptr<const LaidOutDocument> pages() const { return m_pages; }
    int editorCount() const { return int(m_editors.size()); }
    // Replaces the text of editable paragraph `index` (as typing in its editor does) and lays out again.
    void setEditedText(int index, const QString& text);
    // Sets the margins (mm) of every document, each clamped to its legal range, and lays out again; the margin
    // boxes of the dialog do the same.
    void setMargins(const QMarginsF& mm);
    QMarginsF margins() const;
    bool isLayingOut() const { return m_layout.isRunning() || m_relayout.isActive(); }

    // What the buttons do once a file is chosen; emit exported() or failed().
    void exportPdf(const QString& path);
    void exportDocx(const QString& path);

signals:
    void laidOut(int pageCount);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void build(bool editable);
    QWidget* marginsEditor();
    void relayout();
    void layoutFinished();
    void print();
    void chooseFile(const QString& suffix, const QString& filter);
    void runExport(const QString& path, std::function<Status()> job);
    void showError(const QString& message);

    Documents m_documents;
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
    QComboBox* m_zoom = nullptr;
    QList<QSpinBox*> m_margins; // left, top, right, bottom
    QPushButton* m_docxButton = nullptr;
    QTimer m_relayout;
    QFutureWatcher<Result<LaidOutDocument>> m_layout;
    QFutureWatcher<Status> m_export;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace thidua
