#include "ui/documents/DocumentPreviewDialog.h"

#include "core/documents/DocumentDrafts.h"
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "ui/common/WindowSize.h"
#include "ui/documents/PagePreviewWidget.h"
#include "ui/documents/SubjectPickerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace thidua {

DocumentPreviewDialog::DocumentPreviewDialog(Documents documents, QWidget* parent)
    : QDialog(parent)
    , m_documents(std::move(documents))
    , m_prepared(m_documents)
{
    build(true);
    relayout();
}

DocumentPreviewDialog::DocumentPreviewDialog(QList<DocumentService::Preprinted> certificates, QWidget* parent)
    : QDialog(parent)
    , m_certificates(std::move(certificates))
    , m_fixedPages(true)
{
    build(false);
    // The preview's own pages, laid out here for the UI thread; exports lay out theirs on their worker.
    auto pages = DocumentService::layOut(m_certificates);
    if (!pages) {
        m_status->setText(pages.error().toString());
        return;
    }
    m_pages = std::make_shared<const LaidOutDocument>(std::move(*pages));
    m_preview->setPages(m_pages);
    m_status->setText(tr("%n page(s)", nullptr, m_pages->pageCount()));
}

// The background jobs hold copies of what they need: a job still running when the dialog closes finishes on its own
// and its result is dropped with the watcher.
DocumentPreviewDialog::~DocumentPreviewDialog() = default;

DocumentPreviewDialog* DocumentPreviewDialog::fromSpecs(
    QList<DocumentDescription> specs, QSqlDatabase db, const QDate& today, QWidget* parent, Error* error)
{
    DocumentService service(db, today);
    auto prepared = service.prepare(specs);
    if (!prepared) {
        *error = prepared.error();
        return nullptr;
    }
    DocumentPreviewDialog* dialog = !prepared->preprinted.isEmpty()
        ? new DocumentPreviewDialog(prepared->preprinted, parent)
        : new DocumentPreviewDialog(prepared->documents, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_service = service;
    dialog->m_descriptions = prepared->descriptions;
    dialog->m_numbers = prepared->numbers;
    dialog->m_sources = std::move(specs);
    dialog->m_db = std::move(db);
    dialog->m_today = today;
    if (dialog->m_nomineesButton)
        dialog->m_nomineesButton->setVisible(dialog->canAddNominees());
    dialog->showNumbers();
    return dialog;
}

void DocumentPreviewDialog::build(bool editable)
{
    setWindowTitle(tr("Document preview"));
    WindowSize::fit(this, QSize(1200, 860));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    if (editable) {
        m_editorArea = new QScrollArea;
        m_editorArea->setWidgetResizable(true);
        m_editorArea->setWidget(editorForm());
        splitter->addWidget(m_editorArea);
    }
    m_preview = new PagePreviewWidget;
    m_previewArea = new QScrollArea;
    m_previewArea->setWidget(m_preview);
    m_previewArea->setAlignment(Qt::AlignHCenter);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    splitter->addWidget(m_previewArea);
    splitter->setStretchFactor(splitter->count() - 1, 3);

    m_zoom = new QComboBox;
    for (int percent : { 50, 75, 100, 125, 150, 200 })
        m_zoom->addItem(QStringLiteral("%1 %").arg(percent), percent / 100.0);
    m_zoom->setCurrentIndex(1);
    m_preview->setZoom(0.75);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        m_preview->setZoom(m_zoom->currentData().toDouble());
    });
    m_status = new QLabel;
    m_numbering = new QLabel;
    m_numbering->setObjectName(QStringLiteral("numbering"));
    m_numbering->setWordWrap(true);
    m_numbering->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    m_docxButton = buttons->addButton(tr("Export DOCX…"), QDialogButtonBox::ActionRole);
    {
        m_nomineesButton = buttons->addButton(tr("Add people or collectives…"), QDialogButtonBox::ActionRole);
        m_nomineesButton->setObjectName(QStringLiteral("addNominees"));
        m_nomineesButton->setToolTip(tr("Add people and collectives of the school to the list of the document."));
        m_nomineesButton->hide(); // shown by fromSpecs() for documents with such a list
        connect(m_nomineesButton, &QPushButton::clicked, this, [this] { chooseNominees(); });
    }
    m_docxButton->setEnabled(!m_fixedPages);
    m_docxButton->setToolTip(
        m_fixedPages ? tr("Certificates on pre-printed blanks are printed or saved as PDF only.") : QString());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        chooseFile(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    });
    connect(m_docxButton, &QPushButton::clicked, this, [this] {
        chooseFile(QStringLiteral("docx"), tr("Word documents (*.docx)"));
    });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Zoom:")));
    bottom->addWidget(m_zoom);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_numbering);
    layout->addLayout(bottom);

    m_relayout.setSingleShot(true);
    m_relayout.setInterval(300);
    connect(&m_relayout, &QTimer::timeout, this, &DocumentPreviewDialog::relayout);
    connect(
        &m_layout, &QFutureWatcher<Result<LaidOutDocument>>::finished, this, &DocumentPreviewDialog::layoutFinished);
    connect(&m_export, &QFutureWatcher<Status>::finished, this, [this] {
        const Status status = m_export.result();
        if (!status) {
            showError(status.error().toString());
            return;
        }
        m_status->setText(m_export.property("done").toString());
        emit exported(m_export.property("path").toString());
    });
    connect(this, &DocumentPreviewDialog::failed, this, [this](const QString& message) {
        if (isVisible())
            QMessageBox::warning(this, windowTitle(), message);
    });
}

