// The Bộ tiêu chí page and its dialogs, offscreen: the built-in sets listed with their trees (QAbstractItemModelTester
// on the tree in its three modes and on the list), the “check against the original text” marks; the school assessed
// against Đơn vị học tập with answers typed into the tree, the result and reason following the answers, saved and
// moved through verification and recognition; the editor saving a set in use as a new version.
#include "core/criteria/CriteriaQuery.h"
#include "core/db/Database.h"
#include "core/school/SchoolService.h"
#include "ui/common/Workspace.h"
#include "ui/criteria/AssessmentDialog.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/criteria/CriteriaSetEditorDialog.h"
#include "ui/criteria/CriteriaSetListModel.h"
#include "ui/criteria/CriteriaTreeModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

namespace {

// The index of the item with that code, searched depth-first.
QModelIndex find(const QAbstractItemModel& model, const QString& code, const QModelIndex& parent = QModelIndex())
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == code)
            return index;
        if (const QModelIndex found = find(model, code, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestCriteriaPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsSetsAndShowsTheTree();
    void treeModelInEveryMode();
    void assessTheSchool();
    void editingAUsedSetMakesVersion2();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CriteriaPage> m_page;
};

void TestCriteriaPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(SchoolService(m_db->connection()).ensureYear(2024).ok());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 5, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    m_page = std::make_unique<CriteriaPage>(*m_workspace);
    m_page->activate();
}

void TestCriteriaPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCriteriaPage::listsSetsAndShowsTheTree()
{
    auto* list = m_page->findChild<QListView*>(QStringLiteral("sets"));
    QVERIFY(list);
    QAbstractItemModelTester listTester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 9);
    QCOMPARE(m_page->statusText(), QStringLiteral("9 criteria set version(s)"));
    // Vietnamese order: Công dân…, Đơn vị… cấp huyện, Đơn vị… cấp tỉnh, then the Tiêu chí thi đua sets.
    QCOMPARE(list->model()->index(0, 0).data().toString(),
        QStringLiteral("Công dân học tập (Quyết định 324/QĐ-KHVN) — version 1"));
    QCOMPARE(list->model()->index(1, 0).data().toString(),
        QStringLiteral("Đơn vị học tập cấp huyện (Thông tư 24/2023/TT-BGDĐT) — version 1"));

    auto sets = CriteriaQuery(m_db->connection()).latest(QStringLiteral("don-vi-hoc-tap-cap-huyen"));
    QVERIFY(sets.ok());
    QVERIFY(m_page->selectSet(sets->id));
    CriteriaTreeModel* tree = m_page->treeModel();
    QCOMPARE(tree->rowCount(), 5);
    const QModelIndex ct3 = find(*tree, QStringLiteral("H1.TC1.CT3"));
    QVERIFY(ct3.isValid());
    QCOMPARE(ct3.siblingAtColumn(CriteriaTreeModel::CheckColumn).data().toString(),
        QStringLiteral("check against the original text"));
    QVERIFY(ct3.siblingAtColumn(CriteriaTreeModel::CheckColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("không áp dụng")));
    const QModelIndex rate = find(*tree, QStringLiteral("H2.TC2.CT4"));
    QCOMPARE(rate.siblingAtColumn(CriteriaTreeModel::RequirementColumn).data().toString(), QStringLiteral("≥ 70 %"));
    QCOMPARE(rate.parent().data().toString(), QStringLiteral("H2.TC2"));
    QCOMPARE(tree->rowCount(find(*tree, QStringLiteral("H1.TC3.CT1"))), 2);
    QVERIFY(!(tree->flags(rate) & Qt::ItemIsEditable));
}

void TestCriteriaPage::treeModelInEveryMode()
{
    auto set = CriteriaQuery(m_db->connection()).latest(QStringLiteral("don-vi-hoc-tap-cap-tinh"));
    QVERIFY(set.ok());
    for (auto mode :
        { CriteriaTreeModel::Mode::View, CriteriaTreeModel::Mode::Edit, CriteriaTreeModel::Mode::Answer }) {
        CriteriaTreeModel model(mode);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSet(*set);
        const QModelIndex leaf = find(model, QStringLiteral("T2.TC3.CT6"));
        QVERIFY(leaf.isValid());
        if (mode == CriteriaTreeModel::Mode::Answer) {
            QVERIFY(model.setData(leaf.siblingAtColumn(CriteriaTreeModel::AnswerColumn), QStringLiteral("-")));
            QCOMPARE(leaf.siblingAtColumn(CriteriaTreeModel::AnswerColumn).data().toString(),
                QStringLiteral("not applicable"));
            QVERIFY(!model.setData(leaf.siblingAtColumn(CriteriaTreeModel::AnswerColumn), QStringLiteral("có lẽ")));
            model.setAnswers({});
        }
        if (mode == CriteriaTreeModel::Mode::Edit) {
            const QModelIndex rate = find(model, QStringLiteral("H2.TC2.CT1"));
            QVERIFY(model.setData(rate.siblingAtColumn(CriteriaTreeModel::RequirementColumn), 96));
            QVERIFY(!model.setData(rate.siblingAtColumn(CriteriaTreeModel::RequirementColumn), 101));
            QCOMPARE(model.set().items[model.set().indexOf(QStringLiteral("H2.TC2.CT1"))].threshold, 96);
        }
        model.setSet(CriteriaSet());
        QCOMPARE(model.rowCount(), 0);
    }
}

