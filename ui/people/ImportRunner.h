#pragma once

#include "core/common/Result.h"
#include "core/people/ImportService.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace thidua {

// Runs ImportService::plan() and apply() on a worker thread for the import dialog, so that the window keeps
// responding while a list of thousands of rows is checked and written. Each run opens its own connection to the
// database file (Database::open on the same path: a connection never crosses threads) and reports its progress;
// cancel() stops it, and a cancelled apply() writes nothing. A plan asked for while one is running replaces it:
// the running one is cancelled and only the latest is reported.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QString databasePath, QObject* parent = nullptr);
    ~ImportRunner() override;

    void plan(const ImportService::Request& request);
    void apply(const ImportService::Plan& plan);
    void cancel();

    bool isPlanning() const;
    bool isApplying() const;
    bool isRunning() const { return isPlanning() || isApplying(); }

signals:
    void progress(int done, int total);
    void planned(const thidua::Result<thidua::ImportService::Plan>& plan);
    void applied(const thidua::Result<thidua::RosterImport::Summary>& summary);

private:
    void startPlan();
    void planFinished();
    void applyFinished();

    QString m_databasePath;
    QFutureWatcher<Result<ImportService::Plan>>* m_planner;
    QFutureWatcher<Result<RosterImport::Summary>>* m_applier;
    // Running until the result is reported (the future itself ends before its watcher says so).
    bool m_planning = false;
    bool m_applying = false;
    std::optional<ImportService::Request> m_pending; // the plan to make once the running one has stopped
    // Asks the running apply() to stop before it commits. A flag rather than QFuture::cancel(), which would drop a
    // result reported after a commit that the cancel came too late for.
    std::shared_ptr<std::atomic_bool> m_stopApply;
};

} // namespace thidua
