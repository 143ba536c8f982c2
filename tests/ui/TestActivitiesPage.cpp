// The Hoạt động page (issue 17), offscreen, on the small demo school: the three lists of the current year (2025-2026)
// under QAbstractItemModelTester with the demo's records; an activity added through its form (a refused one keeps the
// form open with its input and writes nothing), edited and removed; a learning model added for the tổ that had none,
// which leaves the "no learning model yet" line and counts at once on the dashboard (and no more once removed); an
// initiative added with two authors.
#include "core/activities/ActivityService.h"
#include "core/db/Sql.h"
#include "core/school/SchoolQuery.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/activities/ActivityDialog.h"
#include "ui/activities/InitiativeDialog.h"
#include "ui/activities/InitiativeTableModel.h"
#include "ui/activities/LearningModelDialog.h"
#include "ui/activities/LearningModelTableModel.h"
#include "ui/common/Workspace.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/TargetSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;

class TestActivitiesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsOfTheYear();
    void addEditRemoveActivity();
    void modelForTheMissingGroup();
    void dashboardCountsTheModels();
    void initiativeWithAuthors();

private:
    qint64 count(const QString& table) const
    {
        return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))->toLongLong();
    }
    void closeMessages();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ActivitiesPage> m_page;
};

void TestActivitiesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    m_workspace->setCurrentYear(SchoolQuery(m_db->connection()).yearByStart(2025)->id);
    m_page = std::make_unique<ActivitiesPage>(*m_workspace);
    m_page->resize(1200, 700);
    m_page->show();
    m_page->activate();
}

void TestActivitiesPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestActivitiesPage::closeMessages()
{
    for (QMessageBox* box : m_page->findChildren<QMessageBox*>())
        box->close();
}

void TestActivitiesPage::listsOfTheYear()
{
    QAbstractItemModelTester activities(m_page->activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester models(m_page->models(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester initiatives(m_page->initiatives(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->reload();
    // The demo's current year: campaign, training, the week, the contest; one initiative not yet recognised.
    QCOMPARE(m_page->activities()->rowCount(), 4);
    const QAbstractItemModel* a = m_page->activities();
    QCOMPARE(a->index(2, ActivityTableModel::DatesColumn).data().toString(), QStringLiteral("01/10/2025 – 07/10/2025"));
    QCOMPARE(a->index(2, ActivityTableModel::KindColumn).data().toString(),
        QStringLiteral("Tuần lễ hưởng ứng học tập suốt đời"));
    QCOMPARE(a->index(2, ActivityTableModel::TitleColumn).data().toString(),
        QStringLiteral("Tuần lễ hưởng ứng học tập suốt đời năm 2025"));
    QCOMPARE(a->index(2, ActivityTableModel::ParticipantsColumn).data().toString(), QStringLiteral("710 people"));
    QCOMPARE(m_page->initiatives()->rowCount(), 1);
    QCOMPARE(m_page->initiatives()->index(0, InitiativeTableModel::DecisionColumn).data().toString(),
        QStringLiteral("not yet recognised"));
    QVERIFY(m_page->models()->rowCount() > 0);
    QCOMPARE(m_page->missingLabel()->text(), QStringLiteral("No learning model yet this year: Ngữ văn."));
    // Another year: its own lists.
    m_workspace->setCurrentYear(SchoolQuery(m_db->connection()).yearByStart(2024)->id);
    QCOMPARE(m_page->activities()->rowCount(), 6);
    QCOMPARE(m_page->initiatives()->rowCount(), 3);
}

void TestActivitiesPage::addEditRemoveActivity()
{
    const qint64 before = count(QStringLiteral("activity"));
    m_page->tabs()->setCurrentIndex(ActivitiesPage::ActivitiesTab);
    auto* dialog = qobject_cast<ActivityDialog*>(m_page->addRecord());
    QVERIFY(dialog);
    // No title: refused, the form stays open, nothing written.
    dialog->findChild<QDateEdit*>(QStringLiteral("from"))->setDate(QDate(2025, 12, 5));
    dialog->findChild<QDateEdit*>(QStringLiteral("to"))->setDate(QDate(2025, 12, 5));
    dialog->submit();
    QVERIFY(dialog->isVisible());
    QCOMPARE(count(QStringLiteral("activity")), before);
    closeMessages();
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(int(Activity::Kind::Thematic)));
    dialog->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("  Chuyên đề tự học  "));
    dialog->findChild<QSpinBox*>(QStringLiteral("count"))->setValue(45);
    auto* collectives = dialog->findChild<QListWidget*>(QStringLiteral("collectives"));
    collectives->item(0)->setCheckState(Qt::Checked);
    const QString firstCollective = collectives->item(0)->text();
    dialog->submit();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(count(QStringLiteral("activity")), before + 1);
    QCOMPARE(m_page->activities()->rowCount(), 5);
    const int row = m_page->view(ActivitiesPage::ActivitiesTab)->currentIndex().row();
    QCOMPARE(row, 4); // selected, last by date
    const QAbstractItemModel* a = m_page->activities();
    QCOMPARE(a->index(row, ActivityTableModel::TitleColumn).data().toString(), QStringLiteral("Chuyên đề tự học"));
    QCOMPARE(a->index(row, ActivityTableModel::KindColumn).data().toString(), QStringLiteral("Chuyên đề"));
    QCOMPARE(a->index(row, ActivityTableModel::ParticipantsColumn).data().toString(),
        QStringLiteral("45 people: %1").arg(firstCollective));

    // Edit: a later end.
    auto* edit = qobject_cast<ActivityDialog*>(m_page->editRecord());
    QVERIFY(edit);
    QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("title"))->text(), QStringLiteral("Chuyên đề tự học"));
    edit->findChild<QDateEdit*>(QStringLiteral("to"))->setDate(QDate(2025, 12, 6));
    edit->submit();
    QCOMPARE(a->index(4, ActivityTableModel::DatesColumn).data().toString(), QStringLiteral("05/12/2025 – 06/12/2025"));

    m_page->removeRecord(false);
    QCOMPARE(count(QStringLiteral("activity")), before);
    QCOMPARE(m_page->activities()->rowCount(), 4);
}

void TestActivitiesPage::modelForTheMissingGroup()
{
    m_page->tabs()->setCurrentIndex(ActivitiesPage::ModelsTab);
    const int rows = m_page->models()->rowCount();
    auto* dialog = qobject_cast<LearningModelDialog*>(m_page->addRecord());
    QVERIFY(dialog);
    auto* collective = dialog->findChild<QComboBox*>(QStringLiteral("collective"));
    collective->setCurrentIndex(collective->findText(QStringLiteral("Ngữ văn")));
    QVERIFY(collective->currentIndex() >= 0);
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Câu lạc bộ đọc sách"));
    QSignalSpy changed(m_workspace.get(), &Workspace::learningModelsChanged);
    dialog->submit();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_page->models()->rowCount(), rows + 1);
    QCOMPARE(m_page->missingLabel()->text(), QStringLiteral("Every tổ has a learning model this year."));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_workspace->currentYear().id);
}

