#pragma once

#include "core/documents/DocumentDescription.h"
#include "core/meeting/Meeting.h"

#include <QHash>

namespace thidua {

// The documents of a council meeting, described from what the meeting knows (MeetingRecord) and nothing typed again:
// the biên bản of the meeting, the biên bản kiểm phiếu, the paper ballots, a tờ trình with its list for each body
// above the school that decides a form passed, and a quyết định with its list and prize for each form the Hiệu trưởng
// decides. Pure: the school, the date and the prizes come in as data.
namespace MeetingDocuments {

enum class Part
{
    Minutes, // bien_ban
    Tally, // kiem_phieu
    Ballots, // phieu_bau
    Proposals, // to_trinh
    Decisions, // quyet_dinh
};
// "bien_ban", "kiem_phieu", "phieu_bau", "to_trinh", "quyet_dinh" (the command line's --only).
QString partKey(Part part);
bool partFromKey(const QString& key, Part* part);
QList<Part> allParts();

struct Options
{
    Organization organization; // the school; DocumentService fills it from the database when left out
    QDate date; // the tờ trình's and quyết định's date; invalid = the meeting's day
    QHash<QString, qint64> prizes; // form key → tiền thưởng in đồng on `date` (coefficient × base salary)
    PageSetup::Paper ballotPaper = PageSetup::Paper::A4;
    QList<Part> parts = allParts();
    // The biên bản's number ("02/BB-HĐTĐKT"), cited by the tờ trình; empty = left blank for the văn thư.
    QString minutesNumber;
};

// One document to issue and the file name it is saved under (without the suffix).
struct Described
{
    DocumentDescription description;
    Part part = Part::Minutes;
    QString fileName; // "01 Biên bản họp xét khen thưởng"
};

QList<Described> describe(const MeetingRecord& meeting, const Options& options);

// The pieces, for a caller that wants one of them.
MinutesData minutes(const MeetingRecord& meeting);
TallyMinutesData tally(const MeetingRecord& meeting);
BallotData ballots(const MeetingRecord& meeting, PageSetup::Paper paper);
// "Cả nước thi đua …" năm học 2024-2025: what the passed nominees were proposed for.
QString movement(const MeetingRecord& meeting);
// The register key of a meeting's document: "meeting:12:bien_ban", "meeting:12:to_trinh:superior".
QString registerKey(const MeetingRecord& meeting, Part part, const QString& detail = QString());

} // namespace MeetingDocuments

} // namespace thidua
