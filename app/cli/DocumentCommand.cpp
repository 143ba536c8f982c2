#include "app/cli/DocumentCommand.h"

#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentSpec.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "core/documents/RegisterExport.h"
#include "core/documents/kinds/CertificateDocument.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace thidua {

QString DocumentCommand::summary() const
{
    return tr("Render documents from a JSON description, list the register and the legal bases "
              "(document render | register | bases | calibrate).");
}

int DocumentCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("render"))
        return render(context, arguments.mid(1));
    if (action == QStringLiteral("register"))
        return registerList(context, arguments.mid(1));
    if (action == QStringLiteral("bases"))
        return bases(context, arguments.mid(1));
    if (action == QStringLiteral("calibrate"))
        return calibrate(context, arguments.mid(1));
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral("  thidua-cli document render SPEC.json --out FILE.pdf|FILE.docx [--preview]\n"
                                        "  thidua-cli document register [--year YYYY] [--export FILE.xlsx|FILE.csv]\n"
                                        "  thidua-cli document bases [--date YYYY-MM-DD] [--kind KIND]\n"
                                        "  thidua-cli document calibrate [--printer NAME] --out FILE.pdf\n")
                      << tr("Kinds: %1").arg(DocumentSpec::kinds().join(QStringLiteral(", "))) << Qt::endl;
        return ExitSuccess;
    }
    return context.usage(action.isEmpty()
            ? tr("Missing action: render, register, bases or calibrate.")
            : tr("Unknown action “%1”: use render, register, bases or calibrate.").arg(action),
        name());
}

int DocumentCommand::render(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Render the documents described in SPEC.json as PDF or DOCX."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The file to write: .pdf or .docx."), QStringLiteral("FILE"));
    const QCommandLineOption previewOption(QStringLiteral("preview"),
        tr("Render with the numbers the documents would get, without issuing them (the register is unchanged)."));
    parser.addOptions({ outOption, previewOption });
    parser.addPositionalArgument(QStringLiteral("SPEC.json"), tr("The description of the documents."));
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("document render"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("“document render” needs exactly one SPEC.json."), name());
    const QString out = parser.value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("docx")))
        return context.usage(tr("--out must name a .pdf or .docx file."), name());

    auto specs = DocumentSpec::load(parser.positionalArguments().constFirst());
    if (!specs)
        return context.fail(specs.error());
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    DocumentService service((*database)->connection(), QDate::currentDate());
    auto prepared = service.prepare(*specs);
    if (!prepared)
        return context.fail(prepared.error());
    // Another organisation's head is not known here: its documents are signed by a blank name, said out loud.
    for (const QString& document : DocumentService::unsignedDocuments(prepared->descriptions))
        context.err() << tr("Warning: %1 names no signer; the signature name is left blank (give \"signers\" in the "
                            "description).")
                             .arg(document)
                      << Qt::endl;
    if (suffix == QStringLiteral("docx") && !prepared->preprinted.isEmpty())
        return context.fail(Error(Error::Code::Validation,
            tr("Certificates on pre-printed blanks are printed or saved as PDF only; use \"mode\": \"plain\" for "
               "DOCX.")));

    // The file is written with the numbers issued, inside the transaction that issues them: when it cannot be
    // written, no number is taken.
    const auto write = [&suffix, &out](const DocumentService::Output& documents) -> Status {
        if (suffix == QStringLiteral("docx"))
            return DocxWriter::save(documents.documents, out);
        return documents.pages ? PdfRenderer::save(*documents.pages, out) : PdfRenderer::save(documents.documents, out);
    };
    const bool preview = parser.isSet(previewOption);
    if (preview) {
        if (auto saved = write(*prepared); !saved)
            return context.fail(saved.error());
    } else {
        auto issued = service.issue(prepared->descriptions, write);
        if (!issued)
            return context.fail(issued.error());
        prepared = std::move(issued);
    }
    for (const RegisterEntry& entry : std::as_const(prepared->numbers)) {
        if (preview)
            context.out() << tr("Number %1 (%2) not issued: preview").arg(entry.symbol, entry.kind) << Qt::endl;
        else
            context.out() << tr("Number %1 (%2, printed %3 times)").arg(entry.symbol, entry.kind).arg(entry.printCount)
                          << Qt::endl;
    }
    return ExitSuccess;
}

