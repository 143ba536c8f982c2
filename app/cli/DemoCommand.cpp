#include "app/cli/DemoCommand.h"

#include "core/demo/DemoSchool.h"
#include "core/people/PeopleQuery.h"

#include <QCommandLineParser>

namespace thidua {

QString DemoCommand::summary() const
{
    return tr("Create a demo school (60+ staff, 600+ students, two school years) in an empty database.");
}

int DemoCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption reference(
        QStringLiteral("reference"), tr("Create the large reference school (250 staff, 2,500 students, 8 years)."));
    parser.addOption(reference);
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, name(), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());

    auto database = context.database(CliContext::Access::Create);
    if (!database)
        return context.fail(database.error());
    DemoSchool::Size size = parser.isSet(reference) ? DemoSchool::reference() : DemoSchool::Size();
    size.lastStartYear =
        QDate::currentDate().month() >= 8 ? QDate::currentDate().year() : QDate::currentDate().year() - 1;
    if (auto built = DemoSchool::build((*database)->connection(), size); !built)
        return context.fail(built.error());
    const PeopleQuery people((*database)->connection());
    // Those at the school now: the intakes that finished grade 12 in earlier years have left.
    const auto staff = people.count({ PersonKind::Staff, true });
    const auto students = people.count({ PersonKind::Student, true });
    context.out() << tr("Demo school created in %1: %2 staff, %3 students.")
                         .arg(context.databasePath())
                         .arg(staff ? *staff : 0)
                         .arg(students ? *students : 0)
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
