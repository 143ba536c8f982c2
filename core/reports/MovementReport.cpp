#include "core/reports/MovementReport.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/reports/ReportTables.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

using Style = Paragraph::Style;

Block heading1(const QString& text)
{
    return Block::of(Paragraph::text(Style::Heading1, text));
}

Block heading2(const QString& text)
{
    return Block::of(Paragraph::text(Style::Heading2, text));
}

Block body(const QString& text)
{
    return Block::of(Paragraph::text(Style::Body, text));
}

std::optional<double> percentOf(const RateFigure& figure)
{
    const auto tenths = figure.tenths();
    if (!tenths)
        return std::nullopt;
    return double(*tenths) / 10.0;
}

// "Ngày Sách và Văn hóa đọc Việt Nam" inside a sentence: "ngày Sách và Văn hóa đọc Việt Nam" (proper names kept).
QString lowerFirst(const QString& text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

QString count(qint64 n)
{
    return n > 0 && n < 10 ? DocumentWording::count(int(n)) : VietnameseFormat::integer(n);
}

// "đạt 94,4 % (chỉ tiêu 95 %)".
QString rateAgainstTarget(const RateFigure& figure)
{
    return QStringLiteral("đạt %1 (chỉ tiêu %2): %3")
        .arg(ReportTables::rate(figure),
            VietnameseFormat::percentTenthsShort(figure.targetTenths),
            figure.met() ? QStringLiteral("đạt chỉ tiêu") : QStringLiteral("chưa đạt chỉ tiêu"));
}

QString learningUnitText(const CriteriaQuery::LearningUnitStatus& status)
{
    using S = CriteriaQuery::LearningUnitStatus::Status;
    const QString set = status.setName.isEmpty() ? QString() : QStringLiteral(" theo %1").arg(status.setName);
    switch (status.status) {
    case S::NotAssessed:
        return QStringLiteral("Nhà trường chưa tự đánh giá theo tiêu chí “Đơn vị học tập”.");
    case S::Incomplete:
        return QStringLiteral("Nhà trường đang tự đánh giá%1; việc đánh giá chưa hoàn thành.").arg(set);
    case S::NotMet:
        return QStringLiteral("Kết quả đánh giá%1: chưa đạt.").arg(set);
    case S::Met:
        break;
    }
    const QString by = status.state == Assessment::State::Recognised ? QStringLiteral(" (Hội đồng đã công nhận)")
        : status.state == Assessment::State::Verified                ? QStringLiteral(" (đã xác nhận)")
                                                                     : QStringLiteral(" (tự đánh giá)");
    return QStringLiteral("Kết quả đánh giá%1: đạt %2%3.").arg(set, status.levelName, by);
}

class Composer
{
public:
    Composer(const MovementReport::Input& input, QList<QImage> charts)
        : m_input(input)
        , m_charts(std::move(charts))
    {}

    Blocks annual();
    Blocks stage();

private:
    const YearFigures& last() const { return m_input.years.constLast(); }
    void situation();
    void activities(const YearFigures& year);
    void learningCitizen(const YearFigures& year);
    void learningUnit(const YearFigures& year);
    void models(const YearFigures& year);
    void initiatives(const YearFigures& year);
    void awards(const YearFigures& year);
    void judgements(const QString& period);
    void judgementText(ReportTextSection section);
    void chart();
    void table(const Table& table) { m_blocks << Block::of(table) << Block::spacer(2); }

    const MovementReport::Input& m_input;
    QList<QImage> m_charts;
    int m_nextChart = 0;
    Blocks m_blocks;
};

void Composer::chart()
{
    if (m_nextChart >= m_charts.size())
        return;
    const QImage& image = m_charts.at(m_nextChart++);
    if (!image.isNull())
        m_blocks << Block::image(image, MovementReport::ChartWidthMm);
}

void Composer::situation()
{
    const YearFigures& year = last();
    m_blocks << heading1(QStringLiteral("I. ĐẶC ĐIỂM TÌNH HÌNH"));
    m_blocks << body(QStringLiteral("Năm học %1, nhà trường có %2 cán bộ, giáo viên, nhân viên và %3 học sinh, "
                                    "sinh hoạt trong %4 tổ và %5 lớp.")
                         .arg(year.year.name(),
                             count(year.stats.group(MovementStats::Group::Staff).rate.denominator),
                             count(year.stats.group(MovementStats::Group::Students).rate.denominator),
                             count(year.groupCount()),
                             count(year.classCount())));
}

void Composer::activities(const YearFigures& year)
{
    QStringList kinds;
    for (const auto& [kind, n] : year.activitiesPerKind())
        kinds << QStringLiteral("%1 %2").arg(count(n), lowerFirst(Activity::kindName(kind)));
    if (year.activities.isEmpty())
        m_blocks << body(QStringLiteral("Trong năm học, chưa có hoạt động nào được ghi nhận."));
    else
        m_blocks << body(QStringLiteral("Trong năm học, nhà trường đã tổ chức %1 hoạt động (%2), với %3 lượt người "
                                        "tham gia.")
                             .arg(count(year.activities.size()),
                                 kinds.join(QStringLiteral("; ")),
                                 VietnameseFormat::integer(year.headcount())));
    table(ReportTables::activities(year));
}

void Composer::learningCitizen(const YearFigures& year)
{
    const RateFigure& all = year.stats.group(MovementStats::Group::All).rate;
    m_blocks << body(QStringLiteral("Toàn trường có %1/%2 người được công nhận “Công dân học tập”, %3.")
                         .arg(VietnameseFormat::integer(all.numerator),
                             VietnameseFormat::integer(all.denominator),
                             rateAgainstTarget(all)));
    table(ReportTables::learningCitizenGroups(year));
    m_blocks << body(QStringLiteral("Theo tổ: %1/%2 tổ đạt chỉ tiêu %3 thành viên được công nhận; theo lớp: %4/%5 "
                                    "lớp đạt chỉ tiêu %6.")
                         .arg(year.groupsMeetingTarget())
                         .arg(year.groupCount())
                         .arg(VietnameseFormat::percentTenthsShort(year.targets.groupRateTenths))
                         .arg(year.classesMeetingTarget())
                         .arg(year.classCount())
                         .arg(VietnameseFormat::percentTenthsShort(year.targets.rateTenths)));
    table(ReportTables::learningCitizenGroupsPerTo(year));
    chart();
}

void Composer::learningUnit(const YearFigures& year)
{
    m_blocks << body(learningUnitText(year.learningUnit));
}

void Composer::models(const YearFigures& year)
{
    const RateFigure& figure = year.stats.modelFigure();
    m_blocks << body(QStringLiteral("Các tổ đã xây dựng %1 mô hình học tập; %2/%3 tổ có mô hình (chỉ tiêu: mỗi tổ ít "
                                    "nhất %4 mô hình).")
                         .arg(count(year.models.size()))
                         .arg(figure.numerator)
                         .arg(figure.denominator)
                         .arg(count(year.targets.modelsPerGroup)));
    if (!year.groupsWithoutModel.isEmpty()) {
        QStringList names;
        for (const Collective& collective : year.groupsWithoutModel)
            names << collective.name;
        m_blocks << body(QStringLiteral("Tổ chưa có mô hình học tập: %1.").arg(names.join(QStringLiteral(", "))));
    }
    table(ReportTables::models(year));
}

void Composer::initiatives(const YearFigures& year)
{
    QStringList levels;
    for (const auto& [level, n] : year.initiativesPerLevel())
        levels << QStringLiteral("%1 cấp %2").arg(count(n), lowerFirst(Initiative::levelName(level)));
    QString text = QStringLiteral("Năm học có %1 sáng kiến, giải pháp").arg(count(year.initiatives.size()));
    if (!levels.isEmpty())
        text += QStringLiteral("; được công nhận: %1").arg(levels.join(QStringLiteral(", ")));
    m_blocks << body(text + QLatin1Char('.'));
    table(ReportTables::initiatives(year));
}

void Composer::awards(const YearFigures& year)
{
    const YearFigures::FormTally total = year.nominationTotal();
    m_blocks << body(QStringLiteral("Hội đồng Thi đua - Khen thưởng đã xem xét %1 đề nghị khen thưởng: %2 đạt, %3 "
                                    "không đạt; %4 đã có quyết định khen thưởng.")
                         .arg(count(total.proposed), count(total.passed), count(total.failed), count(total.decided)));
    table(ReportTables::awardForms(year));
    if (!year.nominations.isEmpty())
        table(ReportTables::nominations(year));
}

void Composer::judgementText(ReportTextSection section)
{
    const QString text = m_input.judgements.value(section).trimmed();
    if (text.isEmpty()) {
        m_blocks << body(EvidenceIndexDocument::blank(QStringLiteral("Nội dung do nhà trường viết")));
        return;
    }
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        const bool bullet = trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QChar(0x2013));
        m_blocks << Block::of(Paragraph::text(bullet ? Style::Bullet : Style::Body, trimmed));
    }
}

