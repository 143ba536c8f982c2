// The PDF renderer, checked the way a reader of the file sees it: through poppler's pdftotext and pdffonts.
#include "core/documents/DocumentLayouter.h"
#include "core/documents/PdfRenderer.h"
#include "tests/support/PdfProbe.h"
#include "tests/support/SampleDocuments.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::PdfProbe;
using thidua::test::SampleDocuments;

namespace {

constexpr double TextLeft = 30, TextRight = 195, TextCentre = (TextLeft + TextRight) / 2;

} // namespace

class TestPdfRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageAndFonts();
    void margins_data();
    void margins();
    void header();
    void titleCentred();
    void headerNamesBreakNaturally_data();
    void headerNamesBreakNaturally();
    void spansStayOnOneLine();
    void readingOrder();
    void pageNumbers();
    void tableHeaderRepeats();
    void minutesLayout();
    void refusesIllegalMargins_data();
    void refusesIllegalMargins();

private:
    QString render(const Document& document, const QString& name);
    QTemporaryDir m_dir;
    PdfProbe m_long; // a proposal of several pages with an appendix
    QString m_longPath;
};

QString TestPdfRenderer::render(const Document& document, const QString& name)
{
    // THIDUA_KEEP_OUTPUT=DIR keeps the files to look at them.
    const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT");
    const QString path = QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(name);
    const Status saved = PdfRenderer::save(Documents { document }, path);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().toString()));
    return saved ? path : QString();
}

void TestPdfRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(PdfProbe::toolsAvailable(), "poppler-utils must be installed");
    m_longPath = render(SampleDocuments::proposal(24, 30), QStringLiteral("long-proposal.pdf"));
    QVERIFY(!m_longPath.isEmpty());
    QVERIFY2(m_long.load(m_longPath), qPrintable(m_long.error()));
    QVERIFY2(m_long.pageCount() >= 5, qPrintable(QString::number(m_long.pageCount())));
}

void TestPdfRenderer::pageAndFonts()
{
    for (int page = 1; page <= m_long.pageCount(); ++page) {
        QCOMPARE(qRound(m_long.pageSize(page).width()), 210);
        QCOMPARE(qRound(m_long.pageSize(page).height()), 297);
    }
    const auto fonts = m_long.fonts();
    QVERIFY(fonts.size() >= 3); // regular, bold, italic, bold italic as used
    for (const auto& font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name));
        QVERIFY2(font.name.contains(QStringLiteral("LiberationSerif")), qPrintable(font.name));
    }
}

void TestPdfRenderer::margins_data()
{
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("bottom");
    QTest::newRow("default 30/15/20/20") << 30.0 << 15.0 << 20.0 << 20.0;
    QTest::newRow("widest 35/20/25/25") << 35.0 << 20.0 << 25.0 << 25.0;
}

void TestPdfRenderer::margins()
{
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(double, top);
    QFETCH(double, bottom);
    Document document = SampleDocuments::proposal(24, 30);
    document.page.leftMm = left;
    document.page.rightMm = right;
    document.page.topMm = top;
    document.page.bottomMm = bottom;
    PdfProbe probe;
    QVERIFY(probe.load(render(document, QStringLiteral("margins.pdf"))));
    for (const PdfProbe::Word& word : probe.words()) {
        QVERIFY2(word.box.left() >= left - 0.3,
            qPrintable(QStringLiteral("%1 at %2 mm on page %3").arg(word.text).arg(word.box.left()).arg(word.page)));
        QVERIFY2(word.box.right() <= 210 - right + 0.3, qPrintable(word.text));
        const bool pageNumber = word.box.bottom() < top;
        if (!pageNumber) {
            QVERIFY2(word.box.top() >= top - 1.5, qPrintable(word.text));
            QVERIFY2(word.box.bottom() <= 297 - bottom + 0.3, qPrintable(word.text));
        }
    }
}

void TestPdfRenderer::header()
{
    // Quốc hiệu right, issuer left, "Số" on the same line as the date (ô 3 and ô 4).
    const auto national = m_long.find(QStringLiteral("CỘNG"), 1);
    QCOMPARE(national.size(), 1);
    const auto issuer = m_long.find(QStringLiteral("TRƯỜNG"), 1);
    QVERIFY(!issuer.isEmpty());
    QVERIFY(issuer.constFirst().box.right() < national.constFirst().box.left());
    QVERIFY(issuer.constFirst().box.left() >= TextLeft);
    const auto so = m_long.find(QStringLiteral("Số:"), 1);
    QCOMPARE(so.size(), 1);
    const QString dateLine = m_long.lineAt(1, so.constFirst().box.center().y());
    QVERIFY2(dateLine.contains(QStringLiteral("Số: 05/TTr-NK Gò Vấp, ngày 06 tháng 3 năm 2024")), qPrintable(dateLine));
    const QString motto = m_long.lineAt(1, m_long.find(QStringLiteral("Độc"), 1).constFirst().box.center().y());
    QVERIFY2(motto.endsWith(QStringLiteral("Độc lập - Tự do - Hạnh phúc")), qPrintable(motto));
    QVERIFY(m_long.layoutText().contains(QStringLiteral("UBND QUẬN GÒ VẤP")));
}

