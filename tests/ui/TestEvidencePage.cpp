// Evidence files in the program (issue 15), offscreen: a real PNG dropped on a person's row and a real PDF (QPdfWriter)
// dropped on a criteria item of the school's assessment are listed on the Minh chứng page with their thumbnails, whose
// colour is the picture's (hand-chosen colours); the item's count follows and an item without files is marked; a
// folder dropped on the person dialog adds every file in it; a collective takes files too; the list model under
// QAbstractItemModelTester; a copy opened with the right extension and the same bytes; unlinking the last link moves
// the file to the trash, restore brings it back; adding can be cancelled (nothing added); the check on demand reports
// a clean store, then a flipped byte as altered.
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceService.h"
#include "core/evidence/EvidenceStore.h"
#include "tests/support/EvidenceFixture.h"
#include "ui/collectives/CollectivesPage.h"
#include "ui/common/Workspace.h"
#include "ui/criteria/AssessmentDialog.h"
#include "ui/criteria/CriteriaTreeModel.h"
#include "ui/evidence/CheckReportDialog.h"
#include "ui/evidence/EvidenceDialog.h"
#include "ui/evidence/EvidenceDrop.h"
#include "ui/evidence/EvidenceHousekeeping.h"
#include "ui/evidence/EvidenceListModel.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/evidence/EvidenceTask.h"
#include "ui/evidence/ThumbnailCache.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/PeopleStore.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PersonDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace thidua;
using namespace thidua::test;

namespace {

// Colours chosen by hand; a solid picture keeps its colour exactly when scaled down.
const QColor Red(0xd0, 0x20, 0x20);
const QColor Blue(0x20, 0x40, 0xc0);

bool writePng(const QString& path, const QColor& colour)
{
    QImage image(400, 200, QImage::Format_RGB32); // 2:1, so the thumbnail is 64×32
    image.fill(colour);
    return image.save(path, "PNG");
}

bool writePdf(const QString& path, const QColor& colour)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.fillRect(QRect(QPoint(0, 0), QSize(writer.width(), writer.height())), colour);
    return painter.end();
}

// Drops `paths` at `position` of `widget`, as a window system would after a drag: enter, then drop.
bool drop(QWidget* widget, const QPoint& position, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &dropped);
    return dropped.isAccepted();
}

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

bool sameColour(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) <= 6 && qAbs(a.green() - b.green()) <= 6 && qAbs(a.blue() - b.blue()) <= 6;
}

} // namespace

class TestEvidencePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pngDroppedOnAPersonIsListedWithItsThumbnail();
    void pdfDroppedOnACriteriaItemIsCountedAndListed();
    void folderDroppedOnThePersonDialogAndFileOnACollective();
    void dropsOutsideARecordAreRefused();
    void modelUnderTester();
    void openSaveUnlinkRestore();
    void addingCanBeCancelled();
    void checkOnDemand();
    void housekeepingAtStart();
    void brokenFilesHaveNoThumbnail();
    void editDetails();

private:
    // Drops and waits until the files are added (the Workspace announces it).
    bool dropAndWait(QWidget* widget, const QPoint& position, const QStringList& paths);
    QPixmap thumbnailOfRow(EvidencePage& page, int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    EvidenceSchool m_school;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PeopleStore> m_people;
    std::unique_ptr<EvidencePage> m_page;
};

void TestEvidencePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the thumbnails' disk cache goes to a test folder
}

void TestEvidencePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_school = makeEvidenceSchool(m_dir->filePath(QStringLiteral("school.sqlite")));
    QVERIFY(m_school.db && m_school.personA && m_school.collective && m_school.assessment);
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(
        m_school.db->connection(), m_school.db->path(), *m_settings, [] { return QDate(2025, 3, 6); });
    QVERIFY(m_workspace->reloadYears().ok());
    QCOMPARE(m_workspace->currentYear().id, m_school.yearId);
    m_people = std::make_unique<PeopleStore>(*m_workspace);
    m_page = std::make_unique<EvidencePage>(*m_workspace);
    m_page->activate();
}

