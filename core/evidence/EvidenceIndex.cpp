#include "core/evidence/EvidenceIndex.h"

#include "core/documents/DocumentService.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/spreadsheet/XlsxWriter.h"

#include <QFileInfo>

namespace thidua {

namespace {

// The tiêu chí (depth 0) above `code` in `set`; empty when the set has no such item. Codes of another version of
// the set that this one lacks are matched by their prefix ("H1.TC2.CT9" under "H1.TC2").
QString topLevelOf(const CriteriaSet& set, const QString& code)
{
    qsizetype index = set.indexOf(code);
    if (index >= 0) {
        while (index > 0 && set.items.at(index).depth > 0)
            --index;
        return set.items.at(index).code;
    }
    for (const CriteriaItem& item : set.items) {
        if (item.depth == 0 && code.startsWith(item.code + QLatin1Char('.')))
            return item.code;
    }
    return QString();
}

QString kindHeading(EvidenceLink::Kind kind)
{
    switch (kind) {
    case EvidenceLink::Kind::Person:
        return QStringLiteral("Minh chứng của cá nhân");
    case EvidenceLink::Kind::Collective:
        return QStringLiteral("Minh chứng của tập thể");
    case EvidenceLink::Kind::AssessmentItem:
        return QStringLiteral("Minh chứng cho tiêu chí đánh giá");
    case EvidenceLink::Kind::LearningResult:
        return QStringLiteral("Minh chứng kết quả Công dân học tập");
    case EvidenceLink::Kind::Nomination:
        return QStringLiteral("Minh chứng cho đề nghị khen thưởng");
    case EvidenceLink::Kind::Activity:
        return QStringLiteral("Minh chứng hoạt động");
    case EvidenceLink::Kind::Meeting:
        return QStringLiteral("Minh chứng cuộc họp");
    }
    return QString();
}

EvidenceIndexData::Row rowOf(const Evidence& evidence, const EvidenceIndexNames& names)
{
    return EvidenceIndexData::Row { evidence.code,
        evidence.description,
        evidence.paper.number,
        evidence.paper.date,
        evidence.paper.issuer,
        EvidenceIndex::backs(evidence, names) };
}

} // namespace

QList<EvidenceIndex::Chapter> EvidenceIndex::chapters(
    const EvidenceList& evidence, const EvidenceIndexNames& names, const CriteriaSet& set)
{
    QList<Chapter> chapters;
    QHash<QString, qsizetype> chapterOf;
    for (const qsizetype index : set.children(-1)) {
        chapterOf.insert(set.items.at(index).code, chapters.size());
        chapters << Chapter { set.items.at(index), {} };
    }
    for (const Evidence& file : evidence) {
        QList<qsizetype> in;
        for (const EvidenceLink& link : file.links) {
            if (link.kind != EvidenceLink::Kind::AssessmentItem
                || names.assessments.value(link.targetId).setKey != set.key)
                continue;
            const QString top = topLevelOf(set, link.itemCode);
            if (chapterOf.contains(top) && !in.contains(chapterOf.value(top)))
                in << chapterOf.value(top);
        }
        for (const qsizetype chapter : std::as_const(in))
            chapters[chapter].evidence << file;
    }
    return chapters;
}

QString EvidenceIndex::backs(const Evidence& evidence, const EvidenceIndexNames& names)
{
    QStringList parts;
    for (const EvidenceLink& link : evidence.links) {
        QString part;
        switch (link.kind) {
        case EvidenceLink::Kind::AssessmentItem:
            part = link.itemCode.isEmpty() ? names.assessments.value(link.targetId).setName : link.itemCode;
            break;
        case EvidenceLink::Kind::Person:
            part = names.people.value(link.targetId);
            break;
        case EvidenceLink::Kind::Collective:
            part = names.collectives.value(link.targetId);
            break;
        case EvidenceLink::Kind::LearningResult:
            part = QStringLiteral("Kết quả Công dân học tập");
            break;
        case EvidenceLink::Kind::Nomination:
            part = QStringLiteral("Đề nghị khen thưởng");
            break;
        case EvidenceLink::Kind::Activity:
            part = QStringLiteral("Hoạt động");
            break;
        case EvidenceLink::Kind::Meeting:
            part = QStringLiteral("Cuộc họp");
            break;
        }
        if (part.isEmpty())
            part = QStringLiteral("[%1 %2]").arg(EvidenceLink::kindKey(link.kind)).arg(link.targetId);
        if (!parts.contains(part))
            parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QString EvidenceIndex::heading(const CriteriaItem& item)
{
    return item.code + QStringLiteral(". ") + item.text.simplified();
}

EvidenceIndexData EvidenceIndex::build(
    const EvidenceList& evidence, const EvidenceIndexNames& names, const CriteriaSet* set, const QString& schoolYear)
{
    EvidenceIndexData data;
    data.schoolYear = schoolYear;
    if (set) {
        data.subject = set->name;
        for (const Chapter& chapter : chapters(evidence, names, *set)) {
            EvidenceIndexData::Group group { heading(chapter.item), {} };
            for (const Evidence& file : chapter.evidence)
                group.rows << rowOf(file, names);
            data.groups << group;
        }
        return data;
    }
    QList<EvidenceLink::Kind> order;
    QHash<int, EvidenceIndexData::Group> groups;
    for (const Evidence& file : evidence) {
        const EvidenceLink::Kind kind =
            file.links.isEmpty() ? EvidenceLink::Kind::Person : file.links.constFirst().kind;
        if (!order.contains(kind)) {
            order << kind;
            groups.insert(int(kind), EvidenceIndexData::Group { kindHeading(kind), {} });
        }
        groups[int(kind)].rows << rowOf(file, names);
    }
    std::sort(order.begin(), order.end(), [](EvidenceLink::Kind a, EvidenceLink::Kind b) {
        // Criteria items first, then people, collectives and the rest in the order of the enumeration.
        auto rank = [](EvidenceLink::Kind k) { return k == EvidenceLink::Kind::AssessmentItem ? -1 : int(k); };
        return rank(a) < rank(b);
    });
    for (const EvidenceLink::Kind kind : std::as_const(order))
        data.groups << groups.value(int(kind));
    return data;
}

Result<EvidenceIndexData> EvidenceIndex::load(
    const QSqlDatabase& db, qint64 schoolYearId, const QString& schoolYear, const CriteriaSet* set)
{
    EvidenceFilter filter;
    filter.schoolYearId = schoolYearId;
    auto evidence = EvidenceQuery(db).list(filter);
    if (!evidence)
        return evidence.error();
    auto names = EvidenceIndexQuery(db).names(schoolYearId);
    if (!names)
        return names.error();
    return build(*evidence, *names, set, schoolYear);
}

DocumentDescription EvidenceIndex::description(const EvidenceIndexData& data)
{
    DocumentDescription description;
    description.kind = EvidenceIndexDocument::kind();
    description.numbering = DocumentDescription::Numbering::Blank;
    description.automaticBases = false;
    description.data = data;
    return description;
}

QStringList EvidenceIndex::xlsxHeaders()
{
    return { QStringLiteral("STT"),
        QStringLiteral("Tiêu chí"),
        QStringLiteral("Mã minh chứng"),
        QStringLiteral("Tên, nội dung minh chứng"),
        QStringLiteral("Số văn bản"),
        QStringLiteral("Ngày ban hành"),
        QStringLiteral("Cơ quan ban hành"),
        QStringLiteral("Minh chứng cho") };
}

Status EvidenceIndex::saveXlsx(const EvidenceIndexData& data, const QString& path)
{
    XlsxWriter writer;
    writer.addSheet(QStringLiteral("Danh mục minh chứng"));
    writer.setFont(QStringLiteral("Times New Roman"), 12);
    writer.setBorders(true);
    const QStringList headers = xlsxHeaders();
    for (int column = 0; column < headers.size(); ++column)
        writer.writeText(0, column, headers.at(column), true);
    int row = 1;
    for (const EvidenceIndexData::Group& group : data.groups) {
        for (const EvidenceIndexData::Row& item : group.rows) {
            writer.writeNumber(row, 0, row);
            writer.writeText(row, 1, group.heading);
            writer.writeText(row, 2, item.code);
            writer.writeText(row, 3, item.description);
            writer.writeText(row, 4, item.paperNumber);
            if (item.paperDate.isValid())
                writer.writeDate(row, 5, item.paperDate);
            else
                writer.writeBlank(row, 5);
            writer.writeText(row, 6, item.paperIssuer);
            writer.writeText(row, 7, item.backs);
            ++row;
        }
    }
    writer.fitColumnWidths(6, 60);
    writer.freezeRows(1);
    writer.printOnPageWidth(1);
    return writer.save(path);
}

bool EvidenceIndex::isIndexPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"pdf" || suffix == u"docx" || suffix == u"xlsx";
}

Result<int> EvidenceIndex::save(const QSqlDatabase& db, const Export& request, QStringList* unsignedDocuments)
{
    if (!isIndexPath(request.path))
        return Error(Error::Code::Usage, tr("The danh mục is written as a .pdf, .docx or .xlsx file."), request.path);
    auto data = load(db, request.schoolYearId, request.schoolYear, request.set);
    if (!data)
        return data.error();
    const QString suffix = QFileInfo(request.path).suffix().toLower();
    if (suffix == u"xlsx") {
        if (auto saved = saveXlsx(*data, request.path); !saved)
            return saved.error();
        return data->rowCount();
    }
    DocumentService service(db, request.today);
    auto prepared = service.prepare({ description(*data) });
    if (!prepared)
        return prepared.error();
    if (unsignedDocuments)
        *unsignedDocuments = DocumentService::unsignedDocuments(prepared->descriptions);
    const Status saved = suffix == u"docx" ? DocxWriter::save(prepared->documents, request.path)
                                           : PdfRenderer::save(prepared->documents, request.path);
    if (!saved)
        return saved.error();
    return data->rowCount();
}

} // namespace thidua
