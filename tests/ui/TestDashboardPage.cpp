// The Thi đua – Công dân học tập page (issue 14, point 6) on the small demo school with results written straight into
// cdht_result: its three models under QAbstractItemModelTester, figures checked against SQL written here (an
// independent count), a result entered elsewhere changing the page in place, the missing list opening a person, the
// target dialog saving through an undoable command, a learning model recorded elsewhere counted without a reload, and
// the school's Đơn vị học tập status from its assessment.
#include "core/activities/ActivityService.h"
#include "core/common/Translation.h"
#include "core/criteria/AssessmentService.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/CriteriaService.h"
#include "core/criteria/TargetQuery.h"
#include "core/db/Sql.h"
#include "tests/support/CdhtFixture.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/common/Workspace.h"
#include "ui/dashboard/CollectiveFigureModel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/MissingPeopleModel.h"
#include "ui/dashboard/TargetSummaryModel.h"
#include "ui/dashboard/TargetsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresMatchAnIndependentCount();
    void enteredResultUpdatesInPlace();
    void missingPersonOpens();
    void targetsDialogSavesAndUndoes();
    void modelAddedThroughActivityServiceCounts();
    void learningUnitStatus();
    void collectiveFilter();

private:
    // Counted and recognised by SQL written for this test: members of the year at the school on 31/5 of its end.
    std::pair<int, int> countBySql(const QString& kind) const;
    QString cell(QAbstractItemModel* model, int row, int column) const
    {
        return model->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DashboardPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"en"_s));
}

void TestDashboardPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = thidua::test::smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    QCOMPARE(m_workspace->currentYear().startYear, 2025);
    // Everybody recognised but every 7th person (by id): không đạt.
    QVERIFY(thidua::test::setCdhtForYear(m_db->connection(), m_workspace->currentYear().id, 7, u"khong_dat"_s));
    m_page = std::make_unique<DashboardPage>(*m_workspace);
    m_testers.clear();
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*> { m_page->summaryModel(),
             m_page->collectiveModel(),
             m_page->missingModel(),
             m_page->collectiveTable()->model() })
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Report));
    m_page->resize(1100, 650);
    m_page->show();
    m_page->activate();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDashboardPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

std::pair<int, int> TestDashboardPage::countBySql(const QString& kind) const
{
    const qint64 year = m_workspace->currentYear().id;
    auto row = Sql::exec(m_db->connection(),
        u"SELECT count(*), sum(r.status = 'dat') FROM person p LEFT JOIN cdht_result r ON r.person_id = p.id "
        "AND r.school_year_id = ? WHERE p.id IN (SELECT person_id FROM membership WHERE school_year_id = ?) "
        "AND (p.active_from IS NULL OR p.active_from <= '2026-05-31') AND (p.active_to IS NULL OR p.active_to >= "
        "'2026-05-31') AND (? = '' OR p.kind = ?)"_s,
        { year, year, kind, kind });
    if (!row || !row->next())
        return { -1, -1 };
    return { row->value(0).toInt(), row->value(1).toInt() };
}

void TestDashboardPage::figuresMatchAnIndependentCount()
{
    QAbstractItemModel* summary = m_page->summaryModel();
    for (const auto& [row, kind] : { std::pair { int(TargetSummaryModel::StaffRow), u"staff"_s },
             std::pair { int(TargetSummaryModel::StudentsRow), u"student"_s },
             std::pair { int(TargetSummaryModel::AllRow), u""_s } }) {
        const auto [counted, recognised] = countBySql(kind);
        QVERIFY(counted > 0);
        QCOMPARE(cell(summary, row, TargetSummaryModel::CountedColumn), QString::number(counted));
        QCOMPARE(cell(summary, row, TargetSummaryModel::RecognisedColumn), QString::number(recognised));
        QCOMPARE(cell(summary, row, TargetSummaryModel::MissingColumn), QString::number(counted - recognised));
    }
    // 120 students + 16 staff, every 7th not recognised: about 85,7 %, well below 95 %: red.
    QCOMPARE(cell(summary, TargetSummaryModel::AllRow, TargetSummaryModel::ResultColumn), u"not met"_s);
    QCOMPARE(summary->index(TargetSummaryModel::AllRow, TargetSummaryModel::RateColumn).data(Qt::BackgroundRole),
        QVariant(QColor(0xf8, 0xd0, 0xcd)));
    QCOMPARE(cell(summary, TargetSummaryModel::AllRow, TargetSummaryModel::GoalColumn), u"≥ 95 %"_s);
    // Three tổ and the office, then the six classes of 2025-2026.
    QCOMPARE(m_page->collectiveModel()->rowCount(), 4 + 6);
    QCOMPARE(cell(m_page->collectiveModel(), 4, CollectiveFigureModel::NameColumn), u"Class 10A1"_s);
    // The demo gives the second tổ no learning model: 3 of 4 tổ reach the minimum.
    QCOMPARE(cell(summary, TargetSummaryModel::ModelsRow, TargetSummaryModel::RecognisedColumn), u"3"_s);
    QCOMPARE(cell(summary, TargetSummaryModel::ModelsRow, TargetSummaryModel::CountedColumn), u"4"_s);
    QCOMPARE(cell(m_page->collectiveModel(), 1, CollectiveFigureModel::ModelsColumn), u"0 of 1"_s);
    QVERIFY(m_page->statusText().contains(QString::number(countBySql(u""_s).first)));
}

