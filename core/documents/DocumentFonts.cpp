#include "core/documents/DocumentFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>

namespace thidua {

namespace {

QMutex fontMutex;
QString loadedFamily;

} // namespace

Status DocumentFonts::ensureLoaded()
{
    QMutexLocker lock(&fontMutex);
    if (!loadedFamily.isEmpty())
        return {};
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(
            Error::Code::Generic, tr("Documents can only be drawn in a graphical application (QGuiApplication)."));
    const char* faces[] = { "Regular", "Bold", "Italic", "BoldItalic" };
    QString family;
    for (const char* face : faces) {
        const QString path = QStringLiteral(":/thidua/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(face));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("The document font %1 is missing from the program.").arg(path));
        const int id = QFontDatabase::addApplicationFontFromData(file.readAll());
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id < 0 || families.isEmpty())
            return Error(Error::Code::Generic, tr("The document font %1 could not be loaded.").arg(path));
        family = families.constFirst();
    }
    loadedFamily = family;
    return {};
}

QString DocumentFonts::family()
{
    QMutexLocker lock(&fontMutex);
    return loadedFamily.isEmpty() ? QStringLiteral("Liberation Serif") : loadedFamily;
}

QFont DocumentFonts::font(double points, bool bold, bool italic, bool underline)
{
    QFont font(family());
    font.setPixelSize(qRound(points * UnitsPerPoint));
    font.setBold(bold);
    font.setItalic(italic);
    font.setUnderline(underline);
    font.setKerning(false); // Word does not kern Times New Roman by default
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::NoSubpixelAntialias));
    return font;
}

} // namespace thidua
