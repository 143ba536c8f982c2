// Issue 13: the documents of the Văn bản menu are about the school of the database. Every kind opened from the menu
// on the demo school names only people, collectives and organisations that school holds, or marked blanks
// ("[Họ và tên]"); the tờ trình, biên bản, quyết định and giấy khen open with no nominee and take the people and
// collectives picked; the báo cáo thành tích is made for a person or collective picked in the menu or on the staff
// and collectives pages, its lý lịch from their record; "Mở tệp mô tả văn bản (JSON)…" sits under Nâng cao.
#include "core/db/Database.h"
#include "core/documents/DocumentDrafts.h"
#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplates.h"
#include "core/documents/PdfRenderer.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"
#include "tests/support/DocumentFacts.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/MainWindow.h"
#include "ui/collectives/CollectivesPage.h"
#include "ui/common/Workspace.h"
#include "ui/documents/DocumentActions.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/documents/SubjectPickerDialog.h"
#include "ui/people/PeoplePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace thidua;
using thidua::test::DocumentFacts;
using thidua::test::smallDemoSchool;

class TestSchoolDocuments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkerFindsTheExamples();
    void everyKindNamesOnlyTheSchool_data();
    void everyKindNamesOnlyTheSchool();
    void minutesListTheCouncil();
    void reportFromTheRecord();
    void reportFromThePages();
    void descriptionFileIsAdvanced();
    void pickerSearches();

private:
    // The dialog the menu entry opens; a picker on the way (a report) picks row `pick`.
    DocumentPreviewDialog* openFromMenu(const QString& id, int pick = 0);
    // What the dialog's documents print, certificates on blanks included (laid out plain).
    static QString printed(const DocumentPreviewDialog* dialog);
    QList<DraftSubject> subjects() const;
    // THIDUA_KEEP_OUTPUT=DIR keeps the documents as PDF there, to look at.
    static void keepPdf(const DocumentPreviewDialog* dialog, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

const QDate Today(2025, 11, 20);

void TestSchoolDocuments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 1, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return Today; });
    m_window = std::make_unique<MainWindow>(*m_workspace);
}

void TestSchoolDocuments::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

DocumentPreviewDialog* TestSchoolDocuments::openFromMenu(const QString& id, int pick)
{
    QAction* entry = nullptr;
    for (QAction* action : m_window->menu(MainWindow::Menu::Documents)->actions()) {
        if (action->objectName() == QStringLiteral("document.new.") + id)
            entry = action;
    }
    if (!entry)
        return nullptr;
    DocumentPreviewDialog* opened = nullptr;
    QObject context;
    connect(m_window->documentActions(), &DocumentActions::previewOpened, &context, [&opened](auto* dialog) {
        opened = dialog;
    });
    connect(m_window->documentActions(), &DocumentActions::pickerOpened, &context, [pick](SubjectPickerDialog* p) {
        p->choose({ pick });
    });
    entry->trigger();
    return opened;
}

QString TestSchoolDocuments::printed(const DocumentPreviewDialog* dialog)
{
    Documents all;
    for (DocumentDescription description : dialog->descriptions()) {
        description.certificateMode = QStringLiteral("plain");
        all << DocumentService::build(description);
    }
    return DocumentFacts::text(all) + QLatin1Char('\n') + DocumentFacts::text(dialog->documents());
}

void TestSchoolDocuments::keepPdf(const DocumentPreviewDialog* dialog, const QString& name)
{
    const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT");
    if (keep.isEmpty())
        return;
    Documents all;
    for (DocumentDescription description : dialog->descriptions()) {
        description.certificateMode = QStringLiteral("plain");
        all << DocumentService::build(description);
    }
    QVERIFY(PdfRenderer::save(all, QDir(keep).filePath(name + QStringLiteral(".pdf"))).ok());
}

QList<DraftSubject> TestSchoolDocuments::subjects() const
{
    auto list = DocumentQuery(m_db->connection()).subjects(Today);
    return list ? *list : QList<DraftSubject>();
}

