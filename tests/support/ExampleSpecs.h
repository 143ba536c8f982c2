#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentService.h"

#include <QStringList>

namespace thidua::test {

// The example descriptions in resources/documents, one per kind, prepared as a preview prepares them (numbers
// shown, none issued).
class ExampleSpecs
{
public:
    static QString directory();
    // File names (without the directory) of every example, schema excluded.
    static QStringList files();
    // Loads an example and prepares it against the database at `databasePath` (created when missing).
    static Result<DocumentService::Output> prepare(const QString& file, const QString& databasePath);
};

} // namespace thidua::test
