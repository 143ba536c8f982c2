// The Vietnamese order of people checked against an independent implementation: ICU's "vi" collation called from
// Python (PyICU, tests/tools/people_order_icu.py). The expected lists of the import samples must be in that order
// (TestImportCommand compares the program's output with them), and PersonOrder::sort must agree with it on a list
// built to meet every hard case: tones and their placement, đ, the letters ă â ê ô ơ ư, capitals, names that are
// prefixes of others, the same name with other dates of birth.
#include "core/common/Csv.h"
#include "core/people/PersonOrder.h"
#include "tests/support/RequiredTool.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestPeopleOrderIcu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleListsAreInIcuOrder_data();
    void sampleListsAreInIcuOrder();
    void programOrderAgreesWithIcu();
    void checkerFindsWrongOrder();

private:
    // Runs the checker on CSV text; returns its exit code (0 in order, 1 not) and leaves its output in `output`.
    int check(const QByteArray& csv, QString* output = nullptr) const;
    static QByteArray csvOf(const People& people);
    static People hardCases();

    QString m_python;
    QString m_script = QStringLiteral(THIDUA_SOURCE_DIR "/tests/tools/people_order_icu.py");
};

void TestPeopleOrderIcu::initTestCase()
{
    // Debian's python3 (with python3-icu) may not be the first on the PATH (pyenv): take the first that has PyICU.
    for (const QString& candidate : { u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s) }) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        if (QProcess::execute(candidate, { u"-c"_s, u"import icu"_s }) == 0) {
            m_python = candidate;
            break;
        }
    }
    THIDUA_REQUIRE_TOOL(!m_python.isEmpty(), "python3 with PyICU is not installed (apt-get install python3-icu)");
}

int TestPeopleOrderIcu::check(const QByteArray& csv, QString* output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_python, { m_script, u"check"_s, u"-"_s });
    if (!process.waitForStarted())
        return -1;
    process.write(csv);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray TestPeopleOrderIcu::csvOf(const People& people)
{
    QString text = Csv::record({ u"ho"_s, u"ten_dem"_s, u"ten"_s, u"birth_date"_s });
    for (const Person& p : people)
        text += Csv::record({ p.familyName, p.middleName, p.givenName, p.birthDate.toIso() });
    return text.toUtf8();
}

People TestPeopleOrderIcu::hardCases()
{
    const QStringList family = {
        u"Nguyễn"_s, u"Đặng"_s, u"Dương"_s, u"Lê"_s, u"Lý"_s, u"Ông"_s, u"Ôn"_s, u"Âu"_s, u"Ân"_s, u"Huỳnh"_s
    };
    const QStringList middle = { u"Thị"_s, u"Văn"_s, u""_s, u"Thị Ngọc"_s, u"Đức"_s, u"Minh"_s, u"Ngọc"_s };
    const QStringList given = { u"An"_s,
        u"Anh"_s,
        u"Ánh"_s,
        u"Ân"_s,
        u"Ấn"_s,
        u"Ăn"_s,
        u"Bình"_s,
        u"Dũng"_s,
        u"Đức"_s,
        u"Hoà"_s,
        u"Hòa"_s,
        u"Hoá"_s,
        u"Hoa"_s,
        u"Hoàng"_s,
        u"Thuỷ"_s,
        u"Thủy"_s,
        u"Thuý"_s,
        u"Ơn"_s,
        u"Ông"_s,
        u"Ưng"_s,
        u"Uyên"_s,
        u"Yến"_s,
        u"Ý"_s,
        u"Y"_s,
        u"an"_s,
        u"ĐỨC"_s,
        u"Ðức"_s };
    People people;
    int n = 0;
    for (const QString& g : given) {
        for (int i = 0; i < 9; ++i, ++n) {
            Person p;
            p.givenName = g;
            p.middleName = middle[(n * 3 + i) % middle.size()];
            p.familyName = family[(n * 7 + i * 3) % family.size()];
            p.birthDate = i % 4 == 0
                ? PartialDate::yearOnly(1980 + n % 5)
                : PartialDate::fromIso(QStringLiteral("19%1-0%2-1%3").arg(80 + n % 5).arg(1 + i % 9).arg(i % 10));
            people.append(p);
        }
    }
    // Reverse so that the sort has work to do.
    std::reverse(people.begin(), people.end());
    return people;
}

void TestPeopleOrderIcu::sampleListsAreInIcuOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("staff") << u"expected_staff.csv"_s;
    QTest::newRow("students") << u"expected_students.csv"_s;
}

void TestPeopleOrderIcu::sampleListsAreInIcuOrder()
{
    QFETCH(QString, file);
    QFile list(QStringLiteral(THIDUA_TEST_DATA "/import/") + file);
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QByteArray csv = list.readAll();
    QVERIFY(csv.count('\n') > 10);
    QString output;
    QCOMPARE(check(csv, &output), 0);
    QVERIFY2(output.contains(u", 0 pairs out of order"_s), qPrintable(output));
}

void TestPeopleOrderIcu::programOrderAgreesWithIcu()
{
    People people = hardCases();
    QCOMPARE(people.size(), 27 * 9);
    PersonOrder::sort(people);
    QString output;
    const int result = check(csvOf(people), &output);
    QVERIFY2(result == 0, qPrintable(output));
    QVERIFY2(output.startsWith(u"243 rows, 0 pairs out of order"_s), qPrintable(output));
}

void TestPeopleOrderIcu::checkerFindsWrongOrder()
{
    // Hand-written: "Ân" comes after "Anh" in Vietnamese (a, ă, â are letters of their own), and "Hoà" before "Hoàng".
    auto person = [](const QString& family, const QString& given) {
        Person p;
        p.familyName = family;
        p.givenName = given;
        return p;
    };
    const People right = {
        person(u"Lê"_s, u"Anh"_s), person(u"Lê"_s, u"Ân"_s), person(u"Lê"_s, u"Hoà"_s), person(u"Lê"_s, u"Hoàng"_s)
    };
    QCOMPARE(check(csvOf(right)), 0);
    const People wrong = { person(u"Lê"_s, u"Ân"_s), person(u"Lê"_s, u"Anh"_s) };
    QString output;
    QCOMPARE(check(csvOf(wrong), &output), 1);
    QVERIFY2(output.contains(u"out of order: Lê  Ân"_s), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPeopleOrderIcu)
#include "TestPeopleOrderIcu.moc"
