// The annual report and the stage reviews composed from figures made by hand (core/reports: YearFigures,
// ReportTables, MovementReport): the counts per kind, level and award form, the tables' rows, the charts' values and
// the report's structure, each expected value counted by hand from the small school below.
#include "core/reports/MovementReport.h"
#include "core/reports/ReportTables.h"

#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

using Standing = MovementRoster::Standing;

// A school year with two tổ (Toán: 3 people, 3 đạt; Văn: 4 people, 2 đạt, 1 không đạt, 1 not assessed) and one class
// (10A1: 5 students, 4 đạt). Staff 5 of 7 = 71,4 %, students 4 of 5 = 80,0 %, everybody 9 of 12 = 75,0 %.
YearFigures smallYear(int startYear, int staffRecognised = 5)
{
    YearFigures year;
    year.year = SchoolYear::standard(startYear);
    year.year.id = startYear;
    year.targets.schoolYearId = year.year.id;
    QList<MovementRoster::Member> people;
    int recognisedStaff = 0;
    const auto add = [&](qint64 id, PersonKind kind, Standing standing) {
        MovementRoster::Member member;
        member.personId = id;
        member.kind = kind;
        member.fullName = u"Người %1"_s.arg(id);
        member.sortKey = QByteArray::number(id + 100);
        member.standing = standing;
        people << member;
    };
    for (qint64 id = 1; id <= 7; ++id) {
        const bool recognised = recognisedStaff < staffRecognised && id != 5 && id != 6;
        recognisedStaff += recognised ? 1 : 0;
        add(id,
            PersonKind::Staff,
            recognised ? Standing::Recognised : (id == 6 ? Standing::Unassessed : Standing::NotRecognised));
    }
    for (qint64 id = 8; id <= 12; ++id)
        add(id, PersonKind::Student, id == 12 ? Standing::NotRecognised : Standing::Recognised);
    QList<MovementRoster::Unit> units { { 101, CollectiveKind::SubjectGroup, u"Tổ Toán"_s, 0, {} },
        { 102, CollectiveKind::SubjectGroup, u"Tổ Văn"_s, 0, {} },
        { 201, CollectiveKind::Class, u"10A1"_s, 10, {} } };
    year.roster =
        MovementRoster(year.year.id, QDate(), people, units, { { 1, 2, 3 }, { 4, 5, 6, 7 }, { 8, 9, 10, 11, 12 } });
    year.collectiveNames = { { 101, u"Tổ Toán"_s }, { 102, u"Tổ Văn"_s }, { 201, u"10A1"_s } };
    year.models = { { 1, year.year.id, 101, u"Góc học tập"_s, {}, u"Tốt"_s } };
    Collective withoutModel;
    withoutModel.id = 102;
    withoutModel.name = u"Tổ Văn"_s;
    year.groupsWithoutModel = { withoutModel };
    year.stats = MovementStats::compute(year.roster, year.targets, { { 101, 1 } });
    return year;
}

NominationView nomination(const QString& formKey, const QString& formName, Nomination::State state)
{
    NominationView view;
    view.form.key = formKey;
    view.form.name = formName;
    view.nomination.state = state;
    view.subjectName = u"Người 1"_s;
    return view;
}

Activity activity(Activity::Kind kind, int count, QList<qint64> people = {})
{
    Activity a;
    a.kind = kind;
    a.title = Activity::kindName(kind);
    a.startDate = QDate(2024, 10, 1);
    a.participantCount = count;
    a.participantIds = std::move(people);
    return a;
}

QString texts(const Blocks& blocks)
{
    QStringList lines;
    for (const Block& block : blocks) {
        if (block.kind == Block::Kind::Paragraph)
            lines << block.paragraph.plainText();
        else if (block.kind == Block::Kind::Table)
            lines << u"[table %1 rows]"_s.arg(block.table.rows.size());
        else if (block.kind == Block::Kind::Image)
            lines << u"[chart]"_s;
    }
    return lines.join(u'\n');
}

} // namespace

class TestMovementReport : public QObject
{
    Q_OBJECT

private slots:
    void nominationsPerForm_data();
    void nominationsPerForm();
    void activitiesAndInitiatives();
    void groupTable();
    void perToTableAndChart();
    void trendChart();
    void summary_data();
    void summary();
    void annualStructure();
    void judgementsWrittenAndBlank();
    void stageHasYearByYearTables();
};

