#pragma once

// The school the GUI tests start from: the demo generator's school, small (16 staff, 120 students, 3 tổ, 6 classes,
// `years` school years up to 2025-2026), in `folder`/school.sqlite.
#include "core/db/Database.h"
#include "core/demo/DemoSchool.h"

#include <QDir>

#include <memory>

namespace thidua::test {

// Null, with `error` set, when the database cannot be made.
inline std::unique_ptr<Database> smallDemoSchool(const QString& folder, int years, QString* error)
{
    auto db = Database::open(QDir(folder).filePath(QStringLiteral("school.sqlite")));
    if (!db) {
        *error = db.error().toString();
        return nullptr;
    }
    DemoSchool::Size size;
    size.staff = 16;
    size.students = 120;
    size.subjectGroups = 3;
    size.classes = 6;
    size.years = years;
    size.lastStartYear = 2025;
    if (auto built = DemoSchool::build((*db)->connection(), size); !built) {
        *error = built.error().toString();
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace thidua::test
