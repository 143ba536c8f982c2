#include "core/text/PersonName.h"

#include "core/text/VietnameseText.h"

namespace thidua {

// Compound family names (họ kép), kept conservative because a wrong entry moves a real tên đệm into họ:
// - The Nguyễn Phúc royal lineage: descendants use "Tôn Thất" (men) and "Tôn Nữ" (women); closer generations of
//   princesses' lines are written "Công Tôn Nữ", "Công Tằng Tôn Nữ", "Công Huyền Tôn Nữ" (e.g. "Công Tằng Tôn Nữ
//   Thị Hà"). "Thất" and "Nữ" practically never occur as tên đệm after the ordinary họ Tôn (Tôn Đức Thắng), so
//   these are safe. "Thị" after "Tôn Nữ" is a tên đệm, not part of the họ ("Tôn Nữ Thị Ninh").
// - "Âu Dương" (歐陽) and "Công Tôn" (公孫): rare Sino-Vietnamese double surnames; "Dương" as a tên đệm after họ Âu
//   is possible but rarer still, and only tie-breaks in the list order change if it is wrong.
// Left out on purpose:
// - "Nguyễn Phúc"/"Nguyễn Phước": used by the royal family itself, but "Phúc"/"Phước" is a very common tên đệm for
//   ordinary people named Nguyễn ("Nguyễn Phúc Thịnh"), who far outnumber them in a school.
// - Double surnames formed from both parents' họ ("Trần Lê", "Nguyễn Trần"): indistinguishable from họ + tên đệm.
// The user can always correct the three fields by hand; split() is only the default.
QStringList PersonName::compoundFamilyNames()
{
    return { QStringLiteral("Công Tằng Tôn Nữ"),
        QStringLiteral("Công Huyền Tôn Nữ"),
        QStringLiteral("Công Tôn Nữ"),
        QStringLiteral("Công Tôn"),
        QStringLiteral("Tôn Thất"),
        QStringLiteral("Tôn Nữ"),
        QStringLiteral("Âu Dương") };
}

PersonName PersonName::split(const QString& fullName)
{
    static const QStringList compounds = compoundFamilyNames();
    return split(fullName, compounds);
}

PersonName PersonName::split(const QString& fullName, const QStringList& compoundFamilyNames)
{
    QStringList parts = VietnameseText::clean(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonName name;
    if (parts.isEmpty())
        return name;
    name.given = parts.takeLast();
    if (parts.isEmpty())
        return name;
    qsizetype familyWords = 1;
    for (const QString& compound : compoundFamilyNames) {
        const QStringList words = VietnameseText::clean(compound).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() <= familyWords || words.size() > parts.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < words.size() && same; ++i)
            same = VietnameseText::lowerCanonical(parts[i]) == VietnameseText::lowerCanonical(words[i]);
        if (same)
            familyWords = words.size();
    }
    name.family = parts.mid(0, familyWords).join(QLatin1Char(' '));
    name.middle = parts.mid(familyWords).join(QLatin1Char(' '));
    return name;
}

QString PersonName::full() const
{
    QStringList parts;
    for (const QString* part : { &family, &middle, &given }) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace thidua
