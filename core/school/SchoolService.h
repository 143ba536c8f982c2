#pragma once

#include "core/common/Result.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of the school itself: its profile with the leaders, and its school years. Each runs as one
// transaction and returns what failed. The GUI's undo commands and thidua-cli both come through here.
class SchoolService
{
    Q_DECLARE_TR_FUNCTIONS(SchoolService)

public:
    explicit SchoolService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Saves the profile and replaces the leaders.
    Status saveProfile(const SchoolProfile& profile);
    // Sets one field of the profile by its key ("full_name", …), keeping the rest.
    Status setProfileField(const QString& key, const QString& value);

    // Adds a school year (under year.id when it is not 0, so a redo gets the same id back); returns it with its id.
    Result<SchoolYear> addYear(SchoolYear year);
    // The year with that start, created with the standard dates when missing.
    Result<SchoolYear> ensureYear(int startYear);
    // Removes a year nothing refers to yet (the undo of adding it); a year in use is refused and kept.
    Status removeYear(qint64 schoolYearId);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
