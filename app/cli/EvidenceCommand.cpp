#include "app/cli/EvidenceCommand.h"

#include "app/cli/EvidenceDossierCommand.h"
#include "core/common/PartialDate.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceService.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <csignal>

namespace thidua {

namespace {

// Tests only (TestEvidenceCommand): THIDUA_TEST_KILL_AT=stored kills thidua-cli with SIGKILL after the files are in
// the store and before their rows are written; =writing, in the middle of copying the first file.
QByteArray killPoint()
{
    return qgetenv("THIDUA_TEST_KILL_AT");
}

} // namespace

EvidenceCommand::EvidenceCommand()
{
    m_subCommands = {
        { QStringLiteral("add"),
            QStringLiteral("thidua-cli evidence add FILE|FOLDER… --to person:CODE|collective:ID|assessment:ID:ITEM|"
                           "cdht:ID|nomination:ID|activity:ID [--year 2024-2025] [--code CODE] [--description TEXT] "
                           "[--number NUMBER "
                           "--date dd/mm/yyyy --issuer NAME] [--by NAME]"),
            [this](CliContext& c, const QStringList& a) { return add(c, a); } },
        { QStringLiteral("list"),
            QStringLiteral("thidua-cli evidence list [--year 2024-2025] [--to TARGET] [--trash] "
                           "[--format table|csv|json]"),
            [this](CliContext& c, const QStringList& a) { return list(c, a); } },
        { QStringLiteral("export"),
            QStringLiteral("thidua-cli evidence export ID --out PATH"),
            [this](CliContext& c, const QStringList& a) { return exportFile(c, a); } },
        { QStringLiteral("link"),
            QStringLiteral("thidua-cli evidence link ID --to TARGET"),
            [this](CliContext& c, const QStringList& a) { return link(c, a); } },
        { QStringLiteral("unlink"),
            QStringLiteral("thidua-cli evidence unlink ID --to TARGET [--yes]"),
            [this](CliContext& c, const QStringList& a) { return unlink(c, a); } },
        { QStringLiteral("restore"),
            QStringLiteral("thidua-cli evidence restore ID"),
            [this](CliContext& c, const QStringList& a) { return restore(c, a); } },
        { QStringLiteral("purge"),
            QStringLiteral("thidua-cli evidence purge"),
            [this](CliContext& c, const QStringList& a) { return purge(c, a); } },
        { QStringLiteral("limit"),
            QStringLiteral("thidua-cli evidence limit [MB]"),
            [this](CliContext& c, const QStringList& a) { return limit(c, a); } },
        { QStringLiteral("index"), EvidenceDossierCommand::indexUsage(), &EvidenceDossierCommand::index },
        { QStringLiteral("dossier"), EvidenceDossierCommand::dossierUsage(), &EvidenceDossierCommand::dossier },
    };
}

void EvidenceCommand::addSubCommand(SubCommand subCommand)
{
    m_subCommands.append(std::move(subCommand));
}

QString EvidenceCommand::summary() const
{
    return tr("Keep evidence files (minh chứng) and attach them to records (evidence add | list | export | link | "
              "unlink …).");
}

int EvidenceCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    QStringList names;
    for (const SubCommand& sub : std::as_const(m_subCommands)) {
        names << sub.name;
        if (sub.name == action)
            return sub.run(context, arguments.mid(1));
    }
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl;
        for (const SubCommand& sub : std::as_const(m_subCommands))
            context.out() << "  " << sub.usage << '\n';
        context.out() << tr("ID is the number shown by “evidence list”, or the evidence code.") << Qt::endl;
        return ExitSuccess;
    }
    const QString known = names.join(QStringLiteral(", "));
    return context.usage(
        action.isEmpty() ? tr("Missing action: %1.").arg(known) : tr("Unknown action “%1”: use %2.").arg(action, known),
        name());
}

