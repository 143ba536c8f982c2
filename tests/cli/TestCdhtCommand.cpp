// thidua-cli cdht (issue 14, point 7) run as a real process on real files: set one result (what is stored and not
// given again stays), import a list from .xlsx and .csv, the dry run writing nothing, and wrong lists (an unknown
// code, one person twice, a student in a staff list, a word that is not a result) refused with exit 1, each problem
// named as sheet:row:column and the database file unchanged byte for byte.
#include "core/criteria/LearningCitizenService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/PeopleService.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "tests/support/CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

using Run = thidua::test::CliRun;

Run cli(const QStringList& arguments)
{
    return thidua::test::runCli(arguments, u"en"_s);
}

QStringList problemsOf(const Run& run)
{
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty() && lines.constLast().startsWith(u"recorded "_s))
        lines.removeLast();
    return lines;
}

QString summaryOf(const Run& run)
{
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast();
}

// A sheet as a school keeps it: a title on row 1, the header on row 2, the people from row 3.
bool writeXlsx(const QString& path, const QString& title, const QList<QStringList>& rows)
{
    XlsxWriter writer;
    writer.addSheet(u"Lớp 10A1"_s);
    writer.writeText(0, 0, title, true);
    const QStringList header { u"STT"_s, u"Mã"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Kết quả CĐHT"_s, u"Điểm"_s };
    for (int c = 0; c < header.size(); ++c)
        writer.writeText(1, c, header.at(c), true);
    for (int r = 0; r < rows.size(); ++r) {
        writer.writeNumber(r + 2, 0, r + 1);
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString value = rows.at(r).at(c);
            if (c == 4 && !value.isEmpty() && value.at(0).isDigit())
                writer.writeNumber(r + 2, c + 1, value.toDouble()); // a score typed as a number
            else if (!value.isEmpty())
                writer.writeText(r + 2, c + 1, value);
        }
    }
    return writer.save(path).ok();
}

} // namespace

class TestCdhtCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setOne();
    void setRefused_data();
    void setRefused();
    void importXlsx();
    void importCsv();
    void dryRunWritesNothing();
    void wrongLists_data();
    void wrongLists();

private:
    QString dump() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCdhtCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"school.sqlite"_s);
    auto db = Database::open(m_db);
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    QVERIFY(SchoolRepository(c).ensureYear(2024).ok());
    PeopleService people(c);
    struct P
    {
        PersonKind kind;
        QString name;
        QDate birth;
        QString code;
    };
    for (const P& p : { P { PersonKind::Staff, u"Nguyễn Thị Hoà"_s, QDate(1984, 3, 6), u"GV01"_s },
             P { PersonKind::Student, u"Lê Minh Khôi"_s, QDate(2009, 5, 1), u"HS01"_s },
             P { PersonKind::Student, u"Phạm Thu Trang"_s, QDate(2009, 8, 12), QString() },
             P { PersonKind::Student, u"Võ Văn Tú"_s, QDate(2009, 3, 3), u"HS03"_s } }) {
        Person person;
        person.kind = p.kind;
        person.setFullName(p.name);
        person.birthDate = PartialDate(p.birth);
        person.code = p.code;
        QVERIFY(people.add(person, {}).ok());
    }
}