// The dashboard counts the models recorded on this page, without a restart: 3 of the 4 tổ reach the minimum in the
// demo (Ngữ văn has none); a model for Ngữ văn makes it 4 of 4, and removing it 3 again.
void TestActivitiesPage::dashboardCountsTheModels()
{
    DashboardPage dashboard(*m_workspace);
    dashboard.activate();
    QVERIFY(dashboard.isLoaded());
    auto modelsMet = [&dashboard] {
        return dashboard.summaryModel()
            ->index(TargetSummaryModel::ModelsRow, TargetSummaryModel::RecognisedColumn)
            .data()
            .toString();
    };
    QCOMPARE(modelsMet(), QStringLiteral("3"));
    m_page->tabs()->setCurrentIndex(ActivitiesPage::ModelsTab);
    auto* dialog = qobject_cast<LearningModelDialog*>(m_page->addRecord());
    QVERIFY(dialog);
    auto* collective = dialog->findChild<QComboBox*>(QStringLiteral("collective"));
    collective->setCurrentIndex(collective->findText(QStringLiteral("Ngữ văn")));
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Câu lạc bộ đọc sách"));
    dialog->submit();
    QCOMPARE(modelsMet(), QStringLiteral("4"));
    QCOMPARE(dashboard.stats().modelFigure(), (RateFigure { 4, 4, 1000 }));

    // The new model is the one selected after saving: remove it.
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("modelList"));
    QVERIFY(view);
    QCOMPARE(view->currentIndex().siblingAtColumn(LearningModelTableModel::NameColumn).data().toString(),
        QStringLiteral("Câu lạc bộ đọc sách"));
    m_page->removeRecord(false);
    QCOMPARE(modelsMet(), QStringLiteral("3"));
}

void TestActivitiesPage::initiativeWithAuthors()
{
    m_page->tabs()->setCurrentIndex(ActivitiesPage::InitiativesTab);
    auto* dialog = qobject_cast<InitiativeDialog*>(m_page->addRecord());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Sổ tay tự học môn Toán"));
    // Without authors: refused.
    dialog->submit();
    QVERIFY(dialog->isVisible());
    closeMessages();
    auto* authors = dialog->findChild<QListWidget*>(QStringLiteral("authors"));
    authors->item(1)->setCheckState(Qt::Checked);
    authors->item(0)->setCheckState(Qt::Checked);
    auto* level = dialog->findChild<QComboBox*>(QStringLiteral("level"));
    level->setCurrentIndex(level->findData(int(Initiative::Level::District)));
    dialog->findChild<QCheckBox*>(QStringLiteral("recognised"))->setChecked(true);
    dialog->findChild<QLineEdit*>(QStringLiteral("number"))->setText(QStringLiteral("88/QĐ-PGDĐT"));
    dialog->findChild<QDateEdit*>(QStringLiteral("date"))->setDate(QDate(2025, 11, 15));
    dialog->submit();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_page->initiatives()->rowCount(), 2);
    const QAbstractItemModel* i = m_page->initiatives();
    const int row = m_page->view(ActivitiesPage::InitiativesTab)->currentIndex().row();
    QCOMPARE(
        i->index(row, InitiativeTableModel::TitleColumn).data().toString(), QStringLiteral("Sổ tay tự học môn Toán"));
    QCOMPARE(i->index(row, InitiativeTableModel::LevelColumn).data().toString(), QStringLiteral("Huyện"));
    QCOMPARE(i->index(row, InitiativeTableModel::DecisionColumn).data().toString(),
        QStringLiteral("88/QĐ-PGDĐT, 15/11/2025"));
    QCOMPARE(i->index(row, InitiativeTableModel::AuthorsColumn).data().toString().count(QLatin1Char(',')), 1);
}

QTEST_MAIN(TestActivitiesPage)
#include "TestActivitiesPage.moc"
