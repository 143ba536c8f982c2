#pragma once

// What the fault tests ask of every message a user may read: it names the file, carries none of the English texts
// of SQLite, Qt or the operating system, and (under the default language) is Vietnamese.
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace thidua::test {

// The first English text of SQLite, Qt Sql or the C library found in `message`, empty when there is none.
inline QString foreignEnglish(const QString& message)
{
    static const QStringList phrases { QStringLiteral("database is locked"),
        QStringLiteral("table is locked"),
        QStringLiteral("disk is full"),
        QStringLiteral("readonly database"),
        QStringLiteral("disk image is malformed"),
        QStringLiteral("file is not a database"),
        QStringLiteral("unable to open"),
        QStringLiteral("Unable to"),
        QStringLiteral("Error opening database"),
        QStringLiteral("disk I/O error"),
        QStringLiteral("Permission denied"),
        QStringLiteral("No such file"),
        QStringLiteral("Is a directory"),
        QStringLiteral("Read-only file system"),
        QStringLiteral("No space left"),
        QStringLiteral("Driver not loaded"),
        QStringLiteral("Parameter count mismatch") };
    for (const QString& phrase : phrases) {
        if (message.contains(phrase, Qt::CaseInsensitive))
            return phrase;
    }
    return {};
}

// True when the translations of this branch's messages are in the program's Vietnamese catalogue (they reach it
// when the lead merges tr-h-dbfaults.tsv into thidua_vi.ts); `context` and `source` name one of them.
inline bool messagesTranslated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source) != QString::fromUtf8(source);
}

// Vietnamese, with the file's path taken out: a letter only Vietnamese writes, and no plain English word.
inline bool looksVietnamese(QString message, const QString& path)
{
    message.remove(path);
    static const QRegularExpression vietnamese(
        QStringLiteral("[ăâđêôơưạảãắằẳẵặấầẩẫậẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵ]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression english(
        QStringLiteral("\\b(the|is|not|and|file|cannot|was|error|of)\\b"), QRegularExpression::CaseInsensitiveOption);
    return message.contains(vietnamese) && !message.contains(english);
}

} // namespace thidua::test
