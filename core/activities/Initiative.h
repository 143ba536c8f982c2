#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace thidua {

// An initiative (sáng kiến, giải pháp) of a school year, its authors, and the decision that recognised it.
struct Initiative
{
    // Who recognised it (cấp công nhận).
    enum class Level
    {
        Base, // cơ sở
        District, // huyện
        Province, // tỉnh
        Nation, // toàn quốc
    };

    qint64 id = 0;
    qint64 schoolYearId = 0;
    QString title;
    QList<qint64> authorIds; // people, first author first
    Level level = Level::Base;
    QString decisionNumber; // empty while not yet recognised
    QDate decisionDate;
    QString decisionIssuer;

    static QList<Level> levels();
    // "base", "district", "province", "nation" (initiative.level).
    static QString levelKey(Level level);
    static Level levelFromKey(const QString& key, bool* ok = nullptr);
    // "Cơ sở", "Huyện", "Tỉnh", "Toàn quốc".
    static QString levelName(Level level);
    // A key or a Vietnamese name, with or without diacritics ("co so", "cấp tỉnh", "Toàn quốc").
    static Level levelFromText(const QString& text, bool* ok);

    friend bool operator==(const Initiative&, const Initiative&) = default;
};

using Initiatives = QList<Initiative>;

} // namespace thidua
