#include "app/cli/MeetingDocumentsCommand.h"

#include "core/meeting/MeetingDocumentService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace thidua {

namespace {

struct MeetingDocumentsCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDocumentsCommand)
};

const QString Command = QStringLiteral("meeting documents");

} // namespace

int runMeetingDocuments(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MeetingDocumentsCommand::tr("Issue the documents of a meeting (minutes, ballot count record, ballots, "
                                    "proposals, decisions) and write each as PDF and DOCX."));
    const QCommandLineOption outOption(QStringLiteral("out"),
        MeetingDocumentsCommand::tr("The folder to write the documents into."),
        QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("ballot-size"),
        MeetingDocumentsCommand::tr("The paper of the ballots: A4 (default) or A5."),
        QStringLiteral("A4|A5"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        MeetingDocumentsCommand::tr("The date of the proposals and decisions (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        MeetingDocumentsCommand::tr(
            "Only these documents: bien_ban, kiem_phieu, phieu_bau, to_trinh, quyet_dinh (comma separated)."),
        QStringLiteral("LIST"));
    parser.addOptions({ outOption, sizeOption, dateOption, onlyOption });
    parser.addPositionalArgument(QStringLiteral("MEETING"), MeetingDocumentsCommand::tr("The meeting's id."));
    int exitCode = ExitSuccess;
    if (!context.parse(parser, args, Command, &exitCode))
        return exitCode;

    bool ok = false;
    MeetingDocumentService::Request request;
    request.meetingId = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || request.meetingId <= 0)
        return context.usage(MeetingDocumentsCommand::tr("“meeting documents” needs exactly one MEETING id."), Command);
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return context.usage(
            MeetingDocumentsCommand::tr("--out must name the folder to write the documents into."), Command);
    if (parser.isSet(sizeOption)) {
        const QString size = parser.value(sizeOption).toUpper();
        if (size != QStringLiteral("A4") && size != QStringLiteral("A5"))
            return context.usage(
                MeetingDocumentsCommand::tr("--ballot-size must be A4 or A5, not “%1”.").arg(parser.value(sizeOption)),
                Command);
        request.ballotPaper = size == QStringLiteral("A5") ? PageSetup::Paper::A5 : PageSetup::Paper::A4;
    }
    if (parser.isSet(dateOption)) {
        request.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!request.date.isValid())
            return context.usage(MeetingDocumentsCommand::tr("--date must be a date such as 2025-05-26, not “%1”.")
                                     .arg(parser.value(dateOption)),
                Command);
    }
    if (parser.isSet(onlyOption)) {
        request.parts.clear();
        for (const QString& key : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            MeetingDocuments::Part part;
            if (!MeetingDocuments::partFromKey(key, &part))
                return context.usage(MeetingDocumentsCommand::tr("Unknown document “%1” in --only: use bien_ban, "
                                                                 "kiem_phieu, phieu_bau, to_trinh or quyet_dinh.")
                                         .arg(key.trimmed()),
                    Command);
            if (!request.parts.contains(part))
                request.parts << part;
        }
        if (request.parts.isEmpty())
            return context.usage(MeetingDocumentsCommand::tr("--only names no document."), Command);
    }

    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    MeetingDocumentService service((*database)->connection(), QDate::currentDate());
    auto written = service.write(request, out);
    if (!written)
        return context.fail(written.error());
    for (const RegisterEntry& entry : std::as_const(written->numbers))
        context.out() << MeetingDocumentsCommand::tr("Number %1 (%2)").arg(entry.symbol, entry.kind) << Qt::endl;
    for (const QString& file : std::as_const(written->files))
        context.out() << QFileInfo(file).fileName() << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