std::optional<EvidenceLink> EvidenceCommand::parseTarget(
    CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    EvidenceLink link;
    const QString kind = parts.value(0).trimmed().toLower();
    auto number = [&](const QString& part) {
        bool ok = false;
        const qint64 value = part.trimmed().toLongLong(&ok);
        return ok && value > 0 ? value : qint64(0);
    };
    bool valid = false;
    if (kind == QStringLiteral("person") && parts.size() == 2 && !parts.at(1).trimmed().isEmpty()) {
        auto database = context.database();
        if (!database) {
            *exitCode = context.fail(database.error());
            return std::nullopt;
        }
        auto person = PeopleQuery((*database)->connection()).personByCode(parts.at(1));
        if (!person) {
            *exitCode = context.fail(person.error());
            return std::nullopt;
        }
        link = { EvidenceLink::Kind::Person, person->id, QString() };
        valid = true;
    } else if (kind == QStringLiteral("collective") && parts.size() == 2) {
        link = { EvidenceLink::Kind::Collective, number(parts.at(1)), QString() };
        valid = link.targetId > 0;
    } else if (kind == QStringLiteral("assessment") && parts.size() == 3) {
        link = { EvidenceLink::Kind::AssessmentItem, number(parts.at(1)), parts.at(2).trimmed() };
        valid = link.targetId > 0 && !link.itemCode.isEmpty();
    } else if (kind == QStringLiteral("cdht") && parts.size() == 2) {
        link = { EvidenceLink::Kind::LearningResult, number(parts.at(1)), QString() };
        valid = link.targetId > 0;
    } else if (kind == QStringLiteral("nomination") && parts.size() == 2) {
        link = { EvidenceLink::Kind::Nomination, number(parts.at(1)), QString() };
        valid = link.targetId > 0;
    } else if (kind == QStringLiteral("activity") && parts.size() == 2) {
        link = { EvidenceLink::Kind::Activity, number(parts.at(1)), QString() };
        valid = link.targetId > 0;
    }
    if (!valid) {
        *exitCode = context.usage(tr("--to must be person:CODE, collective:ID, assessment:ID:ITEM, cdht:ID, "
                                     "nomination:ID or activity:ID, not “%1”.")
                                      .arg(text),
            command);
        return std::nullopt;
    }
    return link;
}

QString EvidenceCommand::targetText(CliContext& context, const EvidenceLink& link)
{
    const QString key = EvidenceLink::kindKey(link.kind);
    if (link.kind == EvidenceLink::Kind::Person) {
        auto database = context.database(CliContext::Access::Read);
        if (database) {
            auto person = PeopleQuery((*database)->connection()).person(link.targetId);
            if (person && !person->code.isEmpty())
                return key + u':' + person->code;
        }
    }
    QString text = key + u':' + QString::number(link.targetId);
    if (!link.itemCode.isEmpty())
        text += u':' + link.itemCode;
    return text;
}

qint64 EvidenceCommand::schoolYearId(CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    if (text.isEmpty())
        return 0;
    int startYear = 0;
    if (!context.parseSchoolYear(text, &startYear, command, exitCode))
        return -1;
    auto database = context.database(CliContext::Access::Read);
    if (!database) {
        *exitCode = context.fail(database.error());
        return -1;
    }
    auto year = SchoolQuery((*database)->connection()).yearByStart(startYear);
    if (!year) {
        *exitCode = context.fail(year.error());
        return -1;
    }
    if (year->id == 0) {
        *exitCode = context.fail(Error { Error::Code::NotFound,
            tr("The school has no school year %1-%2; add it first.").arg(startYear).arg(startYear + 1) });
        return -1;
    }
    return year->id;
}

std::optional<Evidence> EvidenceCommand::findEvidence(
    CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    if (text.isEmpty()) {
        *exitCode = context.usage(tr("Name the evidence file: its number or its code."), command);
        return std::nullopt;
    }
    auto database = context.database(CliContext::Access::Read);
    if (!database) {
        *exitCode = context.fail(database.error());
        return std::nullopt;
    }
    const EvidenceQuery query((*database)->connection());
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        auto found = query.get(id);
        if (!found) {
            *exitCode = context.fail(found.error());
            return std::nullopt;
        }
        return *found;
    }
    EvidenceList matches;
    for (bool trashed : { false, true }) {
        EvidenceFilter filter;
        filter.trashed = trashed;
        auto listed = query.list(filter);
        if (!listed) {
            *exitCode = context.fail(listed.error());
            return std::nullopt;
        }
        for (const Evidence& e : std::as_const(*listed)) {
            if (e.code.compare(text, Qt::CaseInsensitive) == 0)
                matches << e;
        }
    }
    if (matches.size() == 1)
        return matches.constFirst();
    *exitCode = context.fail(Error { Error::Code::NotFound,
        matches.isEmpty() ? tr("There is no evidence file with the code %1.").arg(text)
                          : tr("Several school years have an evidence file with the code %1: give its number "
                               "(see “thidua-cli evidence list”).")
                                .arg(text) });
    return std::nullopt;
}

int EvidenceCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add files (or every file of a folder) as evidence of a record. Each file is kept once in the folder "
           "beside the database, named by its SHA-256; its code is proposed from the record unless --code is given."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The files or folders to add."), QStringLiteral("FILE…"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        tr("What the files back: person:CODE, collective:ID, assessment:ID:ITEM, cdht:ID, nomination:ID or "
           "activity:ID."),
        QStringLiteral("TARGET"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        tr("The school year (taken from the assessment or the result when not given)."),
        QStringLiteral("2024-2025"));
    const QCommandLineOption codeOption(QStringLiteral("code"),
        tr("The evidence code (with several files, the start of their codes)."),
        QStringLiteral("CODE"));
    const QCommandLineOption descriptionOption(
        QStringLiteral("description"), tr("A description."), QStringLiteral("TEXT"));
    const QCommandLineOption numberOption(
        QStringLiteral("number"), tr("The number of the official paper (số văn bản)."), QStringLiteral("NUMBER"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The date of the official paper, dd/mm/yyyy."), QStringLiteral("dd/mm/yyyy"));
    const QCommandLineOption issuerOption(
        QStringLiteral("issuer"), tr("Who issued the official paper (cơ quan ban hành)."), QStringLiteral("NAME"));
    const QCommandLineOption byOption(QStringLiteral("by"), tr("Who adds the files."), QStringLiteral("NAME"));
    parser.addOptions(
        { toOption, yearOption, codeOption, descriptionOption, numberOption, dateOption, issuerOption, byOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("evidence add"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return context.usage(tr("Name the files to add."), name());
    if (!parser.isSet(toOption))
        return context.usage(tr("--to is required: what do the files back?"), name());
    QDate paperDate;
    if (parser.isSet(dateOption)) {
        const PartialDate date = PartialDate::fromUserText(parser.value(dateOption).trimmed());
        if (!date.hasDay())
            return context.usage(
                tr("--date must be a day, dd/mm/yyyy, not “%1”.").arg(parser.value(dateOption)), name());
        paperDate = date.date();
    }
    const qint64 yearId = schoolYearId(context, parser.value(yearOption), name(), &exitCode);
    if (yearId < 0)
        return exitCode;
    const auto target = parseTarget(context, parser.value(toOption), name(), &exitCode);
    if (!target)
        return exitCode;
    auto database = context.database();
    if (!database)
        return context.fail(database.error());

    EvidenceService::AddRequest request;
    request.files = EvidenceService::expandFolders(parser.positionalArguments());
    if (request.files.isEmpty())
        return context.fail(Error { Error::Code::Validation, tr("The folders given hold no file.") });
    request.schoolYearId = yearId;
    request.link = *target;
    request.code = parser.value(codeOption).trimmed();
    request.description = parser.value(descriptionOption);
    request.paper = { parser.value(numberOption), paperDate, parser.value(issuerOption) };
    request.by = parser.value(byOption);
    request.at = QDateTime::currentDateTimeUtc();
    EvidenceService service((*database)->connection(), EvidenceStore::forDatabase((*database)->path()));
    EvidenceStore::Progress progress;
    if (killPoint() == "stored")
        service.beforeRowsWritten = [] { return ::raise(SIGKILL) != 0; };
    else if (killPoint() == "writing")
        progress = [](qint64, qint64) { return ::raise(SIGKILL) != 0; };
    auto added = service.add(request, progress);
    if (!added)
        return context.fail(added.error());
    for (const Evidence& e : std::as_const(*added)) {
        context.out() << tr("Added %1: %2 (%3).").arg(e.code, e.displayName(), EvidenceStore::sizeText(e.size)) << '\n';
    }
    context.out() << tr("%n evidence file(s) added.", nullptr, int(added->size())) << Qt::endl;
    return ExitSuccess;
}

int EvidenceCommand::exportFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save a copy of an evidence file (checked against its SHA-256)."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The evidence number or code."));
    const QCommandLineOption outOption(QStringLiteral("out"),
        tr("The file to write, or a folder to write it into under its name."),
        QStringLiteral("PATH"));
    parser.addOption(outOption);
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("evidence export"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || parser.value(outOption).isEmpty())
        return context.usage(tr("Give one evidence file and --out PATH."), name());
    const auto evidence = findEvidence(context, parser.positionalArguments().constFirst(), name(), &exitCode);
    if (!evidence)
        return exitCode;
    QString path = parser.value(outOption);
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(evidence->displayName());
    if (QFileInfo::exists(path))
        return context.fail(Error { Error::Code::Duplicate,
            tr("“%1” exists already; it was left as it is.").arg(QDir::toNativeSeparators(path)),
            path });
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    const EvidenceStore store = EvidenceStore::forDatabase((*database)->path());
    if (auto copied = store.copyOut(evidence->sha256, path); !copied)
        return context.fail(copied.error());
    context.out() << tr("Saved %1 to %2.").arg(evidence->code, QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitSuccess;
}

int EvidenceCommand::link(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Attach an evidence file to one more record."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The evidence number or code."));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The record."), QStringLiteral("TARGET"));
    parser.addOption(toOption);
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("evidence link"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(toOption))
        return context.usage(tr("Give one evidence file and --to TARGET."), name());
    const auto evidence = findEvidence(context, parser.positionalArguments().constFirst(), name(), &exitCode);
    if (!evidence)
        return exitCode;
    const auto target = parseTarget(context, parser.value(toOption), name(), &exitCode);
    if (!target)
        return exitCode;
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    EvidenceService service((*database)->connection(), EvidenceStore::forDatabase((*database)->path()));
    if (auto linked = service.link(evidence->id, *target); !linked)
        return context.fail(linked.error());
    context.out() << tr("%1 now also backs %2.").arg(evidence->code, targetText(context, *target)) << Qt::endl;
    return ExitSuccess;
}