void Composer::judgements(const QString& period)
{
    m_blocks << heading1(QStringLiteral("III. ĐÁNH GIÁ CHUNG"));
    int n = 0;
    for (ReportTextSection section :
        { ReportTextSection::Highlights, ReportTextSection::Shortcomings, ReportTextSection::Causes }) {
        m_blocks << heading2(QStringLiteral("%1. %2").arg(++n).arg(ReportTextSections::heading(section)));
        judgementText(section);
    }
    m_blocks << heading1(
        QStringLiteral("IV. %1 %2").arg(ReportTextSections::heading(ReportTextSection::Directions).toUpper(), period));
    judgementText(ReportTextSection::Directions);
    m_blocks << heading1(
        QStringLiteral("V. %1").arg(ReportTextSections::heading(ReportTextSection::Proposals).toUpper()));
    judgementText(ReportTextSection::Proposals);
}

Blocks Composer::annual()
{
    const YearFigures& year = last();
    m_blocks << body(QStringLiteral("%1 báo cáo kết quả thực hiện Phong trào thi đua %2 năm học %3 như sau:")
                         .arg(m_input.schoolName, MovementReport::movementName(), year.year.name()));
    situation();
    m_blocks << heading1(QStringLiteral("II. KẾT QUẢ THỰC HIỆN"));
    m_blocks << heading2(QStringLiteral("1. Công tác tuyên truyền, tổ chức các hoạt động"));
    activities(year);
    m_blocks << heading2(QStringLiteral("2. Kết quả công nhận “Công dân học tập”"));
    learningCitizen(year);
    m_blocks << heading2(QStringLiteral("3. Xây dựng “Đơn vị học tập”"));
    learningUnit(year);
    m_blocks << heading2(QStringLiteral("4. Xây dựng mô hình học tập"));
    models(year);
    m_blocks << heading2(QStringLiteral("5. Sáng kiến, giải pháp"));
    initiatives(year);
    m_blocks << heading2(QStringLiteral("6. Công tác thi đua, khen thưởng"));
    awards(year);
    if (m_input.years.size() >= 2) {
        m_blocks << heading2(QStringLiteral("7. Kết quả qua các năm học"));
        table(ReportTables::learningCitizenByYear(m_input.years));
        chart();
    }
    judgements(QStringLiteral("NĂM HỌC %1-%2").arg(year.year.startYear + 1).arg(year.year.startYear + 2));
    m_blocks << body(DocumentWording::closing(
        QStringLiteral("Trên đây là báo cáo kết quả thực hiện Phong trào thi đua %1 năm học %2 của %3")
            .arg(MovementReport::movementName(), year.year.name(), m_input.schoolName)));
    return m_blocks;
}

