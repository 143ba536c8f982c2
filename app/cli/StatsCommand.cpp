#include "app/cli/StatsCommand.h"

#include "core/criteria/MovementStats.h"
#include "core/criteria/MovementStatsQuery.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thidua {

namespace {

// Columns padded to their widest cell; numbers to the right.
class TextTable
{
public:
    explicit TextTable(QList<bool> rightAligned)
        : m_right(std::move(rightAligned))
    {}
    void add(const QStringList& row) { m_rows.append(row); }
    void print(QTextStream& out) const
    {
        QList<qsizetype> widths(m_right.size(), 0);
        for (const QStringList& row : m_rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = qMax(widths[c], row[c].size());
        }
        for (const QStringList& row : m_rows) {
            QStringList cells;
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                cells << (m_right[c] ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]));
            out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
        }
    }

private:
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

QString atLeast(int tenths)
{
    return QStringLiteral("≥ ") + VietnameseFormat::percentTenthsShort(tenths);
}

QStringList rateCells(const RateFigure& rate)
{
    return { QString::number(rate.numerator),
        QString::number(rate.denominator),
        VietnameseFormat::percent(rate.numerator, rate.denominator),
        atLeast(rate.targetTenths),
        MovementStats::levelName(rate.level()) };
}

QJsonObject rateJson(const RateFigure& rate)
{
    const auto tenths = rate.tenths();
    return { { QStringLiteral("numerator"), rate.numerator },
        { QStringLiteral("denominator"), rate.denominator },
        { QStringLiteral("rate"), tenths ? QJsonValue(double(*tenths) / 10) : QJsonValue() },
        { QStringLiteral("target"), double(rate.targetTenths) / 10 },
        { QStringLiteral("met"), rate.denominator > 0 ? QJsonValue(rate.met()) : QJsonValue() } };
}

QJsonArray missingJson(const QList<int>& missing, const MovementRoster& roster)
{
    QJsonArray list;
    for (int i : missing) {
        const MovementRoster::Member& m = roster.people()[i];
        list.append(QJsonObject { { QStringLiteral("code"), m.code },
            { QStringLiteral("name"), m.fullName },
            { QStringLiteral("status"), MovementRoster::standingKey(m.standing) } });
    }
    return list;
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("The movement's figures of a school year against its targets (stats --year 2024-2025).");
}

bool StatsCommand::findYear(CliContext& context, const QSqlDatabase& db, int startYear, SchoolYear* year, int* exitCode)
{
    auto found = SchoolQuery(db).yearByStart(startYear);
    if (!found) {
        *exitCode = context.fail(found.error());
        return false;
    }
    if (found->id == 0) {
        *exitCode = context.fail(Error { Error::Code::NotFound,
            tr("There is no school year %1-%2 in this database.").arg(startYear).arg(startYear + 1) });
        return false;
    }
    *year = *found;
    return true;
}

int StatsCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The school year (required)."), QStringLiteral("2024-2025"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("table (default) or json; in JSON a rate is a number and null when nobody counts."),
        QStringLiteral("table|json"));
    const QCommandLineOption missingOption(
        QStringLiteral("missing"), tr("Also list who is still missing in each collective (table form)."));
    parser.addOptions({ yearOption, formatOption, missingOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, name(), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    const QString format = parser.value(formatOption).isEmpty() ? QStringLiteral("table") : parser.value(formatOption);
    if (format != QStringLiteral("table") && format != QStringLiteral("json"))
        return context.usage(tr("--format must be table or json, not “%1”.").arg(format), name());
    int startYear = 0;
    if (!context.parseSchoolYear(parser.value(yearOption), &startYear, name(), &exitCode))
        return exitCode;
    if (startYear == 0)
        return context.usage(tr("--year 2024-2025 is required."), name());

    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    SchoolYear year;
    if (!findYear(context, (*database)->connection(), startYear, &year, &exitCode))
        return exitCode;
    auto data = MovementStatsQuery((*database)->connection()).load(year.id);
    if (!data)
        return context.fail(data.error());
    const MovementStats stats = MovementStats::compute(data->roster, data->targets, data->counts);
    if (format == QStringLiteral("json"))
        context.out() << QString::fromUtf8(json(data->year, data->targets, data->roster, stats));
    else
        printTable(context.out(), data->year, data->targets, data->roster, stats, parser.isSet(missingOption));
    context.out().flush();
    return ExitSuccess;
}

void StatsCommand::printTable(QTextStream& out,
    const SchoolYear& year,
    const Targets& targets,
    const MovementRoster& roster,
    const MovementStats& stats,
    bool missing)
{
    out << tr("School year %1: people at the school on %2 who belong to a collective of the year.")
               .arg(year.name(), VietnameseFormat::shortDate(targets.referenceDateIn(year)))
        << "\n\n";
    TextTable groups({ false, true, true, true, false, false });
    groups.add({ tr("Learning citizens"), tr("Recognised"), tr("Counted"), tr("Rate"), tr("Target"), tr("Result") });
    for (const auto& g : stats.groups())
        groups.add(QStringList { MovementStats::groupName(g.group) } + rateCells(g.rate));
    groups.add(QStringList { tr("Groups with %1 learning model(s) or more").arg(targets.modelsPerGroup) }
        + rateCells(stats.modelFigure()));
    groups.print(out);
    out << '\n';

    TextTable collectives({ false, true, true, true, false, false, true, false });
    collectives.add({ tr("Collective"),
        tr("Recognised"),
        tr("Counted"),
        tr("Rate"),
        tr("Target"),
        tr("Result"),
        tr("Learning models"),
        tr("Result") });
    for (const auto& c : stats.collectives()) {
        const MovementRoster::Unit& unit = roster.units()[c.unit];
        QStringList row { (unit.isGroup() ? tr("Group %1") : tr("Class %1")).arg(unit.name) };
        row << rateCells(c.rate);
        if (unit.isGroup())
            row << tr("%1 of %2").arg(c.models).arg(c.modelsTarget) << MovementStats::levelName(c.modelsLevel());
        collectives.add(row);
    }
    collectives.print(out);
    if (!missing)
        return;
    for (const auto& c : stats.collectives()) {
        if (c.missing.isEmpty())
            continue;
        const MovementRoster::Unit& unit = roster.units()[c.unit];
        out << '\n' << (unit.isGroup() ? tr("Group %1") : tr("Class %1")).arg(unit.name) << ":\n";
        for (int i : c.missing) {
            const MovementRoster::Member& m = roster.people()[i];
            out << "  " << m.fullName << (m.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.code)) << ": "
                << MovementStats::standingName(m.standing) << '\n';
        }
    }
}

QByteArray StatsCommand::json(
    const SchoolYear& year, const Targets& targets, const MovementRoster& roster, const MovementStats& stats)
{
    QJsonArray groups;
    for (const auto& g : stats.groups()) {
        QJsonObject o = rateJson(g.rate);
        o.insert(QStringLiteral("group"), MovementStats::groupKey(g.group));
        groups.append(o);
    }
    QJsonArray collectives;
    for (const auto& c : stats.collectives()) {
        const MovementRoster::Unit& unit = roster.units()[c.unit];
        QJsonObject o = rateJson(c.rate);
        o.insert(QStringLiteral("id"), unit.collectiveId);
        o.insert(QStringLiteral("kind"), Collective::kindKey(unit.kind));
        o.insert(QStringLiteral("name"), unit.name);
        o.insert(QStringLiteral("missing"), missingJson(c.missing, roster));
        if (unit.isGroup()) {
            o.insert(QStringLiteral("learning_models"),
                QJsonObject { { QStringLiteral("count"), c.models },
                    { QStringLiteral("target"), c.modelsTarget },
                    { QStringLiteral("met"), c.modelsLevel() == TargetRate::Level::Met } });
        }
        collectives.append(o);
    }
    const QJsonObject root { { QStringLiteral("year"), year.name() },
        { QStringLiteral("reference_date"), targets.referenceDateIn(year).toString(Qt::ISODate) },
        { QStringLiteral("targets"),
            QJsonObject { { QStringLiteral("rate"), double(targets.rateTenths) / 10 },
                { QStringLiteral("group_rate"), double(targets.groupRateTenths) / 10 },
                { QStringLiteral("models_per_group"), targets.modelsPerGroup } } },
        { QStringLiteral("groups"), groups },
        { QStringLiteral("learning_models"), rateJson(stats.modelFigure()) },
        { QStringLiteral("collectives"), collectives } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace thidua
