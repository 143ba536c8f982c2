// Meeting mode (issue 16, point 6), offscreen, on the small demo school: one nominee (a teacher outside the council,
// Lao động tiên tiến, its open checks overridden with a reason) before the council of 2025-2026; F5 opens the round,
// the secretary's count is typed from the keyboard (Enter moves on), then the Ban kiểm phiếu's with two cells
// different: both are red, nothing else is, and the round is not accepted; the second entry is corrected and the
// round is accepted, the result shows in the room (agree, share, Đạt); finishing locks the meeting, writes the
// backup into "backups" beside the database and calls the printer once; Esc leaves. The page: a nomination added
// through its dialog, a check overridden, a meeting created with it, meeting mode opened full screen. Every new
// model under QAbstractItemModelTester.
#include "core/documents/DocumentQuery.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingService.h"
#include "core/meeting/NominationService.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/common/Workspace.h"
#include "ui/meeting/AttendanceDialog.h"
#include "ui/meeting/AttendanceModel.h"
#include "ui/meeting/MeetingListModel.h"
#include "ui/meeting/MeetingModeWindow.h"
#include "ui/meeting/MeetingPage.h"
#include "ui/meeting/MeetingResultModel.h"
#include "ui/meeting/NewMeetingDialog.h"
#include "ui/meeting/NominationDialog.h"
#include "ui/meeting/NominationTableModel.h"
#include "ui/meeting/OverrideDialog.h"
#include "ui/meeting/TallyEntryPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::smallDemoSchool;

namespace {

const QDate Today(2026, 5, 20);

QString errorText(const Error& error)
{
    return error.toString();
}

} // namespace

class TestMeetingMode : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shareText_data();
    void shareText();
    void tallyTwice();
    void attendance();
    void keysChangeNominee();
    void page();

private:
    // A teacher who is not on the council: nobody is recused.
    qint64 outsider() const;
    qint64 nominate(qint64 personId);
    QSet<qint64> taken() const;
    // Types `digits` into the focused cell, which must be `cell`, and presses Enter.
    void type(const QString& cell, const QString& digits);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
};

void TestMeetingMode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 1, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return Today; });
    QVERIFY(m_workspace->reloadYears().ok());
    QCOMPARE(m_workspace->currentYear().name(), QStringLiteral("2025-2026"));
}

void TestMeetingMode::cleanup()
{
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestMeetingMode::shareText_data()
{
    QTest::addColumn<int>("tenths");
    QTest::addColumn<QString>("text");
    QTest::newRow("7 of 9") << 777 << QStringLiteral("77,7 %");
    QTest::newRow("7 of 10") << 700 << QStringLiteral("70,0 %");
    QTest::newRow("all") << 1000 << QStringLiteral("100,0 %");
    QTest::newRow("none") << 0 << QStringLiteral("0,0 %");
    QTest::newRow("1 of 12") << 83 << QStringLiteral("8,3 %");
}

void TestMeetingMode::shareText()
{
    QFETCH(int, tenths);
    QFETCH(QString, text);
    QCOMPARE(MeetingResultModel::shareText(tenths), text);
}

// Council members, and the people the demo already proposed this year (a second Lao động tiên tiến is refused).
QSet<qint64> TestMeetingMode::taken() const
{
    const qint64 year = m_workspace->currentYear().id;
    QSet<qint64> ids;
    if (auto council = SchoolQuery(m_db->connection()).council(year, Today)) {
        for (const CouncilMember& member : std::as_const(*council))
            ids.insert(member.personId);
    }
    if (auto nominated = NominationService(m_db->connection()).list(year, Today)) {
        for (const NominationView& view : std::as_const(*nominated))
            ids.insert(view.nomination.subjectId);
    }
    return ids;
}

qint64 TestMeetingMode::outsider() const
{
    auto people = PeopleQuery(m_db->connection()).people();
    if (!people)
        return 0;
    const QSet<qint64> members = taken();
    for (const Person& person : std::as_const(*people)) {
        if (person.kind == PersonKind::Staff && !members.contains(person.id))
            return person.id;
    }
    return 0;
}

qint64 TestMeetingMode::nominate(qint64 personId)
{
    NominationService nominations(m_db->connection());
    Nomination nomination;
    nomination.schoolYearId = m_workspace->currentYear().id;
    nomination.subject = AwardForm::Subject::Person;
    nomination.subjectId = personId;
    nomination.formKey = QStringLiteral("lao_dong_tien_tien");
    nomination.movement = NominationDialog::defaultMovement();
    nomination.period = QStringLiteral("năm học 2025-2026");
    nomination.achievement = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học");
    auto added = nominations.add(nomination);
    if (!added) {
        qWarning() << "add:" << added.error().toString();
        return 0;
    }
    auto problems = nominations.check(*added, Today);
    if (!problems) {
        qWarning() << "check:" << problems.error().toString();
        return 0;
    }
    for (const Eligibility::Problem& problem : std::as_const(*problems)) {
        auto done = nominations.override(
            *added, problem.rule, QStringLiteral("Hội đồng thống nhất xét"), QStringLiteral("Chủ tịch"));
        if (!done) {
            qWarning() << "override:" << done.error().toString();
            return 0;
        }
    }
    return *added;
}

void TestMeetingMode::type(const QString& cell, const QString& digits)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY2(focused, qPrintable(cell));
    QCOMPARE(focused->objectName(), cell);
    QTest::keyClicks(focused, digits);
    QTest::keyClick(focused, Qt::Key_Return);
}

