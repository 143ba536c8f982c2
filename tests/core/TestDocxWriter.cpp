// The DOCX writer, checked structurally: a valid package, its parts and relationships, styles, fonts, margins,
// headers with the first page different, tables with repeated header rows.
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/ZipArchive.h"
#include "tests/support/SampleDocuments.h"

#include <QDomDocument>
#include <QFile>
#include <QTest>

using namespace thidua;
using thidua::test::SampleDocuments;

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QList<QDomElement> elements(const QDomNode& root, const QString& localName)
{
    QList<QDomElement> found;
    const QDomNodeList nodes = root.toDocument().isNull() ? root.toElement().elementsByTagNameNS(W, localName)
                                                          : root.toDocument().elementsByTagNameNS(W, localName);
    for (int i = 0; i < nodes.size(); ++i)
        found << nodes.at(i).toElement();
    return found;
}

QString wAttr(const QDomElement& element, const QString& name)
{
    return element.attributeNS(W, name);
}

// The text of each non-empty paragraph under `root`, as written: <w:br/> as '\n', <w:noBreakHyphen/> as U+2011.
QStringList paragraphTexts(const QDomNode& root)
{
    QStringList texts;
    for (const QDomElement& paragraph : elements(root, QStringLiteral("p"))) {
        QString text;
        for (const QDomElement& run : elements(paragraph, QStringLiteral("r"))) {
            for (QDomElement child = run.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
                if (child.localName() == QStringLiteral("t"))
                    text += child.text();
                else if (child.localName() == QStringLiteral("br"))
                    text += QLatin1Char('\n');
                else if (child.localName() == QStringLiteral("noBreakHyphen"))
                    text += QChar(0x2011);
            }
        }
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

// What a reader sees: non-breaking spaces and hyphens as the plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x2011), QLatin1Char('-'));
}

} // namespace

class TestDocxWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void package();
    void xmlWellFormed();
    void stylesAndFonts();
    void sections_data();
    void sections();
    void headers();
    void headerTableWithoutBorders();
    void tables();
    void text();
    void controlCharactersDropped();
    void lineBreaksAsTheLayoutDecides();
    void centredOnPage();
    void bundle();

private:
    QDomDocument part(const QString& name) const;
    QMap<QString, QByteArray> m_parts;
    QStringList m_order;
};

QDomDocument TestDocxWriter::part(const QString& name) const
{
    QDomDocument document;
    document.setContent(m_parts.value(name), true);
    return document;
}

void TestDocxWriter::initTestCase()
{
    const auto bytes = DocxWriter::write({ SampleDocuments::proposal(10, 12) });
    QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
    QVERIFY(bytes->startsWith("PK\x03\x04"));
    if (const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT"); !keep.isEmpty()) {
        QFile file(keep + QStringLiteral("/sample-proposal.docx"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
    }
    const auto entries = ZipArchive::read(*bytes);
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().message));
    for (const auto& entry : *entries) {
        m_parts.insert(entry.first, entry.second);
        m_order << entry.first;
    }
}

void TestDocxWriter::package()
{
    QCOMPARE(m_order.value(0), QStringLiteral("[Content_Types].xml"));
    for (const char* name : { "_rels/.rels",
             "word/document.xml",
             "word/_rels/document.xml.rels",
             "word/styles.xml",
             "word/settings.xml",
             "word/fontTable.xml",
             "word/header1.xml",
             "word/header2.xml",
             "docProps/core.xml",
             "docProps/app.xml" })
        QVERIFY2(m_parts.contains(QLatin1String(name)), name);
    // Every part has a content type, every relationship target exists.
    const QString types = QString::fromUtf8(m_parts.value(QStringLiteral("[Content_Types].xml")));
    for (const QString& name : std::as_const(m_order)) {
        if (name.endsWith(QStringLiteral(".rels")) || name == QStringLiteral("[Content_Types].xml"))
            continue;
        QVERIFY2(types.contains(QStringLiteral("PartName=\"/%1\"").arg(name)), qPrintable(name));
    }
    QVERIFY(types.contains(DocxWriter::MainContentType));
    QDomDocument rels;
    QVERIFY(rels.setContent(m_parts.value(QStringLiteral("word/_rels/document.xml.rels"))));
    const QDomNodeList list = rels.elementsByTagName(QStringLiteral("Relationship"));
    QCOMPARE(list.size(), 5);
    for (int i = 0; i < list.size(); ++i) {
        const QString target = list.at(i).toElement().attribute(QStringLiteral("Target"));
        QVERIFY2(m_parts.contains(QStringLiteral("word/") + target), qPrintable(target));
    }
}

