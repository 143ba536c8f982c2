#include "tests/support/PdfProbe.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace thidua::test {

namespace {

constexpr double PtPerMm = 72.0 / 25.4;

bool run(const QString& program, const QStringList& arguments, QString* output, QString* error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

QString unescape(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

bool PdfProbe::toolsAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

bool PdfProbe::load(const QString& pdfPath)
{
    if (!toolsAvailable()) {
        m_error = QStringLiteral("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed");
        return false;
    }
    QString info;
    if (!run(QStringLiteral("pdfinfo"),
            { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("100000"), pdfPath },
            &info,
            &m_error))
        return false;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    m_pageCount = pages.match(info).captured(1).toInt();
    static const QRegularExpression size(
        QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"), QRegularExpression::MultilineOption);
    for (auto it = size.globalMatch(info); it.hasNext();) {
        const auto match = it.next();
        m_pageSizes << QSizeF(match.captured(1).toDouble() / PtPerMm, match.captured(2).toDouble() / PtPerMm);
    }
    if (!run(QStringLiteral("pdftotext"),
            { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") },
            &m_layoutText,
            &m_error))
        return false;
    QString bbox;
    if (!run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdfPath, QStringLiteral("-") }, &bbox, &m_error))
        return false;
    static const QRegularExpression word(QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                                        "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    int page = 0;
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0) == QStringLiteral("<page ")) {
            ++page;
            continue;
        }
        Word w;
        w.page = page;
        w.text = unescape(match.captured(5));
        w.box = QRectF(QPointF(match.captured(1).toDouble() / PtPerMm, match.captured(2).toDouble() / PtPerMm),
            QPointF(match.captured(3).toDouble() / PtPerMm, match.captured(4).toDouble() / PtPerMm));
        m_words << w;
    }
    QString fonts;
    if (!run(QStringLiteral("pdffonts"), { pdfPath }, &fonts, &m_error))
        return false;
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString& line : lines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 7)
            continue;
        Font font;
        font.name = columns.constFirst();
        font.type = columns.mid(1, columns.size() - 7).join(QLatin1Char(' '));
        font.embedded = columns[columns.size() - 5] == QStringLiteral("yes");
        m_fonts << font;
    }
    return true;
}

QSizeF PdfProbe::pageSize(int page) const
{
    return m_pageSizes.value(page - 1);
}

QStringList PdfProbe::pageTexts() const
{
    QStringList texts = m_layoutText.split(QChar(0x0c));
    while (texts.size() > m_pageCount)
        texts.removeLast();
    return texts;
}

QList<PdfProbe::Word> PdfProbe::words(int page) const
{
    if (page == 0)
        return m_words;
    QList<Word> result;
    for (const Word& w : m_words) {
        if (w.page == page)
            result << w;
    }
    return result;
}

QList<PdfProbe::Word> PdfProbe::find(const QString& text, int page) const
{
    QList<Word> result;
    for (const Word& w : m_words) {
        if (w.text == text && (page == 0 || w.page == page))
            result << w;
    }
    return result;
}

QString PdfProbe::lineAt(int page, double yMm, double toleranceMm) const
{
    QList<Word> band;
    for (const Word& w : m_words) {
        if (w.page == page && qAbs(w.box.center().y() - yMm) <= toleranceMm)
            band << w;
    }
    std::sort(band.begin(), band.end(), [](const Word& a, const Word& b) { return a.box.left() < b.box.left(); });
    QStringList texts;
    for (const Word& w : band)
        texts << w.text;
    return texts.join(QLatin1Char(' '));
}

QStringList PdfProbe::linesIn(int page, const QRectF& areaMm) const
{
    QList<Word> inside;
    for (const Word& w : m_words) {
        if (w.page == page && areaMm.contains(w.box.center()) && w.box.right() <= areaMm.right())
            inside << w;
    }
    std::sort(inside.begin(), inside.end(), [](const Word& a, const Word& b) { return a.box.top() < b.box.top(); });
    QList<QList<Word>> lines;
    for (const Word& w : std::as_const(inside)) {
        if (lines.isEmpty() || qAbs(w.box.center().y() - lines.constLast().constFirst().box.center().y()) > 1.5)
            lines.append(QList<Word>());
        lines.last() << w;
    }
    QStringList texts;
    for (QList<Word>& line : lines) {
        std::sort(line.begin(), line.end(), [](const Word& a, const Word& b) { return a.box.left() < b.box.left(); });
        QStringList words;
        for (const Word& w : std::as_const(line))
            words << w.text;
        texts << words.join(QLatin1Char(' '));
    }
    return texts;
}

} // namespace thidua::test
