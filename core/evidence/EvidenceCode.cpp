#include "core/evidence/EvidenceCode.h"

namespace thidua::EvidenceCode {

QString prefixFor(const EvidenceLink& link)
{
    switch (link.kind) {
    case EvidenceLink::Kind::AssessmentItem:
        return link.itemCode.isEmpty() ? QStringLiteral("DG") : link.itemCode;
    case EvidenceLink::Kind::Person:
        return QStringLiteral("CN");
    case EvidenceLink::Kind::Collective:
        return QStringLiteral("TT");
    case EvidenceLink::Kind::LearningResult:
        return QStringLiteral("CDHT");
    case EvidenceLink::Kind::Nomination:
        return QStringLiteral("KT");
    case EvidenceLink::Kind::Activity:
        return QStringLiteral("HD");
    case EvidenceLink::Kind::Meeting:
        return QStringLiteral("HH");
    }
    return QStringLiteral("MC");
}

QString propose(const QString& prefix, const QStringList& codesInYear)
{
    const QString head = prefix + u'-';
    qint64 highest = 0;
    for (const QString& code : codesInYear) {
        if (!code.startsWith(head, Qt::CaseInsensitive))
            continue;
        const QStringView digits = QStringView(code).mid(head.size());
        if (digits.isEmpty() || digits.size() > 9
            || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            continue;
        highest = std::max(highest, digits.toLongLong());
    }
    return head + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

bool isValid(const QString& code)
{
    if (code.isEmpty() || code.size() > 40)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'.'
            || c == u'-' || c == u'_';
    });
}

} // namespace thidua::EvidenceCode