Blocks Composer::stage()
{
    QStringList names;
    for (const YearFigures& year : m_input.years)
        names << year.year.name();
    m_blocks << body(QStringLiteral("%1 báo cáo kết quả thực hiện Phong trào thi đua %2 giai đoạn %3 – %4 (các năm "
                                    "học %5) như sau:")
                         .arg(m_input.schoolName, MovementReport::movementName())
                         .arg(m_input.fromYear)
                         .arg(m_input.toYear)
                         .arg(names.join(QStringLiteral(", "))));
    situation();
    m_blocks << heading1(QStringLiteral("II. KẾT QUẢ THỰC HIỆN QUA CÁC NĂM HỌC"));
    m_blocks << heading2(QStringLiteral("1. Công tác tuyên truyền, tổ chức các hoạt động"));
    table(ReportTables::activitiesByYear(m_input.years));
    m_blocks << heading2(QStringLiteral("2. Kết quả công nhận “Công dân học tập”"));
    table(ReportTables::learningCitizenByYear(m_input.years));
    chart();
    m_blocks << body(
        QStringLiteral("Năm học %1: toàn trường %2.")
            .arg(last().year.name(), rateAgainstTarget(last().stats.group(MovementStats::Group::All).rate)));
    table(ReportTables::learningCitizenGroupsPerTo(last()));
    chart();
    m_blocks << heading2(QStringLiteral("3. Xây dựng “Đơn vị học tập”"));
    for (const YearFigures& year : m_input.years)
        m_blocks << Block::of(Paragraph::text(Style::Bullet,
            QStringLiteral("- Năm học %1: %2").arg(year.year.name(), learningUnitText(year.learningUnit))));
    m_blocks << heading2(QStringLiteral("4. Xây dựng mô hình học tập"));
    table(ReportTables::modelsByYear(m_input.years));
    m_blocks << heading2(QStringLiteral("5. Sáng kiến, giải pháp"));
    table(ReportTables::initiativesByYear(m_input.years));
    m_blocks << heading2(QStringLiteral("6. Công tác thi đua, khen thưởng"));
    table(ReportTables::awardsByYear(m_input.years));
    judgements(QStringLiteral("GIAI ĐOẠN TIẾP THEO"));
    m_blocks << body(DocumentWording::closing(
        QStringLiteral("Trên đây là báo cáo %1 giai đoạn %2 – %3 thực hiện Phong trào thi đua %4 của %5")
            .arg(m_input.toYear >= 2030 ? QStringLiteral("tổng kết") : QStringLiteral("sơ kết"))
            .arg(m_input.fromYear)
            .arg(m_input.toYear)
            .arg(MovementReport::movementName(), m_input.schoolName)));
    return m_blocks;
}

