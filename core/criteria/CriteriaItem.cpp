#include "core/criteria/CriteriaItem.h"

namespace thidua {

QString CriteriaItem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Group:
        return QStringLiteral("group");
    case Kind::PassFail:
        return QStringLiteral("pass_fail");
    case Kind::Points:
        return QStringLiteral("points");
    case Kind::Rate:
        return QStringLiteral("rate");
    case Kind::Count:
        return QStringLiteral("count");
    }
    return QString();
}

bool CriteriaItem::kindFromKey(const QString& key, Kind* kind)
{
    for (Kind k : { Kind::Group, Kind::PassFail, Kind::Points, Kind::Rate, Kind::Count }) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString CriteriaItem::depthName(int depth)
{
    switch (depth) {
    case 0:
        return tr("criterion");
    case 1:
        return tr("indicator");
    default:
        return tr("measure");
    }
}

QString CriteriaItem::requirement() const
{
    switch (kind) {
    case Kind::Group:
        return QString();
    case Kind::PassFail:
        return tr("met / not met");
    case Kind::Points:
        return tr("at most %n point(s)", nullptr, maximum);
    case Kind::Rate:
        return QStringLiteral("≥ %1 %").arg(threshold);
    case Kind::Count:
        return unit.isEmpty() ? QStringLiteral("≥ %1").arg(threshold)
                              : QStringLiteral("≥ %1 %2").arg(threshold).arg(unit);
    }
    return QString();
}

} // namespace thidua
