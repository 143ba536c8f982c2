// libFuzzer target: EvidenceName::clean on any text (the input read as UTF-8 and as UTF-16). Aborts when a cleaned
// name could be a path or hide something: a separator, a control, format, private-use or unassigned character, a
// character Windows forbids, a reserved Windows name, a leading or trailing dot or space, more than 120 characters or
// 200 UTF-8 bytes, not NFC, empty, or changed by a second cleaning.
#include "core/evidence/EvidenceName.h"
#include "core/text/VietnameseText.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace thidua;

namespace {

bool forbidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return true;
    default:
        return c == U'/' || c == U'\\' || c == U'<' || c == U'>' || c == U':' || c == U'"' || c == U'|' || c == U'?'
            || c == U'*';
    }
}

void check(const QString& original)
{
    const QString name = EvidenceName::clean(original);
    if (name.isEmpty() || name.size() > EvidenceName::MaxLength || name.toUtf8().size() > EvidenceName::MaxBytes)
        std::abort();
    for (char32_t c : name.toUcs4()) {
        if (forbidden(c))
            std::abort();
    }
    if (name.startsWith(u'.') || name.startsWith(u' ') || name.endsWith(u'.') || name.endsWith(u' '))
        std::abort();
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList Reserved = { QStringLiteral("CON"),
        QStringLiteral("PRN"),
        QStringLiteral("AUX"),
        QStringLiteral("NUL"),
        QStringLiteral("COM1"),
        QStringLiteral("LPT1"),
        QStringLiteral("COM9"),
        QStringLiteral("LPT9") };
    if (Reserved.contains(stem))
        std::abort();
    if (name != VietnameseText::nfc(name) || EvidenceName::clean(name) != name)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    check(QString::fromUtf8(bytes));
    check(QString(reinterpret_cast<const QChar*>(bytes.constData()), bytes.size() / 2));
    return 0;
}
