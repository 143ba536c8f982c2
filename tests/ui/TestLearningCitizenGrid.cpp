// The Công dân học tập bulk grid (issue 14, point 4), offscreen: a class's results recorded with the keyboard alone
// (đ / d / 1 / x, k / 0, c, Enter to skip) reach the database and the counts; each key is one undoable change and is
// announced through the Workspace (what the dashboard listens to); a column pasted from Excel is one change, a
// column with a word that is not a result changes nothing. The model passes QAbstractItemModelTester.
#include "SmallDemoSchool.h"
#include "core/criteria/LearningCitizenQuery.h"
#include "core/school/SchoolQuery.h"
#include "ui/MainWindow.h"
#include "ui/cdht/LearningCitizenGrid.h"
#include "ui/cdht/LearningCitizenModel.h"
#include "ui/cdht/LearningCitizenPage.h"
#include "ui/common/Workspace.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/TargetSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thidua;
using namespace thidua::test;

using ResultStatus = LearningCitizenResult::Status;

class TestLearningCitizenGrid : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordClassWithKeyboard();
    void pasteColumnIsOneChange();
    void badPasteChangesNothing();
    void modelTester();
    void dashboardFollowsTheGrid();

private:
    void type(const QString& text);
    void key(Qt::Key key);
    QList<ResultStatus> stored() const;
    QList<ResultStatus> shown() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    LearningCitizenPage* m_page = nullptr;
    qint64 m_classId = 0;
};

void TestLearningCitizenGrid::init()
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
    QVERIFY(m_window->showPage(QStringLiteral("learningCitizen")));
    m_page = qobject_cast<LearningCitizenPage*>(m_window->currentPage());
    QVERIFY(m_page);
    QCOMPARE(m_workspace->currentYear().startYear, 2025);
    // Class 10A2 of 2025-2026.
    const auto units = LearningCitizenQuery(m_db->connection()).units(m_workspace->currentYear().id);
    for (const Collective& c : *units) {
        if (c.name == QStringLiteral("10A2"))
            m_classId = c.id;
    }
    QVERIFY(m_classId > 0);
    QVERIFY(m_page->showUnit(m_classId));
    QCOMPARE(m_page->model()->rowCount(), 20); // the small demo school's classes hold 20
    m_page->grid()->setFocus();
    QCOMPARE(m_page->grid()->currentIndex().row(), 0);
}

void TestLearningCitizenGrid::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLearningCitizenGrid::type(const QString& text)
{
    // A key as the keyboard or an input method gives it: "đ" has no Qt::Key of its own.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(m_page->grid(), &press);
}

void TestLearningCitizenGrid::key(Qt::Key key)
{
    QTest::keyClick(m_page->grid(), key);
}

QList<ResultStatus> TestLearningCitizenGrid::stored() const
{
    QList<ResultStatus> out;
    for (const auto& entry :
        *LearningCitizenQuery(m_db->connection()).members(m_classId, m_workspace->currentYear().id))
        out << entry.result.status;
    return out;
}

QList<ResultStatus> TestLearningCitizenGrid::shown() const
{
    QList<ResultStatus> out;
    const LearningCitizenModel* model = m_page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        out << ResultStatus(
            model->index(r, LearningCitizenModel::ResultColumn).data(LearningCitizenModel::StatusRole).toInt());
    return out;
}

