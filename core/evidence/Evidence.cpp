#include "core/evidence/Evidence.h"

#include "core/evidence/EvidenceName.h"

namespace thidua {

namespace {
struct KindKey
{
    EvidenceLink::Kind kind;
    const char* key;
};
constexpr KindKey KindKeys[] = {
    { EvidenceLink::Kind::Person, "person" },
    { EvidenceLink::Kind::Collective, "collective" },
    { EvidenceLink::Kind::AssessmentItem, "assessment" },
    { EvidenceLink::Kind::LearningResult, "cdht" },
    { EvidenceLink::Kind::Nomination, "nomination" },
    { EvidenceLink::Kind::Activity, "activity" },
    { EvidenceLink::Kind::Meeting, "meeting" },
};
} // namespace

QString EvidenceLink::kindKey(Kind kind)
{
    for (const KindKey& k : KindKeys) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return QString();
}

bool EvidenceLink::kindFromKey(const QString& key, Kind* kind)
{
    for (const KindKey& k : KindKeys) {
        if (key == QLatin1String(k.key)) {
            if (kind)
                *kind = k.kind;
            return true;
        }
    }
    return false;
}

QList<EvidenceLink::Kind> EvidenceLink::kinds()
{
    QList<Kind> all;
    for (const KindKey& k : KindKeys)
        all.append(k.kind);
    return all;
}

QString Evidence::displayName() const
{
    return EvidenceName::clean(originalName);
}

} // namespace thidua
