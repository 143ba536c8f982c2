#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/school/School.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QSettings;
class QUndoStack;

namespace thidua {

class WorkspaceCommand;

// What every page of the main window shares: the open database, the undo stack, the window settings, today's
// date and the school year chosen in the toolbar. Pages never talk to each other; they announce changes here
// (notify…) and listen to the signals, so a page added later refreshes when another one edits.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDate()>;

    Workspace(QSqlDatabase db, QString databasePath, QSettings& settings, Clock today, QObject* parent = nullptr);
    ~Workspace() override;

    QSqlDatabase connection() const { return m_db; }
    QString databasePath() const { return m_databasePath; }
    QSettings& settings() const { return m_settings; }
    QDate today() const { return m_today(); }
    QUndoStack* undoStack() const { return m_undoStack; }

    // School years, oldest first, and the one chosen in the toolbar (id 0 when the school has none yet).
    const SchoolYears& years() const { return m_years; }
    const SchoolYear& currentYear() const { return m_currentYear; }
    // Reloads the years from the database, keeping the current one when it still exists.
    Status reloadYears();
    void setCurrentYear(qint64 yearId);

    // Runs a command's first change and, when it worked, puts it on the undo stack. A failed command changes
    // nothing and is not kept; its error is returned for the caller to show (a dialog stays open with its input).
    Status execute(std::unique_ptr<WorkspaceCommand> command);

    // Announcements of changes (also made by undo and redo). An empty id list means "any may have changed".
    void notifyPeopleChanged(const QList<qint64>& personIds = {});
    void notifyCollectivesChanged() { emit collectivesChanged(); }
    void notifySchoolChanged() { emit schoolChanged(); }
    void notifyCouncilChanged(qint64 yearId) { emit councilChanged(yearId); }
    // The register (a number issued or printed again) or the căn cứ changed.
    void notifyDocumentsChanged() { emit documentsChanged(); }
    // A page asks for the báo cáo thành tích of a person or a collective (the Văn bản menu's actions open it).
    void requestAchievementReport(bool collective, qint64 id) { emit achievementReportRequested(collective, id); }
    // A failure that has no dialog to show it (an undo that could not be applied): the main window shows it.
    void reportError(const QString& what, const Error& error) { emit errorReported(what, error); }
    // The movement's targets of a school year changed (TargetService).
    void notifyTargetsChanged(qint64 yearId) { emit targetsChanged(yearId); }
    // Công dân học tập results of some people in a school year changed (an empty list: any may have).
    void notifyLearningResultsChanged(qint64 yearId, const QList<qint64>& personIds = {})
    {
        emit learningResultsChanged(yearId, personIds);
    }
    // Learning models (mô hình học tập) of a school year were added, edited or removed (the dashboard counts them).
    void notifyLearningModelsChanged(qint64 yearId) { emit learningModelsChanged(yearId); }
    // Evidence files (minh chứng) were added, linked, unlinked, edited, trashed or restored.
    void notifyEvidenceChanged() { emit evidenceChanged(); }
    // The calendar's dates, or records its missing items are read from (activities, meetings, report texts), changed.
    void notifyCalendarChanged() { emit calendarChanged(); }

signals:
    void yearsChanged();
    void currentYearChanged(const thidua::SchoolYear& year);
    void peopleChanged(const QList<qint64>& personIds);
    void collectivesChanged();
    void schoolChanged();
    void councilChanged(qint64 yearId);
    void documentsChanged();
    void achievementReportRequested(bool collective, qint64 id);
    void errorReported(const QString& what, const thidua::Error& error);
    void targetsChanged(qint64 yearId);
    void learningResultsChanged(qint64 yearId, const QList<qint64>& personIds);
    void learningModelsChanged(qint64 yearId);
    void evidenceChanged();
    void calendarChanged();

private:
    QSqlDatabase m_db;
    QString m_databasePath;
    QSettings& m_settings;
    Clock m_today;
    QUndoStack* m_undoStack;
    SchoolYears m_years;
    SchoolYear m_currentYear;
};

} // namespace thidua
