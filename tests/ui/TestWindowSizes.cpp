// Every window and dialog of the program fits the school office's 1366×768 laptop with a taskbar (issue 13, point
// 11: the document preview opened 1200×860 with its buttons off the screen). The offscreen platform is given a
// 1366×720 screen (768 less a 48-pixel taskbar); each window is opened as the program opens it, shown, and its size,
// its size hint and its minimum size must leave room for a title bar and borders. With THIDUA_SCREENSHOT_DIR set
// (and a real display, see README) a picture of the screen is kept for each.
#include "core/calendar/CalendarService.h"
#include "core/common/Translation.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/CriteriaService.h"
#include "core/db/Database.h"
#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentTemplates.h"
#include "core/documents/LegalBasis.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceService.h"
#include "core/meeting/MeetingService.h"
#include "core/meeting/NominationService.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolRepository.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/MainWindow.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/calendar/CalendarDatesDialog.h"
#include "ui/calendar/CalendarPanel.h"
#include "ui/common/Workspace.h"
#include "ui/council/AddCouncilMemberDialog.h"
#include "ui/criteria/AssessmentDialog.h"
#include "ui/criteria/CriteriaSetEditorDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/TargetsDialog.h"
#include "ui/documents/DocumentActions.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/documents/LegalBasisDialog.h"
#include "ui/documents/SubjectPickerDialog.h"
#include "ui/evidence/CheckReportDialog.h"
#include "ui/evidence/EvidenceDialog.h"
#include "ui/evidence/EvidenceExportDialog.h"
#include "ui/evidence/EvidenceListModel.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/evidence/ThumbnailCache.h"
#include "ui/meeting/EvidenceStrip.h"
#include "ui/meeting/MeetingModeWindow.h"
#include "ui/meeting/MeetingPage.h"
#include "ui/meeting/NewMeetingDialog.h"
#include "ui/meeting/NominationDialog.h"
#include "ui/meeting/OverrideDialog.h"
#include "ui/meeting/TallyEntryPanel.h"
#include "ui/people/ImportDialog.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/PeopleStore.h"
#include "ui/people/PersonDialog.h"
#include "ui/school/AddSchoolYearDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::smallDemoSchool;

namespace {

// Written by hand: a 1366×768 screen less a 48-pixel taskbar is 1366×720 of room for a window's frame; the frame
// (title bar, borders) takes up to 16×40 of it.
const QSize Screen(1366, 720);
const QSize Contents(1366 - 16, 720 - 40);

bool fits(const QSize& size, const QSize& room)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

QString text(const QSize& size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindow();
    void personDialogs_data();
    void personDialogs();
    void importDialog();
    void schoolAndCouncilDialogs();
    void documentPreviews_data();
    void documentPreviews();
    void documentDialogs();
    void targetsDialog();
    void calendarDialog();
    void criteriaDialogs();
    void evidenceDialogs();
    void activityDialogs();
    void meetingMode();

private:
    // Nominates `count` staff members outside the council for Lao động tiên tiến, their checks overridden; a meeting
    // of the current year on 20/05/2026 with them; returns the meeting.
    qint64 demoMeeting(int count);
    // A full-screen window: the whole screen and no more, every button on it.
    void checkFullScreen(QWidget* window, const QString& name);
    void keepPicture(QWidget* window, const QString& name);
    // Shows `window` (when hidden), checks it and keeps its picture; closes it unless it is the main window.
    void check(QWidget* window, const QString& name);
    PeoplePage* page(const QString& key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowSizes::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), QStringLiteral("vi")));
    QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    // The room the program is given must be the laptop's (the offscreen platform is configured in main()).
    QVERIFY2(fits(screen->availableGeometry().size(), Screen), qPrintable(text(screen->availableGeometry().size())));
}

void TestWindowSizes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowSizes::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

PeoplePage* TestWindowSizes::page(const QString& key) const
{
    if (!m_window->showPage(key))
        return nullptr;
    return qobject_cast<PeoplePage*>(m_window->page(key));
}

