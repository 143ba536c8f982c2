#include "core/reports/ReportTables.h"

#include "core/text/VietnameseFormat.h"

namespace thidua::ReportTables {

namespace {

using Align = Paragraph::Align;

Table::Row header(const QStringList& titles)
{
    Table::Row row;
    for (const QString& title : titles)
        row << Table::Cell { title, Align::Center, true };
    return row;
}

Table::Cell number(qint64 value)
{
    return { VietnameseFormat::integer(value), Align::Center };
}

Table::Cell centred(const QString& text)
{
    return { text, Align::Center };
}

Table table(const QList<double>& weights, const QStringList& titles)
{
    Table result;
    result.columnWeights = weights;
    result.headerRows << header(titles);
    result.fontSize = 12;
    return result;
}

// One row spanning the table, in italics: "Chưa có hoạt động nào."
void addEmptyRow(Table& table, const QString& text)
{
    Table::Cell cell { text, Align::Center, false, true };
    cell.columnSpan = int(table.columnWeights.size());
    table.rows << Table::Row { cell };
}

QString period(const Activity& activity)
{
    if (!activity.endDate.isValid() || activity.endDate == activity.startDate)
        return VietnameseFormat::documentDate(activity.startDate);
    return VietnameseFormat::documentDate(activity.startDate) + QStringLiteral(" – ")
        + VietnameseFormat::documentDate(activity.endDate);
}

QString participants(const YearFigures& year, const Activity& activity)
{
    if (!activity.participantIds.isEmpty() || activity.participantCount > 0)
        return VietnameseFormat::integer(activity.headcount());
    QStringList names;
    for (qint64 id : activity.collectiveIds)
        names << year.collectiveName(id);
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

QString initiativeDecision(const Initiative& initiative)
{
    if (initiative.decisionNumber.isEmpty())
        return QStringLiteral("Chưa có quyết định");
    QString text = QStringLiteral("Số %1").arg(initiative.decisionNumber);
    if (initiative.decisionDate.isValid())
        text += QStringLiteral("\nngày %1").arg(VietnameseFormat::documentDate(initiative.decisionDate));
    if (!initiative.decisionIssuer.isEmpty())
        text += QLatin1Char('\n') + initiative.decisionIssuer;
    return text;
}

Table::Cell rateCell(const RateFigure& figure)
{
    return centred(QStringLiteral("%1/%2\n%3")
                       .arg(VietnameseFormat::integer(figure.numerator),
                           VietnameseFormat::integer(figure.denominator),
                           rate(figure)));
}

} // namespace

QString rate(const RateFigure& figure)
{
    return VietnameseFormat::percent(figure.numerator, figure.denominator);
}

QString verdict(const RateFigure& figure)
{
    if (figure.denominator <= 0)
        return QStringLiteral("–");
    return figure.met() ? QStringLiteral("Đạt") : QStringLiteral("Chưa đạt");
}

Table activities(const YearFigures& year)
{
    Table result = table({ 1.6, 7.0, 3.2, 3.6, 3.6, 2.6 },
        { QStringLiteral("STT"),
            QStringLiteral("Hoạt động"),
            QStringLiteral("Loại"),
            QStringLiteral("Thời gian"),
            QStringLiteral("Đơn vị tổ chức"),
            QStringLiteral("Số người tham gia") });
    int n = 0;
    for (const Activity& activity : year.activities) {
        const QString organizer =
            activity.organizerId != 0 ? year.collectiveName(activity.organizerId) : QStringLiteral("Nhà trường");
        result.rows << Table::Row { number(++n),
            { activity.title },
            { Activity::kindName(activity.kind) },
            centred(period(activity)),
            { organizer },
            centred(participants(year, activity)) };
    }
    if (n == 0)
        addEmptyRow(result, QStringLiteral("Chưa có hoạt động nào được ghi nhận."));
    return result;
}

Table learningCitizenGroups(const YearFigures& year)
{
    Table result = table({ 6.0, 2.4, 2.4, 2.4, 2.4, 2.6 },
        { QStringLiteral("Đối tượng"),
            QStringLiteral("Tổng số"),
            QStringLiteral("Đạt"),
            QStringLiteral("Tỉ lệ"),
            QStringLiteral("Chỉ tiêu"),
            QStringLiteral("Kết quả") });
    static const QStringList names {
        QStringLiteral("Cán bộ, giáo viên, nhân viên"), QStringLiteral("Học sinh"), QStringLiteral("Toàn trường")
    };
    for (const MovementStats::GroupFigure& group : year.stats.groups()) {
        const RateFigure& figure = group.rate;
        Table::Cell name { names.value(int(group.group)), Align::Left, group.group == MovementStats::Group::All };
        result.rows << Table::Row { name,
            number(figure.denominator),
            number(figure.numerator),
            centred(rate(figure)),
            centred(VietnameseFormat::percentTenthsShort(figure.targetTenths)),
            centred(verdict(figure)) };
    }
    return result;
}

Table learningCitizenGroupsPerTo(const YearFigures& year)
{
    Table result = table({ 1.6, 7.2, 2.4, 2.4, 2.4, 2.6 },
        { QStringLiteral("STT"),
            QStringLiteral("Tổ"),
            QStringLiteral("Số thành viên"),
            QStringLiteral("Đạt"),
            QStringLiteral("Tỉ lệ"),
            QStringLiteral("Kết quả") });
    int n = 0;
    for (const MovementStats::CollectiveFigure& figure : year.stats.collectives()) {
        const MovementRoster::Unit& unit = year.roster.units().at(figure.unit);
        if (!unit.isGroup())
            continue;
        result.rows << Table::Row { number(++n),
            { unit.name },
            number(figure.rate.denominator),
            number(figure.rate.numerator),
            centred(rate(figure.rate)),
            centred(verdict(figure.rate)) };
    }
    if (n == 0)
        addEmptyRow(result, QStringLiteral("Năm học chưa có tổ nào."));
    return result;
}

Table models(const YearFigures& year)
{
    Table result = table({ 1.6, 4.6, 6.0, 6.4 },
        { QStringLiteral("STT"), QStringLiteral("Tổ"), QStringLiteral("Mô hình học tập"), QStringLiteral("Kết quả") });
    int n = 0;
    for (const LearningModel& model : year.models) {
        result.rows << Table::Row { number(++n),
            { year.collectiveName(model.collectiveId) },
            { model.name },
            { model.result.isEmpty() ? QStringLiteral("–") : model.result } };
    }
    if (n == 0)
        addEmptyRow(result, QStringLiteral("Chưa có mô hình học tập nào được ghi nhận."));
    return result;
}

Table initiatives(const YearFigures& year)
{
    Table result = table({ 1.6, 6.4, 4.2, 2.4, 4.6 },
        { QStringLiteral("STT"),
            QStringLiteral("Tên sáng kiến, giải pháp"),
            QStringLiteral("Tác giả"),
            QStringLiteral("Cấp công nhận"),
            QStringLiteral("Quyết định công nhận") });
    int n = 0;
    for (const Initiative& initiative : year.initiatives) {
        result.rows << Table::Row { number(++n),
            { initiative.title },
            { year.authorsOf(initiative, QStringLiteral("\n")) },
            centred(Initiative::levelName(initiative.level)),
            { initiativeDecision(initiative) } };
    }
    if (n == 0)
        addEmptyRow(result, QStringLiteral("Chưa có sáng kiến, giải pháp nào được ghi nhận."));
    return result;
}

Table awardForms(const YearFigures& year)
{
    Table result = table({ 7.4, 2.6, 2.6, 2.6, 2.6 },
        { QStringLiteral("Hình thức khen thưởng"),
            QStringLiteral("Đề nghị"),
            QStringLiteral("Hội đồng xét đạt"),
            QStringLiteral("Không đạt"),
            QStringLiteral("Có quyết định") });
    for (const YearFigures::FormTally& tally : year.nominationsPerForm()) {
        result.rows << Table::Row { { tally.formName },
            number(tally.proposed),
            number(tally.passed),
            number(tally.failed),
            number(tally.decided) };
    }
    if (result.rows.isEmpty())
        addEmptyRow(result, QStringLiteral("Chưa có đề nghị khen thưởng nào."));
    return result;
}

Table nominations(const YearFigures& year)
{
    Table result = table({ 1.6, 5.6, 6.2, 3.4 },
        { QStringLiteral("STT"),
            QStringLiteral("Cá nhân, tập thể"),
            QStringLiteral("Hình thức khen thưởng"),
            QStringLiteral("Kết quả") });
    int n = 0;
    for (const NominationView& view : year.nominations) {
        result.rows << Table::Row {
            number(++n), { view.subjectName }, { view.form.name }, centred(Nomination::stateName(view.nomination.state))
        };
    }
    if (n == 0)
        addEmptyRow(result, QStringLiteral("Chưa có đề nghị khen thưởng nào."));
    return result;
}

Table learningCitizenByYear(const YearFiguresList& years)
{
    Table result = table({ 3.0, 3.6, 3.6, 3.6, 3.2 },
        { QStringLiteral("Năm học"),
            QStringLiteral("Cán bộ, giáo viên, nhân viên"),
            QStringLiteral("Học sinh"),
            QStringLiteral("Toàn trường"),
            QStringLiteral("Tổ đạt chỉ tiêu") });
    for (const YearFigures& year : years) {
        result.rows << Table::Row { centred(year.year.name()),
            rateCell(year.stats.group(MovementStats::Group::Staff).rate),
            rateCell(year.stats.group(MovementStats::Group::Students).rate),
            rateCell(year.stats.group(MovementStats::Group::All).rate),
            centred(QStringLiteral("%1/%2").arg(year.groupsMeetingTarget()).arg(year.groupCount())) };
    }
    return result;
}

Table activitiesByYear(const YearFiguresList& years)
{
    Table result = table({ 3.0, 3.0, 3.4, 3.4, 3.4 },
        { QStringLiteral("Năm học"),
            QStringLiteral("Số hoạt động"),
            QStringLiteral("Tuần lễ học tập suốt đời"),
            QStringLiteral("Tập huấn, chuyên đề"),
            QStringLiteral("Lượt người tham gia") });
    for (const YearFigures& year : years) {
        const auto count = [&year](std::initializer_list<Activity::Kind> kinds) {
            return qint64(
                std::count_if(year.activities.cbegin(), year.activities.cend(), [&kinds](const Activity& activity) {
                    return std::find(kinds.begin(), kinds.end(), activity.kind) != kinds.end();
                }));
        };
        result.rows << Table::Row { centred(year.year.name()),
            number(year.activities.size()),
            number(count({ Activity::Kind::LifelongLearningWeek })),
            number(count({ Activity::Kind::Training, Activity::Kind::Thematic })),
            number(year.headcount()) };
    }
    return result;
}

Table modelsByYear(const YearFiguresList& years)
{
    Table result = table({ 3.0, 3.6, 4.2, 4.2 },
        { QStringLiteral("Năm học"),
            QStringLiteral("Số mô hình học tập"),
            QStringLiteral("Tổ có mô hình"),
            QStringLiteral("Tổ chưa có mô hình") });
    for (const YearFigures& year : years) {
        const RateFigure& figure = year.stats.modelFigure();
        result.rows << Table::Row { centred(year.year.name()),
            number(year.models.size()),
            centred(QStringLiteral("%1/%2").arg(figure.numerator).arg(figure.denominator)),
            number(year.groupsWithoutModel.size()) };
    }
    return result;
}

Table initiativesByYear(const YearFiguresList& years)
{
    QStringList titles { QStringLiteral("Năm học"), QStringLiteral("Số sáng kiến, giải pháp") };
    QList<double> weights { 3.0, 3.0 };
    for (Initiative::Level level : Initiative::levels()) {
        titles << QStringLiteral("Công nhận cấp %1").arg(Initiative::levelName(level).toLower());
        weights << 2.6;
    }
    Table result = table(weights, titles);
    for (const YearFigures& year : years) {
        Table::Row row { centred(year.year.name()), number(year.initiatives.size()) };
        const auto perLevel = year.initiativesPerLevel();
        for (Initiative::Level level : Initiative::levels()) {
            int n = 0;
            for (const auto& [l, count] : perLevel)
                n += l == level ? count : 0;
            row << number(n);
        }
        result.rows << row;
    }
    return result;
}

Table awardsByYear(const YearFiguresList& years)
{
    Table result = table({ 3.0, 3.0, 3.4, 3.0, 3.0 },
        { QStringLiteral("Năm học"),
            QStringLiteral("Đề nghị"),
            QStringLiteral("Hội đồng xét đạt"),
            QStringLiteral("Không đạt"),
            QStringLiteral("Có quyết định") });
    for (const YearFigures& year : years) {
        const YearFigures::FormTally total = year.nominationTotal();
        result.rows << Table::Row { centred(year.year.name()),
            number(total.proposed),
            number(total.passed),
            number(total.failed),
            number(total.decided) };
    }
    return result;
}

} // namespace thidua::ReportTables
