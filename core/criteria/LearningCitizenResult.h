#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace thidua {

// The Công dân học tập (LearningCitizen) result of one person in one school year (Quyết định 324/QĐ-KHVN): people
// self-assess on the Hội Khuyến học's platform, the school records whether they were recognised. Plain value;
// LearningCitizenRepository stores it (table cdht_result).
struct LearningCitizenResult
{
    Q_DECLARE_TR_FUNCTIONS(LearningCitizenResult)

public:
    enum class Status
    {
        NotAssessed, // chưa đánh giá (the same as having no row)
        Passed, // đạt
        Failed, // không đạt
    };

    qint64 id = 0;
    qint64 personId = 0;
    qint64 schoolYearId = 0;
    Status status = Status::NotAssessed;
    std::optional<int> score; // out of 100; the known pass rule is at least 80 with no chỉ số under 5
    QDate assessedOn; // invalid: not known
    QString evidenceRef; // the link point for the evidence store; empty: none
    QString note;

    // Whether the row says nothing beyond "chưa đánh giá": storing it is the same as storing no row.
    bool isEmpty() const;
    // Same status, score, date, evidence and note (ids and the person left out).
    bool sameData(const LearningCitizenResult& other) const;

    // The stored keys: "dat", "khong_dat", "chua".
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    // What people type or paste from a spreadsheet, with or without diacritics, any case: "đạt", "Đ", "d", "x", "1",
    // "có" → Passed; "không đạt", "chưa đạt", "k", "kđ", "0" → Failed; "", "chưa", "chưa đánh giá", "c", "-" →
    // NotAssessed. nullopt for anything else.
    static std::optional<Status> statusFromText(const QString& text);
    // The status as the program shows it (translated): "Đạt", "Không đạt", "Chưa đánh giá".
    static QString statusName(Status status);
};

using LearningCitizenResults = QList<LearningCitizenResult>;

} // namespace thidua
