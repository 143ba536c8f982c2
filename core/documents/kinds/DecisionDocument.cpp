#include "core/documents/kinds/DecisionDocument.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/documents/kinds/NomineeTable.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

Block article(int number, const QString& text, const QString& label)
{
    Paragraph paragraph;
    paragraph.style = Paragraph::Style::Body;
    paragraph.runs = { TextRun { QStringLiteral("Điều %1. ").arg(number), true }, TextRun { text } };
    paragraph.editable = true;
    paragraph.editLabel = label;
    return Block::of(paragraph);
}

QString money(qint64 dong)
{
    const QString digits = VietnameseFormat::integer(dong) + QStringLiteral(" đồng");
    const QString words = VietnameseFormat::moneyInWords(dong);
    return words.isEmpty() || words == digits ? digits : QStringLiteral("%1 (%2)").arg(digits, words);
}

} // namespace

Document DecisionDocument::build(const DecisionData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(typeAbbreviation());
    document.title = QStringLiteral("Quyết định");
    const QString movement = data.movement.isEmpty() ? QStringLiteral("phong trào thi đua") : data.movement;
    document.summary = data.summary.isEmpty()
        ? QStringLiteral("Về việc tặng %1 cho tập thể, cá nhân\ncó thành tích xuất sắc trong %2")
              .arg(data.award, movement)
        : data.summary;

    const QString authority =
        data.authority.isEmpty() ? QStringLiteral("Hiệu trưởng ") + origin.organization.name : data.authority;
    Paragraph authorityLine = Paragraph::text(Paragraph::Style::CenteredBold, authority.toUpper());
    authorityLine.spaceBeforePt = 6;
    authorityLine.keepWithNext = true;
    document.body << Block::of(authorityLine);
    QStringList bases = origin.legalBases;
    bases << (data.proposalBy.isEmpty()
            ? QStringLiteral("Theo đề nghị của %1 %2").arg(origin.organization.councilName, origin.organization.name)
            : data.proposalBy);
    document.body << DocumentWording::basisBlocks(bases);
    Paragraph decides = Paragraph::text(Paragraph::Style::CenteredBold, QStringLiteral("QUYẾT ĐỊNH:"));
    decides.spaceBeforePt = 6;
    decides.keepWithNext = true;
    document.body << Block::of(decides);

    if (!data.articles.isEmpty()) {
        document.body << data.articles;
    } else {
        const int collectives = NomineeTable::collectives(data.awardees);
        const int individuals = NomineeTable::individuals(data.awardees);
        QStringList counts;
        if (collectives > 0)
            counts << QStringLiteral("%1 tập thể").arg(DocumentWording::count(collectives));
        if (individuals > 0)
            counts << QStringLiteral("%1 cá nhân").arg(DocumentWording::count(individuals));
        const QString achievement = data.achievement.isEmpty()
            ? QStringLiteral("đã có thành tích xuất sắc trong %1").arg(movement)
            : data.achievement;
        document.body << article(1,
            QStringLiteral("Tặng %1 cho %2 (có danh sách kèm theo) %3.")
                .arg(data.award,
                    counts.isEmpty() ? QStringLiteral("các tập thể, cá nhân") : counts.join(QStringLiteral(" và ")),
                    achievement),
            QStringLiteral("Điều 1"));
        int number = 1;
        if (data.prizeIndividual > 0 || data.prizeCollective > 0) {
            QStringList amounts;
            if (data.prizeCollective > 0 && collectives > 0)
                amounts << QStringLiteral("mỗi tập thể được thưởng %1").arg(money(data.prizeCollective));
            if (data.prizeIndividual > 0 && individuals > 0)
                amounts << QStringLiteral("mỗi cá nhân được thưởng %1").arg(money(data.prizeIndividual));
            ++number;
            document.body << article(number,
                QStringLiteral("Kèm theo %1, %2. Kinh phí khen thưởng được chi từ %3.")
                    .arg(data.award,
                        amounts.join(QStringLiteral("; ")),
                        data.fundingSource.isEmpty() ? QStringLiteral("quỹ thi đua, khen thưởng của nhà trường")
                                                     : data.fundingSource),
                QStringLiteral("Điều %1").arg(number));
        }
        const QString executors = data.executors.isEmpty()
            ? QStringLiteral("%1, các bộ phận liên quan và các tập thể, cá nhân có tên tại Điều 1")
                  .arg(origin.organization.councilName)
            : data.executors;
        ++number;
        document.body << article(number,
            QStringLiteral("Quyết định này có hiệu lực kể từ ngày ký. %1 chịu trách nhiệm thi hành Quyết định này.")
                .arg(executors),
            QStringLiteral("Điều %1").arg(number));
    }
    DocumentWording::closeBody(document.body);

    document.signatures.signers =
        origin.signers.isEmpty() ? QList<SignatureBlock> { DocumentWording::defaultSigner(origin) } : origin.signers;
    const int lastArticle =
        data.articles.isEmpty() ? (data.prizeIndividual > 0 || data.prizeCollective > 0 ? 3 : 2) : 0;
    document.signatures.distribution.recipients = origin.distributionOr(
        { lastArticle > 0 ? QStringLiteral("Như Điều %1").arg(lastArticle) : QStringLiteral("Như trên"),
            QStringLiteral("Lưu: VT, %1").arg(origin.organization.councilAbbreviation) });

    if (!data.awardees.isEmpty()) {
        Appendix appendix;
        appendix.label = QStringLiteral("Phụ lục");
        appendix.title = QStringLiteral("Danh sách tập thể, cá nhân được tặng %1").arg(data.award);
        appendix.attachedTo =
            QStringLiteral("(Kèm theo Quyết định %1 của %2)").arg(origin.reference(typeAbbreviation()), authority);
        appendix.body << Block::of(NomineeTable::build(data.awardees, { false, false }));
        document.appendices << appendix;
    }
    return document;
}

} // namespace thidua