void TestWindowSizes::check(QWidget* window, const QString& name)
{
    QVERIFY2(window, qPrintable(name));
    if (!window->isVisible())
        window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    const QString what = name + QStringLiteral(": ");
    QVERIFY2(fits(window->frameGeometry().size(), Screen),
        qPrintable(what + QStringLiteral("frame ") + text(window->frameGeometry().size())));
    QVERIFY2(fits(window->size(), Contents), qPrintable(what + QStringLiteral("size ") + text(window->size())));
    QVERIFY2(fits(window->minimumSizeHint(), Contents),
        qPrintable(what + QStringLiteral("minimum size hint ") + text(window->minimumSizeHint())));
    QVERIFY2(fits(window->minimumSize(), Contents),
        qPrintable(what + QStringLiteral("minimum size ") + text(window->minimumSize())));
    QVERIFY2(
        fits(window->sizeHint(), Contents), qPrintable(what + QStringLiteral("size hint ") + text(window->sizeHint())));
    // Every button of the window is on it.
    const QRect inside(QPoint(0, 0), window->size());
    for (QPushButton* button : window->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(window))
            continue;
        const QRect placed(button->mapTo(window, QPoint(0, 0)), button->size());
        QVERIFY2(inside.contains(placed), qPrintable(what + button->text()));
    }

    keepPicture(window, name);
    if (window != m_window.get())
        window->close();
}

void TestWindowSizes::keepPicture(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("THIDUA_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(300); // painted
        QDir().mkpath(folder);
        QScreen* screen = window->screen();
        const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
        QVERIFY(screen->grabWindow(0).save(file, "PNG"));
    }
}

void TestWindowSizes::checkFullScreen(QWidget* window, const QString& name)
{
    QVERIFY2(window, qPrintable(name));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    const QString what = name + QStringLiteral(": ");
    QVERIFY2(fits(window->frameGeometry().size(), Screen),
        qPrintable(what + QStringLiteral("frame ") + text(window->frameGeometry().size())));
    QVERIFY2(fits(window->minimumSizeHint(), Screen),
        qPrintable(what + QStringLiteral("minimum size hint ") + text(window->minimumSizeHint())));
    QVERIFY2(fits(window->minimumSize(), Screen),
        qPrintable(what + QStringLiteral("minimum size ") + text(window->minimumSize())));
    const QRect inside(QPoint(0, 0), window->size());
    for (QPushButton* button : window->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(window))
            continue;
        const QRect placed(button->mapTo(window, QPoint(0, 0)), button->size());
        QVERIFY2(inside.contains(placed), qPrintable(what + button->text()));
    }
    keepPicture(window, name);
}

void TestWindowSizes::mainWindow()
{
    for (const QString& key : { QStringLiteral("school"),
             QStringLiteral("years"),
             QStringLiteral("staff"),
             QStringLiteral("students"),
             QStringLiteral("collectives"),
             QStringLiteral("council"),
             QStringLiteral("learningCitizen"),
             QStringLiteral("movement"),
             QStringLiteral("criteria"),
             QStringLiteral("evidence"),
             QStringLiteral("meetings"),
             QStringLiteral("activities") }) {
        QVERIFY2(m_window->showPage(key), qPrintable(key));
        check(m_window.get(), QStringLiteral("main-") + key);
    }
}

void TestWindowSizes::personDialogs_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("staff") << QStringLiteral("staff");
    QTest::newRow("students") << QStringLiteral("students");
}

