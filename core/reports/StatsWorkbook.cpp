#include "core/reports/StatsWorkbook.h"

#include "core/spreadsheet/XlsxWriter.h"

namespace thidua {

namespace {

// A share in percent with one decimal, rounded down (MovementStats' tenths); none when nobody is counted.
void writeRate(XlsxWriter& writer, int row, int column, const RateFigure& figure)
{
    if (const auto tenths = figure.tenths())
        writer.writeNumber(row, column, double(*tenths) / 10.0);
    else
        writer.writeBlank(row, column);
}

QString verdict(const RateFigure& figure)
{
    if (figure.denominator <= 0)
        return QString();
    return figure.met() ? QStringLiteral("Đạt") : QStringLiteral("Chưa đạt");
}

void sheet(XlsxWriter& writer, const QString& name, const QStringList& headers)
{
    writer.addSheet(name);
    writer.setFont(QStringLiteral("Times New Roman"), 12);
    writer.setBorders(true);
    for (int column = 0; column < headers.size(); ++column)
        writer.writeText(0, column, headers.at(column), true);
}

void finish(XlsxWriter& writer)
{
    writer.fitColumnWidths(6, 60);
    writer.freezeRows(1);
    writer.printOnPageWidth(1);
}

void summary(XlsxWriter& writer, const YearFigures& year, const QString& school)
{
    sheet(writer,
        StatsWorkbook::sheetNames().at(0),
        { QStringLiteral("Đơn vị"),
            QStringLiteral("Năm học"),
            QStringLiteral("Đối tượng"),
            QStringLiteral("Tổng số"),
            QStringLiteral("Đạt Công dân học tập"),
            QStringLiteral("Tỉ lệ (%)"),
            QStringLiteral("Chỉ tiêu (%)"),
            QStringLiteral("Kết quả") });
    static const QStringList names {
        QStringLiteral("Cán bộ, giáo viên, nhân viên"), QStringLiteral("Học sinh"), QStringLiteral("Toàn trường")
    };
    int row = 1;
    for (const MovementStats::GroupFigure& group : year.stats.groups()) {
        writer.writeText(row, 0, school);
        writer.writeText(row, 1, year.year.name());
        writer.writeText(row, 2, names.value(int(group.group)));
        writer.writeNumber(row, 3, double(group.rate.denominator));
        writer.writeNumber(row, 4, double(group.rate.numerator));
        writeRate(writer, row, 5, group.rate);
        writer.writeNumber(row, 6, double(group.rate.targetTenths) / 10.0);
        writer.writeText(row, 7, verdict(group.rate));
        ++row;
    }
    finish(writer);
}

void collectives(XlsxWriter& writer, const YearFigures& year, bool groups)
{
    QStringList headers { QStringLiteral("STT"),
        groups ? QStringLiteral("Tổ") : QStringLiteral("Lớp"),
        groups ? QStringLiteral("Số thành viên") : QStringLiteral("Sĩ số"),
        QStringLiteral("Đạt Công dân học tập"),
        QStringLiteral("Tỉ lệ (%)"),
        QStringLiteral("Chỉ tiêu (%)"),
        QStringLiteral("Kết quả") };
    if (groups)
        headers << QStringLiteral("Số mô hình học tập");
    sheet(writer, StatsWorkbook::sheetNames().at(groups ? 1 : 2), headers);
    int row = 1;
    for (const MovementStats::CollectiveFigure& figure : year.stats.collectives()) {
        const MovementRoster::Unit& unit = year.roster.units().at(figure.unit);
        if (unit.isGroup() != groups)
            continue;
        writer.writeNumber(row, 0, row);
        writer.writeText(row, 1, unit.name);
        writer.writeNumber(row, 2, double(figure.rate.denominator));
        writer.writeNumber(row, 3, double(figure.rate.numerator));
        writeRate(writer, row, 4, figure.rate);
        writer.writeNumber(row, 5, double(figure.rate.targetTenths) / 10.0);
        writer.writeText(row, 6, verdict(figure.rate));
        if (groups)
            writer.writeNumber(row, 7, figure.models);
        ++row;
    }
    finish(writer);
}

void activities(XlsxWriter& writer, const YearFigures& year)
{
    sheet(writer,
        StatsWorkbook::sheetNames().at(3),
        { QStringLiteral("STT"),
            QStringLiteral("Hoạt động"),
            QStringLiteral("Loại"),
            QStringLiteral("Từ ngày"),
            QStringLiteral("Đến ngày"),
            QStringLiteral("Đơn vị tổ chức"),
            QStringLiteral("Số người tham gia") });
    int row = 1;
    for (const Activity& activity : year.activities) {
        writer.writeNumber(row, 0, row);
        writer.writeText(row, 1, activity.title);
        writer.writeText(row, 2, Activity::kindName(activity.kind));
        writer.writeDate(row, 3, activity.startDate);
        writer.writeDate(row, 4, activity.endDate.isValid() ? activity.endDate : activity.startDate);
        writer.writeText(row,
            5,
            activity.organizerId != 0 ? year.collectiveName(activity.organizerId) : QStringLiteral("Nhà trường"));
        writer.writeNumber(row, 6, activity.headcount());
        ++row;
    }
    finish(writer);
}

void models(XlsxWriter& writer, const YearFigures& year)
{
    sheet(writer,
        StatsWorkbook::sheetNames().at(4),
        { QStringLiteral("STT"),
            QStringLiteral("Tổ"),
            QStringLiteral("Mô hình học tập"),
            QStringLiteral("Mô tả"),
            QStringLiteral("Kết quả") });
    int row = 1;
    for (const LearningModel& model : year.models) {
        writer.writeNumber(row, 0, row);
        writer.writeText(row, 1, year.collectiveName(model.collectiveId));
        writer.writeText(row, 2, model.name);
        writer.writeText(row, 3, model.description);
        writer.writeText(row, 4, model.result);
        ++row;
    }
    finish(writer);
}

void initiatives(XlsxWriter& writer, const YearFigures& year)
{
    sheet(writer,
        StatsWorkbook::sheetNames().at(5),
        { QStringLiteral("STT"),
            QStringLiteral("Tên sáng kiến, giải pháp"),
            QStringLiteral("Tác giả"),
            QStringLiteral("Cấp công nhận"),
            QStringLiteral("Số quyết định"),
            QStringLiteral("Ngày quyết định"),
            QStringLiteral("Cơ quan công nhận") });
    int row = 1;
    for (const Initiative& initiative : year.initiatives) {
        writer.writeNumber(row, 0, row);
        writer.writeText(row, 1, initiative.title);
        writer.writeText(row, 2, year.authorsOf(initiative));
        writer.writeText(row, 3, Initiative::levelName(initiative.level));
        writer.writeText(row, 4, initiative.decisionNumber);
        if (initiative.decisionDate.isValid())
            writer.writeDate(row, 5, initiative.decisionDate);
        else
            writer.writeBlank(row, 5);
        writer.writeText(row, 6, initiative.decisionIssuer);
        ++row;
    }
    finish(writer);
}

void awards(XlsxWriter& writer, const YearFigures& year)
{
    sheet(writer,
        StatsWorkbook::sheetNames().at(6),
        { QStringLiteral("Hình thức khen thưởng"),
            QStringLiteral("Đề nghị"),
            QStringLiteral("Hội đồng xét đạt"),
            QStringLiteral("Không đạt"),
            QStringLiteral("Có quyết định") });
    int row = 1;
    for (const YearFigures::FormTally& tally : year.nominationsPerForm()) {
        writer.writeText(row, 0, tally.formName);
        writer.writeNumber(row, 1, tally.proposed);
        writer.writeNumber(row, 2, tally.passed);
        writer.writeNumber(row, 3, tally.failed);
        writer.writeNumber(row, 4, tally.decided);
        ++row;
    }
    finish(writer);
}

} // namespace

QStringList StatsWorkbook::sheetNames()
{
    return { QStringLiteral("Tổng hợp"),
        QStringLiteral("Theo tổ"),
        QStringLiteral("Theo lớp"),
        QStringLiteral("Hoạt động"),
        QStringLiteral("Mô hình học tập"),
        QStringLiteral("Sáng kiến"),
        QStringLiteral("Khen thưởng") };
}

Status StatsWorkbook::save(const YearFigures& year, const QString& schoolName, const QString& path)
{
    XlsxWriter writer;
    summary(writer, year, schoolName);
    collectives(writer, year, true);
    collectives(writer, year, false);
    activities(writer, year);
    models(writer, year);
    initiatives(writer, year);
    awards(writer, year);
    return writer.save(path);
}

} // namespace thidua
