// The school-year and council pages through the workspace: adding a school year is undoable and announced (the
// toolbar's list follows), and council edits keep each member's row across save, undo and redo.
#include "SmallDemoSchool.h"
#include "core/common/Translation.h"
#include "core/db/Sql.h"
#include "core/school/SchoolQuery.h"
#include "ui/common/Workspace.h"
#include "ui/council/AddCouncilMemberDialog.h"
#include "ui/council/CouncilModel.h"
#include "ui/council/CouncilPage.h"
#include "ui/council/SetCouncilCommand.h"
#include "ui/documents/LegalBasesDialog.h"
#include "ui/documents/LegalBasisTableModel.h"
#include "ui/people/PeopleStore.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/school/AddSchoolYearDialog.h"
#include "ui/school/SchoolYearsPage.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thidua;
using namespace Qt::StringLiterals;
using namespace thidua::test;

namespace {
QList<qint64> idsOf(const CouncilMembers& members)
{
    QList<qint64> ids;
    for (const CouncilMember& m : members)
        ids << m.id;
    return ids;
}
} // namespace

class TestSchoolPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addYearIsUndoableAndAnnounced();
    void councilUndoRedoKeepsRows();
    void addYearOffersRetryWhileAnotherProgramWrites();
    void legalBasisOffersRetryWhileAnotherProgramWrites();
    void councilPostNamesTheGroup_data();
    void councilPostNamesTheGroup();

private:
    QAction* action(QWidget* page, const char* name) const;
    // Another program's write transaction on the school's file (BEGIN IMMEDIATE), until releaseLock().
    void holdLock();
    void releaseLock();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSchoolPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears());
    QCOMPARE(m_workspace->currentYear().startYear, 2025);
}

void TestSchoolPages::cleanup()
{
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

QAction* TestSchoolPages::action(QWidget* page, const char* name) const
{
    return page->findChild<QAction*>(QString::fromLatin1(name));
}

void TestSchoolPages::addYearIsUndoableAndAnnounced()
{
    SchoolYearsPage page(*m_workspace);
    page.activate();
    QSignalSpy yearsChanged(m_workspace.get(), &Workspace::yearsChanged);
    QAction* add = action(&page, "addYear");
    QVERIFY(add);
    add->trigger();
    auto* dialog = page.findChild<AddSchoolYearDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox*>(QStringLiteral("startYear"))->setValue(2026);
    dialog->accept();

    QCOMPARE(yearsChanged.count(), 1);
    QCOMPARE(m_workspace->years().size(), 3);
    QCOMPARE(m_workspace->currentYear().startYear, 2026); // the new year is shown
    const qint64 id = m_workspace->currentYear().id;
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(yearsChanged.count(), 2);
    QCOMPARE(m_workspace->years().size(), 2);
    QCOMPARE(SchoolQuery(m_db->connection()).yearByStart(2026)->id, 0);
    QCOMPARE(m_workspace->currentYear().startYear, 2025); // back to the year shown before

    m_workspace->undoStack()->redo();
    QCOMPARE(yearsChanged.count(), 3);
    QCOMPARE(SchoolQuery(m_db->connection()).yearByStart(2026)->id, id); // the same year again
    QCOMPARE(m_workspace->currentYear().id, id);

    // A council added to the new year and undone again never sat: the year can still be taken back.
    PeopleStore store(*m_workspace);
    CouncilPage council(*m_workspace, store);
    council.activate();
    QVERIFY(store.model()->rowCount() > 0);
    const qint64 personId = store.model()->person(0).id;
    QVERIFY(m_workspace->execute(std::make_unique<SetCouncilCommand>(*m_workspace,
        id,
        CouncilMembers {},
        CouncilMembers { CouncilMember { 0, id, personId, CouncilMember::Role::Chair, QString(), 0 } },
        QStringLiteral("add"))));
    QCOMPARE(council.findChild<CouncilModel*>()->rowCount(), 1);
    m_workspace->undoStack()->undo(); // the council
    m_workspace->undoStack()->undo(); // the year
    QCOMPARE(SchoolQuery(m_db->connection()).yearByStart(2026)->id, 0);
    QCOMPARE(m_workspace->years().size(), 2);
}

void TestSchoolPages::councilUndoRedoKeepsRows()
{
    PeopleStore store(*m_workspace);
    CouncilPage page(*m_workspace, store);
    page.activate();
    auto* model = page.findChild<CouncilModel*>();
    auto* table = page.findChild<QTableView*>(QStringLiteral("table"));
    QVERIFY(model && table);
    const CouncilMembers original = model->council();
    QVERIFY(original.size() >= 3);
    const QList<qint64> ids = idsOf(original);
    const qint64 yearId = m_workspace->currentYear().id;

    // Remove the second member: the others keep their rows; the removed one keeps theirs, with an end date.
    table->selectRow(1);
    action(&page, "removeCouncilMember")->trigger();
    QList<qint64> expected = ids;
    expected.removeAt(1);
    QCOMPARE(idsOf(model->council()), expected);
    auto history = SchoolQuery(m_db->connection()).council(yearId, QDate(2025, 11, 19));
    QCOMPARE(idsOf(*history), ids); // yesterday's council still has them

    m_workspace->undoStack()->undo();
    QCOMPARE(idsOf(model->council()), ids); // the same row sits again
    m_workspace->undoStack()->redo();
    QCOMPARE(idsOf(model->council()), expected);
    m_workspace->undoStack()->undo();
    QCOMPARE(idsOf(model->council()), ids);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("warnings"))->text(), QString()); // a complete council
}

