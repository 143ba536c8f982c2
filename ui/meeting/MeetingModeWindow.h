#pragma once

#include "core/common/Result.h"
#include "core/meeting/Meeting.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QHBoxLayout;
class QTableView;

namespace thidua {

class AttendanceDialog;
class EvidenceStrip;
class MeetingResultModel;
class TallyEntryPanel;
class ThumbnailCache;
class Workspace;

// Meeting mode: the council's sitting on the projector. Full screen (and laid out for 1366×768), large type, dark
// text on white throughout; one nominee at a time with the award, the achievement, the criteria results of the year
// and the evidence thumbnails; attendance and quorum ("9/11 có mặt – đủ túc số"); the ballot count typed twice from
// the keyboard (TallyEntryPanel: the secretary's entry, then the Ban kiểm phiếu's, differences in red cell by cell
// until they agree) and entered through MeetingService; the running result of every nominee (MeetingRecord). Keys:
// PageUp / PageDown (and Left / Right outside the cells) change the nominee, F5 opens a ballot round, Esc leaves.
// "Finish and print the minutes" finalises the meeting (MeetingService::finalize, backup into the database's folder
// "backups") and prints the biên bản and the biên bản kiểm phiếu through the printer set with setDocumentPrinter().
class MeetingModeWindow : public QWidget
{
    Q_OBJECT

public:
    // Prints the meeting's documents (MeetingDocumentService); its error is shown.
    using DocumentPrinter = std::function<Status(qint64 meetingId, QWidget* parent)>;

    MeetingModeWindow(Workspace& workspace, qint64 meetingId, QWidget* parent = nullptr);
    ~MeetingModeWindow() override;

    // Reads the meeting again; false (and the error shown) when it cannot be read.
    bool reload();
    void showNominee(int row);
    int currentNominee() const { return m_current; }
    const MeetingRecord& record() const { return m_record; }
    void setDocumentPrinter(DocumentPrinter printer) { m_printer = std::move(printer); }

    // Opens a ballot round over the nominees not voted yet (F5).
    void openRound();
    // The roll call (F2): AttendanceDialog, each change through MeetingService::setAttendance.
    AttendanceDialog* editAttendance();
    // Asks, then finishes and prints (the button); finishAndPrint() does it without asking.
    void confirmFinish();
    Status finishAndPrint();

    TallyEntryPanel* tallyPanel() const { return m_tally; }
    MeetingResultModel* resultModel() const { return m_results; }
    EvidenceStrip* evidenceStrip() const { return m_evidence; }
    QString attendanceText() const;
    MeetingRules::Counts attendance() const;

signals:
    void finalized(qint64 meetingId);
    // The meeting changed (a tally, a round, finalised): the page lists it again.
    void meetingChanged(qint64 meetingId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildNomineePanel();
    QWidget* buildSidePanel();
    QHBoxLayout* buildButtons();
    void applyLook();
    void addShortcuts();
    void updateHeader();
    void updateNominee();
    void updateTally();
    void updateButtons();
    void submitEntry(int entry);
    void showRoundNominee(int index);
    const MeetingRecord::Round* shownRound() const;

    Workspace& m_workspace;
    qint64 m_meetingId;
    MeetingRecord m_record;
    int m_current = -1;
    DocumentPrinter m_printer;
    ThumbnailCache* m_thumbnails;
    MeetingResultModel* m_results;
    TallyEntryPanel* m_tally;
    QLabel* m_title;
    QLabel* m_attendance;
    QLabel* m_position;
    QLabel* m_name;
    QLabel* m_subtitle;
    QLabel* m_form;
    QLabel* m_achievement;
    QLabel* m_criteria;
    QLabel* m_notes;
    EvidenceStrip* m_evidence;
    QTableView* m_resultView;
    QLabel* m_finishedNote;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_roundButton;
    QPushButton* m_attendanceButton;
    QPushButton* m_finishButton;
    QPushButton* m_leaveButton;
};

} // namespace thidua
