#pragma once

#include "core/evidence/Evidence.h"

#include <QStringList>

namespace thidua {

// The school's scheme of evidence codes (pure): a prefix naming what the file backs, a dash and a two-digit
// number, e.g. "TC2.CT1-03" for the third file of tiêu chí 2, chỉ tiêu 1.
namespace EvidenceCode {

// The prefix for a link: the item code for an assessment item (H1.TC2.CT1), "CN" for a person, "TT" for a
// collective, "CDHT" for a Công dân học tập result, "KT" for a nomination, "HD" for an activity, "HH" for a meeting.
QString prefixFor(const EvidenceLink& link);
// The next free code for the prefix among the year's codes: the number after the highest one used with that
// prefix, two digits at least ("TC2.CT1-03", …, "TC2.CT1-100").
QString propose(const QString& prefix, const QStringList& codesInYear);
// A code the user may type: 1–40 characters of letters, digits, '.', '-', '_' (no spaces, no path separators).
bool isValid(const QString& code);

} // namespace EvidenceCode
} // namespace thidua