void TestEvidencePage::cleanup()
{
    m_page.reset();
    m_people.reset();
    m_workspace.reset();
    m_settings.reset();
    m_school = EvidenceSchool();
    m_dir.reset();
}

bool TestEvidencePage::dropAndWait(QWidget* widget, const QPoint& position, const QStringList& paths)
{
    QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
    if (!drop(widget, position, paths))
        return false;
    return changed.wait(30000);
}

QPixmap TestEvidencePage::thumbnailOfRow(EvidencePage& page, int row)
{
    const QModelIndex name = page.model()->index(row, EvidenceListModel::NameColumn);
    QPixmap picture;
    (void)QTest::qWaitFor(
        [&] {
            picture = name.data(Qt::DecorationRole).value<QPixmap>();
            return !picture.isNull();
        },
        30000);
    return picture; // null when it never came
}

void TestEvidencePage::pngDroppedOnAPersonIsListedWithItsThumbnail()
{
    const QString png = m_dir->filePath(QStringLiteral("Giấy khen.png"));
    QVERIFY(writePng(png, Red));
    PeoplePage people(*m_workspace, *m_people, PersonKind::Staff);
    people.resize(1000, 600);
    people.show();
    QVERIFY(QTest::qWaitForWindowExposed(&people));
    people.activate();
    QVERIFY(people.selectPerson(m_school.personA));
    const QModelIndex row = people.table()->currentIndex();
    QCOMPARE(row.data(PeopleTableModel::PersonIdRole).toLongLong(), m_school.personA);
    QVERIFY(dropAndWait(people.table()->viewport(), people.table()->visualRect(row).center(), { png }));

    QCOMPARE(m_page->model()->rowCount(), 1);
    const Evidence* added = m_page->model()->at(0);
    QCOMPARE(added->originalName, QStringLiteral("Giấy khen.png"));
    QCOMPARE(added->schoolYearId, m_school.yearId);
    QCOMPARE(added->links.size(), 1);
    QCOMPARE(added->links[0].kind, EvidenceLink::Kind::Person);
    QCOMPARE(added->links[0].targetId, m_school.personA);
    QCOMPARE(
        m_page->model()->index(0, EvidenceListModel::BacksColumn).data().toString(), QStringLiteral("Nguyễn Thị Hoa"));
    QCOMPARE(
        m_page->model()->index(0, EvidenceListModel::NameColumn).data().toString(), QStringLiteral("Giấy khen.png"));

    const QPixmap thumbnail = thumbnailOfRow(*m_page, 0);
    QVERIFY(!thumbnail.isNull());
    QCOMPARE(thumbnail.size(), QSize(64, 32));
    QVERIFY2(sameColour(thumbnail.toImage().pixelColor(32, 16), Red),
        qPrintable(thumbnail.toImage().pixelColor(32, 16).name()));
    // Kept on disk under its SHA-256 for the next start.
    QVERIFY(QFileInfo::exists(
        QDir(ThumbnailCache::defaultDiskFolder()).filePath(added->sha256 + QStringLiteral("-64.png"))));
}