int DocumentCommand::registerList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the document register (numbers given out), oldest first."));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("Only this calendar year."), QStringLiteral("YYYY"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
        tr("Write the register to FILE: an Excel workbook (.xlsx) or CSV (.csv)."),
        QStringLiteral("FILE"));
    parser.addOptions({ yearOption, exportOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("document register"), &exitCode))
        return exitCode;
    int year = 0;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return context.usage(
                tr("--year must be a year such as 2025, not “%1”.").arg(parser.value(yearOption)), name());
    }
    const QString exportPath = parser.value(exportOption);
    const QString exportSuffix = QFileInfo(exportPath).suffix().toLower();
    if (parser.isSet(exportOption) && exportSuffix != QStringLiteral("xlsx") && exportSuffix != QStringLiteral("csv"))
        return context.usage(
            tr("--export must name a .xlsx or .csv file, not “%1”.").arg(QFileInfo(exportPath).fileName()), name());
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto entries = DocumentQuery((*database)->connection()).registerEntries(year);
    if (!entries)
        return context.fail(entries.error());
    if (parser.isSet(exportOption) && exportSuffix == QStringLiteral("xlsx")) {
        if (auto saved = RegisterExport::saveXlsx(*entries, exportPath); !saved)
            return context.fail(saved.error());
        return ExitSuccess;
    }
    if (parser.isSet(exportOption)) {
        const QString& path = exportPath;
        QSaveFile file(path);
        const QByteArray csv = RegisterExport::toCsv(*entries);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return context.fail(Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path));
        return ExitSuccess;
    }
    QTextStream& out = context.out();
    for (const RegisterEntry& entry : std::as_const(*entries)) {
        out << entry.year << '\t' << RegisterEntry::issuerKey(entry.issuer) << '\t' << entry.symbol << '\t'
            << VietnameseFormat::shortDate(entry.date) << '\t' << entry.kind << '\t' << entry.summary << '\t'
            << entry.printCount << '\n';
    }
    out.flush();
    return ExitSuccess;
}

int DocumentCommand::bases(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the legal bases (căn cứ); with --date, those a document of that date cites."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The document's date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("The document's kind."), QStringLiteral("KIND"));
    parser.addOptions({ dateOption, kindOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("document bases"), &exitCode))
        return exitCode;
    QDate date;
    if (parser.isSet(dateOption)) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid())
            return context.usage(
                tr("--date must be a date such as 2025-09-10, not “%1”.").arg(parser.value(dateOption)), name());
    }
    const QString kind = parser.value(kindOption);
    if (!kind.isEmpty() && !DocumentSpec::kinds().contains(kind))
        return context.usage(
            tr("--kind must be one of %1.").arg(DocumentSpec::kinds().join(QStringLiteral(", "))), name());
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    const DocumentQuery query((*database)->connection());
    auto list = date.isValid() ? query.legalBasesValidOn(date, kind.isEmpty() ? QStringLiteral("to_trinh") : kind)
                               : query.legalBases();
    if (!list)
        return context.fail(list.error());
    QTextStream& out = context.out();
    for (const LegalBasis& basis : std::as_const(*list)) {
        out << basis.id << '\t' << VietnameseFormat::shortDate(basis.validFrom) << '\t'
            << VietnameseFormat::shortDate(basis.validTo) << '\t' << basis.citation() << '\n';
    }
    out.flush();
    return ExitSuccess;
}

int DocumentCommand::calibrate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the calibration sheet for certificates on pre-printed blanks."));
    const QCommandLineOption printerOption(
        QStringLiteral("printer"), tr("Use the positions saved for this printer."), QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("FILE.pdf"));
    parser.addOptions({ printerOption, outOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("document calibrate"), &exitCode))
        return exitCode;
    if (!parser.value(outOption).endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return context.usage(tr("--out must name a .pdf file."), name());
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto layout = DocumentQuery((*database)->connection()).certificateLayout(parser.value(printerOption));
    if (!layout)
        return context.fail(layout.error());
    auto page = CertificateDocument::calibrationPage(*layout);
    if (!page)
        return context.fail(page.error());
    if (auto saved = PdfRenderer::save(*page, parser.value(outOption)); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

} // namespace thidua