// The checker itself: the examples of resources/documents, made for another school, are caught.
void TestSchoolDocuments::checkerFindsTheExamples()
{
    const DocumentFacts facts(m_db->connection());
    QVERIFY(facts.people().size() > 100);
    QVERIFY(!facts.collectives().isEmpty());
    for (const QString& id : { QStringLiteral("to_trinh"), QStringLiteral("bien_ban"), QStringLiteral("quyet_dinh") }) {
        auto examples = DocumentTemplates::load(id, SchoolProfile());
        QVERIFY(examples.ok());
        DocumentDescription example = examples->constFirst();
        example.origin.date = Today;
        const QStringList found = facts.strangers(DocumentFacts::text(DocumentService::build(example)));
        QVERIFY2(found.size() >= 2, qPrintable(id + u':' + found.join(u'|')));
    }
    const QStringList proposal = facts.strangers(QStringLiteral(
        "Nguyễn Thị Hoà, Tổ Toán - Tin học; Số: 27/KH-MNgS; Tổ Mẫu giáo lớn; Trường THPT Nguyễn Khuyến"));
    for (const QString& expected : { QStringLiteral("person: Nguyễn Thị Hoà"),
             QStringLiteral("number: 27/KH-MNgS"),
             QStringLiteral("collective: Tổ Mẫu"),
             QStringLiteral("organisation: Trường THPT Nguyễn Khuyến") })
        QVERIFY2(proposal.contains(expected), qPrintable(proposal.join(u'|')));
}

void TestSchoolDocuments::everyKindNamesOnlyTheSchool_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : DocumentTemplates::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestSchoolDocuments::everyKindNamesOnlyTheSchool()
{
    QFETCH(QString, id);
    const DocumentFacts facts(m_db->connection());
    DocumentPreviewDialog* dialog = openFromMenu(id);
    QVERIFY(dialog);
    QString text = printed(dialog);
    QVERIFY(text.contains(facts.school(), Qt::CaseInsensitive));
    QStringList found = facts.strangers(text);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
    for (const QString& example : { QStringLiteral("Nguyễn Khuyến"),
             QStringLiteral("Hương Sen"),
             QStringLiteral("Phạm Văn Hùng"),
             QStringLiteral("02/BB-HĐTĐKT"),
             QStringLiteral("Mẫu giáo") })
        QVERIFY2(!text.contains(example, Qt::CaseInsensitive), qPrintable(example));
    if (!dialog->canAddNominees()) {
        keepPdf(dialog, id);
        return;
    }

    // No nominee until the user picks them; then the people and collectives picked, and still no stranger.
    const QList<DraftSubject> all = subjects();
    QVERIFY(all.size() > 2);
    // Someone the document does not name yet (a biên bản lists the council).
    const auto newcomer = std::find_if(all.cbegin(), all.cend(), [&text](const DraftSubject& subject) {
        return !subject.collective && !subject.unit.isEmpty() && !text.contains(subject.name);
    });
    QVERIFY(newcomer != all.cend());
    const DraftSubject person = *newcomer;
    const DraftSubject collective = all.constLast();
    QVERIFY(collective.collective);
    QVERIFY(dialog->addNominees({ person, collective }));
    text = printed(dialog);
    QVERIFY2(text.contains(person.name), qPrintable(text));
    QVERIFY(text.contains(collective.name));
    if (!id.startsWith(QStringLiteral("giay_khen")))
        QVERIFY(text.contains(person.unit));
    found = facts.strangers(text);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));

    keepPdf(dialog, id);
}

void TestSchoolDocuments::minutesListTheCouncil()
{
    DocumentPreviewDialog* dialog = openFromMenu(QStringLiteral("bien_ban"));
    QVERIFY(dialog);
    const QString text = printed(dialog);
    auto year = SchoolQuery(m_db->connection()).yearByStart(2025);
    QVERIFY(year.ok() && year->id > 0);
    auto council = SchoolQuery(m_db->connection()).council(year->id, Today);
    QVERIFY(council.ok());
    QVERIFY(!council->isEmpty());
    for (const CouncilMember& member : std::as_const(*council)) {
        auto person = PeopleQuery(m_db->connection()).person(member.personId);
        QVERIFY(person.ok());
        QVERIFY2(text.contains(person->fullName()), qPrintable(person->fullName()));
    }
    // What the database does not know is a marked blank.
    QVERIFY(text.contains(QStringLiteral("[Địa điểm họp]")));
}

void TestSchoolDocuments::reportFromTheRecord()
{
    const QList<DraftSubject> all = subjects();
    int row = -1;
    for (int i = 0; i < all.size() && row < 0; ++i) {
        if (!all[i].collective && !all[i].birthDate.isEmpty() && !all[i].unit.isEmpty())
            row = i;
    }
    QVERIFY(row >= 0);
    auto person = PeopleQuery(m_db->connection()).person(all[row].id);
    QVERIFY(person.ok());
    DocumentPreviewDialog* dialog = openFromMenu(QStringLiteral("bao_cao_thanh_tich_ca_nhan"), row);
    QVERIFY(dialog);
    const QString text = printed(dialog);
    QVERIFY2(text.contains(QStringLiteral("Họ tên: ") + person->fullName()), qPrintable(text));
    QVERIFY(text.contains(person->birthDate.toDisplay()));
    QVERIFY(text.contains(all[row].unit + QStringLiteral(", ") + DocumentFacts(m_db->connection()).school()));
    if (!person->position.isEmpty())
        QVERIFY(text.contains(person->position));
    // What the record does not hold (quê quán) is left to type in the preview.
    QVERIFY(dialog->editorCount() >= 2);
}