void TestMovementReport::nominationsPerForm_data()
{
    QTest::addColumn<QList<int>>("states"); // Nomination::State of each nomination of one form
    QTest::addColumn<QList<int>>("expected"); // proposed, passed, failed, decided
    using S = Nomination::State;
    QTest::newRow("proposed only") << QList<int> { int(S::Proposed), int(S::Reviewed) } << QList<int> { 2, 0, 0, 0 };
    QTest::newRow("voted not yet counted") << QList<int> { int(S::Voted) } << QList<int> { 1, 0, 0, 0 };
    QTest::newRow("passed and failed") << QList<int> { int(S::Passed), int(S::Failed), int(S::Failed) }
                                       << QList<int> { 3, 1, 2, 0 };
    QTest::newRow("further along counts as passed")
        << QList<int> { int(S::Submitted), int(S::Decided), int(S::Awarded) } << QList<int> { 3, 3, 0, 2 };
}

void TestMovementReport::nominationsPerForm()
{
    QFETCH(QList<int>, states);
    QFETCH(QList<int>, expected);
    YearFigures year = smallYear(2024);
    for (int state : states)
        year.nominations << nomination(u"ldtt"_s, u"Lao động tiên tiến"_s, Nomination::State(state));
    year.nominations << nomination(u"gk"_s, u"Giấy khen"_s, Nomination::State::Passed);
    const auto tallies = year.nominationsPerForm();
    QCOMPARE(tallies.size(), 2);
    QCOMPARE(tallies[0].formName, u"Lao động tiên tiến"_s);
    QCOMPARE((QList<int> { tallies[0].proposed, tallies[0].passed, tallies[0].failed, tallies[0].decided }), expected);
    QCOMPARE((QList<int> { tallies[1].proposed, tallies[1].passed, tallies[1].failed, tallies[1].decided }),
        (QList<int> { 1, 1, 0, 0 }));
}

void TestMovementReport::activitiesAndInitiatives()
{
    YearFigures year = smallYear(2024);
    year.activities = { activity(Activity::Kind::Training, 0, { 1, 2, 3 }),
        activity(Activity::Kind::Propaganda, 120),
        activity(Activity::Kind::Training, 40),
        activity(Activity::Kind::Contest, 0) };
    const QList<QPair<Activity::Kind, int>> perKind {
        { Activity::Kind::Propaganda, 1 }, { Activity::Kind::Training, 2 }, { Activity::Kind::Contest, 1 }
    };
    QCOMPARE(year.activitiesPerKind(), perKind);
    QCOMPARE(year.headcount(), 3 + 120 + 40 + 0);

    Initiative recognised;
    recognised.level = Initiative::Level::District;
    recognised.decisionNumber = u"12/QĐ-PGD"_s;
    Initiative pending;
    pending.level = Initiative::Level::Province; // no decision yet: not counted as recognised
    Initiative base = recognised;
    base.level = Initiative::Level::Base;
    year.initiatives = { recognised, pending, base, recognised };
    const QList<QPair<Initiative::Level, int>> perLevel { { Initiative::Level::Base, 1 },
        { Initiative::Level::District, 2 } };
    QCOMPARE(year.initiativesPerLevel(), perLevel);
}

void TestMovementReport::groupTable()
{
    const Table table = ReportTables::learningCitizenGroups(smallYear(2024));
    QCOMPARE(table.rows.size(), 3);
    const auto row = [&table](int i) {
        QStringList cells;
        for (const Table::Cell& cell : table.rows[i])
            cells << cell.text;
        return cells.join(u'|');
    };
    QCOMPARE(row(0), u"Cán bộ, giáo viên, nhân viên|7|5|71,4 %|95 %|Chưa đạt"_s);
    QCOMPARE(row(1), u"Học sinh|5|4|80,0 %|95 %|Chưa đạt"_s);
    QCOMPARE(row(2), u"Toàn trường|12|9|75,0 %|95 %|Chưa đạt"_s);
}

