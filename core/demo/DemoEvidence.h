#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace thidua {

// The demo school's evidence files (issue 15), so that the lists, the index and the dossier are not empty: the
// school's self-assessment against Đơn vị học tập cấp huyện in the demo's last year, with a plan (PDF, an official
// paper with its number, date and issuer), photos of events and a result table (PNG/JPEG) attached to its items, a
// certificate of a teacher and a photo of a tổ. The files are drawn here (QImage, QPdfWriter) into a temporary
// folder and added through EvidenceService into the store beside the database. Runs inside DemoSchool's
// transaction; a database without a file (in memory), or a program without a QGuiApplication (the pictures' text
// needs its fonts), gets no evidence.
class DemoEvidence
{
public:
    // `startYear`: the school year the files belong to (the demo's last, 2025 for 2025-2026).
    static Status add(const QSqlDatabase& db, int startYear);
};

} // namespace thidua
