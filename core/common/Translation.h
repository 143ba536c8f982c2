#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace thidua {

// Installs the program's translation. The program speaks Vietnamese unless English is chosen
// (source strings are English, so English needs no translation file).
class Translation
{
public:
    static QString defaultLanguage() { return QStringLiteral("vi"); }
    static QStringList availableLanguages() { return { QStringLiteral("vi"), QStringLiteral("en") }; }
    // Returns false when the language is unknown; the application keeps its current language then.
    static bool install(QCoreApplication& app, const QString& language);
};

} // namespace thidua
