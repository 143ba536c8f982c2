#pragma once

#include "core/evidence/Evidence.h"
#include "core/meeting/Meeting.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace thidua {

// What meeting mode shows about a nominee beside the nomination itself, read through the existing queries: the
// criteria results of the year (Công dân học tập for a person — LearningCitizenQuery; Đơn vị học tập for a
// collective — CriteriaQuery) and the evidence linked to the person or collective, or to the nomination
// (EvidenceQuery). A read that fails leaves a line saying so instead of stopping the meeting.
struct NomineeFacts
{
    Q_DECLARE_TR_FUNCTIONS(NomineeFacts)

public:
    QStringList criteria; // "Công dân học tập năm học 2024-2025: Đạt (86 điểm)"
    EvidenceList evidence; // not trashed, by code, each file once

    static NomineeFacts read(QSqlDatabase db, const MeetingRecord& meeting, const MeetingRecord::Nominee& nominee);

private:
    static QString learningCitizen(QSqlDatabase db, const MeetingRecord& meeting, qint64 personId);
    static QString learningUnit(QSqlDatabase db, const MeetingRecord& meeting, qint64 collectiveId);
    static EvidenceList evidenceOf(QSqlDatabase db, const MeetingRecord& meeting, const NominationView& view);
};

} // namespace thidua