void TestDocxWriter::xmlWellFormed()
{
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        QDomDocument document;
        const auto parsed = document.setContent(it.value(), true);
        QVERIFY2(parsed, qPrintable(it.key()));
    }
}

void TestDocxWriter::stylesAndFonts()
{
    const QDomDocument styles = part(QStringLiteral("word/styles.xml"));
    const auto fonts = elements(styles, QStringLiteral("rFonts"));
    QCOMPARE(fonts.size(), 1); // in docDefaults, inherited by everything
    QCOMPARE(wAttr(fonts.constFirst(), QStringLiteral("ascii")), QStringLiteral("Times New Roman"));
    QCOMPARE(wAttr(fonts.constFirst(), QStringLiteral("hAnsi")), QStringLiteral("Times New Roman"));
    QStringList ids;
    for (const QDomElement& style : elements(styles, QStringLiteral("style")))
        ids << wAttr(style, QStringLiteral("styleId"));
    for (const char* id : { "Normal", "ThiDuaBody", "ThiDuaHeading1", "ThiDuaBasis", "ThiDuaPlain" })
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    // The body style: justified, first line indented 1.27 cm (720 twips), 6 pt (120 twips) after, 14 pt.
    for (const QDomElement& style : elements(styles, QStringLiteral("style"))) {
        if (wAttr(style, QStringLiteral("styleId")) != QStringLiteral("ThiDuaBody"))
            continue;
        QCOMPARE(wAttr(elements(style, QStringLiteral("jc")).value(0), QStringLiteral("val")), QStringLiteral("both"));
        QCOMPARE(
            wAttr(elements(style, QStringLiteral("ind")).value(0), QStringLiteral("firstLine")), QStringLiteral("720"));
        QCOMPARE(
            wAttr(elements(style, QStringLiteral("spacing")).value(0), QStringLiteral("after")), QStringLiteral("120"));
        QCOMPARE(wAttr(elements(style, QStringLiteral("sz")).value(0), QStringLiteral("val")), QStringLiteral("28"));
    }
    const QString fontTable = QString::fromUtf8(m_parts.value(QStringLiteral("word/fontTable.xml")));
    QVERIFY(fontTable.contains(QStringLiteral("w:name=\"Times New Roman\"")));
}

void TestDocxWriter::sections_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("main document") << 0;
    QTest::newRow("appendix") << 1;
}