void TestEvidencePage::pdfDroppedOnACriteriaItemIsCountedAndListed()
{
    const QString pdf = m_dir->filePath(QStringLiteral("Kế hoạch.pdf"));
    QVERIFY(writePdf(pdf, Blue));
    AssessmentDialog dialog(*m_workspace, CriteriaQuery::learningUnitKeys());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.assessment().id, m_school.assessment);
    CriteriaTreeModel* model = dialog.model();
    const QModelIndex item = find(*model, QStringLiteral("H1.TC1.CT1"));
    const QModelIndex other = find(*model, QStringLiteral("H1.TC1.CT2"));
    QVERIFY(item.isValid() && other.isValid());
    const QModelIndex files = item.siblingAtColumn(CriteriaTreeModel::FilesColumn);
    QCOMPARE(files.data().toString(), QStringLiteral("0"));
    QVERIFY(files.data(Qt::DecorationRole).isValid()); // the marker of an item without evidence

    QTreeView* tree = dialog.tree();
    tree->scrollTo(item);
    QVERIFY(dropAndWait(tree->viewport(), tree->visualRect(item).center(), { pdf }));
    QCOMPARE(files.data().toString(), QStringLiteral("1"));
    QVERIFY(!files.data(Qt::DecorationRole).isValid());
    QCOMPARE(other.siblingAtColumn(CriteriaTreeModel::FilesColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(other.siblingAtColumn(CriteriaTreeModel::FilesColumn).data(Qt::DecorationRole).isValid());

    const EvidenceLink link { EvidenceLink::Kind::AssessmentItem, m_school.assessment, QStringLiteral("H1.TC1.CT1") };
    QVERIFY(m_page->filterBy(link));
    QCOMPARE(m_page->model()->rowCount(), 1);
    const Evidence* added = m_page->model()->at(0);
    QCOMPARE(added->mediaType, QStringLiteral("application/pdf"));
    QVERIFY2(added->code.startsWith(QStringLiteral("H1.TC1.CT1")), qPrintable(added->code));
    QCOMPARE(
        m_page->model()->index(0, EvidenceListModel::BacksColumn).data().toString(), QStringLiteral("item H1.TC1.CT1"));
    const QPixmap thumbnail = thumbnailOfRow(*m_page, 0);
    QVERIFY(!thumbnail.isNull());
    // An A4 page fitted into 64 pixels: 45×64 (210/297 of 64, rounded either way).
    QCOMPARE(thumbnail.height(), 64);
    QVERIFY2(qAbs(thumbnail.width() - 45) <= 1, qPrintable(QString::number(thumbnail.width())));
    const QColor middle = thumbnail.toImage().pixelColor(thumbnail.width() / 2, 32);
    QVERIFY2(sameColour(middle, Blue), qPrintable(middle.name()));
}

void TestEvidencePage::folderDroppedOnThePersonDialogAndFileOnACollective()
{
    const QString folder = m_dir->filePath(QStringLiteral("Hồ sơ"));
    QVERIFY(writeBytes(QDir(folder).filePath(QStringLiteral("a.txt")), "một"));
    QVERIFY(writeBytes(QDir(folder).filePath(QStringLiteral("con/b.txt")), "hai"));
    PeoplePage people(*m_workspace, *m_people, PersonKind::Staff);
    people.activate();
    QVERIFY(people.selectPerson(m_school.personB));
    people.editCurrent();
    auto* dialog = people.findChild<PersonDialog*>();
    QVERIFY(dialog);
    QVERIFY(dropAndWait(dialog, dialog->rect().center(), { folder }));
    m_page->backsFilter()->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(m_page->model()->at(row)->links.size(), 1);
        QCOMPARE(m_page->model()->at(row)->links[0].targetId, m_school.personB);
        QCOMPARE(m_page->model()->index(row, EvidenceListModel::BacksColumn).data().toString(),
            QStringLiteral("Trần Văn Bình"));
    }
    dialog->reject();

    CollectivesPage collectives(*m_workspace, *m_people);
    collectives.resize(1000, 600);
    collectives.show();
    QVERIFY(QTest::qWaitForWindowExposed(&collectives));
    collectives.activate();
    QTreeView* tree = collectives.tree();
    tree->expandAll();
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0),
        Qt::DisplayRole,
        QStringLiteral("Tổ Toán"),
        1,
        Qt::MatchRecursive | Qt::MatchStartsWith);
    QVERIFY(!found.isEmpty());
    const QString minutes = m_dir->filePath(QStringLiteral("Biên bản.txt"));
    QVERIFY(writeBytes(minutes, "biên bản họp tổ"));
    QVERIFY(dropAndWait(tree->viewport(), tree->visualRect(found.first()).center(), { minutes }));
    QVERIFY(m_page->filterBy({ EvidenceLink::Kind::Collective, m_school.collective, QString() }));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, EvidenceListModel::BacksColumn).data().toString(), QStringLiteral("Tổ Toán"));
    QCOMPARE(m_page->model()->index(0, EvidenceListModel::SizeColumn).data().toString(),
        QStringLiteral("%1 B").arg(QByteArray("biên bản họp tổ").size()));

    // Dropped on the list while it shows one collective's files: that collective's too.
    const QString plan = m_dir->filePath(QStringLiteral("Kế hoạch tổ.txt"));
    QVERIFY(writeBytes(plan, "kế hoạch"));
    QVERIFY(dropAndWait(m_page->table()->viewport(), QPoint(20, 20), { plan }));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->index(1, EvidenceListModel::BacksColumn).data().toString(), QStringLiteral("Tổ Toán"));
    // While it shows everything, the list cannot tell what the files back: it says so and adds nothing.
    m_page->backsFilter()->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QVERIFY(drop(m_page->table()->viewport(), QPoint(20, 20), { plan }));
    QMessageBox* refusal = nullptr;
    QTRY_VERIFY((refusal = m_page->findChild<QMessageBox*>()) && refusal->isVisible());
    QVERIFY(refusal->text().contains(QStringLiteral("Backs")));
    refusal->close();
    QTest::qWait(100);
    QCOMPARE(EvidenceQuery(m_school.db->connection()).list(EvidenceFilter())->size(), 4);
}

