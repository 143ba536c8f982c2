#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentDescription.h"

#include <QCoreApplication>

namespace thidua {

class SpecReader;

// Reads document descriptions (resources/documents/spec.schema.json, "specs") from JSON into DocumentDescription
// values, with the file, line and field of the first problem.
class DocumentSpec
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSpec)

public:
    static QStringList kinds();
    // The kind as the documents name it: "Tờ trình", "Biên bản", "Quyết định", "Báo cáo thành tích", "Giấy khen";
    // the key itself when unknown.
    static QString kindName(const QString& kind);
    // A description is one document {"kind": …} or several {"common": {…}, "documents": [{…}, …]}, where each
    // document's fields override the common ones.
    static Result<QList<DocumentDescription>> load(const QString& path);
    static Result<QList<DocumentDescription>> parse(const QByteArray& json, const QString& fileName);

private:
    static DocumentDescription parseOne(SpecReader& reader, const QJsonObject& object, const QString& path);
};

} // namespace thidua
