#include "tests/support/DocumentFacts.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace thidua::test {

namespace {

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return { QStringLiteral("<query failed: %1>").arg(sql) };
    while (query.next())
        values << query.value(0).toString();
    return values;
}

void addParagraphs(QStringList& out, const Blocks& blocks)
{
    for (const Block& block : blocks) {
        if (block.kind == Block::Kind::Paragraph)
            out << block.paragraph.plainText();
        else if (block.kind == Block::Kind::Addressees)
            out << block.addressees;
        else if (block.kind == Block::Kind::Table) {
            for (const auto* rows : { &block.table.headerRows, &block.table.rows }) {
                for (const Table::Row& row : *rows) {
                    for (const Table::Cell& cell : row)
                        out << cell.text;
                }
            }
        }
    }
}

// The family names this check recognises a person by (the common ones; the demo's come from the same stock).
const QStringList FamilyNames { QStringLiteral("Nguyễn"),
    QStringLiteral("Trần"),
    QStringLiteral("Lê"),
    QStringLiteral("Phạm"),
    QStringLiteral("Hoàng"),
    QStringLiteral("Huỳnh"),
    QStringLiteral("Phan"),
    QStringLiteral("Vũ"),
    QStringLiteral("Võ"),
    QStringLiteral("Đặng"),
    QStringLiteral("Bùi"),
    QStringLiteral("Đỗ"),
    QStringLiteral("Hồ"),
    QStringLiteral("Ngô"),
    QStringLiteral("Dương"),
    QStringLiteral("Lý"),
    QStringLiteral("Châu"),
    QStringLiteral("Trương"),
    QStringLiteral("Đinh"),
    QStringLiteral("Lâm"),
    QStringLiteral("Đào"),
    QStringLiteral("Cao"),
    QStringLiteral("Lương"),
    QStringLiteral("Trịnh"),
    QStringLiteral("Đoàn"),
    QStringLiteral("Tạ"),
    QStringLiteral("Mai"),
    QStringLiteral("Tô"),
    QStringLiteral("Hà"),
    QStringLiteral("Vương") };

} // namespace

DocumentFacts::DocumentFacts(const QSqlDatabase& db)
{
    m_people =
        column(db, QStringLiteral("SELECT trim(family_name || ' ' || middle_name || ' ' || given_name) FROM person"));
    for (QString& name : m_people)
        name = name.simplified();
    m_collectives = column(db, QStringLiteral("SELECT name FROM collective"));
    m_citations = column(db, QStringLiteral("SELECT number FROM legal_basis WHERE number <> ''"));
    const QStringList school = column(db,
        QStringLiteral("SELECT full_name || char(31) || abbreviation || char(31) || governing_body || char(31) || "
                       "place_name FROM school"));
    const QStringList parts = school.value(0).split(QChar(31));
    m_school = parts.value(0);
    m_abbreviation = parts.value(1);
    m_governingBody = parts.value(2);
    m_placeName = parts.value(3);
}

QString DocumentFacts::text(const Documents& documents)
{
    QStringList out;
    for (const Document& document : documents) {
        out << document.header.governingBody << document.header.issuer << document.header.number
            << document.header.placeName << document.title << document.summary;
        addParagraphs(out, document.body);
        for (const SignatureBlock& signer : document.signatures.signers)
            out << signer.authority << signer.titles << signer.placeDate << signer.name;
        out << document.signatures.distribution.recipients << document.signatures.leftNotes;
        for (const Appendix& appendix : document.appendices) {
            out << appendix.title << appendix.attachedTo;
            addParagraphs(out, appendix.body);
        }
    }
    out.removeAll(QString());
    return out.join(QLatin1Char('\n'));
}

QStringList DocumentFacts::strangers(const QString& original) const
{
    QStringList found;
    // What the database names may be printed, in capitals too: taken out first so their words are not read again.
    QString text = original;
    for (const QString& known : { m_school, m_governingBody, m_placeName }) {
        if (!known.isEmpty()) {
            text.replace(known, QStringLiteral(" "), Qt::CaseInsensitive);
            text.replace(known.toUpper(), QStringLiteral(" "));
        }
    }
    text.replace(QStringLiteral("Hồ Chí Minh"), QStringLiteral(" ")); // a city (in the movement's name, căn cứ)
    for (const QString& citation : m_citations) // the căn cứ of the database: another body's numbers, rightly
        text.replace(citation, QStringLiteral(" "));

    // Organisations: a school's name other than this one.
    static const QRegularExpression school(QStringLiteral("\\b(?:Trường|TRƯỜNG) (?:MN|MG|TH|THCS|THPT|TIỂU HỌC|Tiểu "
                                                          "học|Mầm non|MẦM NON)(?: [[:upper:]][[:alpha:]]*)+"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = school.globalMatch(text); it.hasNext();)
        found << QStringLiteral("organisation: ") + it.next().captured(0);

    // Number symbols: the issuer part must be the school's or its council's.
    static const QRegularExpression symbol(
        QStringLiteral("\\b\\d+/([[:alpha:]]+)-([[:alpha:]]+)"), QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = symbol.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString issuer = match.captured(2);
        if (issuer != m_abbreviation && issuer != QStringLiteral("HĐTĐKT"))
            found << QStringLiteral("number: ") + match.captured(0);
    }

    // Collectives: "Tổ" and the capitalised words after it, the start of a collective of the database.
    static const QRegularExpression group(
        QStringLiteral("\\bTổ(?: [[:upper:]][[:lower:]]*(?: - [[:upper:]][[:lower:]]*)?)+"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = group.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(0);
        const bool known = std::any_of(m_collectives.cbegin(), m_collectives.cend(), [&name](const QString& c) {
            return c.startsWith(name, Qt::CaseInsensitive);
        });
        if (!known)
            found << QStringLiteral("collective: ") + name;
    }

    // People: a family name followed by capitalised words (not all capitals), the whole run a person of the database.
    static const QRegularExpression person(
        QStringLiteral("\\b[[:upper:]][[:lower:]]+(?: [[:upper:]][[:lower:]]+){1,4}"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = person.globalMatch(text); it.hasNext();) {
        const QString run = it.next().captured(0);
        const qsizetype space = run.indexOf(QLatin1Char(' '));
        if (!FamilyNames.contains(run.left(space)))
            continue;
        if (!m_people.contains(run))
            found << QStringLiteral("person: ") + run;
    }
    found.removeDuplicates();
    return found;
}

} // namespace thidua::test