void TestEvidencePage::dropsOutsideARecordAreRefused()
{
    const QString png = m_dir->filePath(QStringLiteral("x.png"));
    QVERIFY(writePng(png, Red));
    PeoplePage people(*m_workspace, *m_people, PersonKind::Staff);
    people.resize(1000, 600);
    people.show();
    QVERIFY(QTest::qWaitForWindowExposed(&people));
    people.activate();
    QWidget* viewport = people.table()->viewport();
    // Below the last row: no person there.
    QVERIFY(!drop(viewport, QPoint(10, viewport->height() - 5), { png }));
    // Text, not files, on a row.
    QMimeData text;
    text.setText(QStringLiteral("không phải tệp"));
    QDragEnterEvent enter(people.table()->visualRect(people.table()->model()->index(0, 0)).center(),
        Qt::CopyAction,
        &text,
        Qt::LeftButton,
        Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(!enter.isAccepted());
    QTest::qWait(50);
    QVERIFY(EvidenceQuery(m_school.db->connection()).list(EvidenceFilter())->isEmpty());
}

void TestEvidencePage::modelUnderTester()
{
    EvidenceListModel* model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        m_page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), 6);
    const QString png = m_dir->filePath(QStringLiteral("ảnh.png"));
    QVERIFY(writePng(png, Blue));
    QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
    QVERIFY(EvidenceDrop::addFiles(
        *m_workspace, m_page.get(), { png }, { EvidenceLink::Kind::Person, m_school.personA, QString() }));
    QVERIFY(changed.wait(30000));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!thumbnailOfRow(*m_page, 0).isNull()); // dataChanged for the decoration, checked by the tester
    QCOMPARE(model->headerData(EvidenceListModel::PaperColumn, Qt::Horizontal).toString(),
        QStringLiteral("No., date, issuer"));
    QCOMPARE(EvidenceListModel::paperText(
                 { QStringLiteral("125/QĐ-UBND"), QDate(2024, 3, 6), QStringLiteral("UBND huyện") }),
        QStringLiteral("No. 125/QĐ-UBND, 06/03/2024, UBND huyện"));
    QCOMPARE(EvidenceListModel::sizeText(1536), QStringLiteral("1,5 KB"));
    QCOMPARE(EvidenceListModel::sizeText(3 * 1024 * 1024), QStringLiteral("3,0 MB"));
    m_page->trashToggle()->setChecked(true);
    QCOMPARE(model->rowCount(), 0);
    m_page->trashToggle()->setChecked(false);
    QCOMPARE(model->rowCount(), 1);
}