int EvidenceCommand::unlink(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Detach an evidence file from a record. The file stays while another record "
                                        "uses it; detaching the last record moves it to the trash (kept 30 days), "
                                        "which needs --yes."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The evidence number or code."));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The record."), QStringLiteral("TARGET"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Move the file to the trash if no record is left."));
    parser.addOptions({ toOption, yesOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("evidence unlink"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(toOption))
        return context.usage(tr("Give one evidence file and --to TARGET."), name());
    const auto evidence = findEvidence(context, parser.positionalArguments().constFirst(), name(), &exitCode);
    if (!evidence)
        return exitCode;
    const auto target = parseTarget(context, parser.value(toOption), name(), &exitCode);
    if (!target)
        return exitCode;
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    EvidenceService service((*database)->connection(), EvidenceStore::forDatabase((*database)->path()));
    auto last = service.isLastLink(evidence->id, *target);
    if (!last)
        return context.fail(last.error());
    if (*last && !parser.isSet(yesOption)) {
        context.err() << tr("%1 (%2) backs only %3: detaching it would move the file to the trash, where it is kept "
                            "30 days. Nothing was changed; repeat with --yes to do so.")
                             .arg(evidence->code, evidence->displayName(), targetText(context, *target))
                      << Qt::endl;
        return ExitFailure;
    }
    if (auto unlinked = service.unlink(evidence->id, *target, QDateTime::currentDateTimeUtc()); !unlinked)
        return context.fail(unlinked.error());
    context.out() << (*last ? tr("%1 no longer backs %2 and is in the trash (kept 30 days; “thidua-cli evidence "
                                 "restore %3” brings it back).")
                                  .arg(evidence->code, targetText(context, *target))
                                  .arg(evidence->id)
                            : tr("%1 no longer backs %2.").arg(evidence->code, targetText(context, *target)))
                  << Qt::endl;
    return ExitSuccess;
}

int EvidenceCommand::restore(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.constFirst().startsWith(QLatin1Char('-')))
        return context.usage(tr("Give one evidence file to take out of the trash."), name());
    int exitCode = ExitSuccess;
    const auto evidence = findEvidence(context, arguments.constFirst(), name(), &exitCode);
    if (!evidence)
        return exitCode;
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    EvidenceService service((*database)->connection(), EvidenceStore::forDatabase((*database)->path()));
    if (auto restored = service.restore(evidence->id); !restored)
        return context.fail(restored.error());
    context.out() << tr("%1 is out of the trash.").arg(evidence->code) << Qt::endl;
    return ExitSuccess;
}

int EvidenceCommand::purge(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(tr("“evidence purge” takes no arguments."), name());
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    EvidenceService service((*database)->connection(), EvidenceStore::forDatabase((*database)->path()));
    auto purged = service.purgeTrash(QDateTime::currentDateTimeUtc());
    if (!purged)
        return context.fail(purged.error());
    context.out() << tr("%n file(s) deleted from the trash after 30 days.", nullptr, *purged) << Qt::endl;
    return ExitSuccess;
}

int EvidenceCommand::limit(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() > 1)
        return context.usage(tr("Give the largest size of one evidence file in MB, or nothing to see it."), name());
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    EvidenceService service((*database)->connection(), EvidenceStore::forDatabase((*database)->path()));
    if (arguments.size() == 1) {
        bool ok = false;
        const qint64 megabytes = arguments.constFirst().toLongLong(&ok);
        if (!ok || megabytes <= 0 || megabytes > 1024 * 1024)
            return context.usage(
                tr("“%1” is not a size in MB (a whole number from 1 to 1048576).").arg(arguments.constFirst()), name());
        if (auto set = service.setSizeLimit(megabytes * 1024 * 1024); !set)
            return context.fail(set.error());
    }
    auto current = service.sizeLimit();
    if (!current)
        return context.fail(current.error());
    context.out() << tr("The largest evidence file that is added: %1.").arg(EvidenceStore::sizeText(*current))
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
