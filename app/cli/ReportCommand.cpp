#include "app/cli/ReportCommand.h"

#include "app/cli/ReportDocumentCommand.h"
#include "core/reports/ReportTextService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace thidua {

namespace {

// A text file of a section: UTF-8, at most this many bytes (far above ReportTextService::MaxChars).
constexpr qint64 MaxFileBytes = 1024 * 1024;

// --year 2024-2025, or --from 2023 --to 2025 (a stage, as `report stage` takes it); nullopt with the problem printed.
std::optional<ReportPeriod> period(
    CliContext& context, const QCommandLineParser& parser, const QString& command, int* exitCode)
{
    const QString year = parser.value(QStringLiteral("year"));
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (!year.isEmpty() && (!from.isEmpty() || !to.isEmpty())) {
        *exitCode = context.usage(ReportCommand::tr("Give either --year or --from and --to, not both."), command);
        return std::nullopt;
    }
    if (!year.isEmpty()) {
        int start = 0;
        if (!context.parseSchoolYear(year, &start, command, exitCode))
            return std::nullopt;
        return ReportPeriod::annual(start);
    }
    if (from.isEmpty() || to.isEmpty()) {
        *exitCode = context.usage(
            ReportCommand::tr("Give the school year (--year 2024-2025) or the stage (--from 2023 --to 2025)."),
            command);
        return std::nullopt;
    }
    const auto stage = ReportPeriod::parse(from + QLatin1Char('-') + to);
    if (!stage) {
        *exitCode =
            context.usage(ReportCommand::tr("--from %1 --to %2 is not a stage: --to is the year it ends, after --from.")
                              .arg(from, to),
                command);
        return std::nullopt;
    }
    return stage;
}

std::optional<QString> readFile(CliContext& context, const QString& path, int* exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = context.fail(
            Error { Error::Code::Io, ReportCommand::tr("Cannot read %1: %2").arg(path, file.errorString()) });
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *exitCode = context.fail(Error { Error::Code::TooLarge,
            ReportCommand::tr("%1 is %2 bytes; a section's text file may hold at most %3.")
                .arg(path)
                .arg(file.size())
                .arg(MaxFileBytes) });
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        *exitCode = context.fail(Error { Error::Code::Format,
            ReportCommand::tr("%1 is not UTF-8 text: save it as UTF-8 (Unicode) and try again.").arg(path) });
        return std::nullopt;
    }
    return text;
}

void print(CliContext& context, const ReportText& text)
{
    QString marker;
    if (text.offered)
        marker = ReportCommand::tr(" (suggested from %1)").arg(text.source.name());
    else if (text.body.isEmpty())
        marker = ReportCommand::tr(" (not written yet)");
    context.out() << "[" << ReportTextSections::key(text.section) << "] " << ReportTextSections::heading(text.section)
                  << marker << '\n';
    if (!text.body.isEmpty())
        context.out() << text.body << '\n';
    context.out() << '\n';
}

} // namespace

ReportCommand::ReportCommand()
{
    m_subCommands = {
        { QStringLiteral("text"),
            QStringLiteral("thidua-cli report text --year 2024-2025 | --from 2023 --to 2025 [--section KEY "
                           "[--text TEXT | --file FILE]]"),
            [this](CliContext& c, const QStringList& a) { return text(c, a); } },
        { QStringLiteral("annual"),
            QStringLiteral("thidua-cli report annual --year 2024-2025 --out FILE.pdf|FILE.docx [--date YYYY-MM-DD] "
                           "[--recipient NAME]"),
            runReportAnnual },
        { QStringLiteral("stage"),
            QStringLiteral("thidua-cli report stage --from 2023 --to 2025 --out FILE.pdf|FILE.docx [--date YYYY-MM-DD] "
                           "[--recipient NAME]"),
            runReportStage },
        { QStringLiteral("stats"),
            QStringLiteral("thidua-cli report stats --year 2024-2025 --out FILE.xlsx"),
            runReportStats },
    };
}

QString ReportCommand::summary() const
{
    return tr("The movement's reports: the annual report, the stage reviews, the statistics and the judgement sections "
              "written for a year or a stage.");
}

int ReportCommand::run(CliContext& context, const QStringList& arguments)
{
    return MeetingCli::dispatch(context, arguments, m_subCommands, name(), summary());
}

int ReportCommand::text(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), tr("The school year of the annual report."), QStringLiteral("Y") },
        { QStringLiteral("from"), tr("The first year of a stage (2023)."), QStringLiteral("YEAR") },
        { QStringLiteral("to"), tr("The year a stage ends (2025 for 2023–2025)."), QStringLiteral("YEAR") },
        { QStringLiteral("section"),
            tr("noi_bat, ton_tai, nguyen_nhan, phuong_huong or kien_nghi."),
            QStringLiteral("KEY") },
        { QStringLiteral("text"), tr("The section's new text (empty: remove it)."), QStringLiteral("TEXT") },
        { QStringLiteral("file"), tr("A UTF-8 text file holding the section's new text."), QStringLiteral("FILE") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("report text");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto p = period(context, parser, command, &exitCode);
    if (!p)
        return exitCode;
    const bool setting = parser.isSet(QStringLiteral("text")) || parser.isSet(QStringLiteral("file"));
    if (parser.isSet(QStringLiteral("text")) && parser.isSet(QStringLiteral("file")))
        return context.usage(tr("Give either --text or --file, not both."), command);
    std::optional<ReportTextSection> section;
    if (parser.isSet(QStringLiteral("section"))) {
        section = ReportTextSections::fromKey(parser.value(QStringLiteral("section")));
        if (!section)
            return context.usage(tr("Unknown section “%1”: use noi_bat, ton_tai, nguyen_nhan, phuong_huong or "
                                    "kien_nghi.")
                                     .arg(parser.value(QStringLiteral("section"))),
                command);
    } else if (setting) {
        return context.usage(tr("--section is needed with --text or --file."), command);
    }
    if (setting) {
        std::optional<QString> body = parser.value(QStringLiteral("text"));
        if (parser.isSet(QStringLiteral("file")))
            body = readFile(context, parser.value(QStringLiteral("file")), &exitCode);
        if (!body)
            return exitCode;
        const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
        if (!db.isOpen())
            return exitCode;
        if (auto saved = ReportTextService(db).save(*p, *section, *body); !saved)
            return context.fail(saved.error());
        return ExitSuccess;
    }
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    if (!db.isOpen())
        return exitCode;
    auto draft = ReportTextService(db).draft(*p);
    if (!draft)
        return context.fail(draft.error());
    for (const ReportText& t : std::as_const(*draft)) {
        if (!section || t.section == *section)
            print(context, t);
    }
    context.out().flush();
    return ExitSuccess;
}

} // namespace thidua
