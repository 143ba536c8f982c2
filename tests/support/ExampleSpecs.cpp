#include "tests/support/ExampleSpecs.h"

#include "core/db/Database.h"
#include "core/documents/DocumentSpec.h"

#include <QDir>

namespace thidua::test {

QString ExampleSpecs::directory()
{
    return QStringLiteral(THIDUA_DOCUMENT_DATA);
}

QStringList ExampleSpecs::files()
{
    QStringList names = QDir(directory()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("spec.schema.json"));
    return names;
}

Result<DocumentService::Output> ExampleSpecs::prepare(const QString& file, const QString& databasePath)
{
    auto specs = DocumentSpec::load(QDir(directory()).filePath(file));
    if (!specs)
        return specs.error();
    auto database = Database::open(databasePath);
    if (!database)
        return database.error();
    DocumentService service((*database)->connection(), QDate(2025, 9, 10));
    return service.prepare(*specs);
}

} // namespace thidua::test