void TestMovementReport::perToTableAndChart()
{
    const YearFigures year = smallYear(2024);
    const Table table = ReportTables::learningCitizenGroupsPerTo(year);
    QCOMPARE(table.rows.size(), 2); // the class is left out
    QCOMPARE(table.rows[0][1].text, u"Tổ Toán"_s);
    QCOMPARE(table.rows[0][4].text, u"100,0 %"_s);
    QCOMPARE(table.rows[0][5].text, u"Đạt"_s);
    QCOMPARE(table.rows[1][4].text, u"50,0 %"_s);
    QCOMPARE(table.rows[1][5].text, u"Chưa đạt"_s);

    MovementReport::Input input;
    input.years = { year };
    const QList<ReportChart> charts = MovementReport::charts(input);
    QCOMPARE(charts.size(), 1); // one year: no trend
    QCOMPARE(charts[0].kind, ReportChart::Kind::Bars);
    QCOMPARE(charts[0].categories, (QStringList { u"Tổ Toán"_s, u"Tổ Văn"_s }));
    QCOMPARE(charts[0].series.size(), 1);
    QCOMPARE(charts[0].series[0].percents, (QList<std::optional<double>> { 100.0, 50.0 }));
    QCOMPARE(charts[0].targetPercent, std::optional<double>(100.0));
}

void TestMovementReport::trendChart()
{
    MovementReport::Input input;
    input.years = { smallYear(2023, 4), smallYear(2024) };
    const QList<ReportChart> charts = MovementReport::charts(input);
    QCOMPARE(charts.size(), 2);
    const ReportChart& trend = charts[1];
    QCOMPARE(trend.kind, ReportChart::Kind::Lines);
    QCOMPARE(trend.categories, (QStringList { u"2023-2024"_s, u"2024-2025"_s }));
    QCOMPARE(trend.series.size(), 3);
    // 2023: staff 4 of 7 = 57,1 % (rounded down), everybody 8 of 12 = 66,6 %.
    QCOMPARE(trend.series[0].name, u"CB-GV-NV"_s);
    QCOMPARE(trend.series[0].percents, (QList<std::optional<double>> { 57.1, 71.4 }));
    QCOMPARE(trend.series[2].percents, (QList<std::optional<double>> { 66.6, 75.0 }));
    QCOMPARE(trend.targetPercent, std::optional<double>(95.0));
}

void TestMovementReport::summary_data()
{
    QTest::addColumn<bool>("stage");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected");
    const QString movement = u"“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời”"_s;
    QTest::newRow("annual") << false << 0 << 0
                            << u"Kết quả thực hiện Phong trào thi đua %1\nnăm học 2024-2025"_s.arg(movement);
    QTest::newRow("sơ kết") << true << 2023 << 2025
                            << u"Sơ kết giai đoạn 2023 – 2025 thực hiện Phong trào thi đua\n%1"_s.arg(movement);
    QTest::newRow("tổng kết") << true << 2023 << 2030
                              << u"Tổng kết giai đoạn 2023 – 2030 thực hiện Phong trào thi đua\n%1"_s.arg(movement);
}

void TestMovementReport::summary()
{
    QFETCH(bool, stage);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, expected);
    MovementReport::Input input;
    input.stage = stage;
    input.fromYear = from;
    input.toYear = to;
    input.years = { smallYear(2024) };
    QCOMPARE(MovementReport::summary(input), expected);
}

