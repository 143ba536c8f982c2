// Every document kind, from its example description to PDF, read back through poppler: margins, fonts, title,
// page numbers, reading order, and what each kind must show.
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "core/documents/ZipArchive.h"
#include "core/documents/kinds/CertificateLayout.h"
#include "tests/support/ExampleSpecs.h"
#include "tests/support/PdfProbe.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::ExampleSpecs;
using thidua::test::PdfProbe;

class TestDocumentKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layoutRules_data();
    void layoutRules();
    void proposal();
    void minutes();
    void decision();
    void individualReport();
    void collectiveReport();
    void plainCertificate();
    void preprintedCertificate();

private:
    struct Rendered
    {
        PdfProbe probe;
        DocumentService::Output output;
    };
    bool render(const QString& file, Rendered* rendered);
    QTemporaryDir m_dir;
    int m_databases = 0;
};

void TestDocumentKinds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(PdfProbe::toolsAvailable(), "poppler-utils must be installed");
    QVERIFY(ExampleSpecs::files().size() >= 7);
}

bool TestDocumentKinds::render(const QString& file, Rendered* rendered)
{
    // A fresh database each time, so that numbers are predictable.
    const QString database = m_dir.filePath(QStringLiteral("kinds-%1.sqlite").arg(++m_databases));
    auto output = ExampleSpecs::prepare(file, database);
    if (!output) {
        qWarning("%s", qPrintable(output.error().toString()));
        return false;
    }
    rendered->output = *output;
    const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT");
    const QString path = QDir(keep.isEmpty() ? m_dir.path() : keep)
                             .filePath(QString(file).replace(QStringLiteral(".json"), QStringLiteral(".pdf")));
    const Status saved =
        output->pages ? PdfRenderer::save(*output->pages, path) : PdfRenderer::save(output->documents, path);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return false;
    }
    if (!rendered->probe.load(path)) {
        qWarning("%s", qPrintable(rendered->probe.error()));
        return false;
    }
    return true;
}

void TestDocumentKinds::layoutRules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    for (const QString& file : ExampleSpecs::files()) {
        QString title;
        if (file.startsWith(QStringLiteral("to_trinh")))
            title = QStringLiteral("TỜ TRÌNH");
        else if (file.startsWith(QStringLiteral("bien_ban")))
            title = QStringLiteral("BIÊN BẢN");
        else if (file.startsWith(QStringLiteral("quyet_dinh")))
            title = QStringLiteral("QUYẾT ĐỊNH");
        else if (file.startsWith(QStringLiteral("bao_cao")))
            title = QStringLiteral("BÁO CÁO THÀNH TÍCH");
        else if (file == QStringLiteral("giay_khen.json"))
            title = QStringLiteral("GIẤY KHEN");
        else if (file.startsWith(QStringLiteral("danh_muc_minh_chung")))
            title = QStringLiteral("DANH MỤC MINH CHỨNG");
        QTest::newRow(qPrintable(file)) << file << title;
    }
}