void TestMeetingMode::tallyTwice()
{
    const qint64 person = outsider();
    QVERIFY(person > 0);
    const qint64 nomination = nominate(person);
    QVERIFY(nomination > 0);
    MeetingService meetings(m_db->connection());
    MeetingService::NewMeeting request;
    request.schoolYearId = m_workspace->currentYear().id;
    request.place = QStringLiteral("Phòng họp Hội đồng");
    request.startsAt = QDateTime(Today, QTime(14, 0));
    auto meeting = meetings.create(request);
    QVERIFY2(meeting, qPrintable(meeting ? QString() : errorText(meeting.error())));
    auto set = meetings.setNominees(*meeting, { nomination });
    QVERIFY2(set, qPrintable(set ? QString() : errorText(set.error())));

    QPointer<MeetingModeWindow> window = new MeetingModeWindow(*m_workspace, *meeting);
    int printed = 0;
    window->setDocumentPrinter([&printed, id = *meeting](qint64 meetingId, QWidget*) -> Status {
        printed += meetingId == id ? 1 : 100;
        return {};
    });
    QAbstractItemModelTester tester(window->resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->showFullScreen();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // The demo's council of 2025-2026: 7 members (chair, 2 vice-chairs, secretary, 3 tổ trưởng), all present.
    QCOMPARE(window->record().membersTotal(), 7);
    QCOMPARE(window->attendanceText(), QStringLiteral("7/7 present – quorum met"));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("nomineeName"))->font().pointSize() >= 20, true);
    QCOMPARE(window->resultModel()->rowCount(), 1);
    QCOMPARE(window->resultModel()->index(0, MeetingResultModel::ResultColumn).data().toString(),
        QStringLiteral("Not voted yet"));

    QTest::keyClick(window, Qt::Key_F5);
    QCOMPARE(window->record().rounds.size(), 1);
    TallyEntryPanel* panel = window->tallyPanel();
    // The secretary: 7 issued, 7 returned, 7 valid, 0 invalid; 6 agree, 1 disagree.
    type(QStringLiteral("entry1_issued"), QStringLiteral("7"));
    type(QStringLiteral("entry1_returned"), QStringLiteral("7"));
    type(QStringLiteral("entry1_valid"), QStringLiteral("7"));
    type(QStringLiteral("entry1_invalid"), QStringLiteral("0"));
    type(QStringLiteral("entry1_agree"), QStringLiteral("6"));
    type(QStringLiteral("entry1_disagree"), QStringLiteral("1"));
    QVERIFY(window->record().rounds[0].first.has_value());
    QVERIFY(!window->record().rounds[0].second.has_value());
    // The Ban kiểm phiếu counted 5 agree and 2 disagree.
    type(QStringLiteral("entry2_issued"), QStringLiteral("7"));
    type(QStringLiteral("entry2_returned"), QStringLiteral("7"));
    type(QStringLiteral("entry2_valid"), QStringLiteral("7"));
    type(QStringLiteral("entry2_invalid"), QStringLiteral("0"));
    type(QStringLiteral("entry2_agree"), QStringLiteral("5"));
    type(QStringLiteral("entry2_disagree"), QStringLiteral("2"));
    QVERIFY(window->record().rounds[0].second.has_value());
    QVERIFY(!window->record().rounds[0].accepted());
    const QList<MeetingRules::TallyDifference> expected { { QStringLiteral("agree"), 0, 6, 5 },
        { QStringLiteral("disagree"), 0, 1, 2 } };
    QCOMPARE(panel->differences(), expected);
    for (int entry : { 1, 2 }) {
        for (int row = TallyDraft::Issued; row < TallyDraft::RowCount; ++row) {
            const bool red = row == TallyDraft::Agree || row == TallyDraft::Disagree;
            QCOMPARE(panel->cell(entry, TallyDraft::Row(row))->property("differs").toBool(), red);
        }
    }
    QCOMPARE(window->resultModel()->index(0, MeetingResultModel::ResultColumn).data().toString(),
        QStringLiteral("Not voted yet"));

    // Corrected in the second entry: the cursor waits on the first red cell.
    type(QStringLiteral("entry2_agree"), QStringLiteral("6"));
    QVERIFY(!panel->cell(2, TallyDraft::Agree)->property("differs").toBool());
    QVERIFY(panel->cell(2, TallyDraft::Disagree)->property("differs").toBool());
    type(QStringLiteral("entry2_disagree"), QStringLiteral("1"));
    QVERIFY(panel->differences().isEmpty());
    QVERIFY(window->record().rounds[0].accepted());
    for (int row = TallyDraft::Issued; row < TallyDraft::RowCount; ++row)
        QVERIFY(!panel->cell(2, TallyDraft::Row(row))->property("differs").toBool());
    // 6 of the 7 present agree: 85,71… %, shown rounded down to 85,7 %, ≥ 70 % of the members present.
    const auto result = [&](int column) { return window->resultModel()->index(0, column).data().toString(); };
    QCOMPARE(result(MeetingResultModel::AgreeColumn), QStringLiteral("6"));
    QCOMPARE(result(MeetingResultModel::DisagreeColumn), QStringLiteral("1"));
    QCOMPARE(result(MeetingResultModel::ShareColumn), QStringLiteral("85,7 %"));
    QCOMPARE(result(MeetingResultModel::ResultColumn), QStringLiteral("Passed"));

    auto finished = window->finishAndPrint();
    QVERIFY2(finished, qPrintable(finished ? QString() : errorText(finished.error())));
    QCOMPARE(printed, 1);
    QVERIFY(window->record().finalized());
    QCOMPARE(QFileInfo(window->record().backupPath).dir().dirName(), QStringLiteral("backups"));
    QCOMPARE(QFileInfo(window->record().backupPath).dir().absolutePath(),
        QDir(m_dir->path()).absoluteFilePath(QStringLiteral("backups")));
    QVERIFY(QFileInfo::exists(window->record().backupPath));
    auto view = NominationService(m_db->connection()).view(nomination, Today);
    QVERIFY(view);
    QCOMPARE(view->nomination.state, Nomination::State::Passed);

    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
}

