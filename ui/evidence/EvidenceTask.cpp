#include "ui/evidence/EvidenceTask.h"

#include "core/db/Database.h"

#include <QProgressDialog>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace thidua {

EvidenceTask::EvidenceTask(QString databasePath, const QString& label, QWidget* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_shared(std::make_shared<Shared>())
    , m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 1000, parent))
    , m_timer(new QTimer(this))
{
    m_dialog->setObjectName(QStringLiteral("evidenceProgress"));
    m_dialog->setWindowTitle(tr("ThiĐua"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &EvidenceTask::cancel);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &EvidenceTask::updateProgress);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &EvidenceTask::done);
}

EvidenceTask::~EvidenceTask()
{
    if (m_watcher.isRunning()) {
        m_shared->cancelled = true;
        m_watcher.waitForFinished();
    }
    delete m_dialog;
}

void EvidenceTask::start(Job job)
{
    const QString path = m_databasePath;
    const std::shared_ptr<Shared> shared = m_shared;
    m_timer->start();
    m_watcher.setFuture(QtConcurrent::run([path, shared, job = std::move(job)]() -> Status {
        Database::Options options;
        options.connectionName =
            QStringLiteral("evidence-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto database = Database::open(path, options);
        if (!database)
            return database.error();
        const EvidenceStore::Progress progress = [shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled.load();
        };
        Status status = job((*database)->connection(), progress);
        if (!status && shared->cancelled)
            return Error(Error::Code::Cancelled, tr("Cancelled."));
        return status;
    }));
}

void EvidenceTask::cancel()
{
    m_shared->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void EvidenceTask::updateProgress()
{
    const qint64 total = m_shared->total;
    const qint64 done = m_shared->done;
    if (total > 0 && m_dialog)
        m_dialog->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

void EvidenceTask::done()
{
    m_timer->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater(); // its own timer would show it again
    }
    const Status status = m_watcher.result();
    emit finished(status);
    deleteLater();
}

} // namespace thidua
