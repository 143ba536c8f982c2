#include "ui/evidence/EvidenceDrop.h"

#include "core/evidence/EvidenceService.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/EvidenceTask.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QUrl>
#include <QWidget>

namespace thidua {

namespace {

void inform(QWidget* parent, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Information, EvidenceDrop::tr("Evidence"), text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString userName()
{
    const QString name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

} // namespace

EvidenceDrop::EvidenceDrop(QWidget* widget, Workspace& workspace, Locate locate)
    : QObject(widget)
    , m_widget(widget)
    , m_workspace(workspace)
    , m_locate(std::move(locate))
{}

EvidenceDrop* EvidenceDrop::install(QWidget* widget, Workspace& workspace, Locate locate)
{
    auto* drop = new EvidenceDrop(widget, workspace, std::move(locate));
    widget->setAcceptDrops(true);
    widget->installEventFilter(drop);
    return drop;
}

QStringList EvidenceDrop::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    return paths;
}

bool EvidenceDrop::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_widget)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!localPaths(drag->mimeData()).isEmpty() && m_locate(drag->position().toPoint()).onRecord) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localPaths(drop->mimeData());
        const Target target = m_locate(drop->position().toPoint());
        if (paths.isEmpty() || !target.onRecord) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        if (!target.refusal.isEmpty()) {
            inform(m_widget->window(), target.refusal);
            return true;
        }
        if (EvidenceTask* task = addFiles(m_workspace, m_widget->window(), paths, target.link))
            emit started(task);
        return true;
    }
    default:
        break;
    }
    return false;
}

EvidenceTask* EvidenceDrop::addFiles(
    Workspace& workspace, QWidget* parent, const QStringList& paths, const EvidenceLink& link)
{
    if (workspace.currentYear().id <= 0) {
        inform(parent, tr("Add a school year first: evidence belongs to a school year."));
        return nullptr;
    }
    EvidenceService::AddRequest request;
    request.files = paths;
    request.schoolYearId = workspace.currentYear().id;
    request.link = link;
    request.by = userName();
    request.at = QDateTime(workspace.today(), QTime::currentTime());
    const QString databasePath = workspace.databasePath();
    auto* task =
        new EvidenceTask(databasePath, tr("Adding %n file(s) as evidence…", nullptr, int(paths.size())), parent);
    Workspace* ws = &workspace;
    const QPointer<QWidget> owner(parent);
    QObject::connect(task, &EvidenceTask::finished, ws, [ws, owner](const Status& status) {
        if (status) {
            ws->notifyEvidenceChanged();
            return;
        }
        if (status.error().code != Error::Code::Cancelled)
            ErrorMessage::show(owner.data(), tr("The files could not be added as evidence."), status.error());
    });
    task->start([request, databasePath](QSqlDatabase db, const EvidenceStore::Progress& progress) -> Status {
        EvidenceService::AddRequest expanded = request;
        expanded.files = EvidenceService::expandFolders(request.files);
        if (expanded.files.isEmpty())
            return Error(Error::Code::NotFound, tr("The folders dropped hold no file."));
        auto added = EvidenceService(db, EvidenceStore::forDatabase(databasePath)).add(expanded, progress);
        if (!added)
            return added.error();
        return {};
    });
    return task;
}

} // namespace thidua
