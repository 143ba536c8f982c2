#include "core/documents/CellAlignment.h"

#include <QTest>

using namespace thidua;

// Issue 13, point 8: cells of a described table whose alignment is not given are centred when they hold a figure.
class TestCellAlignment : public QObject
{
    Q_OBJECT

private slots:
    void isFigure_data();
    void isFigure();
};

void TestCellAlignment::isFigure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("figure");
    QTest::newRow("stt") << QStringLiteral("1") << true;
    QTest::newRow("leading zero") << QStringLiteral("01") << true;
    QTest::newRow("percentage") << QStringLiteral("95%") << true;
    QTest::newRow("spaced percentage") << QStringLiteral("96,5 %") << true;
    QTest::newRow("decimal comma") << QStringLiteral("5,0") << true;
    QTest::newRow("thousands") << QStringLiteral("1.250") << true;
    QTest::newRow("school year") << QStringLiteral("2023 - 2024") << true;
    QTest::newRow("fraction") << QStringLiteral("12/15") << true;
    QTest::newRow("padded") << QStringLiteral(" 100% ") << true;
    QTest::newRow("text") << QStringLiteral("Số mô hình học tập của tổ") << false;
    QTest::newRow("number then text") << QStringLiteral("3 giáo viên") << false;
    QTest::newRow("document number") << QStringLiteral("36/QĐ-NK") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCellAlignment::isFigure()
{
    QFETCH(QString, text);
    QFETCH(bool, figure);
    QCOMPARE(CellAlignment::isFigure(text), figure);
    QCOMPARE(CellAlignment::forText(text), figure ? Paragraph::Align::Center : Paragraph::Align::Left);
}

QTEST_GUILESS_MAIN(TestCellAlignment)
#include "TestCellAlignment.moc"