void TestWindowSizes::personDialogs()
{
    QFETCH(QString, key);
    PeoplePage* people = page(key);
    QVERIFY(people);
    people->addPerson();
    auto* dialog = people->findChild<PersonDialog*>();
    QVERIFY(dialog);
    check(dialog, key + QStringLiteral("-add"));
    // With every problem shown under its field: the tallest the form gets.
    people->addPerson();
    QTRY_VERIFY((dialog = people->findChild<PersonDialog*>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit*>(QStringLiteral("birthDate"))->setText(QStringLiteral("31/02/2009"));
    dialog->findChild<QLineEdit*>(QStringLiteral("activeFrom"))->setText(QStringLiteral("hôm qua"));
    dialog->findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("không phải thư"));
    dialog->findChild<QLineEdit*>(QStringLiteral("code"))->setText(QStringLiteral("   "));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    check(dialog, key + QStringLiteral("-add-problems"));

    QVERIFY(people->table()->model()->rowCount() > 0);
    people->table()->selectRow(0);
    people->editCurrent();
    QTRY_VERIFY((dialog = people->findChild<PersonDialog*>()) && dialog->isVisible());
    check(dialog, key + QStringLiteral("-edit"));
    people->deactivateCurrent();
    QDialog* leave = nullptr;
    QTRY_VERIFY((leave = people->findChild<QDialog*>()) && leave->isVisible());
    check(leave, key + QStringLiteral("-leave"));
}

void TestWindowSizes::importDialog()
{
    ImportDialog dialog(*m_workspace, PersonKind::Staff, m_window.get());
    check(&dialog, QStringLiteral("import-empty"));
    QSignalSpy loaded(&dialog, &ImportDialog::workbookLoaded);
    QSignalSpy planned(&dialog, &ImportDialog::planned);
    dialog.openFile(QFINDTESTDATA("../data/import/staff_title_merged.xlsx"));
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    check(&dialog, QStringLiteral("import-xlsx"));
}

void TestWindowSizes::schoolAndCouncilDialogs()
{
    auto years = SchoolRepository(m_db->connection()).years();
    QVERIFY(years.ok());
    AddSchoolYearDialog year(*years, QDate(2025, 11, 20), m_window.get());
    check(&year, QStringLiteral("school-year-add"));

    QVERIFY(m_window->showPage(QStringLiteral("council")));
    AddCouncilMemberDialog member(*m_window->peopleStore()->model(), {}, m_window.get());
    check(&member, QStringLiteral("council-member-add"));
}

void TestWindowSizes::documentPreviews_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : DocumentTemplates::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestWindowSizes::documentPreviews()
{
    QFETCH(QString, id);
    DocumentPreviewDialog* dialog = m_window->documentActions()->newDocument(id);
    QVERIFY(dialog);
    QSignalSpy laidOut(dialog, &DocumentPreviewDialog::laidOut);
    if (!dialog->pages())
        QVERIFY(laidOut.wait(30000));
    check(dialog, QStringLiteral("preview-") + id);
}

void TestWindowSizes::documentDialogs()
{
    DocumentActions* actions = m_window->documentActions();
    auto opened = [this] {
        QDialog* found = nullptr;
        for (QDialog* dialog : m_window->findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found;
    };
    actions->showRegister();
    check(opened(), QStringLiteral("document-register"));
    actions->showLegalBases();
    check(opened(), QStringLiteral("legal-bases"));
    actions->showCertificatePositions();
    check(opened(), QStringLiteral("certificate-positions"));
    LegalBasisDialog basis(LegalBasis(), m_window.get());
    check(&basis, QStringLiteral("legal-basis-edit"));
    // The picker of nominees and of a báo cáo thành tích's subject, with the whole school in it.
    auto subjects = DocumentQuery(m_db->connection()).subjects(QDate(2025, 11, 20));
    QVERIFY2(subjects, qPrintable(subjects ? QString() : subjects.error().toString()));
    QVERIFY(!subjects->isEmpty());
    SubjectPickerDialog picker(*subjects, SubjectTableModel::Show::Everyone, true, m_window.get());
    check(&picker, QStringLiteral("subject-picker"));
}

// The targets of the year (the learning models are counted from the records, not typed in the dialog).
void TestWindowSizes::targetsDialog()
{
    QVERIFY(m_window->showPage(QStringLiteral("movement")));
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->page(QStringLiteral("movement")));
    QVERIFY(dashboard);
    TargetsDialog dialog(m_workspace->currentYear(), Targets(), m_window.get());
    check(&dialog, QStringLiteral("targets"));
    check(dashboard->editTargets(), QStringLiteral("targets-demo"));
}

// The dates of the calendar (issue 17), opened from the first page's Lịch công việc panel, with a long entry of the
// school's own added.
void TestWindowSizes::calendarDialog()
{
    CalendarEntry own;
    own.name = QStringLiteral("Hội nghị cán bộ, công chức, viên chức và người lao động đầu năm học của nhà trường");
    own.month = 10;
    own.day = 15;
    QVERIFY(CalendarService(m_db->connection()).add(own).ok());
    QVERIFY(m_window->showPage(QStringLiteral("movement")));
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->page(QStringLiteral("movement")));
    QVERIFY(dashboard);
    check(dashboard->calendarPanel()->editDates(), QStringLiteral("calendar-dates"));
}

