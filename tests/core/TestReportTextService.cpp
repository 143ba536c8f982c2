// ReportTextService (issue 17, point 3): the judgement sections of a report period saved NFC and trimmed, a blank
// text removing a section, a text too long refused with the database unchanged, the draft offering the previous
// period's section where this one has none, the missing sections; ReportPeriod's names and parsing.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/reports/ReportTextService.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestReportTextService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void periodNames_data();
    void periodNames();
    void parse_data();
    void parse();
    void sectionKeys();
    void saveCleansAndReplaces();
    void blankRemoves();
    void refused_data();
    void refused();
    void draft_data();
    void draft();
    void missingSections();

private:
    ReportTextService service() const { return ReportTextService(m_db->connection()); }
    QString dump() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestReportTextService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

QString TestReportTextService::dump() const
{
    auto q = Sql::exec(m_db->connection(),
        u"SELECT from_year, to_year, section, body FROM report_text ORDER BY from_year, to_year, section"_s);
    QStringList rows;
    while (q && q->next())
        rows << u"%1|%2|%3|%4"_s.arg(
            q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString());
    return rows.join(u'\n');
}

void TestReportTextService::periodNames_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("previousFrom");
    QTest::addColumn<int>("previousTo");
    QTest::newRow("annual") << 2024 << 2024 << u"2024-2025"_s << 2023 << 2023;
    QTest::newRow("sơ kết") << 2023 << 2024 << u"2023–2025"_s << 2021 << 2022;
    QTest::newRow("tổng kết") << 2023 << 2029 << u"2023–2030"_s << 2016 << 2022;
}

void TestReportTextService::periodNames()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const ReportPeriod period { from, to };
    QTEST(period.name(), "name");
    QTEST(period.previous().fromYear, "previousFrom");
    QTEST(period.previous().toYear, "previousTo");
    QCOMPARE(ReportPeriod::parse(period.name()), period);
}

void TestReportTextService::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from"); // 0: not a period
    QTest::addColumn<int>("to");
    QTest::newRow("school year") << u"2024-2025"_s << 2024 << 2024;
    QTest::newRow("en dash, spaces") << u" 2023 – 2025 "_s << 2023 << 2024;
    QTest::newRow("em dash") << u"2023—2030"_s << 2023 << 2029;
    QTest::newRow("backwards") << u"2025-2023"_s << 0 << 0;
    QTest::newRow("same year") << u"2024-2024"_s << 0 << 0;
    QTest::newRow("one year") << u"2024"_s << 0 << 0;
    QTest::newRow("words") << u"năm nay"_s << 0 << 0;
}

void TestReportTextService::parse()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    const auto period = ReportPeriod::parse(text);
    if (from == 0) {
        QVERIFY(!period);
        return;
    }
    QVERIFY(period);
    QCOMPARE(*period, (ReportPeriod { from, to }));
}

void TestReportTextService::sectionKeys()
{
    QStringList keys;
    QStringList headings;
    for (ReportTextSection s : ReportTextSections::all()) {
        keys << ReportTextSections::key(s);
        headings << ReportTextSections::heading(s);
        QCOMPARE(ReportTextSections::fromKey(ReportTextSections::key(s)), s);
    }
    QCOMPARE(keys, (QStringList { u"noi_bat"_s, u"ton_tai"_s, u"nguyen_nhan"_s, u"phuong_huong"_s, u"kien_nghi"_s }));
    QCOMPARE(headings,
        (QStringList { u"Kết quả nổi bật"_s,
            u"Tồn tại, hạn chế"_s,
            u"Nguyên nhân"_s,
            u"Phương hướng, nhiệm vụ"_s,
            u"Đề xuất, kiến nghị"_s }));
    QVERIFY(!ReportTextSections::fromKey(u"ket_luan"_s));
}

void TestReportTextService::saveCleansAndReplaces()
{
    // NFD in, NFC stored; blank lines at both ends and trailing spaces removed, inner lines kept.
    const QString nfd = u"\n  Tie\u0302\u0301p tu\u0323c  \n- Mô hình mới   \n\n"_s;
    QVERIFY(service().save(ReportPeriod::annual(2024), ReportTextSection::Directions, nfd));
    QCOMPARE(dump(), u"2024|2024|phuong_huong|Tiếp tục\n- Mô hình mới"_s);
    QVERIFY(service().save(ReportPeriod::annual(2024), ReportTextSection::Directions, u"Khác"_s));
    QVERIFY(service().save(ReportPeriod::annual(2024), ReportTextSection::Highlights, u"Nổi bật"_s));
    auto texts = service().texts(ReportPeriod::annual(2024));
    QVERIFY(texts.ok());
    QCOMPARE(texts->size(), 2);
    QCOMPARE(texts->at(0).section, ReportTextSection::Highlights); // printed order, not key order
    QCOMPARE(texts->at(1).body, u"Khác"_s);
    QVERIFY(texts->at(1).updatedAt.isValid());
    QVERIFY(!texts->at(1).offered);
}