// PageDown / PageUp (and the arrows outside the cells) go through the nominees and stop at either end.
void TestMeetingMode::keysChangeNominee()
{
    auto people = PeopleQuery(m_db->connection()).people();
    QVERIFY(people);
    const QSet<qint64> members = taken();
    QList<qint64> nominations;
    for (const Person& person : std::as_const(*people)) {
        if (person.kind == PersonKind::Staff && !members.contains(person.id) && nominations.size() < 3)
            nominations << nominate(person.id);
    }
    QCOMPARE(nominations.size(), 3);
    QVERIFY(!nominations.contains(0));
    MeetingService meetings(m_db->connection());
    MeetingService::NewMeeting request;
    request.schoolYearId = m_workspace->currentYear().id;
    request.startsAt = QDateTime(Today, QTime(14, 0));
    auto meeting = meetings.create(request);
    QVERIFY(meeting);
    QVERIFY(meetings.setNominees(*meeting, nominations));
    QPointer<MeetingModeWindow> window = new MeetingModeWindow(*m_workspace, *meeting);
    window->showFullScreen();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* name = window->findChild<QLabel*>(QStringLiteral("nomineeName"));
    QCOMPARE(window->currentNominee(), 0);
    QCOMPARE(name->text(), window->record().nominees[0].view.subjectName);
    QTest::keyClick(window, Qt::Key_PageDown);
    QCOMPARE(window->currentNominee(), 1);
    QCOMPARE(name->text(), window->record().nominees[1].view.subjectName);
    QCOMPARE(window->resultModel()->current(), 1);
    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->currentNominee(), 2);
    QTest::keyClick(window, Qt::Key_PageDown);
    QCOMPARE(window->currentNominee(), 2);
    QTest::keyClick(window, Qt::Key_PageUp);
    QTest::keyClick(window, Qt::Key_Left);
    QCOMPARE(window->currentNominee(), 0);
    QTest::keyClick(window, Qt::Key_PageUp);
    QCOMPARE(window->currentNominee(), 0);
    window->close();
    QTRY_VERIFY(window.isNull());
}