QWidget* DocumentPreviewDialog::editorForm()
{
    m_editors.clear();
    m_margins.clear();
    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    formLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    formLayout->addRow(tr("Margins (mm, within the limits of Nghị định 30):"), marginsEditor());
    for (int d = 0; d < m_documents.size(); ++d) {
        const QList<Paragraph*> paragraphs = m_documents[d].editableParagraphs();
        for (int p = 0; p < paragraphs.size(); ++p) {
            auto* edit = new QPlainTextEdit(paragraphs[p]->plainText(), form);
            edit->setMinimumHeight(70);
            const QString label =
                paragraphs[p]->editLabel.isEmpty() ? tr("Paragraph %1").arg(p + 1) : paragraphs[p]->editLabel;
            formLayout->addRow(m_documents.size() > 1 ? tr("Document %1 – %2").arg(d + 1).arg(label) : label, edit);
            const int index = int(m_editors.size());
            m_editors.append(Editor { d, p, edit });
            connect(edit, &QPlainTextEdit::textChanged, this, [this, index] {
                setEditedText(index, m_editors[index].edit->toPlainText());
            });
        }
    }
    if (m_editors.isEmpty())
        formLayout->addRow(new QLabel(tr("This document has no free text to edit.")));
    return form;
}

bool DocumentPreviewDialog::canAddNominees() const
{
    if (!m_service || m_sources.isEmpty())
        return false;
    return std::all_of(m_sources.cbegin(), m_sources.cend(), [](const DocumentDescription& description) {
        return !std::holds_alternative<AchievementReportData>(description.data);
    });
}

SubjectPickerDialog* DocumentPreviewDialog::chooseNominees()
{
    if (!canAddNominees())
        return nullptr;
    auto subjects = DocumentQuery(m_db).subjects(m_today);
    if (!subjects) {
        showError(subjects.error().toString());
        return nullptr;
    }
    auto* picker = new SubjectPickerDialog(*subjects, SubjectTableModel::Show::Everyone, true, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &SubjectPickerDialog::chosen, this, &DocumentPreviewDialog::addNominees);
    picker->open();
    return picker;
}

bool DocumentPreviewDialog::addNominees(const QList<DraftSubject>& subjects)
{
    if (!canAddNominees() || subjects.isEmpty())
        return false;
    QList<DocumentDescription> sources = m_sources;
    for (DocumentDescription& description : sources) {
        for (const DraftSubject& subject : subjects)
            DocumentDrafts::addNominee(description, subject);
    }
    auto prepared = m_service->prepare(sources);
    if (!prepared) {
        showError(prepared.error().toString());
        return false;
    }
    m_sources = std::move(sources);
    takePrepared(*prepared);
    return true;
}

void DocumentPreviewDialog::takePrepared(const DocumentService::Output& prepared)
{
    m_descriptions = prepared.descriptions;
    m_numbers = prepared.numbers;
    m_issued = false;
    if (m_fixedPages) {
        m_certificates = prepared.preprinted;
        auto pages = DocumentService::layOut(m_certificates);
        if (!pages) {
            showError(pages.error().toString());
            return;
        }
        m_pages = std::make_shared<const LaidOutDocument>(std::move(*pages));
        m_preview->setPages(m_pages);
        m_status->setText(tr("%n page(s)", nullptr, m_pages->pageCount()));
        emit laidOut(m_pages->pageCount());
        return;
    }
    Documents documents = prepared.documents;
    // Text the user edited stays where the documents keep the same editable paragraphs.
    bool sameShape = documents.size() == m_documents.size();
    for (int d = 0; sameShape && d < documents.size(); ++d)
        sameShape = documents[d].editableParagraphs().size() == m_documents[d].editableParagraphs().size();
    const Documents fresh = documents;
    if (sameShape)
        carryEdits(documents);
    m_prepared = fresh;
    m_documents = std::move(documents);
    if (m_editorArea)
        m_editorArea->setWidget(editorForm()); // the old form goes with it
    showNumbers();
    relayout();
}

