#include "core/activities/Initiative.h"

#include "core/people/RosterColumns.h"

namespace thidua {

namespace {

struct LevelInfo
{
    Initiative::Level level;
    const char* key;
    const char* name; // UTF-8
    const char* folded; // the name without diacritics, lower case
};

const LevelInfo Levels[] = {
    { Initiative::Level::Base, "base", "Cơ sở", "co so" },
    { Initiative::Level::District, "district", "Huyện", "huyen" },
    { Initiative::Level::Province, "province", "Tỉnh", "tinh" },
    { Initiative::Level::Nation, "nation", "Toàn quốc", "toan quoc" },
};

} // namespace

QList<Initiative::Level> Initiative::levels()
{
    QList<Level> out;
    for (const LevelInfo& l : Levels)
        out.append(l.level);
    return out;
}

QString Initiative::levelKey(Level level)
{
    for (const LevelInfo& l : Levels) {
        if (l.level == level)
            return QString::fromLatin1(l.key);
    }
    return QStringLiteral("base");
}

Initiative::Level Initiative::levelFromKey(const QString& key, bool* ok)
{
    for (const LevelInfo& l : Levels) {
        if (key == QLatin1String(l.key)) {
            if (ok)
                *ok = true;
            return l.level;
        }
    }
    if (ok)
        *ok = false;
    return Level::Base;
}

QString Initiative::levelName(Level level)
{
    for (const LevelInfo& l : Levels) {
        if (l.level == level)
            return QString::fromUtf8(l.name);
    }
    return QString();
}

Initiative::Level Initiative::levelFromText(const QString& text, bool* ok)
{
    QString key = RosterColumns::headerKey(text);
    if (key.startsWith(QLatin1String("cap ")))
        key = key.mid(4);
    for (const LevelInfo& l : Levels) {
        if (key == QLatin1String(l.key) || key == QLatin1String(l.folded)) {
            *ok = true;
            return l.level;
        }
    }
    *ok = false;
    return Level::Base;
}

} // namespace thidua