void TestSchoolDocuments::reportFromThePages()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DocumentPreviewDialog* opened = nullptr;
    connect(m_window->documentActions(), &DocumentActions::previewOpened, this, [&opened](auto* dialog) {
        opened = dialog;
    });

    auto* staff = m_window->findChild<PeoplePage*>(QStringLiteral("staff"));
    QVERIFY(staff);
    staff->activate();
    auto* view = staff->findChild<QTableView*>();
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    auto* report = staff->findChild<QAction*>(QStringLiteral("achievementReport"));
    QVERIFY(report);
    QVERIFY(report->isEnabled());
    const QString name = view->model()->index(0, 0).data().toString();
    report->trigger();
    QVERIFY(opened);
    QVERIFY2(printed(opened).contains(name), qPrintable(name));

    opened = nullptr;
    auto* collectives = m_window->findChild<CollectivesPage*>();
    QVERIFY(collectives);
    collectives->activate();
    QTreeView* tree = collectives->tree();
    QModelIndex group;
    for (int r = 0; r < tree->model()->rowCount() && !group.isValid(); ++r) {
        const QModelIndex top = tree->model()->index(r, 0);
        for (int c = 0; c < tree->model()->rowCount(top) && !group.isValid(); ++c) {
            const QModelIndex child = tree->model()->index(c, 0, top);
            if (child.data(Qt::UserRole + 1).toLongLong() > 0)
                group = child;
        }
        if (!group.isValid() && top.data(Qt::UserRole + 1).toLongLong() > 0)
            group = top;
    }
    QVERIFY(group.isValid());
    tree->setCurrentIndex(group);
    auto* groupReport = collectives->findChild<QAction*>(QStringLiteral("achievementReport"));
    QVERIFY(groupReport && groupReport->isEnabled());
    groupReport->trigger();
    QVERIFY(opened);
    const QString text = printed(opened);
    QVERIFY2(text.contains(group.data().toString()), qPrintable(group.data().toString()));
}

void TestSchoolDocuments::descriptionFileIsAdvanced()
{
    QMenu* menu = m_window->menu(MainWindow::Menu::Documents);
    QAction* advanced = nullptr;
    for (QAction* action : menu->actions()) {
        QVERIFY(action->objectName() != QStringLiteral("document.open")); // not in the secretary's way
        if (action->objectName() == QStringLiteral("document.advanced"))
            advanced = action;
    }
    QVERIFY(advanced && advanced->menu());
    QCOMPARE(advanced->menu()->actions().size(), 1);
    QCOMPARE(advanced->menu()->actions().constFirst()->objectName(), QStringLiteral("document.open"));
    QCOMPARE(menu->actions().constLast(), advanced);
}

void TestSchoolDocuments::pickerSearches()
{
    const QList<DraftSubject> all = subjects();
    SubjectPickerDialog picker(all, SubjectTableModel::Show::People, true);
    QAbstractItemModelTester tester(picker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int people = picker.model()->rowCount();
    QVERIFY(people > 0);
    const DraftSubject first = picker.model()->subject(0);
    // Without diacritics, the given name of the first person.
    const QString given = first.name.section(QLatin1Char(' '), -1);
    picker.setFilterText(given);
    QVERIFY(picker.model()->rowCount() >= 1);
    QVERIFY(picker.model()->rowCount() < people);
    bool seen = false;
    for (int r = 0; r < picker.model()->rowCount(); ++r)
        seen = seen || picker.model()->subject(r).id == first.id;
    QVERIFY(seen);
    picker.setFilterText(QStringLiteral("zzzz không ai"));
    QCOMPARE(picker.model()->rowCount(), 0);

    SubjectPickerDialog groups(all, SubjectTableModel::Show::Collectives, false);
    QVERIFY(groups.model()->rowCount() > 0);
    for (int r = 0; r < groups.model()->rowCount(); ++r)
        QVERIFY(groups.model()->subject(r).collective);
}

QTEST_MAIN(TestSchoolDocuments)
#include "TestSchoolDocuments.moc"
