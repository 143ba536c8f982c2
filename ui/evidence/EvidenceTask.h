#pragma once

#include "core/common/Result.h"
#include "core/evidence/EvidenceStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace thidua {

// One long evidence job (adding many files, the integrity check) run off the UI thread. The worker opens its own
// connection to the school's file (a connection belongs to one thread) and gets a Progress callback; a
// QProgressDialog over `parent` shows how far it is (after a short delay) and its Cancel button makes the callback
// return false. finished() reports the job's Status (Error::Code::Cancelled when it was cancelled); the task then
// deletes itself.
class EvidenceTask : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Status(QSqlDatabase db, const EvidenceStore::Progress& progress)>;

    EvidenceTask(QString databasePath, const QString& label, QWidget* parent);
    ~EvidenceTask() override;

    void start(Job job);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QProgressDialog* progressDialog() const { return m_dialog; }

signals:
    void finished(const thidua::Status& status);

private:
    struct Shared
    {
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
        std::atomic<bool> cancelled { false };
    };
    void updateProgress();
    void done();

    QString m_databasePath;
    std::shared_ptr<Shared> m_shared;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_timer;
    QFutureWatcher<Status> m_watcher;
};

} // namespace thidua