void TestDashboardPage::enteredResultUpdatesInPlace()
{
    // The missing list of the first class, its first person recognised elsewhere (the bulk grid).
    QTableView* collectives = m_page->collectiveTable();
    collectives->setCurrentIndex(collectives->model()->index(4, 0));
    MissingPeopleModel* missing = m_page->missingModel();
    const int before = missing->rowCount();
    QVERIFY(before > 0);
    const qint64 personId = missing->personId(0);
    const QString allBefore = cell(m_page->summaryModel(), TargetSummaryModel::AllRow, 1);
    QSignalSpy resets(m_page->collectiveModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_page->collectiveModel(), &QAbstractItemModel::dataChanged);
    QVERIFY(thidua::test::setCdht(m_db->connection(), personId, m_workspace->currentYear().id, u"dat"_s));
    m_workspace->notifyLearningResultsChanged(m_workspace->currentYear().id, { personId });
    QCOMPARE(missing->rowCount(), before - 1);
    QCOMPARE(cell(m_page->summaryModel(), TargetSummaryModel::AllRow, 1), QString::number(allBefore.toInt() + 1));
    QCOMPARE(resets.count(), 0); // in place: the selection stays
    QCOMPARE(changes.count(), 1); // only the class's row
    QCOMPARE(collectives->currentIndex().row(), 4);
    // A result of another year changes nothing here.
    m_workspace->notifyLearningResultsChanged(m_workspace->currentYear().id + 1000, { personId });
    QCOMPARE(changes.count(), 1);
}

void TestDashboardPage::missingPersonOpens()
{
    QTableView* summary = m_page->summaryTable();
    summary->setCurrentIndex(summary->model()->index(TargetSummaryModel::StaffRow, 0));
    QTableView* table = m_page->missingTable();
    QVERIFY(table->model()->rowCount() > 0);
    QSignalSpy opened(m_page.get(), &DashboardPage::openPersonRequested);
    QSignalSpy doubleClicks(table, &QAbstractItemView::doubleClicked);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_page->missingModel()->personId(0));
    const QRect rect = table->visualRect(table->model()->index(0, 0));
    // A press first, as a real double-click starts with one (the view activates only the item it saw pressed).
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(doubleClicks.count(), 1);
    QCOMPARE(opened.count(), 2);
}

void TestDashboardPage::targetsDialogSavesAndUndoes()
{
    TargetsDialog* dialog = m_page->editTargets();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->findChild<QLabel*>(u"modelsNote"_s)); // the counts are not typed: where they come from
    QVERIFY(dialog->findChildren<QSpinBox*>().size() == 1); // the minimum per tổ only
    dialog->rateBox()->setValue(97.5);
    dialog->modelsPerGroupBox()->setValue(2);
    QPointer<TargetsDialog> guard(dialog);
    emit dialog->saveRequested();
    QTRY_VERIFY(!guard || !guard->isVisible());
    const qint64 year = m_workspace->currentYear().id;
    QCOMPARE(TargetQuery(m_db->connection()).targets(year)->rateTenths, 975);
    QCOMPARE(cell(m_page->summaryModel(), TargetSummaryModel::AllRow, TargetSummaryModel::GoalColumn), u"≥ 97,5 %"_s);
    // The first tổ has one model in the demo's last year: short of two.
    QCOMPARE(cell(m_page->collectiveModel(), 0, CollectiveFigureModel::ModelsColumn), u"1 of 2"_s);
    m_workspace->undoStack()->undo();
    QCOMPARE(TargetQuery(m_db->connection()).targets(year)->rateTenths, 950);
    QCOMPARE(TargetQuery(m_db->connection()).targets(year)->modelsPerGroup, 1);
    QCOMPARE(cell(m_page->summaryModel(), TargetSummaryModel::AllRow, TargetSummaryModel::GoalColumn), u"≥ 95 %"_s);
    QCOMPARE(cell(m_page->collectiveModel(), 0, CollectiveFigureModel::ModelsColumn), u"1 of 1"_s);
}