void TestReportTextService::blankRemoves()
{
    QVERIFY(service().save(ReportPeriod::annual(2024), ReportTextSection::Causes, u"Nguyên nhân"_s));
    QVERIFY(service().save(ReportPeriod::annual(2024), ReportTextSection::Causes, u"  \n \t"_s));
    QCOMPARE(dump(), QString());
}

void TestReportTextService::refused_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    QTest::newRow("too long") << 2024 << 2024 << ReportTextService::MaxChars + 1
                              << u"The section “Tồn tại, hạn chế” of the report 2024-2025 is 20.001 characters long; "
                                 "it may hold at most 20.000."_s;
    QTest::newRow("backwards period") << 2025 << 2024 << 10
                                      << u"The report period 2025–2025 is not a school year or a stage such as "
                                         "2024-2025 or 2023–2025."_s;
}

void TestReportTextService::refused()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, length);
    QVERIFY(service().save(ReportPeriod::annual(2024), ReportTextSection::Shortcomings, u"Cũ"_s));
    const QString before = dump();
    auto saved = service().save(ReportPeriod { from, to }, ReportTextSection::Shortcomings, QString(length, u'a'));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::Validation);
    QTEST(saved.error().message, "message");
    QCOMPARE(dump(), before);
}

void TestReportTextService::draft_data()
{
    // Sections written: "period:key=text", ';'-separated. Expected: one "key=text[*]" per section (* = offered).
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing anywhere") << QString() << u"2024-2025"_s
                                      << u"noi_bat=|ton_tai=|nguyen_nhan=|phuong_huong=|kien_nghi="_s;
    QTest::newRow("last year offered") << u"2023-2024:noi_bat=A;2023-2024:phuong_huong=B;2024-2025:phuong_huong=C"_s
                                       << u"2024-2025"_s
                                       << u"noi_bat=A*|ton_tai=|nguyen_nhan=|phuong_huong=C|kien_nghi="_s;
    QTest::newRow("two years back not offered")
        << u"2022-2023:noi_bat=A"_s << u"2024-2025"_s << u"noi_bat=|ton_tai=|nguyen_nhan=|phuong_huong=|kien_nghi="_s;
    QTest::newRow("stage from the stage before") << u"2021–2023:kien_nghi=K;2023-2024:kien_nghi=X"_s << u"2023–2025"_s
                                                 << u"noi_bat=|ton_tai=|nguyen_nhan=|phuong_huong=|kien_nghi=K*"_s;
    QTest::newRow("the annual report is no stage")
        << u"2023–2025:noi_bat=S"_s << u"2025-2026"_s << u"noi_bat=|ton_tai=|nguyen_nhan=|phuong_huong=|kien_nghi="_s;
}

void TestReportTextService::draft()
{
    QFETCH(QString, written);
    QFETCH(QString, period);
    for (const QString& item : written.split(u';', Qt::SkipEmptyParts)) {
        const QString where = item.section(u':', 0, 0);
        const QString key = item.section(u':', 1).section(u'=', 0, 0);
        const QString text = item.section(u'=', 1);
        QVERIFY(service().save(*ReportPeriod::parse(where), *ReportTextSections::fromKey(key), text));
    }
    const ReportPeriod p = *ReportPeriod::parse(period);
    auto draft = service().draft(p);
    QVERIFY(draft.ok());
    QStringList got;
    for (const ReportText& t : std::as_const(*draft)) {
        QCOMPARE(t.period, p);
        if (t.offered)
            QCOMPARE(t.source, p.previous());
        got << u"%1=%2%3"_s.arg(ReportTextSections::key(t.section), t.body, t.offered ? u"*"_s : QString());
    }
    QTEST(got.join(u'|'), "expected");
}

void TestReportTextService::missingSections()
{
    const ReportPeriod year = ReportPeriod::annual(2024);
    QCOMPARE(*service().missingSections(year), ReportTextSections::all());
    QVERIFY(service().save(ReportPeriod::annual(2023), ReportTextSection::Directions, u"Năm trước"_s));
    QCOMPARE(*service().missingSections(year), ReportTextSections::all()); // an offer is not a written section
    QVERIFY(service().save(year, ReportTextSection::Highlights, u"A"_s));
    QVERIFY(service().save(year, ReportTextSection::Proposals, u"B"_s));
    QCOMPARE(*service().missingSections(year),
        (QList<ReportTextSection> {
            ReportTextSection::Shortcomings, ReportTextSection::Causes, ReportTextSection::Directions }));
}

QTEST_GUILESS_MAIN(TestReportTextService)
#include "TestReportTextService.moc"
