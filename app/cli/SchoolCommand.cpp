#include "app/cli/SchoolCommand.h"

#include "core/school/SchoolQuery.h"
#include "core/school/SchoolService.h"

namespace thidua {

QString SchoolCommand::summary() const
{
    return tr("Show the school profile, or change one field (school show | school set KEY VALUE).");
}

int SchoolCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QString keys = SchoolProfile::keys().join(QStringLiteral(", "));
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral("  thidua-cli school show\n  thidua-cli school set KEY VALUE\n")
                      << tr("Keys: %1").arg(keys) << Qt::endl;
        return ExitSuccess;
    }
    if (action != QStringLiteral("show") && action != QStringLiteral("set")) {
        return context.usage(action.isEmpty() ? tr("Missing action: show or set.")
                                              : tr("Unknown action “%1”: use show or set.").arg(action),
            name());
    }
    if (action == QStringLiteral("show") && arguments.size() != 1)
        return context.usage(tr("“school show” takes no arguments."), name());
    if (action == QStringLiteral("set") && arguments.size() != 3)
        return context.usage(tr("“school set” needs a key and a value."), name());
    if (action == QStringLiteral("set") && !SchoolProfile::keys().contains(arguments[1]))
        return context.usage(tr("Unknown key “%1”. Keys: %2").arg(arguments[1], keys), name());

    auto database =
        context.database(action == QStringLiteral("show") ? CliContext::Access::Read : CliContext::Access::Write);
    if (!database)
        return context.fail(database.error());
    if (action == QStringLiteral("set")) {
        if (auto saved = SchoolService((*database)->connection()).setProfileField(arguments[1], arguments[2]); !saved)
            return context.fail(saved.error());
        return ExitSuccess;
    }

    const SchoolQuery query((*database)->connection());
    auto profile = query.profile();
    if (!profile)
        return context.fail(profile.error());

    QTextStream& out = context.out();
    for (const QString& key : SchoolProfile::keys())
        out << key << ": " << profile->field(key) << '\n';
    for (const SchoolLeader& leader : std::as_const(profile->leaders))
        out << (leader.role == SchoolLeader::Role::Head ? "head: " : "deputy: ") << leader.fullName << " ("
            << leader.title << ")\n";
    auto years = query.years();
    if (!years)
        return context.fail(years.error());
    QStringList names;
    for (const SchoolYear& year : std::as_const(*years))
        names << year.name();
    out << "school_years: " << names.join(QStringLiteral(", ")) << '\n';
    const auto staff = query.activePeople(PersonKind::Staff);
    const auto students = query.activePeople(PersonKind::Student);
    out << "staff: " << (staff ? *staff : 0) << '\n' << "students: " << (students ? *students : 0) << '\n';
    return ExitSuccess;
}

} // namespace thidua
