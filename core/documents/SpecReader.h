#pragma once

#include "core/common/Error.h"
#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace thidua {

// Reads the fields of a JSON document description and remembers the first problem, with the file, the line and the
// field's path ("nominees[2].name"), so that the message says what is wrong and where.
class SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(SpecReader)

public:
    SpecReader(QString file, QByteArray raw);

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error()); }
    // Records a problem with the value at `path` (only the first one is kept).
    void fail(const QString& path, const QString& problem);

    static QString join(const QString& path, const QString& key);
    static QString join(const QString& path, qsizetype index);

    // Each getter returns the fallback when the field is absent (or null), and records an error when it is required
    // and absent or when it has the wrong type.
    QString string(const QJsonObject& object, const QString& key, const QString& path, bool required = false);
    QStringList strings(const QJsonObject& object, const QString& key, const QString& path);
    int integer(const QJsonObject& object,
        const QString& key,
        const QString& path,
        int fallback = 0,
        int min = 0,
        int max = 1000000);
    double number(
        const QJsonObject& object, const QString& key, const QString& path, double fallback, double min, double max);
    bool boolean(const QJsonObject& object, const QString& key, const QString& path, bool fallback = false);
    QDate date(const QJsonObject& object, const QString& key, const QString& path, bool required = false);
    QDateTime dateTime(const QJsonObject& object, const QString& key, const QString& path);
    QJsonObject object(const QJsonObject& object, const QString& key, const QString& path, bool required = false);
    QJsonArray array(const QJsonObject& object, const QString& key, const QString& path, bool required = false);
    // One of `choices`; the fallback when absent.
    QString choice(const QJsonObject& object,
        const QString& key,
        const QString& path,
        const QStringList& choices,
        const QString& fallback);
    // A list of blocks: text (a body paragraph) or objects {"p"|"heading"|"heading2"|"heading3"|"bullet"|"basis"|
    // "center"|"table"|"page_break"|"space_mm"}. Free text, so the paragraphs are editable.
    Blocks blocks(const QJsonObject& object, const QString& key, const QString& path, const QString& editLabel);
    Blocks blocks(const QJsonArray& array, const QString& path, const QString& editLabel);
    Table table(const QJsonObject& object, const QString& path);

private:
    int lineOf(const QString& path);

    QString m_file;
    QByteArray m_raw;
    std::optional<Error> m_error;
    std::optional<QHash<QString, qsizetype>> m_offsets; // path → byte offset, built on the first error
};

} // namespace thidua