void TestDocxWriter::sections()
{
    QFETCH(int, index);
    const QDomDocument document = part(QStringLiteral("word/document.xml"));
    const auto sections = elements(document, QStringLiteral("sectPr"));
    QCOMPARE(sections.size(), 2); // the document, its appendix
    const QDomElement section = sections[index];
    const QDomElement size = elements(section, QStringLiteral("pgSz")).value(0);
    QCOMPARE(wAttr(size, QStringLiteral("w")), QStringLiteral("11906")); // 210 mm
    QCOMPARE(wAttr(size, QStringLiteral("h")), QStringLiteral("16838")); // 297 mm
    const QDomElement margins = elements(section, QStringLiteral("pgMar")).value(0);
    QCOMPARE(wAttr(margins, QStringLiteral("top")), QStringLiteral("1134")); // 20 mm
    QCOMPARE(wAttr(margins, QStringLiteral("bottom")), QStringLiteral("1134"));
    QCOMPARE(wAttr(margins, QStringLiteral("left")), QStringLiteral("1701")); // 30 mm
    QCOMPARE(wAttr(margins, QStringLiteral("right")), QStringLiteral("850")); // 15 mm
    QCOMPARE(elements(section, QStringLiteral("titlePg")).size(), 1);
    QCOMPARE(
        wAttr(elements(section, QStringLiteral("pgNumType")).value(0), QStringLiteral("start")), QStringLiteral("1"));
    QStringList types;
    for (const QDomElement& reference : elements(section, QStringLiteral("headerReference")))
        types << wAttr(reference, QStringLiteral("type"));
    types.sort();
    QCOMPARE(types, QStringList({ QStringLiteral("default"), QStringLiteral("first") }));
    // The last section closes the body; the others sit in the last paragraph of their section.
    QCOMPARE(section.parentNode().localName(), index == 1 ? QStringLiteral("body") : QStringLiteral("pPr"));
}

void TestDocxWriter::headers()
{
    const QString number = QString::fromUtf8(m_parts.value(QStringLiteral("word/header1.xml")));
    QVERIFY(number.contains(QStringLiteral(" PAGE ")));
    QVERIFY(number.contains(QStringLiteral("w:val=\"center\"")));
    QVERIFY(number.contains(QStringLiteral("w:val=\"26\""))); // 13 pt
    const QDomDocument first = part(QStringLiteral("word/header2.xml"));
    QCOMPARE(elements(first, QStringLiteral("t")).size(), 0);
}

void TestDocxWriter::headerTableWithoutBorders()
{
    const QDomDocument document = part(QStringLiteral("word/document.xml"));
    const QDomElement table = elements(document, QStringLiteral("tbl")).value(0);
    for (const QDomElement& border :
        elements(elements(table, QStringLiteral("tblBorders")).value(0), QStringLiteral("top")))
        QCOMPARE(wAttr(border, QStringLiteral("val")), QStringLiteral("nil"));
    QString text;
    for (const QString& paragraph : paragraphTexts(table))
        text += plain(paragraph) + QLatin1Char('|');
    QVERIFY2(text.startsWith(QStringLiteral("UBND QUẬN GÒ VẤP|TRƯỜNG THPT NGUYỄN KHUYẾN|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                                            "NAM|Độc lập - Tự do - Hạnh phúc|Số: 05/TTr-NK|Gò Vấp, ngày 06 tháng 3 "
                                            "năm 2024|")),
        qPrintable(text));
    // Two rows: names and quốc hiệu, then Số and the date on one line.
    QCOMPARE(elements(table, QStringLiteral("tr")).size(), 2);
}

void TestDocxWriter::tables()
{
    const QDomDocument document = part(QStringLiteral("word/document.xml"));
    int bordered = 0;
    for (const QDomElement& table : elements(document, QStringLiteral("tbl"))) {
        const QDomElement top =
            elements(elements(table, QStringLiteral("tblBorders")).value(0), QStringLiteral("top")).value(0);
        if (wAttr(top, QStringLiteral("val")) != QStringLiteral("single"))
            continue;
        ++bordered;
        const auto rows = elements(table, QStringLiteral("tr"));
        QVERIFY(rows.size() > 1);
        QCOMPARE(elements(rows.constFirst(), QStringLiteral("tblHeader")).size(), 1);
        QCOMPARE(elements(rows.constLast(), QStringLiteral("tblHeader")).size(), 0);
        for (const QDomElement& row : rows)
            QCOMPARE(elements(row, QStringLiteral("cantSplit")).size(), 1);
        QCOMPARE(wAttr(elements(table, QStringLiteral("tblLayout")).value(0), QStringLiteral("type")),
            QStringLiteral("fixed"));
    }
    QCOMPARE(bordered, 2); // in the body and in the appendix
}

