#include "core/criteria/LearningCitizenResult.h"

#include "core/text/VietnameseText.h"

namespace thidua {

bool LearningCitizenResult::isEmpty() const
{
    return status == Status::NotAssessed && !score && !assessedOn.isValid() && evidenceRef.isEmpty() && note.isEmpty();
}

bool LearningCitizenResult::sameData(const LearningCitizenResult& other) const
{
    return status == other.status && score == other.score && assessedOn == other.assessedOn
        && evidenceRef == other.evidenceRef && note == other.note;
}

QString LearningCitizenResult::statusKey(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("dat");
    case Status::Failed:
        return QStringLiteral("khong_dat");
    case Status::NotAssessed:
        break;
    }
    return QStringLiteral("chua");
}

std::optional<LearningCitizenResult::Status> LearningCitizenResult::statusFromKey(const QString& key)
{
    for (const Status s : { Status::NotAssessed, Status::Passed, Status::Failed }) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

std::optional<LearningCitizenResult::Status> LearningCitizenResult::statusFromText(const QString& text)
{
    // Folded to plain words: "Không đạt" → "khong dat", "K.Đ" → "k d"; marks and separators become spaces.
    QString key;
    for (const QChar c : VietnameseText::fold(VietnameseText::clean(text)))
        key += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    key = key.simplified();
    static const QStringList passed { QStringLiteral("dat"),
        QStringLiteral("d"),
        QStringLiteral("x"),
        QStringLiteral("1"),
        QStringLiteral("co"),
        QStringLiteral("da dat"),
        QStringLiteral("cong nhan"),
        QStringLiteral("duoc cong nhan"),
        QStringLiteral("passed"),
        QStringLiteral("yes") };
    static const QStringList failed { QStringLiteral("khong dat"),
        QStringLiteral("chua dat"),
        QStringLiteral("k"),
        QStringLiteral("kd"),
        QStringLiteral("k d"),
        QStringLiteral("khong"),
        QStringLiteral("0"),
        QStringLiteral("khong cong nhan"),
        QStringLiteral("failed"),
        QStringLiteral("no") };
    static const QStringList notAssessed { QString(),
        QStringLiteral("c"),
        QStringLiteral("chua"),
        QStringLiteral("chua danh gia"),
        QStringLiteral("chua co"),
        QStringLiteral("cdg") };
    if (passed.contains(key))
        return Status::Passed;
    if (failed.contains(key))
        return Status::Failed;
    // "-" and "?" fold to nothing.
    if (notAssessed.contains(key))
        return Status::NotAssessed;
    return std::nullopt;
}

QString LearningCitizenResult::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return tr("Passed");
    case Status::Failed:
        return tr("Not passed");
    case Status::NotAssessed:
        break;
    }
    return tr("Not assessed");
}

} // namespace thidua
