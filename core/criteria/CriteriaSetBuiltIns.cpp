#include "core/criteria/CriteriaSetBuiltIns.h"

#include "core/criteria/CriteriaJson.h"

#include <QDir>

namespace thidua {

QStringList CriteriaSetBuiltIns::files()
{
    const QDir dir(QStringLiteral(":/thidua/criteria"));
    QStringList paths;
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : names)
        paths << dir.filePath(name);
    return paths;
}

Result<CriteriaSets> CriteriaSetBuiltIns::all()
{
    CriteriaSets sets;
    const QStringList paths = files();
    for (const QString& path : paths) {
        auto set = CriteriaJson::readFile(path);
        if (!set)
            return set.error();
        set->builtIn = true;
        set->version = 1;
        sets << *set;
    }
    return sets;
}

} // namespace thidua