void TestDocumentKinds::layoutRules()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    Rendered rendered;
    QVERIFY(render(file, &rendered));
    const PdfProbe& probe = rendered.probe;
    for (const PdfProbe::Font& font : probe.fonts())
        QVERIFY2(font.embedded, qPrintable(font.name));
    QVERIFY(!probe.fonts().isEmpty());

    // Every date of the form "ngày … tháng … năm …": day with two digits, month with a leading zero only for 1 and 2.
    static const QRegularExpression date(
        QStringLiteral("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})"));
    for (auto it = date.globalMatch(probe.layoutText()); it.hasNext();) {
        const auto match = it.next();
        const QString day = match.captured(1), month = match.captured(2);
        QVERIFY2(day.size() == 2, qPrintable(match.captured(0)));
        QVERIFY2(month.toInt() <= 2 ? month.size() == 2 : month.size() == QString::number(month.toInt()).size(),
            qPrintable(match.captured(0)));
    }

    const bool administrative = !file.startsWith(QStringLiteral("giay_khen"));
    const LaidOutDocument pages =
        rendered.output.pages ? *rendered.output.pages : *DocumentLayouter::layout(rendered.output.documents);
    QCOMPARE(probe.pageCount(), pages.pageCount());
    for (int page = 1; page <= probe.pageCount(); ++page) {
        const QSizeF size = probe.pageSize(page);
        const bool landscape = size.width() > size.height();
        QCOMPARE(qRound(qMin(size.width(), size.height())), 210);
        QCOMPARE(qRound(qMax(size.width(), size.height())), 297);
        QCOMPARE(landscape, !administrative);
        QList<PdfProbe::Word> top;
        for (const PdfProbe::Word& word : probe.words(page)) {
            // Left margin 30 mm, right 15 mm (the pre-printed blank's own positions excepted).
            if (file != QStringLiteral("giay_khen_phoi.json")) {
                QVERIFY2(word.box.left() >= 30 - 0.3,
                    qPrintable(QStringLiteral("%1 at %2 mm, page %3").arg(word.text).arg(word.box.left()).arg(page)));
                QVERIFY2(word.box.right() <= size.width() - 15 + 0.3, qPrintable(word.text));
            }
            if (word.box.bottom() < 20)
                top << word;
        }
        // Page numbers: none on the first page of a document or appendix, centred in the top margin after it.
        const int number = pages.pages[page - 1].number;
        if (number == 1 || !administrative) {
            QVERIFY2(top.isEmpty(), qPrintable(QStringLiteral("page %1").arg(page)));
        } else {
            QCOMPARE(top.size(), 1);
            QCOMPARE(top.constFirst().text, QString::number(number));
            QVERIFY(qAbs(top.constFirst().box.center().x() - (30 + size.width() - 15) / 2) < 1.0);
        }
    }
    if (title.isEmpty())
        return;
    // The title (tên loại) is centred between the margins.
    const QString firstWord = title.section(QLatin1Char(' '), 0, 0);
    const auto found = probe.find(firstWord, 1);
    QVERIFY2(!found.isEmpty(), qPrintable(title));
    const PdfProbe::Word& word = found.constFirst();
    QCOMPARE(probe.lineAt(1, word.box.center().y(), 0.8), title);
    QList<PdfProbe::Word> line;
    for (const PdfProbe::Word& w : probe.words(1)) {
        if (qAbs(w.box.center().y() - word.box.center().y()) < 0.8)
            line << w;
    }
    double left = 1e9, right = 0;
    for (const PdfProbe::Word& w : line) {
        left = qMin(left, w.box.left());
        right = qMax(right, w.box.right());
    }
    const double centre = (30 + probe.pageSize(1).width() - 15) / 2;
    QVERIFY2(qAbs((left + right) / 2 - centre) < 1.0, qPrintable(QString::number((left + right) / 2)));

    // The same documents as DOCX: a package whose document part has the title.
    if (!rendered.output.documents.isEmpty()) {
        const auto docx = DocxWriter::write(rendered.output.documents);
        QVERIFY(docx.ok());
        const auto entries = ZipArchive::read(*docx);
        QVERIFY(entries.ok());
        bool hasTitle = false;
        for (const auto& entry : *entries)
            hasTitle = hasTitle
                || (entry.first == QStringLiteral("word/document.xml")
                    && QString::fromUtf8(entry.second).contains(title));
        QVERIFY(hasTitle);
    }
}

void TestDocumentKinds::proposal()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("to_trinh.json"), &rendered));
    const QString text = rendered.probe.layoutText();
    QCOMPARE(rendered.output.numbers.size(), 1);
    QCOMPARE(rendered.output.numbers.constFirst().symbol, QStringLiteral("01/TTr-NK"));
    // Dated 10/9/2025: cites Nghị định 152/2025, not 98/2023, which expired on 01/7/2025.
    QVERIFY(text.contains(QStringLiteral("Căn cứ Nghị định số 152/2025/NĐ-CP")));
    QVERIFY(!text.contains(QStringLiteral("98/2023")));
    const QStringList order = { QStringLiteral("Số: 01/TTr-NK"),
        QStringLiteral("TỜ TRÌNH"),
        QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"),
        QStringLiteral("Căn cứ Luật Thi đua"),
        QStringLiteral("Căn cứ Biên bản số 02/BB-HĐTĐKT"),
        QStringLiteral("Kính trình"),
        QStringLiteral("HIỆU TRƯỞNG"),
        QStringLiteral("Phụ lục"),
        QStringLiteral("(Kèm theo Tờ trình số 01/TTr-NK ngày 10 tháng 9 năm 2025"),
        QStringLiteral("I. TẬP THỂ"),
        QStringLiteral("Tổ Toán - Tin học"),
        QStringLiteral("II. CÁ NHÂN"),
        QStringLiteral("Lê Thị Thuỷ") };
    qsizetype at = 0;
    for (const QString& piece : order) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(piece));
        at = found;
    }
    // The last căn cứ ends with ".", the others with ";"; the body ends with "./.".
    const QString flat = text.simplified();
    QVERIFY(flat.contains(QStringLiteral("Nguyễn Khuyến. Thực hiện")));
    QVERIFY(flat.contains(QStringLiteral("quyết định./.")));
    // "Số" and the date on one line; the date centred under the quốc hiệu.
    const auto so = rendered.probe.find(QStringLiteral("Số:"), 1);
    QCOMPARE(so.size(), 1);
    QVERIFY(rendered.probe.lineAt(1, so.constFirst().box.center().y())
                .endsWith(QStringLiteral("Thành phố Hồ Chí Minh, ngày 10 tháng 9 năm 2025")));
}

