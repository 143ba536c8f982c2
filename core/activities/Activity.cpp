#include "core/activities/Activity.h"

#include "core/people/RosterColumns.h"

namespace thidua {

namespace {

struct KindInfo
{
    Activity::Kind kind;
    const char* key;
    const char* name; // UTF-8
};

const KindInfo Kinds[] = {
    { Activity::Kind::Propaganda, "propaganda", "Tuyên truyền" },
    { Activity::Kind::Training, "training", "Tập huấn" },
    { Activity::Kind::Contest, "contest", "Hội thi" },
    { Activity::Kind::LifelongLearningWeek, "lifelong_learning_week", "Tuần lễ hưởng ứng học tập suốt đời" },
    { Activity::Kind::ReadingDay, "reading_day", "Ngày Sách và Văn hóa đọc Việt Nam" },
    { Activity::Kind::Thematic, "thematic", "Chuyên đề" },
    { Activity::Kind::Other, "other", "Khác" },
};

} // namespace

QList<Activity::Kind> Activity::kinds()
{
    QList<Kind> out;
    for (const KindInfo& k : Kinds)
        out.append(k.kind);
    return out;
}

QString Activity::kindKey(Kind kind)
{
    for (const KindInfo& k : Kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return QStringLiteral("other");
}

Activity::Kind Activity::kindFromKey(const QString& key, bool* ok)
{
    for (const KindInfo& k : Kinds) {
        if (key == QLatin1String(k.key)) {
            if (ok)
                *ok = true;
            return k.kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Other;
}

QString Activity::kindName(Kind kind)
{
    for (const KindInfo& k : Kinds) {
        if (k.kind == kind)
            return QString::fromUtf8(k.name);
    }
    return QString();
}

Activity::Kind Activity::kindFromText(const QString& text, bool* ok)
{
    bool byKey = false;
    const Kind keyed = kindFromKey(text.trimmed().toLower(), &byKey);
    if (byKey) {
        *ok = true;
        return keyed;
    }
    // Folded: no diacritics, lower case, single spaces ("tuan le huong ung hoc tap suot doi").
    const QString key = RosterColumns::headerKey(text);
    *ok = true;
    if (key.startsWith(QLatin1String("tuan le")) || key.contains(QLatin1String("hoc tap suot doi")))
        return Kind::LifelongLearningWeek;
    if (key.startsWith(QLatin1String("ngay sach")) || key.contains(QLatin1String("van hoa doc")))
        return Kind::ReadingDay;
    if (key.startsWith(QLatin1String("tuyen truyen")))
        return Kind::Propaganda;
    if (key.startsWith(QLatin1String("tap huan")) || key.startsWith(QLatin1String("boi duong")))
        return Kind::Training;
    if (key.startsWith(QLatin1String("hoi thi")) || key.startsWith(QLatin1String("cuoc thi")))
        return Kind::Contest;
    if (key.startsWith(QLatin1String("chuyen de")))
        return Kind::Thematic;
    if (key == QLatin1String("khac"))
        return Kind::Other;
    *ok = false;
    return Kind::Other;
}

} // namespace thidua
