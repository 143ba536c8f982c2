// thidua-cli evidence list: the evidence files as a table, CSV or JSON.
#include "app/cli/EvidenceCommand.h"
#include "core/common/Csv.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceStore.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thidua {

namespace {

QString yearName(const SchoolYears& years, qint64 id)
{
    for (const SchoolYear& year : years) {
        if (year.id == id)
            return year.name();
    }
    return QString();
}

} // namespace

int EvidenceCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the evidence files, by code."));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("Only this school year."), QStringLiteral("2024-2025"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Only the files backing this record."), QStringLiteral("TARGET"));
    const QCommandLineOption trashOption(QStringLiteral("trash"), tr("List the trash instead (kept 30 days)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("Output format (default: table)."),
        QStringLiteral("table|csv|json"),
        QStringLiteral("table"));
    parser.addOptions({ yearOption, toOption, trashOption, formatOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("evidence list"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("“evidence list” takes no file names."), name());
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("table") && format != QStringLiteral("csv") && format != QStringLiteral("json"))
        return context.usage(tr("--format must be table, csv or json, not “%1”.").arg(format), name());
    EvidenceFilter filter;
    filter.trashed = parser.isSet(trashOption);
    filter.schoolYearId = schoolYearId(context, parser.value(yearOption), name(), &exitCode);
    if (filter.schoolYearId < 0)
        return exitCode;
    if (parser.isSet(toOption)) {
        const auto target = parseTarget(context, parser.value(toOption), name(), &exitCode);
        if (!target)
            return exitCode;
        filter.kind = target->kind;
        filter.targetId = target->targetId;
        filter.itemCode = target->itemCode;
    }
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto listed = EvidenceQuery((*database)->connection()).list(filter);
    if (!listed)
        return context.fail(listed.error());
    auto years = SchoolQuery((*database)->connection()).years();
    if (!years)
        return context.fail(years.error());
    auto linksOf = [&](const Evidence& e) {
        QStringList links;
        for (const EvidenceLink& link : e.links)
            links << targetText(context, link);
        return links;
    };
    QTextStream& out = context.out();
    if (format == QStringLiteral("csv")) {
        out << Csv::record({ QStringLiteral("id"),
            QStringLiteral("code"),
            QStringLiteral("school_year"),
            QStringLiteral("name"),
            QStringLiteral("size"),
            QStringLiteral("media_type"),
            QStringLiteral("sha256"),
            QStringLiteral("description"),
            QStringLiteral("number"),
            QStringLiteral("date"),
            QStringLiteral("issuer"),
            QStringLiteral("links"),
            QStringLiteral("added_at"),
            QStringLiteral("added_by"),
            QStringLiteral("trashed_at") });
        for (const Evidence& e : std::as_const(*listed)) {
            out << Csv::record({ QString::number(e.id),
                e.code,
                yearName(*years, e.schoolYearId),
                e.displayName(),
                QString::number(e.size),
                e.mediaType,
                e.sha256,
                e.description,
                e.paper.number,
                VietnameseFormat::shortDate(e.paper.date),
                e.paper.issuer,
                linksOf(e).join(QStringLiteral("; ")),
                e.addedAt.toString(Qt::ISODate),
                e.addedBy,
                e.trashedAt.toString(Qt::ISODate) });
        }
    } else if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const Evidence& e : std::as_const(*listed)) {
            array.append(QJsonObject { { QStringLiteral("id"), e.id },
                { QStringLiteral("code"), e.code },
                { QStringLiteral("school_year"), yearName(*years, e.schoolYearId) },
                { QStringLiteral("name"), e.displayName() },
                { QStringLiteral("original_name"), e.originalName },
                { QStringLiteral("size"), e.size },
                { QStringLiteral("media_type"), e.mediaType },
                { QStringLiteral("sha256"), e.sha256 },
                { QStringLiteral("description"), e.description },
                { QStringLiteral("number"), e.paper.number },
                { QStringLiteral("date"), e.paper.date.toString(Qt::ISODate) },
                { QStringLiteral("issuer"), e.paper.issuer },
                { QStringLiteral("links"), QJsonArray::fromStringList(linksOf(e)) },
                { QStringLiteral("added_at"), e.addedAt.toString(Qt::ISODate) },
                { QStringLiteral("added_by"), e.addedBy },
                { QStringLiteral("trashed_at"), e.trashedAt.toString(Qt::ISODate) } });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> rows {
            { tr("No."), tr("Code"), tr("School year"), tr("File"), tr("Size"), tr("Attached to") }
        };
        for (const Evidence& e : std::as_const(*listed)) {
            rows.append({ QString::number(e.id),
                e.code,
                yearName(*years, e.schoolYearId),
                e.displayName(),
                EvidenceStore::sizeText(e.size),
                linksOf(e).join(QStringLiteral(", ")) });
        }
        QList<qsizetype> widths(rows.constFirst().size(), 0);
        for (const QStringList& row : std::as_const(rows)) {
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        }
        for (const QStringList& row : std::as_const(rows)) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += (c ? QStringLiteral("  ") : QString())
                    + (c + 1 < row.size() ? row.at(c).leftJustified(widths[c]) : row.at(c));
            out << line << '\n';
        }
        out << (filter.trashed ? tr("%n file(s) in the trash", nullptr, int(listed->size()))
                               : tr("%n evidence file(s)", nullptr, int(listed->size())))
            << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace thidua
