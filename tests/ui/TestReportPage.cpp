// The Báo cáo page (issue 17, point 3), offscreen, on the small demo school whose last year (2024-2025) has its five
// judgement sections written: in 2025-2026 each section offers last year's text as a suggestion; a section typed and
// saved is kept for 2025-2026 only, and moving to another section saves what was typed; the stage reviews have their
// own sections; the preview composes the report from the records with the sections written and the charts drawn by
// Qt Charts; the statistics are written as .xlsx.
#include "core/reports/ReportTextService.h"
#include "core/school/SchoolQuery.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/common/Workspace.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/reports/ReportPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lastYearsSectionsAreOffered();
    void typedSectionIsSavedForThisYear();
    void stageHasItsOwnSections();
    void previewComposesTheReport();
    void statisticsWorkbook();

private:
    ReportTexts written(const ReportPeriod& period) const
    {
        return ReportTextService(m_db->connection()).texts(period).value();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReportPage> m_page;
};

void TestReportPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    m_workspace->setCurrentYear(SchoolQuery(m_db->connection()).yearByStart(2025)->id);
    m_page = std::make_unique<ReportPage>(*m_workspace);
    m_page->resize(1200, 700);
    m_page->show();
    m_page->activate();
}

void TestReportPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestReportPage::lastYearsSectionsAreOffered()
{
    QCOMPARE(m_page->period(), ReportPeriod::annual(2025));
    QCOMPARE(m_page->sectionList()->count(), 5);
    const ReportTexts lastYear = written(ReportPeriod::annual(2024));
    QCOMPARE(lastYear.size(), 5); // the demo wrote them all
    QVERIFY(written(ReportPeriod::annual(2025)).isEmpty());
    for (int i = 0; i < 5; ++i)
        QVERIFY2(m_page->sectionList()->item(i)->text().contains(u"2024-2025"_s),
            qPrintable(m_page->sectionList()->item(i)->text()));
    QCOMPARE(m_page->editor()->toPlainText(), lastYear[0].body);
    QVERIFY(m_page->suggestionLabel()->text().contains(u"2024-2025"_s));
    QVERIFY(!m_page->hasUnsavedChanges());

    m_page->selectSection(ReportTextSection::Directions);
    QCOMPARE(m_page->editor()->toPlainText(), lastYear[3].body);
    QVERIFY(written(ReportPeriod::annual(2025)).isEmpty()); // looking saves nothing
}

void TestReportPage::typedSectionIsSavedForThisYear()
{
    m_page->selectSection(ReportTextSection::Shortcomings);
    m_page->editor()->setPlainText(u"Một số tổ chưa có mô hình học tập.\n- Tỉ lệ học sinh đạt còn thấp."_s);
    QVERIFY(m_page->hasUnsavedChanges());
    // Moving to another section saves what was typed.
    m_page->selectSection(ReportTextSection::Causes);
    QVERIFY(!m_page->hasUnsavedChanges());
    ReportTexts texts = written(ReportPeriod::annual(2025));
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts[0].section, ReportTextSection::Shortcomings);
    QCOMPARE(texts[0].body, u"Một số tổ chưa có mô hình học tập.\n- Tỉ lệ học sinh đạt còn thấp."_s);
    QVERIFY(m_page->sectionList()->item(1)->text() != m_page->sectionList()->item(2)->text());

    // Saving a suggestion as it is takes it for this year.
    QVERIFY(m_page->saveSection().ok());
    texts = written(ReportPeriod::annual(2025));
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts[1].body, written(ReportPeriod::annual(2024))[2].body);
    // Last year's texts are untouched.
    QCOMPARE(written(ReportPeriod::annual(2024)).size(), 5);
}

void TestReportPage::stageHasItsOwnSections()
{
    m_page->setPeriod(1);
    QCOMPARE(m_page->period(), ReportPeriod::stage(2023, 2025));
    QCOMPARE(m_page->editor()->toPlainText(), QString()); // no stage before 2023–2025 to offer from
    m_page->editor()->setPlainText(u"Hai năm đầu giai đoạn, phong trào được triển khai đồng bộ."_s);
    QVERIFY(m_page->saveSection().ok());
    QCOMPARE(written(ReportPeriod::stage(2023, 2025)).size(), 1);
    QVERIFY(written(ReportPeriod::annual(2025)).isEmpty());
    m_page->setPeriod(0);
    QCOMPARE(m_page->period(), ReportPeriod::annual(2025));
}

void TestReportPage::previewComposesTheReport()
{
    m_page->selectSection(ReportTextSection::Highlights);
    m_page->editor()->setPlainText(u"Phong trào đọc sách lan tỏa."_s);
    DocumentPreviewDialog* dialog = m_page->preview(); // saves the section first
    QVERIFY(dialog);
    QCOMPARE(written(ReportPeriod::annual(2025)).size(), 1);
    QCOMPARE(dialog->documents().size(), 1);
    const Document& report = dialog->documents().constFirst();
    QCOMPARE(report.kindKey, u"bao_cao_phong_trao"_s);
    QCOMPARE(report.title, u"BÁO CÁO"_s);
    QVERIFY(report.summary.endsWith(u"năm học 2025-2026"_s));
    int images = 0;
    bool written = false;
    for (const Block& block : report.body) {
        images += block.kind == Block::Kind::Image ? 1 : 0;
        written |= block.paragraph.plainText() == u"Phong trào đọc sách lan tỏa."_s;
    }
    QVERIFY(written);
    QCOMPARE(images, 2); // rates per tổ; the trend over the demo's two years
    dialog->close();
}

void TestReportPage::statisticsWorkbook()
{
    const QString path = m_dir->filePath(u"thong-ke.xlsx"_s);
    QVERIFY(m_page->exportStats(path).ok());
    QVERIFY(QFileInfo(path).size() > 0);
    m_page->setPeriod(2); // a stage: the statistics are a year's
    QCOMPARE(m_page->period(), ReportPeriod::stage(2023, 2030));
    QVERIFY(!m_page->findChild<QWidget*>(u"reportStats"_s)->isEnabled());
}

QTEST_MAIN(TestReportPage)
#include "TestReportPage.moc"