void TestDocxWriter::text()
{
    const QDomDocument document = part(QStringLiteral("word/document.xml"));
    QString text;
    for (const QDomElement& t : elements(document, QStringLiteral("t")))
        text += t.text() + QLatin1Char('\n');
    const QStringList order = { QStringLiteral("TỜ TRÌNH"),
        QStringLiteral("Kính gửi: Ủy ban nhân dân quận Gò Vấp"),
        QStringLiteral("Căn cứ Luật Thi đua"),
        QStringLiteral("I. KẾT QUẢ THỰC HIỆN"),
        QStringLiteral("Nơi nhận:"),
        QStringLiteral("- Như trên;"),
        QStringLiteral("- Lưu: VT, HĐTĐKT."),
        QStringLiteral("KT. HIỆU TRƯỞNG"),
        QStringLiteral("Trần Văn Bình"),
        QStringLiteral("Phụ lục"),
        QStringLiteral("DANH SÁCH CÁ NHÂN") };
    qsizetype at = 0;
    for (const QString& piece : order) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(piece));
        at = found;
    }
}

void TestDocxWriter::controlCharactersDropped()
{
    Document document = SampleDocuments::minutes();
    document.body << Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("A") + QChar(0x01) + QStringLiteral("B") + QChar(0x0b) + QStringLiteral(" C")));
    const auto bytes = DocxWriter::write({ document });
    QVERIFY(bytes.ok());
    const auto entries = ZipArchive::read(*bytes);
    QVERIFY(entries.ok());
    for (const auto& entry : *entries) {
        if (entry.first != QStringLiteral("word/document.xml"))
            continue;
        QDomDocument dom;
        QVERIFY(dom.setContent(entry.second, true));
        QVERIFY(QString::fromUtf8(entry.second).contains(QStringLiteral("AB C")));
    }
}

// Issue 13, points 5-7: the header names break where LineBreaks breaks them (explicit <w:br/>), with a gutter before
// the quốc hiệu; school years and numbers get non-breaking spaces and hyphens; a rule stands clear of the text above;
// a table is followed by the paragraph spacing.
void TestDocxWriter::lineBreaksAsTheLayoutDecides()
{
    Document document = SampleDocuments::proposal(2, 2);
    document.header.governingBody = QStringLiteral("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh");
    document.header.number = QStringLiteral("46/TTr-NK");
    document.body.prepend(Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("Thực hiện kế hoạch năm học 2024 - 2025 của nhà trường theo Tờ trình số 46/TTr-NK."))));
    const auto bytes = DocxWriter::write({ document });
    QVERIFY(bytes.ok());
    const auto entries = ZipArchive::read(*bytes);
    QVERIFY(entries.ok());
    QDomDocument dom;
    for (const auto& entry : *entries) {
        if (entry.first == QStringLiteral("word/document.xml"))
            QVERIFY(dom.setContent(entry.second, true));
    }
    const QDomElement header = elements(dom, QStringLiteral("tbl")).value(0);
    const QStringList texts = paragraphTexts(header);
    QCOMPARE(texts.value(0), QStringLiteral("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HỒ CHÍ MINH"));
    QCOMPARE(texts.value(1), QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN"));
    const QChar nbsp(0x00A0), hyphen(0x2011);
    QVERIFY2(texts.contains(QStringLiteral("Số: 46/TTr-NK")), qPrintable(texts.join(QLatin1Char('|'))));
    // The names stop short of the quốc hiệu's cell: a right indent of at least 2 mm (113 twips).
    const QDomElement names = elements(header, QStringLiteral("p")).value(0);
    QVERIFY(wAttr(elements(names, QStringLiteral("ind")).value(0), QStringLiteral("right")).toInt() >= 113);
    const QStringList body = paragraphTexts(dom.documentElement());
    QVERIFY(body.contains(QStringLiteral("Thực hiện kế hoạch năm học 2024") + nbsp + QLatin1Char('-') + nbsp
        + QStringLiteral("2025 của nhà trường theo Tờ trình số") + nbsp + QStringLiteral("46/TTr") + hyphen
        + QStringLiteral("NK.")));
    // Every short rule (an empty paragraph with a top border) stands 3 pt below the text above it.
    int rules = 0;
    for (const QDomElement& border : elements(dom, QStringLiteral("pBdr"))) {
        const QDomElement spacing = elements(border.parentNode(), QStringLiteral("spacing")).value(0);
        QVERIFY(wAttr(spacing, QStringLiteral("before")).toInt() >= 60);
        ++rules;
    }
    QVERIFY(rules >= 3); // issuer, tiêu ngữ, trích yếu
    // After each bordered table, an empty paragraph as tall as the paragraph spacing (6 pt = 120 twips).
    for (const QDomElement& table : elements(dom, QStringLiteral("tbl"))) {
        if (wAttr(elements(table, QStringLiteral("top")).value(0), QStringLiteral("val")) != QStringLiteral("single"))
            continue;
        const QDomElement next = table.nextSiblingElement();
        QCOMPARE(next.localName(), QStringLiteral("p"));
        QCOMPARE(elements(next, QStringLiteral("t")).size(), 0);
        QCOMPARE(wAttr(elements(next, QStringLiteral("spacing")).value(0), QStringLiteral("line")),
            QString::number(qRound(document.page.paragraphSpacingPt * 20)));
    }
}

