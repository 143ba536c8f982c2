#include "core/common/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace thidua {

bool Translation::install(QCoreApplication& app, const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    // Translators are children of the application, so they live as long as it does.
    const auto old = app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(language == QStringLiteral("vi") ? QLocale::Vietnamese : QLocale::English,
        language == QStringLiteral("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    if (language == QStringLiteral("en"))
        return true;
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/thidua/i18n/thidua_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own texts (buttons, file and print dialogs): the system's translation when there is one, else ours.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(QStringLiteral(":/thidua/i18n/qtbase_%1.qm").arg(language)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace thidua
