#include "core/documents/DocumentDescription.h"

namespace thidua {

QString DocumentDescription::typeAbbreviation() const
{
    if (kind == ProposalDocument::kind())
        return ProposalDocument::typeAbbreviation();
    if (kind == MinutesDocument::kind())
        return MinutesDocument::typeAbbreviation();
    if (kind == TallyMinutesDocument::kind())
        return TallyMinutesDocument::typeAbbreviation();
    if (kind == MovementReportDocument::kind())
        return MovementReportDocument::typeAbbreviation();
    if (kind == DecisionDocument::kind())
        return DecisionDocument::typeAbbreviation();
    return QString();
}

} // namespace thidua