void TestEvidencePage::openSaveUnlinkRestore()
{
    const QString png = m_dir->filePath(QStringLiteral("Ảnh hoạt động"));
    QVERIFY(writePng(png, Red)); // no extension: the copy to open gets one from the content
    const QByteArray bytes = readBytes(png);
    QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
    QVERIFY(EvidenceDrop::addFiles(
        *m_workspace, m_page.get(), { png }, { EvidenceLink::Kind::Person, m_school.personA, QString() }));
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_page->model()->rowCount(), 1);
    const qint64 id = m_page->model()->at(0)->id;

    auto opened = m_page->exportForOpening(id);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QCOMPARE(QFileInfo(*opened).fileName(), QStringLiteral("Ảnh hoạt động.png"));
    QCOMPARE(readBytes(*opened), bytes);
    const QString copy = m_dir->filePath(QStringLiteral("copy.png"));
    QVERIFY(m_page->saveCopy(id, copy).ok());
    QCOMPARE(readBytes(copy), bytes);

    // A second link; unlinking one of two keeps the file listed.
    const EvidenceLink first { EvidenceLink::Kind::Person, m_school.personA, QString() };
    const EvidenceLink second { EvidenceLink::Kind::Collective, m_school.collective, QString() };
    QVERIFY(EvidenceService(m_school.db->connection(), EvidenceStore::forDatabase(m_school.db->path()))
                .link(id, second)
                .ok());
    QVERIFY(m_page->unlink(id, first).ok());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, EvidenceListModel::BacksColumn).data().toString(), QStringLiteral("Tổ Toán"));
    // The last link asks before the file goes to the trash.
    QVERIFY(m_page->selectEvidence(id));
    m_page->unlinkCurrent();
    QMessageBox* ask = nullptr;
    QTRY_VERIFY((ask = m_page->findChild<QMessageBox*>(QStringLiteral("confirmUnlink"))) && ask->isVisible());
    QVERIFY(ask->text().contains(QStringLiteral("Tổ Toán")));
    ask->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    m_page->trashToggle()->setChecked(true);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(m_page->selectEvidence(id));
    m_page->restoreCurrent();
    QCOMPARE(m_page->model()->rowCount(), 0);
    m_page->trashToggle()->setChecked(false);
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestEvidencePage::addingCanBeCancelled()
{
    const QString big = m_dir->filePath(QStringLiteral("video.bin"));
    QVERIFY(writeBytes(big, patternBytes(24 * 1024 * 1024, 7)));
    EvidenceTask* task = EvidenceDrop::addFiles(
        *m_workspace, m_page.get(), { big }, { EvidenceLink::Kind::Person, m_school.personA, QString() });
    QVERIFY(task);
    QSignalSpy finished(task, &EvidenceTask::finished);
    task->cancel();
    QVERIFY(finished.wait(30000));
    const auto status = finished.first().first().value<Status>();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Cancelled);
    QVERIFY(EvidenceQuery(m_school.db->connection()).list(EvidenceFilter())->isEmpty());
    // No object and no half-written file left in the store.
    QCOMPARE(filesUnder(EvidenceStore::forDatabase(m_school.db->path()).root()), QStringList());
}

void TestEvidencePage::checkOnDemand()
{
    const QString png = m_dir->filePath(QStringLiteral("a.png"));
    const QString pdf = m_dir->filePath(QStringLiteral("b.pdf"));
    QVERIFY(writePng(png, Red));
    QVERIFY(writePdf(pdf, Blue));
    QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
    QVERIFY(EvidenceDrop::addFiles(
        *m_workspace, m_page.get(), { png, pdf }, { EvidenceLink::Kind::Person, m_school.personA, QString() }));
    QVERIFY(changed.wait(30000));

    QSignalSpy checked(m_page.get(), &EvidencePage::checked);
    QVERIFY(m_page->runCheck());
    QVERIFY(checked.wait(30000));
    auto report = checked.first().first().value<CheckReport>();
    QCOMPARE(report.objectsChecked, 2);
    QCOMPARE(report.bytesChecked, QFileInfo(png).size() + QFileInfo(pdf).size());
    QVERIFY(report.problems.isEmpty());
    auto* dialog = m_page->findChild<CheckReportDialog*>();
    QVERIFY(dialog);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("No problem found")), qPrintable(dialog->summaryText()));
    dialog->close();

    // One byte of the PNG's object flipped: reported as altered.
    const Evidence* stored = m_page->model()->at(0)->mediaType == QStringLiteral("image/png") ? m_page->model()->at(0)
                                                                                              : m_page->model()->at(1);
    const QString object = EvidenceStore::forDatabase(m_school.db->path()).objectPath(stored->sha256);
    QByteArray bytes = readBytes(object);
    bytes[100] = char(bytes[100] ^ 0x01);
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(writeBytes(object, bytes));
    checked.clear();
    QVERIFY(m_page->runCheck());
    QVERIFY(checked.wait(30000));
    report = checked.first().first().value<CheckReport>();
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems[0].kind, CheckProblem::Kind::Altered);
    QTRY_VERIFY((dialog = m_page->findChild<CheckReportDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->problems()->count(), 1);
    QVERIFY(dialog->summaryText().contains(QStringLiteral("1 error(s)")));
}

