#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace thidua {

// An event the school held in a school year (hoạt động): a campaign, a training, a contest, the lifelong learning
// week… Who took part is given as people, as collectives, or, with no list, as a count.
struct Activity
{
    enum class Kind
    {
        Propaganda, // tuyên truyền
        Training, // tập huấn
        Contest, // hội thi
        LifelongLearningWeek, // Tuần lễ hưởng ứng học tập suốt đời
        ReadingDay, // Ngày Sách và Văn hóa đọc Việt Nam
        Thematic, // chuyên đề
        Other, // khác
    };

    qint64 id = 0;
    qint64 schoolYearId = 0;
    Kind kind = Kind::Other;
    QString title;
    QDate startDate;
    QDate endDate; // the same as startDate for a one-day event
    qint64 organizerId = 0; // the organising collective, 0 when none is named
    QList<qint64> participantIds; // people (person ids), by id
    QList<qint64> collectiveIds; // collectives that took part, by id
    int participantCount = 0; // used only when neither list is given
    QString description;

    // How many people took part as far as the records say: the people listed, else the count (0 when only
    // collectives are listed).
    int headcount() const { return participantIds.isEmpty() ? participantCount : int(participantIds.size()); }

    static QList<Kind> kinds(); // in the order above
    // The stable key stored in activity.kind: "propaganda", "training", "contest", "lifelong_learning_week",
    // "reading_day", "thematic", "other".
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key, bool* ok = nullptr);
    // The Vietnamese name, as printed ("Tuyên truyền", "Ngày Sách và Văn hóa đọc Việt Nam").
    static QString kindName(Kind kind);
    // The kind a user wrote: a key or a Vietnamese name, with or without diacritics, any case ("tap huan", "Hội thi",
    // "Tuần lễ học tập suốt đời", "Ngày sách"). False in `ok` when it names none.
    static Kind kindFromText(const QString& text, bool* ok);

    friend bool operator==(const Activity&, const Activity&) = default;
};

using Activities = QList<Activity>;

} // namespace thidua