void TestSchoolPages::addYearOffersRetryWhileAnotherProgramWrites()
{
    QVERIFY(Sql::exec(m_db->connection(), QStringLiteral("PRAGMA busy_timeout = 100")));
    const QString other = QStringLiteral("other-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(m_db->path());
        QVERIFY(db.open());
        QVERIFY(Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")));
    }
    SchoolYearsPage page(*m_workspace);
    page.activate();
    action(&page, "addYear")->trigger();
    auto* dialog = page.findChild<AddSchoolYearDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox*>(QStringLiteral("startYear"))->setValue(2026);
    dialog->accept();
    QCOMPARE(m_workspace->years().size(), 2);

    auto* box = page.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    auto* retry = box->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QVERIFY(box->findChild<QPushButton*>(QStringLiteral("cancelButton")));
    QVERIFY2(box->informativeText().contains(m_db->path()), qPrintable(box->informativeText()));

    {
        QSqlDatabase db = QSqlDatabase::database(other);
        QVERIFY(Sql::exec(db, QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
    retry->click(); // the same year, added now
    QCOMPARE(m_workspace->years().size(), 3);
    QCOMPARE(m_workspace->currentYear().startYear, 2026);
}

void TestSchoolPages::holdLock()
{
    QVERIFY(Sql::exec(m_db->connection(), QStringLiteral("PRAGMA busy_timeout = 100")));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
    db.setDatabaseName(m_db->path());
    QVERIFY(db.open());
    QVERIFY(Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")));
}

void TestSchoolPages::releaseLock()
{
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("other-program"));
        QVERIFY(Sql::exec(db, QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

// Issue 12, point 6: every write that can meet a locked file offers "Try again" (here a căn cứ saved from its list).
void TestSchoolPages::legalBasisOffersRetryWhileAnotherProgramWrites()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), Translation::defaultLanguage()));
    const auto english = qScopeGuard([] { Translation::install(*QCoreApplication::instance(), u"en"_s); });
    LegalBasesDialog dialog(*m_workspace);
    const qsizetype before = dialog.model()->bases().size();
    LegalBasis basis;
    basis.docType = u"Nghị định"_s;
    basis.number = u"152/2025/NĐ-CP"_s;
    basis.issuedOn = QDate(2025, 6, 14);
    basis.issuer = u"Chính phủ"_s;
    basis.title = u"quy định chi tiết một số điều của Luật Thi đua, khen thưởng"_s;
    holdLock();
    QVERIFY(!dialog.save(basis));
    auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    auto* retry = box->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QCOMPARE(retry->text(), u"Thử lại"_s);
    QVERIFY2(box->informativeText().contains(m_db->path()), qPrintable(box->informativeText()));
    QCOMPARE(dialog.model()->bases().size(), before);

    releaseLock();
    retry->click(); // the same căn cứ, saved now
    QCOMPARE(dialog.model()->bases().size(), before + 1);
    const auto saved = std::find_if(dialog.model()->bases().cbegin(),
        dialog.model()->bases().cend(),
        [](const LegalBasis& shown) { return shown.number == u"152/2025/NĐ-CP"_s; });
    QVERIFY(saved != dialog.model()->bases().cend());
    QCOMPARE(saved->issuedOn, QDate(2025, 6, 14));
}

void TestSchoolPages::councilPostNamesTheGroup_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tổ trưởng") << u"Tổ trưởng"_s << u"Toán"_s << u"Tổ trưởng tổ Toán"_s;
    QTest::newRow("tổ phó") << u"Tổ phó"_s << u"Ngữ văn"_s << u"Tổ phó tổ Ngữ văn"_s;
    QTest::newRow("unit named Tổ …") << u"Tổ trưởng"_s << u"Tổ Văn phòng"_s << u"Tổ trưởng tổ Văn phòng"_s;
    QTest::newRow("spaces") << u" Tổ  trưởng "_s << u"Toán - Tin học"_s << u"Tổ trưởng tổ Toán - Tin học"_s;
    QTest::newRow("already named") << u"Tổ trưởng tổ Toán"_s << u"Toán"_s << u"Tổ trưởng tổ Toán"_s;
    QTest::newRow("no unit") << u"Tổ trưởng"_s << QString() << u"Tổ trưởng"_s;
    QTest::newRow("other post") << u"Phó Hiệu trưởng"_s << u"Toán"_s << u"Phó Hiệu trưởng"_s;
    QTest::newRow("teacher") << u"Giáo viên"_s << u"Toán"_s << u"Giáo viên"_s;
}

// Issue 13, point 16: the council form filled "Tổ trưởng" where the other members say "Tổ trưởng tổ …".
void TestSchoolPages::councilPostNamesTheGroup()
{
    QFETCH(QString, position);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QCOMPARE(AddCouncilMemberDialog::postInSchool(position, unit), expected);
}

QTEST_MAIN(TestSchoolPages)
#include "TestSchoolPages.moc"