// F2: the roll call. One member away on business (reason kept): 6 of 7, quorum met; three away: 4 of 7, two thirds
// of 7 needs 5.
void TestMeetingMode::attendance()
{
    const qint64 nomination = nominate(outsider());
    QVERIFY(nomination > 0);
    MeetingService meetings(m_db->connection());
    MeetingService::NewMeeting request;
    request.schoolYearId = m_workspace->currentYear().id;
    request.startsAt = QDateTime(Today, QTime(14, 0));
    auto meeting = meetings.create(request);
    QVERIFY(meeting);
    QVERIFY(meetings.setNominees(*meeting, { nomination }));
    QPointer<MeetingModeWindow> window = new MeetingModeWindow(*m_workspace, *meeting);
    window->showFullScreen();
    QVERIFY(QTest::qWaitForWindowActive(window));

    const auto roll = [&](const QList<int>& absent) {
        QTest::keyClick(window, Qt::Key_F2);
        auto* dialog = window->findChild<AttendanceDialog*>();
        QVERIFY(dialog);
        AttendanceModel* model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 7);
        for (int row : absent) {
            QVERIFY(
                model->setData(model->index(row, AttendanceModel::PresentColumn), Qt::Unchecked, Qt::CheckStateRole));
            QVERIFY(model->setData(model->index(row, AttendanceModel::ReasonColumn), QStringLiteral("Đi công tác")));
        }
        dialog->accept();
        QTRY_VERIFY(window->findChild<AttendanceDialog*>() == nullptr);
        QVERIFY(QTest::qWaitForWindowActive(window));
    };
    roll({ 6 });
    QCOMPARE(window->attendanceText(), QStringLiteral("6/7 present – quorum met"));
    QVERIFY(!window->record().members[6].present);
    QCOMPARE(window->record().members[6].reason, QStringLiteral("Đi công tác"));
    roll({ 4, 5 });
    QCOMPARE(window->attendanceText(), QStringLiteral("4/7 present – no quorum (5 needed)"));
    window->close();
    QTRY_VERIFY(window.isNull());
}

