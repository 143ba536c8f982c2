#include "ui/common/Workspace.h"

#include "core/school/SchoolQuery.h"
#include "ui/common/WorkspaceCommand.h"

#include <QUndoStack>

namespace thidua {

Workspace::Workspace(QSqlDatabase db, QString databasePath, QSettings& settings, Clock today, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
    , m_settings(settings)
    , m_today(today ? std::move(today) : Clock([] { return QDate::currentDate(); }))
    , m_undoStack(new QUndoStack(this))
{}

Workspace::~Workspace() = default;

Status Workspace::reloadYears()
{
    auto years = SchoolQuery(m_db).years();
    if (!years)
        return years.error();
    m_years = *years;
    emit yearsChanged();
    for (const SchoolYear& y : std::as_const(m_years)) {
        if (y.id == m_currentYear.id && m_currentYear.id != 0) {
            m_currentYear = y; // the same year, perhaps with new dates
            return {};
        }
    }
    // The year that contains today, else the latest one.
    qint64 chosen = m_years.isEmpty() ? 0 : m_years.constLast().id;
    for (const SchoolYear& y : std::as_const(m_years)) {
        if (y.contains(today()))
            chosen = y.id;
    }
    m_currentYear = SchoolYear();
    m_currentYear.id = -1; // forces the announcement
    setCurrentYear(chosen);
    return {};
}

void Workspace::setCurrentYear(qint64 yearId)
{
    SchoolYear chosen;
    for (const SchoolYear& y : std::as_const(m_years)) {
        if (y.id == yearId)
            chosen = y;
    }
    if (chosen.id == m_currentYear.id)
        return;
    m_currentYear = chosen;
    emit currentYearChanged(m_currentYear);
}

Status Workspace::execute(std::unique_ptr<WorkspaceCommand> command)
{
    if (auto done = command->apply(); !done)
        return done;
    command->m_applied = true;
    m_undoStack->push(command.release()); // push() calls redo(), which skips the change already made
    return {};
}

void Workspace::notifyPeopleChanged(const QList<qint64>& personIds)
{
    emit peopleChanged(personIds);
}

} // namespace thidua
