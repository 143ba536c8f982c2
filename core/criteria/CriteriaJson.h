#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>

namespace thidua {

class SpecReader;

// Criteria sets as JSON, in the format documented by resources/criteria/criteria.schema.json. The reader is strict:
// unknown fields, wrong types, values out of range and files beyond the limits are refused with the first problem,
// named by its path and line ("items[2].items[0].threshold"), and nothing is read.
class CriteriaJson
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaJson)

public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxItems = 2000;
    static constexpr int FormatVersion = 1;

    static Result<CriteriaSet> parse(const QByteArray& json, const QString& fileName);
    static Result<CriteriaSet> readFile(const QString& path);
    // Indented JSON, items nested; the key, not the id or version, identifies the set.
    static QByteArray write(const CriteriaSet& set);
    // Written through QSaveFile.
    [[nodiscard]] static Status writeFile(const CriteriaSet& set, const QString& path);

private:
    static void readItems(
        SpecReader& reader, const QJsonArray& array, const QString& path, int depth, CriteriaSet* set);
};

} // namespace thidua