// The criteria set editor and the assessment of the school against Đơn vị học tập (the largest built-in set).
void TestWindowSizes::criteriaDialogs()
{
    QVERIFY(CriteriaService(m_db->connection()).installBuiltIns().ok());
    auto set = CriteriaQuery(m_db->connection()).latest(QStringLiteral("don-vi-hoc-tap-cap-tinh"));
    QVERIFY(set.ok() && set->id != 0);
    CriteriaSetEditorDialog editor(m_db->connection(), *set, 1, m_window.get());
    check(&editor, QStringLiteral("criteria-editor"));
    AssessmentDialog assessment(*m_workspace, CriteriaQuery::learningUnitKeys(), m_window.get());
    check(&assessment, QStringLiteral("criteria-assessment"));
}

// The details of an evidence file with long texts, and the check's report with many problems.
// The forms of the Hoạt động page (issue 17), filled from the demo school: the longest activity, a model, an
// initiative with its authors.
void TestWindowSizes::activityDialogs()
{
    QVERIFY(m_window->showPage(QStringLiteral("activities")));
    auto* page = qobject_cast<ActivitiesPage*>(m_window->page(QStringLiteral("activities")));
    QVERIFY(page);
    const char* names[] = { "activity", "learning-model", "initiative" };
    for (const ActivitiesPage::Tab tab :
        { ActivitiesPage::ActivitiesTab, ActivitiesPage::ModelsTab, ActivitiesPage::InitiativesTab }) {
        page->tabs()->setCurrentIndex(tab);
        check(m_window.get(), QStringLiteral("main-activities-%1").arg(QLatin1String(names[tab])));
        QVERIFY(page->view(tab)->model()->rowCount() > 0);
        page->view(tab)->selectRow(0);
        QDialog* dialog = page->editRecord();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        check(dialog, QStringLiteral("%1-edit").arg(QLatin1String(names[tab])));
        dialog->reject();
    }
}

void TestWindowSizes::evidenceDialogs()
{
    Evidence evidence;
    evidence.code = QStringLiteral("H1.TC2.CT1-03");
    evidence.originalName = QStringLiteral("Quyết định công nhận danh hiệu Tập thể lao động xuất sắc năm học "
                                           "2024-2025 của Ủy ban nhân dân tỉnh (bản chụp có dấu đỏ).pdf");
    evidence.mediaType = QStringLiteral("application/pdf");
    evidence.size = 1234567;
    evidence.description = QStringLiteral("Bản chụp quyết định, có chữ ký và dấu đỏ của cơ quan ban hành");
    evidence.paper = { QStringLiteral("1234/QĐ-UBND"), QDate(2025, 6, 30), QStringLiteral("Ủy ban nhân dân tỉnh") };
    EvidenceDialog details(evidence, m_window.get());
    check(&details, QStringLiteral("evidence-details"));
    CheckReport report;
    report.objectsChecked = 420;
    report.bytesChecked = 1024LL * 1024 * 1024;
    for (int i = 0; i < 40; ++i) {
        CheckProblem problem;
        problem.kind = i % 2 ? CheckProblem::Kind::Altered : CheckProblem::Kind::Orphan;
        problem.sha256 = QString(64, QLatin1Char('a' + i % 6));
        problem.code = QStringLiteral("H1.TC2.CT1-%1").arg(i, 2, 10, QLatin1Char('0'));
        problem.name = evidence.originalName;
        problem.expected = problem.sha256;
        problem.actual = QString(64, QLatin1Char('f'));
        report.problems << problem;
    }
    CheckReportDialog checkReport(report, m_window.get());
    check(&checkReport, QStringLiteral("evidence-check"));
    EvidenceExportDialog dossier(EvidenceExportDialog::Kind::Dossier, *m_workspace, m_window.get());
    check(&dossier, QStringLiteral("evidence-dossier"));

    // The page with files in it: a picture, a PDF and a document, with long names and descriptions.
    const QString folder = m_dir->filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(folder));
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(QColor(0x2e, 0x7d, 0x32));
    const QString png = QDir(folder).filePath(QStringLiteral("Ảnh lễ khai giảng năm học 2025-2026.png"));
    QVERIFY(picture.save(png, "PNG"));
    const QString pdf = QDir(folder).filePath(evidence.originalName);
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        painter.fillRect(QRect(0, 0, writer.width(), writer.height() / 3), QColor(0xc6, 0x28, 0x28));
    }
    const QString text = QDir(folder).filePath(QStringLiteral("Biên bản họp tổ.docx"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("PK") == 2);
    file.close();
    auto people = PeopleQuery(m_db->connection()).people();
    QVERIFY(people.ok() && !people->isEmpty());
    EvidenceService::AddRequest request;
    request.files = { png, pdf, text };
    request.schoolYearId = m_workspace->currentYear().id;
    request.link = { EvidenceLink::Kind::Person, people->first().id, QString() };
    request.description = evidence.description;
    request.paper = evidence.paper;
    request.by = QStringLiteral("test");
    request.at = QDateTime(QDate(2025, 11, 20), QTime(9, 0));
    // The demo school's own evidence of the year is listed too.
    EvidenceFilter year;
    year.schoolYearId = request.schoolYearId;
    const qsizetype before = EvidenceQuery(m_db->connection()).list(year)->size();
    auto added = EvidenceService(m_db->connection(), EvidenceStore::forDatabase(m_db->path())).add(request);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    m_workspace->notifyEvidenceChanged();
    QVERIFY(m_window->showPage(QStringLiteral("evidence")));
    auto* page = qobject_cast<EvidencePage*>(m_window->page(QStringLiteral("evidence")));
    QVERIFY(page);
    const auto shown = [page, before] {
        if (page->model()->rowCount() != before + 3)
            return false;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->thumbnails()->isPending(page->model()->at(row)->sha256))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 30000);
    check(m_window.get(), QStringLiteral("main-evidence-files"));
}