// What the program does when it opens the file: the trash older than 30 days emptied, files no row names removed.
void TestEvidencePage::housekeepingAtStart()
{
    const QString path = m_school.db->path();
    EvidenceService service(m_school.db->connection(), EvidenceStore::forDatabase(path));
    const QString oldFile = m_dir->filePath(QStringLiteral("old.txt"));
    const QString recentFile = m_dir->filePath(QStringLiteral("recent.txt"));
    QVERIFY(writeBytes(oldFile, "cũ"));
    QVERIFY(writeBytes(recentFile, "mới"));
    EvidenceService::AddRequest request;
    request.schoolYearId = m_school.yearId;
    request.link = { EvidenceLink::Kind::Person, m_school.personA, QString() };
    request.by = QStringLiteral("test");
    request.at = QDateTime(QDate(2025, 1, 2), QTime(8, 0));
    request.files = { oldFile, recentFile };
    auto added = service.add(request);
    QVERIFY(added.ok() && added->size() == 2);
    const Evidence old = added->at(0).originalName == QStringLiteral("old.txt") ? added->at(0) : added->at(1);
    const Evidence recent = added->at(0).originalName == QStringLiteral("old.txt") ? added->at(1) : added->at(0);
    // Stored on 2 January 2025, as the rows say.
    for (const Evidence& e : *added) {
        const QString object = EvidenceStore::forDatabase(path).objectPath(e.sha256);
        const QFile::Permissions permissions = QFile::permissions(object);
        QVERIFY(QFile::setPermissions(object, permissions | QFile::WriteOwner));
        QFile file(object);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.setFileTime(request.at, QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(QFile::setPermissions(object, permissions));
    }
    // Trashed 31 and 10 days before 6 March 2025.
    QVERIFY(service.unlink(old.id, request.link, QDateTime(QDate(2025, 2, 3), QTime(10, 0))).ok());
    QVERIFY(service.unlink(recent.id, request.link, QDateTime(QDate(2025, 2, 24), QTime(10, 0))).ok());
    // An object written by a program that died before committing its row.
    const QString orphan = EvidenceStore::forDatabase(path).objectPath(QString(64, QLatin1Char('a')));
    QVERIFY(writeBytes(orphan, "mồ côi"));
    {
        QFile file(orphan);
        QVERIFY(file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime(QDate(2025, 1, 2), QTime(8, 0)), QFileDevice::FileModificationTime));
    }
    // One written a minute ago may belong to an add still running elsewhere: kept.
    const QString young = EvidenceStore::forDatabase(path).objectPath(QString(64, QLatin1Char('b')));
    QVERIFY(writeBytes(young, "đang thêm"));
    {
        QFile file(young);
        QVERIFY(file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime(QDate(2025, 3, 6), QTime(8, 59)), QFileDevice::FileModificationTime));
    }

    QCOMPARE(EvidenceHousekeeping::atStart(m_school.db->connection(), path, QDateTime(QDate(2025, 3, 6), QTime(9, 0))),
        QStringList());
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(QFileInfo::exists(young));
    const EvidenceQuery query(m_school.db->connection());
    QCOMPARE(query.get(old.id).ok() ? Error::Code::Generic : query.get(old.id).error().code, Error::Code::NotFound);
    QVERIFY(!QFileInfo::exists(EvidenceStore::forDatabase(path).objectPath(old.sha256)));
    QVERIFY(query.get(recent.id).ok());
    QVERIFY(QFileInfo::exists(EvidenceStore::forDatabase(path).objectPath(recent.sha256)));
}

