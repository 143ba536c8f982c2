#include "ui/documents/DocumentActions.h"

#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentSpec.h"
#include "core/documents/DocumentTemplates.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/documents/CertificateLayoutDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/documents/DocumentRegisterDialog.h"
#include "ui/documents/LegalBasesDialog.h"
#include "ui/documents/SubjectPickerDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QWidget>

namespace thidua {

DocumentActions::DocumentActions(Workspace& workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    for (const QString& id : DocumentTemplates::ids()) {
        QAction* action = add(QStringLiteral("new.") + id, DocumentTemplates::displayName(id));
        if (id.startsWith(QStringLiteral("bao_cao_thanh_tich"))) {
            // A report is about someone: pick them first.
            const bool collective = id.endsWith(QStringLiteral("tap_the"));
            connect(action, &QAction::triggered, this, [this, collective] { chooseReportSubject(collective); });
        } else {
            connect(action, &QAction::triggered, this, [this, id] { newDocument(id); });
        }
    }
    connect(&m_workspace, &Workspace::achievementReportRequested, this, &DocumentActions::achievementReport);
    addSeparator();
    connect(add(QStringLiteral("register"), tr("Document &register…")),
        &QAction::triggered,
        this,
        &DocumentActions::showRegister);
    connect(add(QStringLiteral("bases"), tr("&Legal bases (căn cứ)…")),
        &QAction::triggered,
        this,
        &DocumentActions::showLegalBases);
    connect(add(QStringLiteral("certificatePositions"), tr("Certificate &positions on pre-printed blanks…")),
        &QAction::triggered,
        this,
        &DocumentActions::showCertificatePositions);

    // What a secretary does not need: under Nâng cao.
    addSeparator();
    auto* advanced = new QMenu(tr("&Advanced"), m_window);
    advanced->menuAction()->setObjectName(QStringLiteral("document.advanced"));
    m_actions.append(advanced->menuAction());
    auto* open = new QAction(tr("&Open a document description (JSON)…"), this);
    open->setObjectName(QStringLiteral("document.open"));
    advanced->addAction(open);
    connect(open, &QAction::triggered, this, &DocumentActions::chooseDescription);
}

QAction* DocumentActions::add(const QString& name, const QString& text)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QStringLiteral("document.") + name);
    m_actions.append(action);
    return action;
}

void DocumentActions::addSeparator()
{
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_actions.append(separator);
}

DocumentPreviewDialog* DocumentActions::show(const Result<QList<DocumentDescription>>& specs, const QString& failure)
{
    if (!specs) {
        ErrorMessage::show(m_window, failure, specs.error());
        return nullptr;
    }
    Error error;
    DocumentPreviewDialog* dialog =
        DocumentPreviewDialog::fromSpecs(*specs, m_workspace.connection(), m_workspace.today(), m_window, &error);
    if (!dialog) {
        ErrorMessage::show(m_window, failure, error);
        return nullptr;
    }
    // Printing or exporting issues numbers: the register (and whoever shows it) hears of it.
    connect(dialog, &DocumentPreviewDialog::issued, &m_workspace, [this] { m_workspace.notifyDocumentsChanged(); });
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    emit previewOpened(dialog);
    return dialog;
}

DocumentPreviewDialog* DocumentActions::newDocument(const QString& templateId)
{
    return show(DocumentQuery(m_workspace.connection()).fromTemplate(templateId, m_workspace.today()),
        tr("The document could not be made."));
}

DocumentPreviewDialog* DocumentActions::achievementReport(bool collective, qint64 id)
{
    return show(DocumentQuery(m_workspace.connection()).achievementReport(collective, id, m_workspace.today()),
        tr("The achievement report could not be made."));
}

SubjectPickerDialog* DocumentActions::chooseReportSubject(bool collective)
{
    auto subjects = DocumentQuery(m_workspace.connection()).subjects(m_workspace.today());
    if (!subjects) {
        ErrorMessage::show(m_window, tr("The people and collectives could not be read."), subjects.error());
        return nullptr;
    }
    auto* picker = new SubjectPickerDialog(*subjects,
        collective ? SubjectTableModel::Show::Collectives : SubjectTableModel::Show::People,
        false,
        m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &SubjectPickerDialog::chosen, this, [this](const QList<DraftSubject>& chosen) {
        if (!chosen.isEmpty())
            achievementReport(chosen.constFirst().collective, chosen.constFirst().id);
    });
    picker->open();
    emit pickerOpened(picker);
    return picker;
}

DocumentPreviewDialog* DocumentActions::openDescription(const QString& path)
{
    return show(DocumentSpec::load(path), tr("The document description could not be opened."));
}

void DocumentActions::chooseDescription()
{
    auto* dialog =
        new QFileDialog(m_window, tr("Open a document description"), QString(), tr("Document descriptions (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openDescription(path); });
    dialog->open();
}

void DocumentActions::showRegister()
{
    auto* dialog = new DocumentRegisterDialog(m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DocumentActions::showLegalBases()
{
    auto* dialog = new LegalBasesDialog(m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DocumentActions::showCertificatePositions()
{
    auto* dialog = new CertificateLayoutDialog(m_workspace.connection(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace thidua
