#pragma once

#include "core/awards/AwardForm.h"
#include "core/common/Result.h"
#include "ui/common/Page.h"
#include "ui/meeting/MeetingModeWindow.h"

#include <QPointer>

class QAction;
class QLabel;
class QTableView;

namespace thidua {

class MeetingListModel;
class NominationTableModel;

// "Xét khen thưởng": the nominations of the school year chosen in the toolbar (subject, award, danh hiệu or hình
// thức, proposing unit, state, open eligibility problems marked) with adding one and overriding a problem with a
// reason; below, the council's meetings of the year with creating one and opening meeting mode on it. Everything
// goes through NominationService, MeetingService and MeetingQuery.
class MeetingPage : public Page
{
    Q_OBJECT

public:
    explicit MeetingPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("meetings"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;

    void addNomination();
    void overrideProblem();
    void createMeeting();
    // Opens meeting mode on the selected meeting (full screen); returns it.
    MeetingModeWindow* openMeetingMode();

    NominationTableModel* nominations() const { return m_nominations; }
    MeetingListModel* meetings() const { return m_meetings; }
    QTableView* nominationView() const { return m_nominationView; }
    QTableView* meetingView() const { return m_meetingView; }
    // What prints a finished meeting's biên bản and kiểm phiếu, handed to meeting mode: by default the system print
    // dialog, then MeetingDocumentService (printMeetingDocuments); a test gives its own.
    void setDocumentPrinter(MeetingModeWindow::DocumentPrinter printer) { m_printer = std::move(printer); }
    void reload();

protected:
    void load() override;

private:
    void updateActions();
    qint64 selectedNomination() const;
    qint64 selectedMeeting() const;
    Result<QList<AwardForm>> awardForms() const;

    NominationTableModel* m_nominations;
    MeetingListModel* m_meetings;
    QLabel* m_heading;
    QTableView* m_nominationView;
    QTableView* m_meetingView;
    QAction* m_addAction;
    QAction* m_overrideAction;
    QAction* m_createMeetingAction;
    QAction* m_meetingModeAction;
    MeetingModeWindow::DocumentPrinter m_printer;
    QPointer<MeetingModeWindow> m_meetingMode;
};

} // namespace thidua