QWidget* DocumentPreviewDialog::marginsEditor()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QMarginsF current = margins();
    const struct
    {
        const char* name;
        QString label;
        double min, max, value;
    } sides[] = {
        { "marginLeft", tr("Left"), PageSetup::MinLeft, PageSetup::MaxLeft, current.left() },
        { "marginTop", tr("Top"), PageSetup::MinTop, PageSetup::MaxTop, current.top() },
        { "marginRight", tr("Right"), PageSetup::MinRight, PageSetup::MaxRight, current.right() },
        { "marginBottom", tr("Bottom"), PageSetup::MinBottom, PageSetup::MaxBottom, current.bottom() },
    };
    for (const auto& side : sides) {
        auto* spin = new QSpinBox(box);
        spin->setObjectName(QLatin1String(side.name));
        spin->setRange(int(side.min), int(side.max));
        spin->setValue(qRound(side.value));
        auto* label = new QLabel(side.label, box);
        label->setBuddy(spin);
        row->addWidget(label);
        row->addWidget(spin);
        m_margins.append(spin);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            setMargins(
                QMarginsF(m_margins[0]->value(), m_margins[1]->value(), m_margins[2]->value(), m_margins[3]->value()));
        });
    }
    row->addStretch(1);
    return box;
}

QMarginsF DocumentPreviewDialog::margins() const
{
    return m_documents.isEmpty() ? PageSetup().marginsMm() : m_documents.constFirst().page.marginsMm();
}

void DocumentPreviewDialog::setMargins(const QMarginsF& mm)
{
    if (m_fixedPages || mm == margins())
        return;
    for (Document& document : m_documents) {
        document.page.leftMm = qBound(PageSetup::MinLeft, mm.left(), PageSetup::MaxLeft);
        document.page.topMm = qBound(PageSetup::MinTop, mm.top(), PageSetup::MaxTop);
        document.page.rightMm = qBound(PageSetup::MinRight, mm.right(), PageSetup::MaxRight);
        document.page.bottomMm = qBound(PageSetup::MinBottom, mm.bottom(), PageSetup::MaxBottom);
    }
    const QMarginsF now = margins();
    const double values[] = { now.left(), now.top(), now.right(), now.bottom() };
    for (int i = 0; i < m_margins.size(); ++i) {
        const QSignalBlocker blocker(m_margins[i]);
        m_margins[i]->setValue(qRound(values[i]));
    }
    m_relayout.start();
}

void DocumentPreviewDialog::setEditedText(int index, const QString& text)
{
    if (index < 0 || index >= m_editors.size())
        return;
    const Editor& editor = m_editors[index];
    QList<Paragraph*> paragraphs = m_documents[editor.document].editableParagraphs();
    if (editor.paragraph < paragraphs.size() && paragraphs[editor.paragraph]->plainText() != text) {
        paragraphs[editor.paragraph]->setPlainText(text);
        if (editor.edit->toPlainText() != text)
            editor.edit->setPlainText(text);
    }
    m_relayout.start();
}

void DocumentPreviewDialog::relayout()
{
    if (m_fixedPages)
        return;
    if (m_layout.isRunning()) {
        m_relayout.start(); // once the running layout is done
        return;
    }
    m_status->setText(tr("Laying out…"));
    m_layout.setFuture(QtConcurrent::run([documents = m_documents] { return DocumentLayouter::layout(documents); }));
}

void DocumentPreviewDialog::layoutFinished()
{
    const Result<LaidOutDocument> result = m_layout.result();
    if (!result) {
        showError(result.error().toString());
        return;
    }
    m_pages = std::make_shared<const LaidOutDocument>(*result);
    m_preview->setPages(m_pages);
    m_status->setText(tr("%n page(s)", nullptr, m_pages->pageCount()));
    emit laidOut(m_pages->pageCount());
}

void DocumentPreviewDialog::showNumbers()
{
    QStringList symbols;
    int printed = 0;
    for (const RegisterEntry& entry : std::as_const(m_numbers)) {
        symbols << entry.symbol;
        printed = qMax(printed, entry.printCount);
    }
    m_numbering->setVisible(!symbols.isEmpty());
    const QString list = symbols.join(QStringLiteral(", "));
    if (m_issued)
        m_numbering->setText(tr("Issued as %1 (printed or exported %n time(s)).", nullptr, printed).arg(list));
    else if (printed > 0)
        m_numbering->setText(tr("Already issued as %1: printing or exporting again keeps the number.").arg(list));
    else
        m_numbering->setText(
            tr("Not issued yet: the register gives %1 when you print or export; this preview takes no number.")
                .arg(list));
}