// A model added through ActivityService counts on the dashboard once the change is announced (the Hoạt động page
// does), in place: the roster is not read again and the selection stays.
void TestDashboardPage::modelAddedThroughActivityServiceCounts()
{
    const qint64 year = m_workspace->currentYear().id;
    const qint64 second = m_page->collectiveModel()->collectiveId(1);
    QCOMPARE(cell(m_page->collectiveModel(), 1, CollectiveFigureModel::ModelsColumn), u"0 of 1"_s);
    m_page->collectiveTable()->selectRow(1);
    LearningModel model;
    model.schoolYearId = year;
    model.collectiveId = second;
    model.name = u"Câu lạc bộ đọc sách"_s;
    auto added = ActivityService(m_db->connection()).addModel(model);
    QVERIFY(added.ok());
    QSignalSpy resets(m_page->collectiveModel(), &QAbstractItemModel::modelReset);
    m_workspace->notifyLearningModelsChanged(year);
    QCOMPARE(cell(m_page->collectiveModel(), 1, CollectiveFigureModel::ModelsColumn), u"1 of 1"_s);
    QCOMPARE(cell(m_page->summaryModel(), TargetSummaryModel::ModelsRow, TargetSummaryModel::RecognisedColumn), u"4"_s);
    QCOMPARE(m_page->stats().modelFigure(), (RateFigure { 4, 4, 1000 }));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_page->collectiveTable()->currentIndex().row(), 1);
    // Another year's change leaves the page alone; removing the model brings the tổ back to none.
    QVERIFY(ActivityService(m_db->connection()).removeModel(*added).ok());
    m_workspace->notifyLearningModelsChanged(year + 1000);
    QCOMPARE(cell(m_page->collectiveModel(), 1, CollectiveFigureModel::ModelsColumn), u"1 of 1"_s);
    m_workspace->notifyLearningModelsChanged(year);
    QCOMPARE(cell(m_page->collectiveModel(), 1, CollectiveFigureModel::ModelsColumn), u"0 of 1"_s);
    QCOMPARE(cell(m_page->summaryModel(), TargetSummaryModel::ModelsRow, TargetSummaryModel::RecognisedColumn), u"3"_s);
}

void TestDashboardPage::learningUnitStatus()
{
    // The demo school has begun its self-assessment against Đơn vị học tập cấp huyện (its evidence is attached to the
    // items) without answering any item yet.
    QVERIFY2(m_page->schoolLearningUnitStatus().startsWith(u"Assessment not finished – Mức độ 1 not assessed yet: 16 "
                                                           u"item(s) unanswered"_s),
        qPrintable(m_page->schoolLearningUnitStatus()));
    QVERIFY(cell(m_page->summaryModel(), TargetSummaryModel::LearningUnitRow, TargetSummaryModel::ResultColumn)
                .startsWith(u"Assessment not finished"_s));

    // The school answers every item: every item met (rates at 94 %), none of the learners' items. Mức độ 1 holds,
    // Mức độ 2 (95 %) does not.
    QVERIFY(CriteriaService(m_db->connection()).installBuiltIns().ok());
    auto set = CriteriaQuery(m_db->connection()).latest(u"don-vi-hoc-tap-cap-huyen"_s);
    QVERIFY(set.ok());
    auto begun = CriteriaQuery(m_db->connection())
                     .assessment(set->id, m_workspace->currentYear().id, Assessment::Subject::School);
    QVERIFY(begun.ok() && begun->id != 0);
    Assessment assessment = *begun;
    for (const CriteriaItem& item : set->leaves()) {
        ItemAnswer answer { ItemAnswer::State::Answered, 1, 0, {}, {} };
        if (item.kind == CriteriaItem::Kind::Rate)
            answer = { ItemAnswer::State::Answered, 94, 100, {}, {} };
        if (item.code.endsWith(u".b"_s) || item.code.endsWith(u"CT5"_s))
            answer.state = ItemAnswer::State::NotApplicable;
        assessment.answers.insert(item.code, answer);
    }
    auto saved = AssessmentService(m_db->connection())
                     .saveAnswers(assessment, u"Hiệu trưởng"_s, QDateTime(QDate(2025, 11, 20), QTime(9, 0)));
    QVERIFY(saved.ok());
    QVERIFY2(m_page->schoolLearningUnitStatus().startsWith(u"Met Mức độ 1 (Self-assessed) – met Mức độ 1; Mức độ 2 "
                                                           u"not met: "_s),
        qPrintable(m_page->schoolLearningUnitStatus()));
}

void TestDashboardPage::collectiveFilter()
{
    QAbstractItemModel* shown = m_page->collectiveTable()->model();
    m_page->filterCombo()->setCurrentIndex(2); // classes
    QCOMPARE(shown->rowCount(), 6);
    m_page->filterCombo()->setCurrentIndex(1); // tổ
    QCOMPARE(shown->rowCount(), 4);
    m_page->filterCombo()->setCurrentIndex(3); // not reaching their target: every class has a không đạt
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, CollectiveFigureModel::ResultColumn).data().toString(), u"not met"_s);
    QVERIFY(shown->rowCount() >= 6);
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