ReportChart perTo(const YearFigures& year)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = QStringLiteral("Tỉ lệ “Công dân học tập” theo tổ, năm học %1").arg(year.year.name());
    ReportChart::Series series { QStringLiteral("Tỉ lệ đạt"), {} };
    for (const MovementStats::CollectiveFigure& figure : year.stats.collectives()) {
        const MovementRoster::Unit& unit = year.roster.units().at(figure.unit);
        if (!unit.isGroup())
            continue;
        chart.categories << unit.name;
        series.percents << percentOf(figure.rate);
    }
    chart.series << series;
    chart.targetPercent = double(year.targets.groupRateTenths) / 10.0;
    return chart;
}

ReportChart trend(const YearFiguresList& years)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = QStringLiteral("Tỉ lệ “Công dân học tập” qua các năm học");
    const QList<QPair<MovementStats::Group, QString>> groups { { MovementStats::Group::Staff,
                                                                   QStringLiteral("CB-GV-NV") },
        { MovementStats::Group::Students, QStringLiteral("Học sinh") },
        { MovementStats::Group::All, QStringLiteral("Toàn trường") } };
    for (const auto& [group, name] : groups) {
        ReportChart::Series series { name, {} };
        for (const YearFigures& year : years)
            series.percents << percentOf(year.stats.group(group).rate);
        chart.series << series;
    }
    for (const YearFigures& year : years)
        chart.categories << year.year.name();
    chart.targetPercent = double(years.constLast().targets.rateTenths) / 10.0;
    return chart;
}

} // namespace

QString MovementReport::movementName()
{
    return QStringLiteral("“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời”");
}

QString MovementReport::summary(const Input& input)
{
    if (!input.stage)
        return QStringLiteral("Kết quả thực hiện Phong trào thi đua %1\nnăm học %2")
            .arg(movementName(), input.years.isEmpty() ? QString() : input.years.constLast().year.name());
    return QStringLiteral("%1 giai đoạn %2 – %3 thực hiện Phong trào thi đua\n%4")
        .arg(input.toYear >= 2030 ? QStringLiteral("Tổng kết") : QStringLiteral("Sơ kết"))
        .arg(input.fromYear)
        .arg(input.toYear)
        .arg(movementName());
}

QList<ReportChart> MovementReport::charts(const Input& input)
{
    if (input.years.isEmpty())
        return {};
    if (input.stage)
        return { trend(input.years), perTo(input.years.constLast()) };
    QList<ReportChart> charts { perTo(input.years.constLast()) };
    if (input.years.size() >= 2)
        charts << trend(input.years);
    return charts;
}

MovementReportData MovementReport::compose(const Input& input)
{
    MovementReportData data;
    data.summary = summary(input);
    data.recipient = input.recipient;
    if (input.years.isEmpty())
        return data;
    QList<QImage> images;
    if (input.painter) {
        for (const ReportChart& chart : charts(input))
            images << input.painter(chart, ChartWidthMm, ChartHeightMm, ChartDpi);
    }
    Composer composer(input, images);
    data.body = input.stage ? composer.stage() : composer.annual();
    if (!input.stage && input.evidence) {
        Appendix appendix;
        appendix.label = QStringLiteral("Phụ lục");
        appendix.title = QStringLiteral("Danh mục minh chứng năm học %1").arg(input.evidence->schoolYear);
        appendix.body << Block::of(EvidenceIndexDocument::table(*input.evidence));
        data.appendices << appendix;
    }
    return data;
}

} // namespace thidua
