// thidua: the desktop program. Options: --db PATH, --lang vi|en, --page KEY, --screenshot FILE.
#include "core/common/RuntimeDirectory.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "ui/MainWindow.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/EvidenceHousekeeping.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace thidua;

namespace {
// For the strings of main(), which has no class.
struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

// The value of --lang, read before the parser so its help texts are already translated.
QString languageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
}

// Opens the school's file; while another program holds it, offers to try again. Null when the user gives up or
// the file cannot be used (the reason is shown and printed).
std::unique_ptr<Database> openDatabase(const QString& path, QTextStream& err)
{
    for (;;) {
        auto database = Database::open(path);
        if (database)
            return std::move(database).value();
        const Error& error = database.error();
        err << error.toString() << Qt::endl;
        const bool busy = error.code == Error::Code::Busy;
        QMessageBox box(busy ? QMessageBox::Warning : QMessageBox::Critical,
            Gui::tr("ThiĐua"),
            Gui::tr("The database could not be opened."),
            busy ? QMessageBox::NoButton : QMessageBox::Close);
        box.setInformativeText(error.toString());
        QPushButton* again = busy ? box.addButton(Gui::tr("Try again"), QMessageBox::AcceptRole) : nullptr;
        if (busy)
            box.addButton(Gui::tr("Cancel"), QMessageBox::RejectRole);
        box.exec(); // before the main window: nothing else runs yet
        if (!again || box.clickedButton() != again)
            return nullptr;
    }
}
} // namespace

int main(int argc, char* argv[])
{
    // Started as root or from a session without XDG_RUNTIME_DIR, the platform plugin would warn on every start.
    RuntimeDirectory::ensure();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThiDua"));
    QApplication::setApplicationName(QStringLiteral("ThiDua"));
    QApplication::setApplicationVersion(QStringLiteral(THIDUA_VERSION));

    QSettings settings;
    QTextStream err(stderr);
    QString language = languageOption(QApplication::arguments());
    if (language.isEmpty())
        language = settings.value(QStringLiteral("language"), Translation::defaultLanguage()).toString();
    if (!Translation::install(app, language)) {
        Translation::install(app, Translation::defaultLanguage());
        err << Gui::tr("Unknown language “%1”: use vi or en.").arg(language) << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("ThiĐua: emulation and commendation records for schools."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        Gui::tr("The school's database file (default: %1).").arg(Database::defaultPath()),
        Gui::tr("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), Gui::tr("The language of the program: vi or en."), QStringLiteral("vi|en"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        Gui::tr("The page to show first: school, years, staff, students, collectives or council."),
        Gui::tr("PAGE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        Gui::tr("Show the window, save a picture of it to FILE (PNG) and quit."),
        Gui::tr("FILE"));
    parser.addOptions({ dbOption, langOption, pageOption, screenshotOption });
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    std::unique_ptr<Database> database = openDatabase(path, err);
    if (!database)
        return 1;

    // Files left by a crash before their row was written, and the trash older than 30 days.
    if (!database->isReadOnly()) {
        for (const QString& problem :
            EvidenceHousekeeping::atStart(database->connection(), path, QDateTime::currentDateTime()))
            err << problem << Qt::endl;
    }

    Workspace workspace(database->connection(), path, settings, [] { return QDate::currentDate(); });
    MainWindow window(workspace);
    window.restoreLayout();
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        err << Gui::tr("Unknown page “%1”.").arg(parser.value(pageOption)) << Qt::endl;
        return 2;
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.show();
        // After the event loop has laid out and painted the window.
        QTimer::singleShot(400, &window, [&window, &err, file] {
            if (!window.grab().save(file, "PNG")) {
                err << Gui::tr("The picture could not be saved to %1.").arg(file) << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
        return app.exec();
    }

    window.show();
    return app.exec();
}