void TestDocumentKinds::minutes()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("bien_ban.json"), &rendered));
    const PdfProbe& probe = rendered.probe;
    QCOMPARE(rendered.output.numbers.constFirst().symbol, QStringLiteral("02/BB-HĐTĐKT"));
    QCOMPARE(rendered.output.numbers.constFirst().issuer, RegisterIssuer::Council);
    // Mẫu 1.9: no date line above the title; the date is in the body.
    const QString text = probe.layoutText();
    QVERIFY(text.indexOf(QStringLiteral("ngày")) > text.indexOf(QStringLiteral("BIÊN BẢN")));
    QVERIFY(text.contains(QStringLiteral("14 giờ 00 phút, ngày 08 tháng 9 năm 2025")));
    QVERIFY(text.contains(QStringLiteral("87,5 %"))); // 7 of 8
    QVERIFY(text.contains(QStringLiteral("Không")));
    // The secretary signs on the left, the chair on the right, their names on one line.
    const int last = probe.pageCount();
    const auto secretary = probe.find(QStringLiteral("THƯ"), last);
    const auto chair = probe.find(QStringLiteral("TỌA"), last);
    QCOMPARE(secretary.size(), 1);
    QCOMPARE(chair.size(), 1);
    QVERIFY(secretary.constFirst().box.right() < 112.5);
    QVERIFY(chair.constFirst().box.left() > 112.5);
    const auto secretaryName = probe.find(QStringLiteral("Ánh"), last);
    const auto chairName = probe.find(QStringLiteral("Hùng"), last);
    QVERIFY(!secretaryName.isEmpty() && !chairName.isEmpty());
    QVERIFY(qAbs(secretaryName.constLast().box.center().y() - chairName.constLast().box.center().y()) < 0.5);
    QVERIFY(text.indexOf(QStringLiteral("Nơi nhận:"))
        > text.indexOf(QStringLiteral("Phạm Văn Hùng"), text.indexOf(QStringLiteral("TỌA"))));
}

void TestDocumentKinds::decision()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("quyet_dinh.json"), &rendered));
    const QString text = rendered.probe.layoutText();
    QCOMPARE(rendered.output.numbers.constFirst().symbol, QStringLiteral("45/QĐ-MNgS"));
    // Dated 26/5/2025: Nghị định 98/2023 was still in force.
    QVERIFY(text.contains(QStringLiteral("Căn cứ Nghị định số 98/2023/NĐ-CP")));
    QVERIFY(!text.contains(QStringLiteral("152/2025")));
    const QStringList order = { QStringLiteral("QUYẾT ĐỊNH"),
        QStringLiteral("HIỆU TRƯỞNG TRƯỜNG MN HƯƠNG SEN"),
        QStringLiteral("Căn cứ Luật"),
        QStringLiteral("Căn cứ Kế hoạch số 27/KH-MNgS"),
        QStringLiteral("Xét đề nghị"),
        QStringLiteral("QUYẾT ĐỊNH:"),
        QStringLiteral("Điều 1."),
        QStringLiteral("Điều 2."),
        QStringLiteral("702.000 đồng"),
        QStringLiteral("Điều 3."),
        QStringLiteral("- Như Điều 3;"),
        QStringLiteral("Ngô Thị Kim Chi"),
        QStringLiteral("(Kèm theo Quyết định số 45/QĐ-MNgS ngày 26 tháng 5 năm 2025") };
    qsizetype at = 0;
    for (const QString& piece : order) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(piece));
        at = found;
    }
}