void TestMeetingMode::page()
{
    const qint64 person = outsider();
    QVERIFY(person > 0);
    MeetingPage page(*m_workspace);
    QAbstractItemModelTester nominations(page.nominations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester meetings(page.meetings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    page.activate();
    // The demo school has nominations and meetings of its own (core/demo/DemoMeetings): the new ones are found by id.
    const int nominationsBefore = page.nominations()->rowCount();
    const int meetingsBefore = page.meetings()->rowCount();

    page.addNomination();
    auto* add = page.findChild<NominationDialog*>();
    QVERIFY(add);
    QVERIFY(add->setForm(QStringLiteral("lao_dong_tien_tien")));
    auto subjects = DocumentQuery(m_db->connection()).subjects(Today);
    QVERIFY(subjects);
    const auto subject = std::find_if(subjects->cbegin(), subjects->cend(), [person](const DraftSubject& s) {
        return !s.collective && s.id == person;
    });
    QVERIFY(subject != subjects->cend());
    add->setSubject(*subject);
    add->setAchievement(QStringLiteral("Hoàn thành xuất sắc nhiệm vụ"));
    add->accept();
    QCOMPARE(page.nominations()->rowCount(), nominationsBefore + 1);
    auto added = [&page, person] {
        for (int row = 0; row < page.nominations()->rowCount(); ++row) {
            const Nomination& n = page.nominations()->at(row)->nomination;
            if (n.subject == AwardForm::Subject::Person && n.subjectId == person)
                return row;
        }
        return -1;
    };
    QVERIFY(added() >= 0);
    const NominationView* view = page.nominations()->at(added());
    QCOMPARE(view->subjectName, subject->name);
    const qint64 nominationId = view->nomination.id;
    QCOMPARE(page.nominations()->index(added(), NominationTableModel::FormColumn).data().toString(),
        QStringLiteral("Lao động tiên tiến"));
    QCOMPARE(page.nominations()->index(added(), NominationTableModel::CategoryColumn).data().toString(),
        QStringLiteral("Emulation title"));

    // Every open check overridden through the dialog, one by one.
    const int open = page.nominations()->index(added(), 0).data(NominationTableModel::OpenProblemsRole).toInt();
    for (int i = 0; i < open; ++i) {
        page.nominationView()->selectRow(added());
        page.overrideProblem();
        auto* dialog = page.findChild<OverrideDialog*>();
        QVERIFY(dialog);
        dialog->fill(0, QStringLiteral("Hội đồng thống nhất xét"), QStringLiteral("Chủ tịch Hội đồng"));
        dialog->accept();
        QTRY_VERIFY(page.findChild<OverrideDialog*>() == nullptr);
    }
    QCOMPARE(page.nominations()->index(added(), 0).data(NominationTableModel::OpenProblemsRole).toInt(), 0);
    QVERIFY(NewMeetingDialog::votable(*page.nominations()->at(added())));

    page.createMeeting();
    auto* create = page.findChild<NewMeetingDialog*>();
    QVERIFY(create);
    const QList<qint64> proposed = create->nominationIds();
    QVERIFY(proposed.contains(nominationId));
    create->setPlace(QStringLiteral("Phòng họp Hội đồng"));
    create->accept();
    for (QMessageBox* box : page.findChildren<QMessageBox*>())
        QVERIFY2(!box->isVisible(), qPrintable(box->text() + box->informativeText() + box->detailedText()));
    QCOMPARE(page.meetings()->rowCount(), meetingsBefore + 1);
    int newest = 0; // the list is newest first by date; the new meeting has the highest id
    for (int row = 1; row < page.meetings()->rowCount(); ++row) {
        if (page.meetings()->at(row)->id > page.meetings()->at(newest)->id)
            newest = row;
    }
    QCOMPARE(page.meetings()->index(newest, MeetingListModel::NomineesColumn).data().toInt(), proposed.size());
    QCOMPARE(page.meetings()->index(newest, MeetingListModel::StateColumn).data().toString(), QStringLiteral("Open"));

    page.meetingView()->selectRow(newest);
    QPointer<MeetingModeWindow> window = page.openMeetingMode();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->isFullScreen());
    QCOMPARE(window->record().nominees.size(), proposed.size());
    window->close();
    QTRY_VERIFY(window.isNull());
}

QTEST_MAIN(TestMeetingMode)
#include "TestMeetingMode.moc"