void TestPdfRenderer::headerNamesBreakNaturally_data()
{
    QTest::addColumn<QString>("governingBody");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QList<QStringList>>("allowed"); // the lines of the left column, any of these

    QTest::newRow("department of a city")
        << QStringLiteral("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh") << QStringLiteral("Trường THPT Nguyễn Khuyến")
        << QList<QStringList> { { QStringLiteral("SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
               QStringLiteral("THÀNH PHỐ HỒ CHÍ MINH"),
               QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN") } };
    QTest::newRow("council") << QStringLiteral("Trường THPT Nguyễn Khuyến")
                             << QStringLiteral("Hội đồng Thi đua - Khen thưởng")
                             << QList<QStringList> {
                                    { QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN"),
                                        QStringLiteral("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG") },
                                    { QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN"),
                                        QStringLiteral("HỘI ĐỒNG"),
                                        QStringLiteral("THI ĐUA - KHEN THƯỞNG") },
                                };
}

// Issue 13, point 5: the left column breaks a name only at natural points, and keeps a clear gutter (at least
// 2.5 mm) before the quốc hiệu.
void TestPdfRenderer::headerNamesBreakNaturally()
{
    QFETCH(QString, governingBody);
    QFETCH(QString, issuer);
    QFETCH(QList<QStringList>, allowed);
    Document document = SampleDocuments::proposal(2, 2);
    document.header.governingBody = governingBody;
    document.header.issuer = issuer;
    PdfProbe probe;
    QVERIFY(probe.load(render(document, QStringLiteral("header-names.pdf"))));
    const double national = probe.find(QStringLiteral("CỘNG"), 1).value(0).box.left();
    const double number = probe.find(QStringLiteral("Số:"), 1).value(0).box.top();
    QVERIFY(national > 100 && number > 0);
    QStringList lines;
    double lastY = -10, rightmost = 0;
    for (const PdfProbe::Word& word : probe.words(1)) {
        if (word.box.top() >= number || word.box.left() >= national)
            continue;
        rightmost = qMax(rightmost, word.box.right());
        if (qAbs(word.box.center().y() - lastY) > 1.5)
            lines << word.text;
        else
            lines.last() += QLatin1Char(' ') + word.text;
        lastY = word.box.center().y();
    }
    QVERIFY2(allowed.contains(lines), qPrintable(lines.join(QStringLiteral(" / "))));
    QVERIFY2(national - rightmost >= 2.5, qPrintable(QString::number(national - rightmost)));
}

// Issue 13, point 6: a school year and a document number never split across lines, wherever they fall.
void TestPdfRenderer::spansStayOnOneLine()
{
    Document document = SampleDocuments::proposal(0, 2);
    for (int i = 0; i < 24; ++i) {
        document.body << Block::of(Paragraph::text(Paragraph::Style::Body,
            QString(i, QLatin1Char('x'))
                + QStringLiteral(" Phong trào thi đua của nhà trường năm học 2024 - 2025 theo Tờ trình Số: 46/TTr-NK "
                                 "và kế hoạch năm học 2024 - 2025 của tổ.")));
    }
    PdfProbe probe;
    QVERIFY(probe.load(render(document, QStringLiteral("spans.pdf"))));
    // Each "2024 - 2025" and "Số: 46/TTr-NK", by the words pdftotext reads, on one line.
    const QList<PdfProbe::Word> words = probe.words();
    auto line = [&](qsizetype from, qsizetype count) {
        QString text = words[from].text;
        for (qsizetype i = from + 1; i < from + count; ++i) {
            if (words[i].page != words[from].page || qAbs(words[i].box.center().y() - words[from].box.center().y()) > 1)
                return QString();
            text += QLatin1Char(' ') + words[i].text;
        }
        return text;
    };
    int years = 0, numbers = 0;
    for (qsizetype i = 0; i + 2 < words.size(); ++i) {
        if (words[i].text == QStringLiteral("2024") && words[i + 2].text.startsWith(QStringLiteral("2025"))) {
            QVERIFY2(!line(i, 3).isEmpty(),
                qPrintable(QStringLiteral("year split at %1 mm, page %2").arg(words[i].box.top()).arg(words[i].page)));
            ++years;
        }
        if (words[i].text == QStringLiteral("Số:") && words[i + 1].text.startsWith(QStringLiteral("46/"))) {
            QCOMPARE(line(i, 2), QStringLiteral("Số: 46/TTr-NK"));
            ++numbers;
        }
    }
    QCOMPARE(years, 48);
    QCOMPARE(numbers, 24);
}

void TestPdfRenderer::titleCentred()
{
    const auto title = m_long.find(QStringLiteral("TỜ"), 1);
    QCOMPARE(title.size(), 1);
    const auto trinh = m_long.find(QStringLiteral("TRÌNH"), 1);
    QCOMPARE(trinh.size(), 1);
    const double centre = (title.constFirst().box.left() + trinh.constFirst().box.right()) / 2;
    QVERIFY2(qAbs(centre - TextCentre) < 1.0, qPrintable(QString::number(centre)));
}

void TestPdfRenderer::readingOrder()
{
    const QString text = m_long.layoutText();
    const QStringList order = { QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        QStringLiteral("TỜ TRÌNH"),
        QStringLiteral("Về việc đề nghị khen thưởng"),
        QStringLiteral("Kính gửi: Ủy ban nhân dân quận Gò Vấp"),
        QStringLiteral("Căn cứ Luật Thi đua"),
        QStringLiteral("I. KẾT QUẢ THỰC HIỆN"),
        QStringLiteral("Đoạn 1."),
        QStringLiteral("Đoạn 24."),
        QStringLiteral("KT. HIỆU TRƯỞNG"),
        QStringLiteral("PHÓ HIỆU TRƯỞNG"),
        QStringLiteral("Trần Văn Bình"),
        QStringLiteral("Phụ lục"),
        QStringLiteral("DANH SÁCH CÁ NHÂN") };
    qsizetype at = 0;
    for (const QString& piece : order) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("“%1” missing or out of order").arg(piece)));
        at = found;
    }
    QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
    QVERIFY(text.contains(QStringLiteral("- Như trên;")));
    QVERIFY(text.contains(QStringLiteral("- Lưu: VT, HĐTĐKT.")));
}