void TestDocumentKinds::individualReport()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("bao_cao_thanh_tich_ca_nhan.json"), &rendered));
    QVERIFY(rendered.output.numbers.isEmpty()); // a báo cáo thành tích takes no number
    const QString text = rendered.probe.layoutText();
    QVERIFY(!text.contains(QStringLiteral("Số:")));
    QVERIFY(text.contains(QStringLiteral("ĐỀ NGHỊ TẶNG BẰNG KHEN")));
    for (const char* heading :
        { "I. SƠ LƯỢC LÝ LỊCH", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" })
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(text.contains(QStringLiteral("NGƯỜI BÁO CÁO THÀNH TÍCH")));
    // The quốc hiệu is centred on the page when there is no issuer column.
    const auto national = rendered.probe.find(QStringLiteral("CỘNG"), 1);
    const auto nam = rendered.probe.find(QStringLiteral("NAM"), 1);
    QVERIFY(!national.isEmpty() && !nam.isEmpty());
    QVERIFY(qAbs((national.constFirst().box.left() + nam.constFirst().box.right()) / 2 - 112.5) < 1.0);
}

void TestDocumentKinds::collectiveReport()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("bao_cao_thanh_tich_tap_the.json"), &rendered));
    const QString text = rendered.probe.layoutText();
    QVERIFY(text.contains(QStringLiteral("TỔ TOÁN - TIN HỌC")));
    QVERIFY(text.contains(QStringLiteral("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")));
    QVERIFY(text.contains(QStringLiteral("Tổ chuyên môn học tập")));
    QVERIFY(text.contains(QStringLiteral("Trần Minh Đức")));
    // Issue 13, point 8: no award yet is written "Không.", not an empty bordered row; figures of the described table
    // are centred under their headings, as in the program's own tables.
    const qsizetype awards = text.indexOf(QStringLiteral("2. Hình thức khen thưởng"));
    QVERIFY(awards >= 0);
    QVERIFY2(text.mid(awards).simplified().startsWith(QStringLiteral("2. Hình thức khen thưởng Không.")),
        qPrintable(text.mid(awards, 80)));
    auto centre = [&](const QString& word) {
        const auto found = rendered.probe.find(word);
        return found.isEmpty() ? -1.0 : found.constFirst().box.center().x();
    };
    QVERIFY(qAbs(centre(QStringLiteral("STT")) - centre(QStringLiteral("1"))) < 1.0);
    QVERIFY(qAbs(centre(QStringLiteral("95%")) - (centre(QStringLiteral("Kế")) + centre(QStringLiteral("hoạch"))) / 2)
        < 3.0);
}

void TestDocumentKinds::plainCertificate()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("giay_khen.json"), &rendered));
    QCOMPARE(rendered.probe.pageCount(), 2); // one sheet per recipient
    QVERIFY(rendered.probe.pageTexts().value(0).contains(QStringLiteral("Đỗ Thị Thu Hà")));
    QVERIFY(rendered.probe.pageTexts().value(1).contains(QStringLiteral("Bùi Văn Lộc")));
    QVERIFY(rendered.probe.layoutText().contains(QStringLiteral("Quyết định số 45/QĐ-MNgS ngày 26/5/2025")));
    // Issue 13, point 9: the date line stands apart from "HIỆU TRƯỞNG", and the sheet is filled top to bottom (the
    // content centred between the margins, 20 mm each), not its lower third left empty.
    const auto date = rendered.probe.find(QStringLiteral("tháng"), 1);
    const auto title = rendered.probe.find(QStringLiteral("HIỆU"), 1);
    QVERIFY(!date.isEmpty() && !title.isEmpty());
    const double gap = title.constLast().box.top() - date.constLast().box.bottom();
    QVERIFY2(gap >= 1.5, qPrintable(QString::number(gap)));
    double top = 1000, bottom = 0;
    for (const auto& word : rendered.probe.words(1)) {
        top = qMin(top, word.box.top());
        bottom = qMax(bottom, word.box.bottom());
    }
    QVERIFY2(qAbs((top - 20) - (190 - bottom)) < 5, qPrintable(QStringLiteral("%1 %2").arg(top).arg(bottom)));
}

void TestDocumentKinds::preprintedCertificate()
{
    Rendered rendered;
    QVERIFY(render(QStringLiteral("giay_khen_phoi.json"), &rendered));
    QVERIFY(rendered.output.documents.isEmpty());
    // Only the variable fields, where the default layout puts them.
    const QString text = rendered.probe.layoutText();
    QVERIFY(!text.contains(QStringLiteral("CỘNG HÒA")));
    const CertificateField name = CertificateLayout::defaults().field(QStringLiteral("name"));
    const auto words = rendered.probe.find(QStringLiteral("Đỗ"), 1);
    QCOMPARE(words.size(), 1);
    QVERIFY2(
        qAbs(words.constFirst().box.top() - name.yMm) < 3.0, qPrintable(QString::number(words.constFirst().box.top())));
    QVERIFY(words.constFirst().box.left() > name.xMm);
    const auto date = rendered.probe.find(QStringLiteral("Vấp,"), 1);
    QCOMPARE(date.size(), 1);
    QVERIFY(date.constFirst().box.left() > CertificateLayout::defaults().field(QStringLiteral("place_date")).xMm);
}

QTEST_MAIN(TestDocumentKinds)
#include "TestDocumentKinds.moc"
