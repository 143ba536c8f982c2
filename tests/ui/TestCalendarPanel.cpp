// The Lịch công việc panel of the first page (issue 17, point 2) on a small school built here, today 20/11/2025: its
// model under QAbstractItemModelTester, the rows of 2025-2026 with days left and missing items written by hand,
// overdue ones red and done ones grey, missing items spanning the row; the dates dialog saving through an undoable
// command, and refusing a date that does not exist with the dialog kept open and the database unchanged.
#include "core/calendar/CalendarService.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "ui/calendar/CalendarDatesDialog.h"
#include "ui/calendar/CalendarModel.h"
#include "ui/calendar/CalendarPanel.h"
#include "ui/common/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestCalendarPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rows();
    void colours();
    void datesDialogSavesAndUndoes();
    void datesDialogRefuses();

private:
    QStringList rowTexts() const;
    QString annualReportDate() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CalendarPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCalendarPanel::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"en"_s));
}

void TestCalendarPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const QSqlDatabase c = m_db->connection();
    const qint64 year = SchoolRepository(c).ensureYear(2025)->id;
    Collective van { 0, CollectiveKind::SubjectGroup, u"Tổ Ngữ văn"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(van).ok());
    Person p;
    p.setFullName(u"Nguyễn Thị Hoà"_s);
    const qint64 id = *PersonRepository(c).insert(p);
    Membership m { 0, id, van.id, year, Membership::Role::Member };
    QVERIFY(CollectiveRepository(c).addMember(m).ok());

    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(c, m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    m_panel = std::make_unique<CalendarPanel>(*m_workspace);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(480, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCalendarPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestCalendarPanel::rowTexts() const
{
    QStringList out;
    const CalendarModel* model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        out << cells.join(u" | "_s);
    }
    return out;
}

QString TestCalendarPanel::annualReportDate() const
{
    for (const CalendarEntry& e : *CalendarService(m_db->connection()).entries()) {
        if (e.key == u"annual_report"_s)
            return CalendarDate::datesText(e);
    }
    return QString();
}

void TestCalendarPanel::rows()
{
    QCOMPARE(m_panel->heading()->text(), u"Calendar 2025-2026"_s);
    QCOMPARE(rowTexts(),
        (QStringList { u"15/09 | Hồ sơ đề nghị khen thưởng Phong trào thi đua | done"_s,
            u"30/09 | Sơ kết Phong trào thi đua giai đoạn 2023–2025 | 51 days overdue"_s,
            u"    • The review report 2023–2025 has none of its judgement sections written yet"_s,
            u"01/10–07/10 | Tuần lễ hưởng ứng học tập suốt đời | 44 days overdue"_s,
            u"    • No activity “Tuần lễ hưởng ứng học tập suốt đời” recorded in 2025-2026 yet"_s,
            u"25/11 | Báo cáo kết quả thực hiện Phong trào thi đua | 5 days left"_s,
            u"    • 1 staff have no Learning citizen result yet"_s,
            u"    • Tổ Ngữ văn has no learning model this year"_s,
            u"    • The annual report 2025-2026 has none of its judgement sections written yet"_s,
            u"21/04 | Ngày Sách và Văn hóa đọc Việt Nam | 152 days left"_s,
            u"    • No activity “Ngày Sách và Văn hóa đọc Việt Nam” recorded in 2025-2026 yet"_s }));
    QCOMPARE(m_panel->view()->columnSpan(2, 0), int(CalendarModel::ColumnCount));
    QCOMPARE(m_panel->view()->columnSpan(1, 0), 1);
    QCOMPARE(m_panel->model()->index(7, 0).data(CalendarModel::KeyRole).toString(), u"annual_report"_s);
    QVERIFY(m_panel->model()->index(7, 0).data(CalendarModel::MissingRole).toBool());
}

void TestCalendarPanel::colours()
{
    auto colour = [this](int row) {
        const QVariant v = m_panel->model()->index(row, CalendarModel::DueColumn).data(Qt::ForegroundRole);
        return v.isValid() ? v.value<QBrush>().color().name() : QString();
    };
    QCOMPARE(colour(0), u"#757575"_s); // done: grey
    QCOMPARE(colour(1), u"#b71c1c"_s); // overdue: red, and its missing item
    QCOMPARE(m_panel->model()->index(2, 0).data(Qt::ForegroundRole).value<QBrush>().color().name(), u"#b71c1c"_s);
    QCOMPARE(colour(5), QString()); // still time: the usual colour
}

void TestCalendarPanel::datesDialogSavesAndUndoes()
{
    CalendarDatesDialog* dialog = m_panel->editDates();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QLineEdit* field = dialog->field(u"annual_report"_s);
    QVERIFY(field);
    QCOMPARE(field->text(), u"25/11"_s);
    field->setText(u"5/12"_s);
    QPointer<CalendarDatesDialog> guard(dialog);
    emit dialog->saveRequested();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(annualReportDate(), u"05/12"_s);
    QTRY_COMPARE(rowTexts().at(5), u"05/12 | Báo cáo kết quả thực hiện Phong trào thi đua | 15 days left"_s);
    m_workspace->undoStack()->undo();
    QCOMPARE(annualReportDate(), u"25/11"_s);
    QTRY_COMPARE(rowTexts().at(5), u"25/11 | Báo cáo kết quả thực hiện Phong trào thi đua | 5 days left"_s);
}

void TestCalendarPanel::datesDialogRefuses()
{
    CalendarDatesDialog* dialog = m_panel->editDates();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->field(u"annual_report"_s)->setText(u"31/4"_s);
    emit dialog->saveRequested();
    QVERIFY(dialog->isVisible());
    auto* problem = dialog->findChild<QLabel*>(u"problem"_s);
    QVERIFY(problem && problem->isVisible());
    QCOMPARE(problem->text(), u"“Báo cáo kết quả thực hiện Phong trào thi đua”: 31/4 is not a day of the year."_s);
    QCOMPARE(annualReportDate(), u"25/11"_s);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    dialog->field(u"annual_report"_s)->setText(u"25-11"_s);
    emit dialog->saveRequested();
    QCOMPARE(problem->text(), u"“25-11”: write the date as day/month (25/11), a span as 01/10–07/10."_s);
    dialog->reject();
}

QTEST_MAIN(TestCalendarPanel)
#include "TestCalendarPanel.moc"