// A PNG cut short and a “PDF” that is only its header: no picture, no crash; the list shows the type's icon.
void TestEvidencePage::brokenFilesHaveNoThumbnail()
{
    const QString png = m_dir->filePath(QStringLiteral("good.png"));
    QVERIFY(writePng(png, Red));
    const QString cut = m_dir->filePath(QStringLiteral("cut.png"));
    QVERIFY(writeBytes(cut, readBytes(png).left(60)));
    const QString pdf = m_dir->filePath(QStringLiteral("broken.pdf"));
    QVERIFY(writeBytes(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n"));
    QVERIFY(ThumbnailCache::render(cut, QStringLiteral("image/png")).isNull());
    QVERIFY(ThumbnailCache::render(pdf, QStringLiteral("application/pdf")).isNull());
    QVERIFY(ThumbnailCache::render(png, QStringLiteral("text/plain")).isNull());

    QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
    QVERIFY(EvidenceDrop::addFiles(
        *m_workspace, m_page.get(), { cut, pdf }, { EvidenceLink::Kind::Person, m_school.personA, QString() }));
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_page->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex name = m_page->model()->index(row, EvidenceListModel::NameColumn);
        name.data(Qt::DecorationRole); // asks for the picture
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->thumbnails()->isPending(m_page->model()->at(row)->sha256), 30000);
        QVERIFY(name.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
}

// The details dialog: a date that cannot be read and a code already used keep it open with a message; a good edit
// shows in the list.
void TestEvidencePage::editDetails()
{
    const QString a = m_dir->filePath(QStringLiteral("a.txt"));
    const QString b = m_dir->filePath(QStringLiteral("b.txt"));
    QVERIFY(writeBytes(a, "a"));
    QVERIFY(writeBytes(b, "b"));
    QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
    QVERIFY(EvidenceDrop::addFiles(
        *m_workspace, m_page.get(), { a, b }, { EvidenceLink::Kind::Person, m_school.personA, QString() }));
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_page->model()->rowCount(), 2);
    const QString otherCode = m_page->model()->at(1)->code;
    const qint64 id = m_page->model()->at(0)->id;
    QVERIFY(m_page->selectEvidence(id));
    m_page->editCurrent();
    auto* dialog = m_page->findChild<EvidenceDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("31/02/2024"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("31/02/2024")), qPrintable(dialog->problemText()));
    dialog->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("6/3/2024"));
    dialog->findChild<QLineEdit*>(QStringLiteral("code"))->setText(otherCode);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains(otherCode), qPrintable(dialog->problemText()));
    dialog->findChild<QLineEdit*>(QStringLiteral("code"))->setText(QStringLiteral("QD-01"));
    dialog->findChild<QLineEdit*>(QStringLiteral("number"))->setText(QStringLiteral("125/QĐ-UBND"));
    dialog->findChild<QLineEdit*>(QStringLiteral("issuer"))->setText(QStringLiteral("UBND huyện"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("description"))->setPlainText(QStringLiteral("Quyết định"));
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    const int row = m_page->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, EvidenceListModel::CodeColumn).data().toString(), QStringLiteral("QD-01"));
    QCOMPARE(m_page->model()->index(row, EvidenceListModel::DescriptionColumn).data().toString(),
        QStringLiteral("Quyết định"));
    QCOMPARE(m_page->model()->index(row, EvidenceListModel::PaperColumn).data().toString(),
        QStringLiteral("No. 125/QĐ-UBND, 06/03/2024, UBND huyện"));
}

QTEST_MAIN(TestEvidencePage)
#include "TestEvidencePage.moc"