void TestMovementReport::annualStructure()
{
    MovementReport::Input input;
    input.years = { smallYear(2023), smallYear(2024) };
    input.schoolName = u"Trường THPT Lê Lợi"_s;
    input.evidence = EvidenceIndexData { {}, u"2024 - 2025"_s, {} };
    // A painter that paints a plain picture of the size asked: the report places one per chart.
    QList<QString> painted;
    input.painter = [&painted](const ReportChart& chart, double widthMm, double heightMm, int dpi) {
        painted << chart.title;
        QImage image(int(widthMm / 25.4 * dpi), int(heightMm / 25.4 * dpi), QImage::Format_RGB32);
        image.fill(Qt::white);
        return image;
    };
    const MovementReportData data = MovementReport::compose(input);
    QCOMPARE(painted.size(), 2);
    const QString text = texts(data.body);
    const QStringList headings { u"I. ĐẶC ĐIỂM TÌNH HÌNH"_s,
        u"II. KẾT QUẢ THỰC HIỆN"_s,
        u"1. Công tác tuyên truyền, tổ chức các hoạt động"_s,
        u"2. Kết quả công nhận “Công dân học tập”"_s,
        u"3. Xây dựng “Đơn vị học tập”"_s,
        u"4. Xây dựng mô hình học tập"_s,
        u"5. Sáng kiến, giải pháp"_s,
        u"6. Công tác thi đua, khen thưởng"_s,
        u"7. Kết quả qua các năm học"_s,
        u"III. ĐÁNH GIÁ CHUNG"_s,
        u"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2025-2026"_s,
        u"V. ĐỀ XUẤT, KIẾN NGHỊ"_s };
    qsizetype at = 0;
    for (const QString& heading : headings) {
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= at, qPrintable(heading + u"\n---\n"_s + text));
        at = found;
    }
    QCOMPARE(text.count(u"[chart]"_s), 2);
    QVERIFY(text.contains(u"Năm học 2024-2025, nhà trường có 07 cán bộ, giáo viên, nhân viên và 05 học sinh, sinh "
                          "hoạt trong 02 tổ và 01 lớp."_s));
    QVERIFY(text.contains(u"Tổ chưa có mô hình học tập: Tổ Văn."_s));
    QVERIFY(text.contains(u"Trên đây là báo cáo kết quả thực hiện Phong trào thi đua"_s));
    QCOMPARE(data.appendices.size(), 1);
    QCOMPARE(data.appendices[0].title, u"Danh mục minh chứng năm học 2024 - 2025"_s);
}

void TestMovementReport::judgementsWrittenAndBlank()
{
    MovementReport::Input input;
    input.years = { smallYear(2024) };
    input.judgements = { { ReportTextSection::Highlights, u"Đoạn một.\n- Ý thứ hai."_s },
        { ReportTextSection::Proposals, u"Tăng kinh phí."_s } };
    const Blocks body = MovementReport::compose(input).body;
    const QString text = texts(body);
    QVERIFY(text.contains(u"1. Kết quả nổi bật\nĐoạn một.\n- Ý thứ hai.\n2. Tồn tại, hạn chế\n[Nội dung do nhà trường "
                          "viết]\n3. Nguyên nhân\n[Nội dung do nhà trường viết]\n"_s));
    QVERIFY(text.contains(u"V. ĐỀ XUẤT, KIẾN NGHỊ\nTăng kinh phí."_s));
    QCOMPARE(text.count(u"[Nội dung do nhà trường viết]"_s), 3);
    // A line that starts with a dash is a bullet.
    bool bullet = false;
    for (const Block& block : body)
        bullet |= block.paragraph.plainText() == u"- Ý thứ hai."_s && block.paragraph.style == Paragraph::Style::Bullet;
    QVERIFY(bullet);
}

void TestMovementReport::stageHasYearByYearTables()
{
    MovementReport::Input input;
    input.stage = true;
    input.fromYear = 2023;
    input.toYear = 2025;
    input.years = { smallYear(2023, 4), smallYear(2024) };
    input.evidence = EvidenceIndexData {};
    const MovementReportData data = MovementReport::compose(input);
    QVERIFY(data.appendices.isEmpty()); // the danh mục belongs to the annual report
    const Table byYear = ReportTables::learningCitizenByYear(input.years);
    QCOMPARE(byYear.rows.size(), 2);
    QCOMPARE(byYear.rows[0][0].text, u"2023-2024"_s);
    QCOMPARE(byYear.rows[0][1].text, u"4/7\n57,1 %"_s);
    QCOMPARE(byYear.rows[1][3].text, u"9/12\n75,0 %"_s);
    QCOMPARE(byYear.rows[1][4].text, u"1/2"_s);
    const QString text = texts(data.body);
    QVERIFY(text.contains(u"II. KẾT QUẢ THỰC HIỆN QUA CÁC NĂM HỌC"_s));
    QVERIFY(text.contains(u"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO"_s));
    QVERIFY(text.contains(u"- Năm học 2023-2024: Nhà trường chưa tự đánh giá theo tiêu chí “Đơn vị học tập”."_s));
}

QTEST_GUILESS_MAIN(TestMovementReport)
#include "TestMovementReport.moc"
