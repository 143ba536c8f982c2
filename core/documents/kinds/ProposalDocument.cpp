#include "core/documents/kinds/ProposalDocument.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/documents/kinds/NomineeTable.h"

namespace thidua {

Document ProposalDocument::build(const ProposalData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(typeAbbreviation());
    document.title = QStringLiteral("Tờ trình");
    const QString award = data.award.isEmpty() ? QStringLiteral("khen thưởng") : data.award;
    document.summary = data.summary.isEmpty()
        ? QStringLiteral("Về việc đề nghị tặng %1\ncho tập thể, cá nhân có thành tích xuất sắc").arg(award)
        : data.summary;

    if (!data.addressees.isEmpty())
        document.body << Block::kinhGui(data.addressees);
    QStringList bases = origin.legalBases;
    if (!data.minutesReference.isEmpty())
        bases << QStringLiteral("Căn cứ ") + data.minutesReference;
    document.body << DocumentWording::basisBlocks(bases);

    const QString addressee = data.addressees.value(0, QStringLiteral("cấp có thẩm quyền"));
    const int collectives = NomineeTable::collectives(data.nominees);
    const int individuals = NomineeTable::individuals(data.nominees);
    if (!data.body.isEmpty()) {
        document.body << data.body;
    } else {
        const QString movement = data.movement.isEmpty() ? QStringLiteral("phong trào thi đua") : data.movement;
        document.body << DocumentWording::editable(Paragraph::Style::Body,
            QStringLiteral("Thực hiện %1, %2 đã triển khai phong trào đến toàn thể cán bộ, giáo viên, nhân viên và học "
                           "sinh; tổ chức đánh giá, bình xét các tập thể, cá nhân có thành tích xuất sắc theo đúng "
                           "tiêu chuẩn, quy trình quy định.")
                .arg(movement, origin.organization.name),
            QStringLiteral("Đoạn mở đầu"));
        QStringList counts;
        if (collectives > 0)
            counts << QStringLiteral("%1 tập thể").arg(DocumentWording::count(collectives));
        if (individuals > 0)
            counts << QStringLiteral("%1 cá nhân").arg(DocumentWording::count(individuals));
        document.body << DocumentWording::editable(Paragraph::Style::Body,
            QStringLiteral("Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng, %1 kính trình %2 xem xét, tặng "
                           "%3 cho %4 đã có thành tích xuất sắc trong %5%6.")
                .arg(origin.organization.name,
                    addressee,
                    award,
                    counts.isEmpty() ? QStringLiteral("các tập thể, cá nhân") : counts.join(QStringLiteral(" và ")),
                    movement,
                    data.annex && !data.nominees.isEmpty() ? QStringLiteral(" (có danh sách và báo cáo thành tích kèm "
                                                                            "theo)")
                                                           : QString()),
            QStringLiteral("Nội dung đề nghị"));
        document.body << DocumentWording::editable(Paragraph::Style::Body,
            QStringLiteral("Kính trình %1 xem xét, quyết định.").arg(addressee),
            QStringLiteral("Đoạn kết"));
    }
    DocumentWording::closeBody(document.body);

    document.signatures.signers =
        origin.signers.isEmpty() ? QList<SignatureBlock> { DocumentWording::defaultSigner(origin) } : origin.signers;
    document.signatures.distribution.recipients = origin.distributionOr(
        { QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, %1").arg(origin.organization.councilAbbreviation) });

    if (data.annex && !data.nominees.isEmpty()) {
        bool mixedAwards = false;
        for (const Nominee& nominee : data.nominees)
            mixedAwards = mixedAwards || (!nominee.award.isEmpty() && nominee.award != data.award);
        Nominees nominees = data.nominees;
        for (Nominee& nominee : nominees) {
            if (nominee.award.isEmpty())
                nominee.award = data.award;
        }
        Appendix appendix;
        appendix.label = QStringLiteral("Phụ lục");
        appendix.title = QStringLiteral("Danh sách tập thể, cá nhân đề nghị tặng %1").arg(award);
        appendix.attachedTo = QStringLiteral("(Kèm theo Tờ trình %1 của %2)")
                                  .arg(origin.reference(typeAbbreviation()), origin.issuerName());
        appendix.body << Block::of(NomineeTable::build(nominees, { true, mixedAwards }));
        document.appendices << appendix;
    }
    return document;
}

} // namespace thidua
