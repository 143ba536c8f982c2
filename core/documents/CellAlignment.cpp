#include "core/documents/CellAlignment.h"

#include <QRegularExpression>

namespace thidua {

bool CellAlignment::isFigure(const QString& text)
{
    // "1", "01", "95%", "5,0", "1.250", "-3", "2023 - 2024", "12/15".
    static const QRegularExpression figure(
        QStringLiteral("^[+\\-\u2212]?\\d[\\d.,]*(?:\\s*%|\\s*[-/\u2013]\\s*\\d[\\d.,]*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return figure.match(text.trimmed()).hasMatch();
}

Paragraph::Align CellAlignment::forText(const QString& text)
{
    return isFigure(text) ? Paragraph::Align::Center : Paragraph::Align::Left;
}

} // namespace thidua
