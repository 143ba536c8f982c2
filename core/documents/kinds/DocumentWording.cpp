#include "core/documents/kinds/DocumentWording.h"

#include "core/documents/LegalBasis.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

QString DocumentWording::count(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString DocumentWording::timeAndDate(const QDateTime& moment)
{
    if (!moment.isValid())
        return QStringLiteral("… giờ … phút, ngày … tháng … năm …");
    return QStringLiteral("%1 giờ %2 phút, %3")
        .arg(moment.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(moment.time().minute(), 2, 10, QLatin1Char('0'))
        .arg(VietnameseFormat::dateWords(moment.date()));
}

Blocks DocumentWording::basisBlocks(const QStringList& citations)
{
    Blocks blocks;
    for (const QString& line : LegalBasis::punctuate(citations))
        blocks << Block::of(Paragraph::text(Paragraph::Style::Basis, line));
    return blocks;
}

SignatureBlock DocumentWording::defaultSigner(const DocumentOrigin& origin)
{
    SignatureBlock signer;
    if (origin.issuer == RegisterIssuer::Council) {
        signer.authority = QStringLiteral("TM. ") + origin.organization.councilName;
        signer.titles = { QStringLiteral("Chủ tịch") };
    } else {
        signer.titles = { QStringLiteral("Hiệu trưởng") };
    }
    return signer;
}

QString DocumentWording::closing(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(QStringLiteral("./.")))
        return trimmed;
    while (trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char(';')))
        trimmed.chop(1);
    return trimmed + QStringLiteral("./.");
}

void DocumentWording::closeBody(Blocks& blocks)
{
    for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
        Block& block = blocks[i];
        if (block.kind != Block::Kind::Paragraph)
            continue;
        if (block.paragraph.runs.isEmpty())
            return;
        TextRun& last = block.paragraph.runs.last();
        const QString all = block.paragraph.plainText();
        if (!all.trimmed().endsWith(QStringLiteral("./.")))
            last.text = closing(last.text);
        return;
    }
}

Block DocumentWording::editable(Paragraph::Style style, const QString& text, const QString& label)
{
    Paragraph paragraph = Paragraph::text(style, text, true);
    paragraph.editLabel = label;
    return Block::of(paragraph);
}

} // namespace thidua