// Issue 13, point 9: a certificate fills its sheet in DOCX as in the PDF: the space the PDF layouter leaves above it
// (half the free height) comes first, as an empty paragraph of that exact height.
void TestDocxWriter::centredOnPage()
{
    Document document;
    document.kindKey = QStringLiteral("giay_khen");
    document.landscape = true;
    document.centredOnPage = true;
    document.header.showDateLine = false;
    document.body << Block::of(Paragraph::text(Paragraph::Style::CenteredBold, QStringLiteral("GIẤY KHEN")));
    const double shift = DocumentLayouter::verticalCentringMm(document);
    // 170 mm between the margins of a landscape sheet; the quốc hiệu and one line take well under half of it.
    QVERIFY2(shift > 50 && shift < 85, qPrintable(QString::number(shift)));
    const auto bytes = DocxWriter::write({ document });
    QVERIFY(bytes.ok());
    const auto entries = ZipArchive::read(*bytes);
    QVERIFY(entries.ok());
    QDomDocument dom;
    for (const auto& entry : *entries) {
        if (entry.first == QStringLiteral("word/document.xml"))
            QVERIFY(dom.setContent(entry.second, true));
    }
    const QDomElement first = elements(dom, QStringLiteral("body")).value(0).firstChildElement();
    QCOMPARE(first.localName(), QStringLiteral("p"));
    const QDomElement spacing = elements(first, QStringLiteral("spacing")).value(0);
    QCOMPARE(wAttr(spacing, QStringLiteral("lineRule")), QStringLiteral("exact"));
    QVERIFY(qAbs(wAttr(spacing, QStringLiteral("line")).toDouble() - shift * 72 / 25.4 * 20) < 2);
    document.centredOnPage = false;
    QCOMPARE(DocumentLayouter::verticalCentringMm(document), 0.0);
}

void TestDocxWriter::bundle()
{
    // Several documents: one section each (plus their appendices), each numbered from 1.
    const auto bytes =
        DocxWriter::write({ SampleDocuments::minutes(), SampleDocuments::minutes(), SampleDocuments::proposal(2, 2) });
    QVERIFY(bytes.ok());
    const auto entries = ZipArchive::read(*bytes);
    QVERIFY(entries.ok());
    for (const auto& entry : *entries) {
        if (entry.first != QStringLiteral("word/document.xml"))
            continue;
        QDomDocument dom;
        QVERIFY(dom.setContent(entry.second, true));
        QCOMPARE(elements(dom, QStringLiteral("sectPr")).size(), 4);
        QCOMPARE(elements(dom, QStringLiteral("pgNumType")).size(), 4);
    }
}

QTEST_MAIN(TestDocxWriter)
#include "TestDocxWriter.moc"
