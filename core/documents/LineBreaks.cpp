#include "core/documents/LineBreaks.h"

#include <QRegularExpression>

#include <algorithm>

namespace thidua {

namespace {

constexpr char16_t NoBreakSpace = 0x00A0;
constexpr char16_t NoBreakHyphen = 0x2011;

const QList<QRegularExpression>& spanPatterns()
{
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<QRegularExpression> patterns = {
        // A school year or a range of years: "2024 - 2025", "2023-2030".
        QRegularExpression(QStringLiteral("\\b\\d{4}[ \\x{00A0}]*[-\u2013\u2011][ \\x{00A0}]*\\d{4}\\b"), options),
        // A document number, with "Số:" or "số" before it: "Số: 46/TTr-NK", "152/2025/NĐ-CP"; a date "26/5/2025".
        QRegularExpression(
            QStringLiteral("(?:\\bsố:?[ \\x{00A0}]+)?\\d+(?:/[\\p{L}\\d]+(?:[-\u2011][\\p{L}\\d]+)*)+"), options),
        // A share and its sign, as Vietnamese sets them apart: "86,3 %", "100 %".
        QRegularExpression(QStringLiteral("\\d+(?:[.,]\\d+)?[ \\x{00A0}]+%"), options),
        // A number with the word it counts in a date: "ngày 08", "tháng 9", "năm 2025".
        QRegularExpression(QStringLiteral("\\b(?:ngày|tháng|năm)[ \\x{00A0}]+\\d{1,4}\\b"), options),
    };
    return patterns;
}

// Words after which a name may break, and words before which it may.
const QList<QStringList>& breakAfter()
{
    static const QList<QStringList> words = { { QStringLiteral("HỘI"), QStringLiteral("ĐỒNG") } };
    return words;
}

const QList<QStringList>& breakBefore()
{
    static const QList<QStringList> words = {
        { QStringLiteral("THÀNH"), QStringLiteral("PHỐ") },
        { QStringLiteral("TỈNH") },
        { QStringLiteral("QUẬN") },
        { QStringLiteral("HUYỆN") },
        { QStringLiteral("THỊ"), QStringLiteral("XÃ") },
        { QStringLiteral("TRƯỜNG") },
        { QStringLiteral("PHÒNG") },
    };
    return words;
}

bool wordsAt(const QStringList& words, qsizetype at, const QStringList& phrase)
{
    if (at < 0 || at + phrase.size() > words.size())
        return false;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        if (words[at + i].toUpper() != phrase[i])
            return false;
    }
    return true;
}

// Whether a name in `words` may break between words[i - 1] and words[i].
bool naturalBreak(const QStringList& words, qsizetype i)
{
    if (i <= 0 || i >= words.size() || words[i] == QStringLiteral("-") || words[i - 1] == QStringLiteral("-"))
        return false;
    for (const QStringList& phrase : breakAfter()) {
        if (wordsAt(words, i - phrase.size(), phrase))
            return true;
    }
    for (const QStringList& phrase : breakBefore()) {
        if (wordsAt(words, i, phrase))
            return true;
    }
    return false;
}

// Greedy filling of lines with `pieces`, joined by spaces.
QStringList fill(const QStringList& pieces, const LineBreaks::Measure& measure, double width)
{
    QStringList lines;
    QString current;
    for (const QString& piece : pieces) {
        const QString joined = current.isEmpty() ? piece : current + QLatin1Char(' ') + piece;
        if (current.isEmpty() || measure(joined) <= width) {
            current = joined;
        } else {
            lines << current;
            current = piece;
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

// The words of a phrase, with "A - B" held together as one piece.
QStringList gluedWords(const QString& phrase)
{
    const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList pieces;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!pieces.isEmpty() && (words[i] == QStringLiteral("-") || pieces.constLast().endsWith(QStringLiteral(" -"))))
            pieces.last() += QLatin1Char(' ') + words[i];
        else
            pieces << words[i];
    }
    return pieces;
}

} // namespace

QList<LineBreaks::Span> LineBreaks::keepTogether(const QString& text)
{
    QList<Span> found;
    for (const QRegularExpression& pattern : spanPatterns()) {
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (match.capturedLength() > 0)
                found << Span { match.capturedStart(), match.capturedEnd() };
        }
    }
    std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span& span : std::as_const(found)) {
        if (!merged.isEmpty() && span.start < merged.constLast().end)
            merged.last().end = qMax(merged.constLast().end, span.end);
        else
            merged << span;
    }
    return merged;
}

QString LineBreaks::withNoBreaks(const QString& text)
{
    QString out = text;
    for (const Span& span : keepTogether(text)) {
        for (qsizetype i = span.start; i < span.end; ++i) {
            if (out[i] == QLatin1Char(' '))
                out[i] = QChar(NoBreakSpace);
            else if (out[i] == QLatin1Char('-') && i > 0 && i + 1 < out.size() && !out[i - 1].isSpace()
                && !out[i + 1].isSpace())
                out[i] = QChar(NoBreakHyphen); // "TTr-NK"; "2024 - 2025" is held by its spaces
        }
    }
    return out;
}

QList<qsizetype> LineBreaks::phraseBreaks(const QString& name)
{
    QList<qsizetype> breaks;
    const QStringList words = name.split(QLatin1Char(' '));
    qsizetype position = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0 && !words[i].isEmpty() && !words[i - 1].isEmpty() && naturalBreak(words, i))
            breaks << position - 1;
        position += words[i].size() + 1;
    }
    return breaks;
}

QStringList LineBreaks::breakName(const QString& name, const Measure& measure, double width)
{
    const QString simple = name.simplified();
    if (simple.isEmpty())
        return {};
    QStringList phrases;
    qsizetype from = 0;
    for (const qsizetype at : phraseBreaks(simple)) {
        phrases << simple.mid(from, at - from);
        from = at + 1;
    }
    phrases << simple.mid(from);
    QStringList lines;
    for (const QString& line : fill(phrases, measure, width)) {
        if (measure(line) <= width)
            lines << line;
        else
            lines << fill(gluedWords(line), measure, width);
    }
    return lines;
}

} // namespace thidua