void TestPdfRenderer::pageNumbers()
{
    // Main document: no number on page 1, then 2, 3… centred in the top margin. The appendix restarts at 1.
    int appendixFirst = 0;
    for (int page = 1; page <= m_long.pageCount(); ++page) {
        if (m_long.find(QStringLiteral("DANH"), page).size() && m_long.find(QStringLiteral("Phụ"), page).size())
            appendixFirst = page;
    }
    QVERIFY(appendixFirst > 2);
    for (int page = 1; page <= m_long.pageCount(); ++page) {
        QList<PdfProbe::Word> top;
        for (const PdfProbe::Word& word : m_long.words(page)) {
            if (word.box.bottom() < 20)
                top << word;
        }
        const int expected = page < appendixFirst ? page : page - appendixFirst + 1;
        if (expected == 1) {
            QVERIFY2(top.isEmpty(), qPrintable(QStringLiteral("page %1 shows %2").arg(page).arg(top.value(0).text)));
            continue;
        }
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.constFirst().text, QString::number(expected));
        QVERIFY(qAbs(top.constFirst().box.center().x() - TextCentre) < 1.0);
    }
}

void TestPdfRenderer::tableHeaderRepeats()
{
    // The appendix table runs over more than one page and its header row comes back on each.
    int pagesWithRows = 0;
    for (int page = 1; page <= m_long.pageCount(); ++page) {
        const bool rows = !m_long.find(QStringLiteral("Hoà"), page).isEmpty();
        if (!rows)
            continue;
        ++pagesWithRows;
        QVERIFY2(!m_long.find(QStringLiteral("STT"), page).isEmpty(), qPrintable(QString::number(page)));
    }
    QVERIFY(pagesWithRows >= 3);
}

void TestPdfRenderer::minutesLayout()
{
    PdfProbe probe;
    QVERIFY(probe.load(render(SampleDocuments::minutes(), QStringLiteral("minutes.pdf"))));
    const QString text = probe.layoutText();
    QVERIFY(!text.contains(QStringLiteral("ngày 10 tháng 9 năm 2024\n"))
        || text.indexOf(QStringLiteral("BIÊN BẢN")) < text.indexOf(QStringLiteral("ngày 10 tháng 9")));
    // No date line in the header: the first "ngày" comes after the title.
    QVERIFY(text.indexOf(QStringLiteral("ngày")) > text.indexOf(QStringLiteral("BIÊN BẢN")));
    // Thư ký on the left, chủ tọa on the right, on one line.
    const auto secretary = probe.find(QStringLiteral("THƯ"));
    const auto chair = probe.find(QStringLiteral("CHỦ"));
    QCOMPARE(secretary.size(), 1);
    QVERIFY(!chair.isEmpty());
    QVERIFY(secretary.constFirst().box.right() < TextCentre);
    QVERIFY(chair.constLast().box.left() > TextCentre);
    QVERIFY(qAbs(secretary.constFirst().box.center().y() - chair.constLast().box.center().y()) < 0.5);
}

void TestPdfRenderer::refusesIllegalMargins_data()
{
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("top");
    QTest::newRow("left 25") << 25.0 << 20.0;
    QTest::newRow("left 36") << 36.0 << 20.0;
    QTest::newRow("top 19") << 30.0 << 19.0;
}

void TestPdfRenderer::refusesIllegalMargins()
{
    QFETCH(double, left);
    QFETCH(double, top);
    Document document = SampleDocuments::minutes();
    document.page.leftMm = left;
    document.page.topMm = top;
    const auto pages = DocumentLayouter::layout(document);
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().code, Error::Code::Validation);
}

QTEST_MAIN(TestPdfRenderer)
#include "TestPdfRenderer.moc"
