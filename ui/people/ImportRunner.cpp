#include "ui/people/ImportRunner.h"

#include "core/db/Database.h"

#include <QPromise>
#include <QtConcurrent>

namespace thidua {

namespace {

using PlanResult = Result<ImportService::Plan>;
using SummaryResult = Result<RosterImport::Summary>;

// On the worker: its own connection to the file, closed when the work is done.
void planOnWorker(QPromise<PlanResult>& promise, const QString& path, const ImportService::Request& request)
{
    auto database = Database::open(path);
    if (!database) {
        promise.addResult(PlanResult(database.error()));
        return;
    }
    auto progress = [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    };
    promise.addResult(ImportService((*database)->connection()).plan(request, progress));
}

void applyOnWorker(QPromise<SummaryResult>& promise,
    const QString& path,
    const ImportService::Plan& plan,
    const std::shared_ptr<std::atomic_bool>& stop)
{
    auto database = Database::open(path);
    if (!database) {
        promise.addResult(SummaryResult(database.error()));
        return;
    }
    auto progress = [&promise, stop](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !stop->load();
    };
    promise.addResult(ImportService((*database)->connection()).apply(plan, progress));
}

} // namespace

ImportRunner::ImportRunner(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_planner(new QFutureWatcher<PlanResult>(this))
    , m_applier(new QFutureWatcher<SummaryResult>(this))
    , m_stopApply(std::make_shared<std::atomic_bool>(false))
{
    connect(m_planner, &QFutureWatcher<PlanResult>::finished, this, &ImportRunner::planFinished);
    connect(m_applier, &QFutureWatcher<SummaryResult>::finished, this, &ImportRunner::applyFinished);
    for (QFutureWatcherBase* watcher : std::initializer_list<QFutureWatcherBase*> { m_planner, m_applier }) {
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
            emit progress(value, watcher->progressMaximum());
        });
    }
}

ImportRunner::~ImportRunner()
{
    // The work must end before the database it writes to may be closed or removed: told to stop, it does so within
    // a few rows (an apply() then rolls back).
    m_planner->disconnect(this);
    m_applier->disconnect(this);
    m_pending.reset();
    cancel();
    m_planner->waitForFinished();
    m_applier->waitForFinished();
}

bool ImportRunner::isPlanning() const
{
    return m_planning;
}

bool ImportRunner::isApplying() const
{
    return m_applying;
}

void ImportRunner::plan(const ImportService::Request& request)
{
    m_pending = request;
    if (m_planning)
        m_planner->cancel(); // planFinished() starts the pending one
    else
        startPlan();
}

void ImportRunner::startPlan()
{
    if (!m_pending)
        return;
    const ImportService::Request request = std::move(*m_pending);
    m_pending.reset();
    m_planning = true;
    m_planner->setFuture(QtConcurrent::run(planOnWorker, m_databasePath, request));
}

void ImportRunner::planFinished()
{
    if (m_pending) {
        startPlan();
        return;
    }
    m_planning = false;
    const QFuture<PlanResult> future = m_planner->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit planned(PlanResult(Error { Error::Code::Cancelled, tr("Checking the list was cancelled.") }));
        return;
    }
    emit planned(future.result());
}

void ImportRunner::apply(const ImportService::Plan& plan)
{
    if (isRunning())
        return;
    m_stopApply->store(false);
    m_applying = true;
    m_applier->setFuture(QtConcurrent::run(applyOnWorker, m_databasePath, plan, m_stopApply));
}

void ImportRunner::applyFinished()
{
    m_applying = false;
    const QFuture<SummaryResult> future = m_applier->future();
    if (future.resultCount() == 0) {
        emit applied(SummaryResult(Error { Error::Code::Cancelled, tr("The import was cancelled.") }));
        return;
    }
    emit applied(future.result());
}

void ImportRunner::cancel()
{
    m_pending.reset();
    if (m_planning)
        m_planner->cancel();
    m_stopApply->store(true);
}

} // namespace thidua