void TestLearningCitizenGrid::recordClassWithKeyboard()
{
    const auto P = ResultStatus::Passed;
    const auto F = ResultStatus::Failed;
    const auto N = ResultStatus::NotAssessed;
    // The demo school's 10A2 of 2025-2026: everyone đạt.
    QCOMPARE(stored(), QList<ResultStatus>(20, P));
    QSignalSpy announced(m_workspace.get(), &Workspace::learningResultsChanged);
    const int commandsBefore = m_workspace->undoStack()->count();

    // Twenty people, twenty keys (Enter leaves row 5 as it was).
    const QStringList keys {
        QStringLiteral("k"), QStringLiteral("đ"), QStringLiteral("c"), QStringLiteral("K"), QStringLiteral("0")
    };
    for (const QString& k : keys)
        type(k);
    key(Qt::Key_Return);
    for (const QString& k : { QStringLiteral("Đ"),
             QStringLiteral("d"),
             QStringLiteral("1"),
             QStringLiteral("x"),
             QStringLiteral("k"),
             QStringLiteral("c"),
             QStringLiteral("C"),
             QStringLiteral("đ"),
             QStringLiteral("k"),
             QStringLiteral("đ"),
             QStringLiteral("đ"),
             QStringLiteral("đ"),
             QStringLiteral("k") })
        type(k);
    key(Qt::Key_Delete); // the last row: chưa đánh giá
    const QList<ResultStatus> expected { F, P, N, F, F, P, P, P, P, P, F, N, N, P, F, P, P, P, F, N };
    QCOMPARE(stored(), expected);
    QCOMPARE(shown(), expected);
    QCOMPARE(m_page->grid()->currentIndex().row(), 19);
    // One command and one announcement per change: rows 0, 2, 3, 4, 10, 11, 12, 14, 18 and 19 (the keys that set
    // what was there already change nothing).
    QCOMPARE(m_workspace->undoStack()->count() - commandsBefore, 10);
    QCOMPARE(announced.count(), 10);
    QCOMPARE(announced.constLast().constFirst().toLongLong(), m_workspace->currentYear().id);
    QCOMPARE(announced.constLast().at(1).value<QList<qint64>>(),
        QList<qint64> { m_page->model()->entries().at(19).person.id });
    auto* counts = m_page->findChild<QLabel*>(QStringLiteral("counts"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("Passed 10 of 20 (50,0 %) · not passed 6 · not assessed 4"));

    // Undo the last key, then redo it.
    m_workspace->undoStack()->undo();
    QCOMPARE(stored().at(19), P);
    QCOMPARE(shown().at(19), P);
    m_workspace->undoStack()->redo();
    QCOMPARE(stored(), expected);
    QCOMPARE(shown(), expected);
}

void TestLearningCitizenGrid::pasteColumnIsOneChange()
{
    const auto P = ResultStatus::Passed;
    const auto F = ResultStatus::Failed;
    const auto N = ResultStatus::NotAssessed;
    m_page->grid()->setCurrentIndex(m_page->model()->index(2, LearningCitizenModel::ResultColumn));
    // As Excel copies a column: CR LF after every cell, the last one too; a second column is ignored.
    QApplication::clipboard()->setText(
        QStringLiteral("Không đạt\r\nKHONG DAT\tx\r\n\r\nđạt\r\nChưa đánh giá\r\nKĐ\r\n"));
    const int commandsBefore = m_workspace->undoStack()->count();
    QTest::keyClick(m_page->grid(), Qt::Key_V, Qt::ControlModifier);
    QList<ResultStatus> expected(20, P);
    expected[2] = F;
    expected[3] = F;
    expected[4] = N;
    expected[6] = N;
    expected[7] = F;
    QCOMPARE(stored(), expected);
    QCOMPARE(shown(), expected);
    QCOMPARE(m_workspace->undoStack()->count() - commandsBefore, 1);
    QCOMPARE(m_page->grid()->currentIndex().row(), 7);
    m_workspace->undoStack()->undo();
    QCOMPARE(stored(), QList<ResultStatus>(20, P));
    QCOMPARE(shown(), QList<ResultStatus>(20, P));

    // Pasted past the end of the list: the rows there are left out.
    m_page->grid()->setCurrentIndex(m_page->model()->index(18, LearningCitizenModel::ResultColumn));
    QVERIFY(m_page->grid()->pasteText(QStringLiteral("k\nk\nk\nk")).ok());
    QCOMPARE(stored().mid(17), (QList<ResultStatus> { P, F, F }));
}

void TestLearningCitizenGrid::badPasteChangesNothing()
{
    const QList<ResultStatus> before = stored();
    const int commandsBefore = m_workspace->undoStack()->count();
    auto refused = m_page->grid()->pasteText(QStringLiteral("đạt\nkhông đạt\nGiỏi\nđạt\n"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("Giỏi")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("3")), qPrintable(refused.error().message));
    QCOMPARE(stored(), before);
    QCOMPARE(m_workspace->undoStack()->count(), commandsBefore);
}

void TestLearningCitizenGrid::modelTester()
{
    LearningCitizenModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_workspace->currentYear().id,
        *LearningCitizenQuery(m_db->connection()).members(m_classId, m_workspace->currentYear().id));
    LearningCitizenResults written;
    model.setWriter([&written](const LearningCitizenResults& r) {
        written = r;
        return Status();
    });
    QVERIFY(model.setData(model.index(3, LearningCitizenModel::ResultColumn), QStringLiteral("k")));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().status, ResultStatus::Failed);
    QCOMPARE(model.index(3, LearningCitizenModel::ResultColumn).data().toString(), QStringLiteral("Not passed"));
    QVERIFY(!model.setData(model.index(3, LearningCitizenModel::ResultColumn), QStringLiteral("giỏi")));
    QVERIFY(!model.setData(model.index(3, LearningCitizenModel::NameColumn), QStringLiteral("k")));
    // A writer that fails leaves the row as it was.
    model.setWriter(
        [](const LearningCitizenResults&) { return Status(Error(Error::Code::Busy, QStringLiteral("x"))); });
    QVERIFY(!model.setData(model.index(4, LearningCitizenModel::ResultColumn), int(ResultStatus::Failed)));
    QCOMPARE(model.index(4, LearningCitizenModel::ResultColumn).data(LearningCitizenModel::StatusRole).toInt(),
        int(ResultStatus::Passed));
    model.setEntries(0, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestLearningCitizenGrid)
// The dashboard (shown once, so loaded) changes as keys are typed in the grid, and back on undo.
void TestLearningCitizenGrid::dashboardFollowsTheGrid()
{
    QVERIFY(m_window->showPage(QStringLiteral("movement")));
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->page(QStringLiteral("movement")));
    QVERIFY(dashboard);
    const QAbstractItemModel* summary = dashboard->summaryModel();
    auto students = [summary](int column) {
        return summary->index(TargetSummaryModel::StudentsRow, column).data().toString().toInt();
    };
    const int recognised = students(TargetSummaryModel::RecognisedColumn);
    const int missing = students(TargetSummaryModel::MissingColumn);
    QVERIFY(recognised > 0);

    QVERIFY(m_window->showPage(QStringLiteral("learningCitizen")));
    m_page->grid()->setFocus();
    type(QStringLiteral("k")); // 10A2's first student: đạt → không đạt
    type(QStringLiteral("c")); // the second: đạt → chưa đánh giá
    QCOMPARE(students(TargetSummaryModel::RecognisedColumn), recognised - 2);
    QCOMPARE(students(TargetSummaryModel::MissingColumn), missing + 2);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(students(TargetSummaryModel::RecognisedColumn), recognised);
    QCOMPARE(students(TargetSummaryModel::MissingColumn), missing);
}

#include "TestLearningCitizenGrid.moc"