void TestCriteriaPage::assessTheSchool()
{
    AssessmentDialog dialog(*m_workspace, CriteriaQuery::learningUnitKeys());
    dialog.show();
    CriteriaTreeModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->set().key, QStringLiteral("don-vi-hoc-tap-cap-huyen"));
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("Result: Not assessed yet — Mức độ 1 not assessed yet")));

    // Every leaf: đ, rates 93 of 100 (meets 90 %, not 95 %), the learners' rate and the vocational chỉ tiêu "-".
    for (const CriteriaItem& item : model->set().leaves()) {
        const QModelIndex index = find(*model, item.code).siblingAtColumn(CriteriaTreeModel::AnswerColumn);
        QString text = QStringLiteral("đ");
        if (item.kind == CriteriaItem::Kind::Rate)
            text = QStringLiteral("93/100");
        if (item.code.endsWith(QStringLiteral(".b")) || item.code.endsWith(QStringLiteral("CT5"))
            || item.code.endsWith(QStringLiteral("CT3")))
            text = QStringLiteral("-");
        QVERIFY2(model->setData(index, text), qPrintable(item.code));
    }
    QCOMPARE(dialog.resultText(),
        QStringLiteral("Result: Met Mức độ 1 — met Mức độ 1; Mức độ 2 not met: H2.TC2.CT1 below 95 % (93,0 %); "
                       "H2.TC2.CT2 below 95 % (93,0 %); H2.TC3.CT1.a below 95 % (93,0 %)"));
    const QModelIndex ct1 = find(*model, QStringLiteral("H1.TC1.CT1")).siblingAtColumn(CriteriaTreeModel::AnswerColumn);
    QVERIFY(model->setData(ct1, QStringLiteral("k")));
    QCOMPARE(dialog.resultText(), QStringLiteral("Result: Not met — Mức độ 1 not met: H1.TC1.CT1 not met"));
    QVERIFY(model->setData(ct1, QStringLiteral("đ")));

    QVERIFY(!dialog.save()); // nobody named
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text(), QStringLiteral("Type who answers in “By”."));
    dialog.findChild<QLineEdit*>(QStringLiteral("by"))->setText(QStringLiteral("Tổ đánh giá"));
    QVERIFY(dialog.save());
    QCOMPARE(dialog.stateText(), QStringLiteral("Self-assessed: Tổ đánh giá, 20/05/2025"));
    dialog.findChild<QLineEdit*>(QStringLiteral("by"))->setText(QStringLiteral("Hiệu trưởng"));
    QVERIFY(dialog.advance());
    dialog.findChild<QLineEdit*>(QStringLiteral("by"))->setText(QStringLiteral("Chủ tịch Hội đồng"));
    QVERIFY(dialog.advance());
    QCOMPARE(dialog.stateText(),
        QStringLiteral("Self-assessed: Tổ đánh giá, 20/05/2025 → Verified by the group or unit: Hiệu trưởng, "
                       "20/05/2025 → Recognised by the council: Chủ tịch Hội đồng, 20/05/2025"));
    QVERIFY(!dialog.advance());

    auto status = CriteriaQuery(m_db->connection()).schoolLearningUnitStatus(m_workspace->currentYear().id);
    QVERIFY(status.ok());
    QCOMPARE(status->status, CriteriaQuery::LearningUnitStatus::Status::Met);
    QCOMPARE(status->level, 1);
    QCOMPARE(status->state, Assessment::State::Recognised);
    QCOMPARE(QStringLiteral("Result: Met Mức độ 1 — ") + status->reason, dialog.resultText());

    // Opened again, the dialog shows the stored answers and state.
    AssessmentDialog again(*m_workspace, CriteriaQuery::learningUnitKeys());
    QCOMPARE(again.resultText(), dialog.resultText());
    QCOMPARE(again.stateText(), dialog.stateText());
    QCOMPARE(find(*again.model(), QStringLiteral("H1.TC2.CT1"))
                 .siblingAtColumn(CriteriaTreeModel::AnswerColumn)
                 .data()
                 .toString(),
        QStringLiteral("93/100 (93,0 %)"));
}

void TestCriteriaPage::editingAUsedSetMakesVersion2()
{
    assessTheSchool();
    auto set = CriteriaQuery(m_db->connection()).latest(QStringLiteral("don-vi-hoc-tap-cap-huyen"));
    QVERIFY(set.ok());
    CriteriaSetEditorDialog dialog(m_db->connection(), *set, 1);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("versionNote"))
                ->text()
                .startsWith(QStringLiteral(
                    "This version is used by 1 assessment(s). Saving keeps it as it is and stores your changes as "
                    "version 2")));
    const QModelIndex rate = find(*dialog.model(), QStringLiteral("H2.TC2.CT1"));
    QVERIFY(dialog.model()->setData(rate.siblingAtColumn(CriteriaTreeModel::RequirementColumn), 92));
    QVERIFY(dialog.save());
    QCOMPARE(dialog.outcomeText(),
        QStringLiteral("Version 1 is used by 1 assessment(s), so the changes were saved as version 2; those "
                       "assessments keep version 1 and their results."));
    auto status = CriteriaQuery(m_db->connection()).schoolLearningUnitStatus(m_workspace->currentYear().id);
    QVERIFY(status.ok());
    QCOMPARE(status->level, 1); // the recognised assessment keeps version 1 and its level
}

QTEST_MAIN(TestCriteriaPage)
#include "TestCriteriaPage.moc"
