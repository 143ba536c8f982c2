#include "core/documents/LineBreaks.h"

#include <QTest>

using namespace thidua;

// The rule of where a printed line may break (LineBreaks), shared by the PDF layouter and the DOCX writer. The
// expected spans and lines are written by hand.
class TestLineBreaks : public QObject
{
    Q_OBJECT

private slots:
    void keepTogether_data();
    void keepTogether();
    void withNoBreaks();
    void breakName_data();
    void breakName();
};

void TestLineBreaks::keepTogether_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans"); // the text of each span, in order

    QTest::newRow("school year") << QStringLiteral("trong năm học 2024 - 2025 của trường")
                                 << QStringList { QStringLiteral("2024 - 2025") };
    QTest::newRow("years without spaces")
        << QStringLiteral("giai đoạn 2023-2030;") << QStringList { QStringLiteral("2023-2030") };
    QTest::newRow("number line") << QStringLiteral("Số: 46/TTr-NK") << QStringList { QStringLiteral("Số: 46/TTr-NK") };
    QTest::newRow("number in a sentence")
        << QStringLiteral("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ")
        << QStringList { QStringLiteral("số 152/2025/NĐ-CP"), QStringLiteral("ngày 14/6/2025") };
    QTest::newRow("date in words") << QStringLiteral("ngày 08 tháng 9 năm 2025")
                                   << QStringList { QStringLiteral("ngày 08"),
                                          QStringLiteral("tháng 9"),
                                          QStringLiteral("năm 2025") };
    QTest::newRow("year word joins the range")
        << QStringLiteral("năm 2024 - 2025") << QStringList { QStringLiteral("năm 2024 - 2025") };
    QTest::newRow("plain text") << QStringLiteral("Tổ Toán - Tin học, 14 giáo viên") << QStringList {};
    QTest::newRow("shares with their sign") << QStringLiteral("đạt 86,3 % (chỉ tiêu 95 %)")
                                            << QStringList { QStringLiteral("86,3 %"), QStringLiteral("95 %") };
    QTest::newRow("a number alone") << QStringLiteral("đạt 96,5% và 12 học sinh") << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestLineBreaks::keepTogether()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    QStringList found;
    for (const LineBreaks::Span& span : LineBreaks::keepTogether(text))
        found << text.mid(span.start, span.end - span.start);
    QCOMPARE(found, spans);
}

void TestLineBreaks::withNoBreaks()
{
    const QChar nbsp(0x00A0), nbHyphen(0x2011);
    QCOMPARE(LineBreaks::withNoBreaks(QStringLiteral("năm học 2024 - 2025, Số: 46/TTr-NK")),
        QStringLiteral("năm học 2024") + nbsp + QLatin1Char('-') + nbsp + QStringLiteral("2025, Số:") + nbsp
            + QStringLiteral("46/TTr") + nbHyphen + QStringLiteral("NK"));
    QCOMPARE(LineBreaks::withNoBreaks(QStringLiteral("Tổ Toán - Tin học")), QStringLiteral("Tổ Toán - Tin học"));
    QCOMPARE(LineBreaks::withNoBreaks(QStringLiteral("giai đoạn 2023-2030")),
        QStringLiteral("giai đoạn 2023") + nbHyphen + QStringLiteral("2030"));
}

void TestLineBreaks::breakName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("width"); // in characters: the measure counts characters
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("department of a city")
        << QStringLiteral("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH") << 30
        << QStringList { QStringLiteral("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), QStringLiteral("THÀNH PHỐ HỒ CHÍ MINH") };
    QTest::newRow("council") << QStringLiteral("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG") << 25
                             << QStringList { QStringLiteral("HỘI ĐỒNG"), QStringLiteral("THI ĐUA - KHEN THƯỞNG") };
    QTest::newRow("fits on one line") << QStringLiteral("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG") << 40
                                      << QStringList { QStringLiteral("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG") };
    QTest::newRow("province") << QStringLiteral("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU") << 24
                              << QStringList { QStringLiteral("ỦY BAN NHÂN DÂN"),
                                     QStringLiteral("TỈNH BÀ RỊA - VŨNG TÀU") };
    QTest::newRow("phrases share a line")
        << QStringLiteral("UBND QUẬN GÒ VẤP PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") << 26
        << QStringList { QStringLiteral("UBND QUẬN GÒ VẤP"), QStringLiteral("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") };
    QTest::newRow("council of a school") << QStringLiteral("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRƯỜNG THPT NGUYỄN KHUYẾN")
                                         << 32
                                         << QStringList { QStringLiteral("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"),
                                                QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN") };
    QTest::newRow("a long phrase keeps A - B together")
        << QStringLiteral("TỔ CHUYÊN MÔN TOÁN - TIN HỌC VÀ CÔNG NGHỆ") << 20
        << QStringList {
               QStringLiteral("TỔ CHUYÊN MÔN"), QStringLiteral("TOÁN - TIN HỌC VÀ"), QStringLiteral("CÔNG NGHỆ")
           };
    QTest::newRow("lower case is matched too")
        << QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Lâm Đồng") << 25
        << QStringList { QStringLiteral("Sở Giáo dục và Đào tạo"), QStringLiteral("tỉnh Lâm Đồng") };
    QTest::newRow("extra spaces") << QStringLiteral("  TRƯỜNG THPT   NGUYỄN KHUYẾN ") << 40
                                  << QStringList { QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN") };
    QTest::newRow("empty") << QString() << 10 << QStringList {};
}

void TestLineBreaks::breakName()
{
    QFETCH(QString, name);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    const auto measure = [](const QString& text) { return double(text.size()); };
    QCOMPARE(LineBreaks::breakName(name, measure, width), lines);
}

QTEST_GUILESS_MAIN(TestLineBreaks)
#include "TestLineBreaks.moc"