QString TestCdhtCommand::dump() const
{
    auto db = Database::open(m_db);
    if (!db)
        return db.error().message;
    auto q = Sql::exec((*db)->connection(),
        u"SELECT ifnull(p.code, '') || ' ' || p.given_name, r.status, ifnull(r.score, ''), ifnull(r.assessed_on, ''), "
        "r.note FROM cdht_result r JOIN person p ON p.id = r.person_id ORDER BY p.id"_s);
    QStringList out;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << q->value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

void TestCdhtCommand::setOne()
{
    Run run = cli({ u"--db"_s,
        m_db,
        u"cdht"_s,
        u"set"_s,
        u"GV01"_s,
        u"dat"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--score"_s,
        u"88"_s,
        u"--date"_s,
        u"15/05/2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), u"Nguyễn Thị Hoà (GV01): Passed."_s);
    QCOMPARE(dump(), u"GV01 Hoà|dat|88|2025-05-15|"_s);
    // Another result: the score and date stay unless given again.
    run = cli({ u"--db"_s, m_db, u"cdht"_s, u"set"_s, u"gv01"_s, u"khong-dat"_s, u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(dump(), u"GV01 Hoà|khong_dat|88|2025-05-15|"_s);
    run = cli({ u"--db"_s, m_db, u"cdht"_s, u"set"_s, u"GV01"_s, u"chua"_s, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(dump(), u"GV01 Hoà|chua|88|2025-05-15|"_s);
}

void TestCdhtCommand::setRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown code") << QStringList { u"HS99"_s, u"dat"_s, u"--year"_s, u"2024-2025"_s } << 1
                                  << u"No one stored has the code HS99."_s;
    QTest::newRow("not a result") << QStringList { u"GV01"_s, u"gioi"_s, u"--year"_s, u"2024-2025"_s } << 2
                                  << u"“gioi” is not a result: use dat, khong-dat or chua."_s;
    QTest::newRow("year not stored") << QStringList { u"GV01"_s, u"dat"_s, u"--year"_s, u"2030-2031"_s } << 1
                                     << u"The school has no school year 2030-2031; add it first."_s;
    QTest::newRow("no year") << QStringList { u"GV01"_s, u"dat"_s } << 2
                             << u"--year is required (for example --year 2024-2025)."_s;
    QTest::newRow("score 101") << QStringList {
        u"GV01"_s, u"dat"_s, u"--year"_s, u"2024-2025"_s, u"--score"_s, u"101"_s
    } << 2 << u"--score must be a whole number from 0 to 100, not “101”."_s;
    QTest::newRow("date of assessment in the future")
        << QStringList { u"GV01"_s, u"dat"_s, u"--year"_s, u"2024-2025"_s, u"--date"_s, u"01/01/2099"_s } << 1
        << u"is in the future"_s;
}

void TestCdhtCommand::setRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = thidua::test::fileHash(m_db);
    const Run run = cli(QStringList { u"--db"_s, m_db, u"cdht"_s, u"set"_s } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(thidua::test::fileHash(m_db), before);
}

void TestCdhtCommand::importXlsx()
{
    const QString file = m_dir->filePath(u"cdht_10a1.xlsx"_s);
    QVERIFY(writeXlsx(file,
        u"DANH SÁCH HỌC SINH ĐẠT DANH HIỆU CÔNG DÂN HỌC TẬP"_s,
        { { u"HS01"_s, u"Lê Minh Khôi"_s, u"01/05/2009"_s, u"Đạt"_s, u"85"_s },
            { QString(), u"Phạm Thu Trang"_s, u"12/08/2009"_s, u"Không đạt"_s, u"64"_s },
            { u"HS03"_s, u"Võ Văn Tú"_s, u"03/03/2009"_s, u"x"_s } }));
    const Run run = cli({ u"--db"_s, m_db, u"cdht"_s, u"import"_s, file, u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(problemsOf(run), QStringList());
    QCOMPARE(summaryOf(run), u"recorded 3, unchanged 0, skipped 0, errors 0"_s);
    QCOMPARE(dump(), u"HS01 Khôi|dat|85||\n Trang|khong_dat|64||\nHS03 Tú|dat|||"_s);
    // Again: nothing changes.
    const Run again = cli({ u"--db"_s, m_db, u"cdht"_s, u"import"_s, file, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(summaryOf(again), u"recorded 0, unchanged 3, skipped 0, errors 0"_s);
}

void TestCdhtCommand::importCsv()
{
    const QString file = m_dir->filePath(u"ket_qua_gv.csv"_s);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(u"Mã cán bộ,Họ và tên,Ngày sinh,Kết quả,Ngày đánh giá,Ghi chú\r\n"
              "GV01,Nguyễn Thị Hoà,06/03/1984,đạt,20/05/2025,Đã nộp minh chứng\r\n"_s.toUtf8());
    csv.close();
    const Run run = cli({ u"--db"_s, m_db, u"cdht"_s, u"import"_s, file, u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(summaryOf(run), u"recorded 1, unchanged 0, skipped 0, errors 0"_s);
    QCOMPARE(dump(), u"GV01 Hoà|dat||2025-05-20|Đã nộp minh chứng"_s);
}

void TestCdhtCommand::dryRunWritesNothing()
{
    const QString file = m_dir->filePath(u"cdht.xlsx"_s);
    QVERIFY(writeXlsx(file, u"DANH SÁCH HỌC SINH"_s, { { u"HS01"_s, u"Lê Minh Khôi"_s, u"01/05/2009"_s, u"Đạt"_s } }));
    const QByteArray before = thidua::test::fileHash(m_db);
    const Run run = cli({ u"--db"_s, m_db, u"cdht"_s, u"import"_s, file, u"--year"_s, u"2024-2025"_s, u"--dry-run"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(summaryOf(run), u"recorded 1, unchanged 0, skipped 0, errors 0"_s);
    QVERIFY(run.err.contains(u"Dry run: nothing was written."_s));
    QCOMPARE(thidua::test::fileHash(m_db), before);
}

void TestCdhtCommand::wrongLists_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QStringList>("problems");
    const QStringList khoi { u"HS01"_s, u"Lê Minh Khôi"_s, u"01/05/2009"_s, u"Đạt"_s };
    QTest::newRow("unknown code, one person twice, a bad word")
        << u"DANH SÁCH HỌC SINH LỚP 10A1"_s
        << QList<QStringList> { khoi,
               { u"HS77"_s, u"Đỗ Văn Lạ"_s, u"02/02/2009"_s, u"Đạt"_s },
               { u"hs01"_s, u"Lê Minh Khôi"_s, u"01/05/2009"_s, u"Không đạt"_s },
               { u"HS03"_s, u"Võ Văn Tú"_s, u"03/03/2009"_s, u"Xuất sắc"_s } }
        << QStringList { u"Lớp 10A1:4:2: No one stored has the code HS77."_s,
               u"Lớp 10A1:5:3: Lê Minh Khôi is also on row Lớp 10A1:3: the same person twice."_s,
               u"Lớp 10A1:6:5: “Xuất sắc” is not a result: write đạt, không đạt or chưa đánh giá (or đ, k, c)."_s };
    QTest::newRow("a student in a staff list")
        << u"DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN ĐẠT CÔNG DÂN HỌC TẬP"_s
        << QList<QStringList> { { u"GV01"_s, u"Nguyễn Thị Hoà"_s, u"06/03/1984"_s, u"Đạt"_s }, khoi }
        << QStringList {
               u"Lớp 10A1:4:2: The code HS01 already belongs to Lê Minh Khôi, who is not a member of staff."_s
           };
}

void TestCdhtCommand::wrongLists()
{
    QFETCH(QString, title);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QStringList, problems);
    // Something stored already, which the refused import must leave as it is.
    QCOMPARE(
        cli({ u"--db"_s, m_db, u"cdht"_s, u"set"_s, u"HS03"_s, u"khong-dat"_s, u"--year"_s, u"2024-2025"_s }).exitCode,
        0);
    const QString file = m_dir->filePath(u"wrong.xlsx"_s);
    QVERIFY(writeXlsx(file, title, rows));
    const QByteArray before = thidua::test::fileHash(m_db);
    const Run run = cli({ u"--db"_s, m_db, u"cdht"_s, u"import"_s, file, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(problemsOf(run), problems);
    QCOMPARE(summaryOf(run), u"recorded 0, unchanged 0, skipped %1, errors %2"_s.arg(rows.size()).arg(problems.size()));
    QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
    QCOMPARE(thidua::test::fileHash(m_db), before);
    QCOMPARE(dump(), u"HS03 Tú|khong_dat|||"_s);
}

QTEST_GUILESS_MAIN(TestCdhtCommand)
#include "TestCdhtCommand.moc"