qint64 TestWindowSizes::demoMeeting(int count)
{
    const qint64 year = m_workspace->currentYear().id;
    const QDate day(2026, 5, 20);
    auto council = SchoolRepository(m_db->connection()).council(year, day);
    auto people = PeopleQuery(m_db->connection()).people();
    if (!council || !people)
        return 0;
    QSet<qint64> members;
    for (const CouncilMember& member : std::as_const(*council))
        members.insert(member.personId);
    NominationService nominations(m_db->connection());
    // The demo's own nominations of the year: a second Lao động tiên tiến for one of them is refused.
    if (auto nominated = nominations.list(year, day)) {
        for (const NominationView& view : std::as_const(*nominated))
            members.insert(view.nomination.subjectId);
    }
    QList<qint64> ids;
    for (const Person& person : std::as_const(*people)) {
        if (person.kind != PersonKind::Staff || members.contains(person.id) || ids.size() >= count)
            continue;
        Nomination nomination;
        nomination.schoolYearId = year;
        nomination.subjectId = person.id;
        nomination.formKey =
            ids.isEmpty() ? QStringLiteral("chien_si_thi_dua_co_so") : QStringLiteral("lao_dong_tien_tien");
        nomination.movement = NominationDialog::defaultMovement();
        nomination.period = QStringLiteral("năm học 2025-2026");
        nomination.achievement =
            QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026; chủ nhiệm lớp đạt "
                           "danh hiệu Lớp học tập; có sáng kiến được Hội đồng khoa học cấp "
                           "trường công nhận; tích cực tham gia Tuần lễ hưởng ứng học tập suốt đời.");
        auto added = nominations.add(nomination);
        if (!added)
            return 0;
        ids << *added;
        auto problems = nominations.check(*added, day);
        if (!problems)
            return 0;
        for (const Eligibility::Problem& problem : std::as_const(*problems)) {
            if (!nominations.override(*added,
                    problem.rule,
                    QStringLiteral("Hội đồng thống nhất xét"),
                    QStringLiteral("Chủ tịch Hội đồng")))
                return 0;
        }
    }
    MeetingService meetings(m_db->connection());
    MeetingService::NewMeeting request;
    request.schoolYearId = year;
    request.place = QStringLiteral("Phòng họp Hội đồng");
    request.startsAt = QDateTime(day, QTime(14, 0));
    auto meeting = meetings.create(request);
    if (!meeting || !meetings.setNominees(*meeting, ids))
        return 0;
    return *meeting;
}

