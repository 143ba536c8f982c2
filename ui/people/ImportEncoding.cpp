#include "ui/people/ImportEncoding.h"

#include <QFileInfo>

namespace thidua {

bool ImportEncoding::isWorkbookFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("xlsx") || suffix == QStringLiteral("xlsm") || suffix == QStringLiteral("xls");
}

bool ImportEncoding::isShown(const QString& path, const Sheet& sheet, bool chosen)
{
    return chosen || !isWorkbookFile(path) || sheet.encoding != LegacyEncoding::Encoding::Utf8;
}

QString ImportEncoding::describe(const Sheet& sheet, bool chosen)
{
    const QString name = LegacyEncoding::displayName(sheet.encoding);
    if (chosen)
        return tr("Read as %1").arg(name);
    if (sheet.encodingConfidence < 0.6)
        return tr("Detected: %1 (not sure: check the names below)").arg(name);
    return tr("Detected: %1").arg(name);
}

} // namespace thidua
