#include "core/criteria/TargetRate.h"

#include <QRegularExpression>

namespace thidua {

bool TargetRate::meets(qint64 numerator, qint64 denominator, int targetTenths)
{
    return denominator > 0 && numerator * 1000 >= qint64(targetTenths) * denominator;
}

TargetRate::Level TargetRate::level(qint64 numerator, qint64 denominator, int targetTenths)
{
    if (denominator <= 0)
        return Level::Empty;
    if (meets(numerator, denominator, targetTenths))
        return Level::Met;
    return meets(numerator, denominator, targetTenths - NearTenths) ? Level::Near : Level::Missed;
}

TargetRate::Level TargetRate::countLevel(qint64 count, qint64 minimum)
{
    return count >= minimum ? Level::Met : Level::Missed;
}

std::optional<qint64> TargetRate::tenths(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0 || numerator < 0)
        return std::nullopt;
    return 1000 * numerator / denominator; // rounded down, as VietnameseFormat::percent
}

std::optional<int> TargetRate::parseTenths(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})(?:[,.](\\d))?\\s*%?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int tenths = match.captured(1).toInt() * 10 + (match.hasCaptured(2) ? match.captured(2).toInt() : 0);
    if (tenths < 1 || tenths > 1000)
        return std::nullopt;
    return tenths;
}

} // namespace thidua