// The Xét khen thưởng page's dialogs, and meeting mode on the laptop's screen: 9 nominees, the first with a long
// achievement and a picture as evidence, a round whose two counts differ in two cells.
void TestWindowSizes::meetingMode()
{
    const qint64 meeting = demoMeeting(9);
    QVERIFY(meeting > 0);
    QVERIFY(m_window->showPage(QStringLiteral("meetings")));
    auto* page = qobject_cast<MeetingPage*>(m_window->page(QStringLiteral("meetings")));
    QVERIFY(page);
    page->reload();
    check(m_window.get(), QStringLiteral("main-meetings-filled"));
    page->addNomination();
    check(page->findChild<NominationDialog*>(), QStringLiteral("nomination-add"));
    page->createMeeting();
    check(page->findChild<NewMeetingDialog*>(), QStringLiteral("meeting-new"));

    auto nominees = NominationService(m_db->connection()).list(m_workspace->currentYear().id, QDate(2026, 5, 20));
    QVERIFY(nominees && !nominees->isEmpty());
    NominationView problem = nominees->first();
    problem.overrides.clear();
    problem.problems = { { Eligibility::Rule::LearningCitizen,
        QStringLiteral("Chưa được công nhận Công dân học tập năm học 2025-2026 (kết quả: chưa đánh giá).") } };
    OverrideDialog override(problem, m_window.get());
    check(&override, QStringLiteral("nomination-override"));

    auto* window = new MeetingModeWindow(*m_workspace, meeting, m_window.get());
    window->showFullScreen();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // A picture linked to the first nominee.
    const QString png = m_dir->filePath(QStringLiteral("Giấy chứng nhận sáng kiến.png"));
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(QColor(0x2e, 0x7d, 0x32));
    QVERIFY(picture.save(png, "PNG"));
    EvidenceService::AddRequest request;
    request.files = { png };
    request.schoolYearId = m_workspace->currentYear().id;
    request.link = {
        EvidenceLink::Kind::Person, window->record().nominees.first().view.nomination.subjectId, QString()
    };
    request.by = QStringLiteral("test");
    request.at = QDateTime(QDate(2026, 5, 19), QTime(9, 0));
    QVERIFY(EvidenceService(m_db->connection(), EvidenceStore::forDatabase(m_db->path())).add(request).ok());

    QVERIFY(window->reload());
    QCOMPARE(window->evidenceStrip()->shown(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!window->evidenceStrip()->waiting(), 30000);
    window->openRound();
    TallyEntryPanel* panel = window->tallyPanel();
    const QList<int> first { 7, 7, 7, 0, 6, 1 };
    const QList<int> second { 7, 7, 7, 0, 5, 2 };
    // Every nominee counted twice; the counts of the first differ in agree and disagree.
    const int count = int(window->record().nominees.size());
    for (int nominee = count - 1; nominee >= 0; --nominee) {
        panel->setNominee(nominee);
        for (int entry : { 1, 2 }) {
            for (int row = 0; row < TallyDraft::RowCount; ++row) {
                if (nominee > 0 && row < TallyDraft::Agree)
                    continue;
                QLineEdit* cell = panel->cell(entry, TallyDraft::Row(row));
                const int value = nominee == 0 && entry == 2 ? second[row] : first[row];
                cell->setText(QString::number(value));
                Q_EMIT cell->textEdited(cell->text());
            }
        }
    }
    QCOMPARE(panel->differences().size(), 2);
    checkFullScreen(window, QStringLiteral("meeting-mode"));
    window->close();
}

// The offscreen platform gets a screen the size of the laptop's free area; a real display is used as it is.
int main(int argc, char** argv)
{
    QTemporaryDir config;
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QStringLiteral("offscreen") && config.isValid()) {
        const QString path = config.filePath(QStringLiteral("screens.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 720,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(path).toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestWindowSizes test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestWindowSizes.moc"
