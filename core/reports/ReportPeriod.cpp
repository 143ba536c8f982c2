#include "core/reports/ReportPeriod.h"

#include <QRegularExpression>

namespace thidua {

std::optional<ReportPeriod> ReportPeriod::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const ReportPeriod period = stage(match.captured(1).toInt(), match.captured(2).toInt());
    if (!period.isValid())
        return std::nullopt;
    return period;
}

QString ReportPeriod::name() const
{
    if (isAnnual())
        return QStringLiteral("%1-%2").arg(fromYear).arg(fromYear + 1);
    return QStringLiteral("%1–%2").arg(fromYear).arg(toYear + 1);
}

} // namespace thidua