bool DocumentPreviewDialog::issue()
{
    if (!m_service || m_numbers.isEmpty())
        return true;
    auto issued = m_service->issue(m_descriptions);
    if (!issued) {
        showError(tr("The documents could not be numbered, nothing was written and no number was taken: %1")
                      .arg(issued.error().toString()));
        return false;
    }
    Documents documents = issued->documents;
    carryEdits(documents);
    m_documents = std::move(documents);
    m_numbers = issued->numbers;
    m_issued = true;
    showNumbers();
    emit this->issued(m_numbers);
    relayout(); // the preview shows the numbers issued
    return true;
}

void DocumentPreviewDialog::carryEdits(Documents& issued) const
{
    if (issued.size() != m_documents.size() || issued.size() != m_prepared.size())
        return;
    for (int d = 0; d < issued.size(); ++d) {
        issued[d].page = m_documents[d].page;
        Document edited = m_documents[d];
        Document original = m_prepared[d];
        const QList<Paragraph*> target = issued[d].editableParagraphs();
        const QList<Paragraph*> now = edited.editableParagraphs();
        const QList<Paragraph*> before = original.editableParagraphs();
        for (int p = 0; p < target.size() && p < now.size() && p < before.size(); ++p) {
            if (now[p]->plainText() != before[p]->plainText())
                *target[p] = *now[p];
        }
    }
}

void DocumentPreviewDialog::print()
{
    if (m_export.isRunning()) {
        emit failed(tr("An export is still running."));
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true); // the pages carry their own Nghị định 30 margins
    printer->setDocName(m_documents.isEmpty() ? tr("Certificates") : m_documents.constFirst().title);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (!m_fixedPages && !issue())
            return;
        runExport(QString(), tr("Sent to the printer."), [printer, layOut = layoutJob()]() -> Status {
            auto pages = layOut();
            if (!pages)
                return pages.error();
            if (!pages->paintAll(*printer))
                return Error(Error::Code::Io, tr("The pages could not be sent to the printer."));
            return {};
        });
    });
    dialog->open();
}

void DocumentPreviewDialog::chooseFile(const QString& suffix, const QString& filter)
{
    auto* dialog = new QFileDialog(
        this, suffix == QStringLiteral("pdf") ? tr("Export PDF") : tr("Export DOCX"), QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, suffix](const QString& path) {
        if (suffix == QStringLiteral("pdf"))
            exportPdf(path);
        else
            exportDocx(path);
    });
    dialog->open();
}

std::function<Result<LaidOutDocument>()> DocumentPreviewDialog::layoutJob() const
{
    if (m_fixedPages)
        return [certificates = m_certificates] { return DocumentService::layOut(certificates); };
    return [documents = m_documents] { return DocumentLayouter::layout(documents); };
}

void DocumentPreviewDialog::exportPdf(const QString& path)
{
    if (m_export.isRunning()) {
        emit failed(tr("An export is still running."));
        return;
    }
    if (!m_fixedPages && !issue())
        return;
    const QString title = m_documents.isEmpty() ? QString() : m_documents.constFirst().title;
    runExport(path, tr("Saved %1").arg(path), [path, title, layOut = layoutJob()]() -> Status {
        auto pages = layOut();
        if (!pages)
            return pages.error();
        return PdfRenderer::save(*pages, path, title);
    });
}

void DocumentPreviewDialog::exportDocx(const QString& path)
{
    if (m_fixedPages) {
        emit failed(tr("Certificates on pre-printed blanks are printed or saved as PDF only."));
        return;
    }
    if (m_export.isRunning()) {
        emit failed(tr("An export is still running."));
        return;
    }
    if (!issue())
        return;
    runExport(
        path, tr("Saved %1").arg(path), [documents = m_documents, path] { return DocxWriter::save(documents, path); });
}

void DocumentPreviewDialog::runExport(const QString& path, const QString& done, std::function<Status()> job)
{
    m_status->setText(path.isEmpty() ? tr("Printing…") : tr("Saving %1…").arg(path));
    m_export.setProperty("path", path);
    m_export.setProperty("done", done);
    m_export.setFuture(QtConcurrent::run(std::move(job)));
}

void DocumentPreviewDialog::showError(const QString& message)
{
    m_status->setText(message);
    emit failed(message);
}

} // namespace thidua
