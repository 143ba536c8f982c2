#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace thidua {

// What the program does with the evidence store each time it opens a school's file: removes the objects no row
// points to (left by a crash between storing a file and committing its row) and empties the trash of evidence
// trashed more than 30 days ago. Returns the problems met (Vietnamese), empty when all went well; neither stops the
// program from starting.
namespace EvidenceHousekeeping {
QStringList atStart(QSqlDatabase db, const QString& databasePath, const QDateTime& now);
}

} // namespace thidua
