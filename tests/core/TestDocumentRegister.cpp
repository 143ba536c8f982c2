// Numbers and ký hiệu, the document register, the legal bases and the certificate positions per printer.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/documents/CertificateLayoutRepository.h"
#include "core/documents/DocumentRegisterRepository.h"
#include "core/documents/DocumentType.h"
#include "core/documents/LegalBasisRepository.h"
#include "core/documents/RegisterExport.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

class TestDocumentRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numberFormat_data();
    void numberFormat();
    void typeAbbreviations_data();
    void typeAbbreviations();
    void sequencePerIssuerAndYear();
    void sequencePerOrganization();
    void upgradeAttributesOldNumbers();
    void reprintKeepsNumber();
    void fixedNumbers();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void listAndExport();
    void defaultBases_data();
    void defaultBases();
    void citations_data();
    void citations();
    void punctuation();
    void editBases();
    void certificateLayoutPerPrinter();

private:
    DocumentRegisterRepository::Request request(
        const QString& key, const QDate& date, RegisterIssuer issuer = RegisterIssuer::School, int number = 0) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDocumentRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("r.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestDocumentRegister::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

DocumentRegisterRepository::Request TestDocumentRegister::request(
    const QString& key, const QDate& date, RegisterIssuer issuer, int number) const
{
    DocumentRegisterRepository::Request r;
    r.organization = QStringLiteral("Trường THPT Nguyễn Khuyến");
    r.issuer = issuer;
    r.typeAbbreviation = issuer == RegisterIssuer::Council ? QStringLiteral("BB") : QStringLiteral("TTr");
    r.issuerAbbreviation = issuer == RegisterIssuer::Council ? QStringLiteral("HĐTĐKT") : QStringLiteral("NK");
    r.kind = issuer == RegisterIssuer::Council ? QStringLiteral("bien_ban") : QStringLiteral("to_trinh");
    r.date = date;
    r.summary = QStringLiteral("Về việc %1").arg(key);
    r.key = key;
    r.number = number;
    return r;
}

void TestDocumentRegister::numberFormat_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed 000") << 27 << QStringLiteral("KH") << QStringLiteral("MNgS") << QStringLiteral("27/KH-MNgS");
    QTest::newRow("leading zero") << 5 << QStringLiteral("QĐ") << QStringLiteral("BNV") << QStringLiteral("05/QĐ-BNV");
    QTest::newRow("ten") << 10 << QStringLiteral("TTr") << QStringLiteral("NK") << QStringLiteral("10/TTr-NK");
    QTest::newRow("three digits") << 282 << QStringLiteral("KH") << QStringLiteral("NK") << QStringLiteral("282/KH-NK");
    QTest::newRow("công văn") << 5 << QString() << QStringLiteral("BNV-VP") << QStringLiteral("05/BNV-VP");
    QTest::newRow("council") << 2 << QStringLiteral("BB") << QStringLiteral("HĐTĐKT") << QStringLiteral("02/BB-HĐTĐKT");
}

void TestDocumentRegister::numberFormat()
{
    QFETCH(int, number);
    QFETCH(QString, type);
    QFETCH(QString, issuer);
    QFETCH(QString, expected);
    QCOMPARE(DocumentNumber::format(number, type, issuer), expected);
    QVERIFY(!DocumentNumber::format(number, type, issuer).contains(QLatin1Char(' ')));
    QVERIFY(DocumentNumber::blank(type, issuer).endsWith(expected.mid(expected.indexOf(QLatin1Char('/')))));
}

void TestDocumentRegister::typeAbbreviations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("abbreviation");
    QTest::newRow("Tờ trình") << QStringLiteral("Tờ trình") << QStringLiteral("TTr");
    QTest::newRow("Kế hoạch, any case") << QStringLiteral("KẾ HOẠCH") << QStringLiteral("KH");
    QTest::newRow("Quyết định") << QStringLiteral("quyết định") << QStringLiteral("QĐ");
    QTest::newRow("Quy định") << QStringLiteral("Quy định") << QStringLiteral("QyĐ");
    QTest::newRow("Biên bản") << QStringLiteral("Biên bản") << QStringLiteral("BB");
    QTest::newRow("Báo cáo") << QStringLiteral("Báo cáo") << QStringLiteral("BC");
    QTest::newRow("Thông báo") << QStringLiteral("Thông báo") << QStringLiteral("TB");
    QTest::newRow("Chương trình") << QStringLiteral("Chương trình") << QStringLiteral("CTr");
    QTest::newRow("by abbreviation") << QStringLiteral("GM") << QStringLiteral("GM");
    QTest::newRow("Công văn has none") << QStringLiteral("Công văn") << QString();
}

void TestDocumentRegister::typeAbbreviations()
{
    QFETCH(QString, name);
    QFETCH(QString, abbreviation);
    QCOMPARE(DocumentType::find(name).abbreviation, abbreviation);
    QCOMPARE(DocumentType::all().size(), 30); // 27 types and 3 kinds of copies (legal-facts §1.6)
}

void TestDocumentRegister::sequencePerIssuerAndYear()
{
    DocumentRegisterRepository registry(m_db->connection());
    const QDate d2024(2024, 12, 31), d2025(2025, 1, 2);
    QCOMPARE(registry.assign(request(QStringLiteral("a"), d2024))->number, 1);
    QCOMPARE(registry.assign(request(QStringLiteral("b"), d2024))->number, 2);
    // The council keeps its own sequence; each year starts again at 01.
    const auto council = registry.assign(request(QStringLiteral("c"), d2024, RegisterIssuer::Council));
    QCOMPARE(council->number, 1);
    QCOMPARE(council->symbol, QStringLiteral("01/BB-HĐTĐKT"));
    const auto newYear = registry.assign(request(QStringLiteral("d"), d2025));
    QCOMPARE(newYear->number, 1);
    QCOMPARE(newYear->year, 2025);
    QCOMPARE(newYear->symbol, QStringLiteral("01/TTr-NK"));
    const QString school = QStringLiteral("Trường THPT Nguyễn Khuyến");
    QCOMPARE(*registry.nextNumber(school, RegisterIssuer::School, 2024), 3);
    QCOMPARE(*registry.nextNumber(school, RegisterIssuer::Council, 2025), 1);
}

// Issue 13: numbers of one organisation continued another's sequence. Each organisation numbers on its own, a
// number taken by one is free for the other, and the register says who issued each.
void TestDocumentRegister::sequencePerOrganization()
{
    DocumentRegisterRepository registry(m_db->connection());
    const QDate day(2025, 9, 10);
    QCOMPARE(registry.assign(request(QStringLiteral("a"), day))->number, 1);
    QCOMPARE(registry.assign(request(QStringLiteral("b"), day))->number, 2);
    auto other = request(QStringLiteral("c"), day);
    other.organization = QStringLiteral("Trường THPT Nguyễn Trãi");
    other.issuerAbbreviation = QStringLiteral("NTr");
    const auto first = registry.assign(other);
    QVERIFY(first.ok());
    QCOMPARE(first->number, 1);
    QCOMPARE(first->symbol, QStringLiteral("01/TTr-NTr"));
    other.key = QStringLiteral("d");
    other.number = 2; // taken by the other school, free here
    QVERIFY(registry.assign(other).ok());
    QCOMPARE(*registry.nextNumber(QStringLiteral("Trường THPT Nguyễn Trãi"), RegisterIssuer::School, 2025), 3);
    QCOMPARE(*registry.nextNumber(QStringLiteral("Trường THPT Nguyễn Khuyến"), RegisterIssuer::School, 2025), 3);
    const RegisterEntries all = *registry.list();
    QCOMPARE(all.size(), 4);
    QSet<QString> bodies;
    for (const RegisterEntry& entry : all)
        bodies.insert(entry.issuingBody());
    QCOMPARE(bodies,
        (QSet<QString> { QStringLiteral("Trường THPT Nguyễn Khuyến"), QStringLiteral("Trường THPT Nguyễn Trãi") }));
}

// Version 5 adds the issuing organisation: numbers given before it are the school's (or its council's) when their
// ký hiệu ends with the school's abbreviation, and nobody's otherwise; the school's sequence goes on from them.
void TestDocumentRegister::upgradeAttributesOldNumbers()
{
    const QString path = m_dir->filePath(QStringLiteral("register-v4.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 4;
        auto old = Database::open(path, options);
        QVERIFY(old.ok());
        const QSqlDatabase c = (*old)->connection();
        QVERIFY(Sql::exec(c,
            QStringLiteral(
                "UPDATE school SET full_name = 'Trường THPT Nguyễn Trãi', abbreviation = 'NTr' WHERE id = 1")));
        QVERIFY(Sql::exec(c,
            QStringLiteral(
                "INSERT INTO document_register (id, issuer, year, number, issuer_abbreviation, symbol, kind, "
                "document_date, document_key) VALUES "
                "(1, 'school', 2025, 1, 'NTr', '01/TTr-NTr', 'to_trinh', '2025-09-10', 'a'), "
                "(2, 'council', 2025, 1, 'HĐTĐKT', '01/BB-HĐTĐKT', 'bien_ban', '2025-09-08', 'b'), "
                "(3, 'school', 2025, 2, 'NK', '02/TTr-NK', 'to_trinh', '2025-09-11', 'c')")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    DocumentRegisterRepository registry((*db)->connection());
    const RegisterEntries all = *registry.list();
    QCOMPARE(all.size(), 3);
    QHash<QString, QString> organization;
    for (const RegisterEntry& entry : all)
        organization.insert(entry.key, entry.organization);
    QCOMPARE(organization.value(QStringLiteral("a")), QStringLiteral("Trường THPT Nguyễn Trãi"));
    QCOMPARE(organization.value(QStringLiteral("b")), QStringLiteral("Trường THPT Nguyễn Trãi"));
    QCOMPARE(organization.value(QStringLiteral("c")), QString());
    QCOMPARE(*registry.nextNumber(QStringLiteral("Trường THPT Nguyễn Trãi"), RegisterIssuer::School, 2025), 2);
}

void TestDocumentRegister::reprintKeepsNumber()
{
    DocumentRegisterRepository registry(m_db->connection());
    const auto first = registry.assign(request(QStringLiteral("to-trinh"), QDate(2025, 9, 10)));
    QVERIFY(first.ok());
    QCOMPARE(first->printCount, 1);
    registry.assign(request(QStringLiteral("other"), QDate(2025, 9, 11))).value();
    const auto again = registry.assign(request(QStringLiteral("to-trinh"), QDate(2025, 9, 10)));
    QVERIFY(again.ok());
    QCOMPARE(again->number, first->number);
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->printCount, 2);
    QCOMPARE(registry.list()->size(), 2);
}

void TestDocumentRegister::fixedNumbers()
{
    DocumentRegisterRepository registry(m_db->connection());
    QCOMPARE(registry.assign(request(QStringLiteral("a"), QDate(2025, 3, 6), RegisterIssuer::School, 27))->symbol,
        QStringLiteral("27/TTr-NK"));
    // The next automatic number follows the highest one.
    QCOMPARE(registry.assign(request(QStringLiteral("b"), QDate(2025, 3, 7)))->number, 28);
    // A number already taken, or a registered document asking for another number, is refused; nothing changes.
    const auto taken = registry.assign(request(QStringLiteral("c"), QDate(2025, 3, 8), RegisterIssuer::School, 27));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, Error::Code::Duplicate);
    QVERIFY(taken.error().message.contains(QStringLiteral("27/TTr-NK")));
    const auto renumber = registry.assign(request(QStringLiteral("a"), QDate(2025, 3, 6), RegisterIssuer::School, 30));
    QVERIFY(!renumber.ok());
    QCOMPARE(registry.list()->size(), 2);
    QCOMPARE(registry.findByKey(QStringLiteral("a"))->printCount, 1);
}

void TestDocumentRegister::refusesBadRequests_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("number");
    QTest::newRow("no key") << QString() << QDate(2025, 1, 1) << 0;
    QTest::newRow("no date") << QStringLiteral("k") << QDate() << 0;
    QTest::newRow("negative number") << QStringLiteral("k") << QDate(2025, 1, 1) << -3;
}

void TestDocumentRegister::refusesBadRequests()
{
    QFETCH(QString, key);
    QFETCH(QDate, date);
    QFETCH(int, number);
    DocumentRegisterRepository registry(m_db->connection());
    QVERIFY(!registry.assign(request(key, date, RegisterIssuer::School, number)).ok());
    QCOMPARE(registry.list()->size(), 0);
}

void TestDocumentRegister::listAndExport()
{
    DocumentRegisterRepository registry(m_db->connection());
    registry.assign(request(QStringLiteral("a"), QDate(2024, 5, 1))).value();
    registry.assign(request(QStringLiteral("b, with comma"), QDate(2025, 5, 1))).value();
    registry.assign(request(QStringLiteral("c"), QDate(2025, 5, 2), RegisterIssuer::Council)).value();
    QCOMPARE(registry.list(2025)->size(), 2);
    QCOMPARE(registry.list(2024)->size(), 1);
    const RegisterEntries all = *registry.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.constFirst().year, 2024);
    const QByteArray csv = RegisterExport::toCsv(all);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(QStringLiteral("Năm,Cơ quan ban hành,Số,\"Số, ký hiệu\",")));
    QVERIFY(csv.contains("\"Về việc b, with comma\""));
    QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("01/BB-HĐTĐKT")));
    // Issue 13: the kind by its name, the issuer by the organisation's name, not internal keys.
    QVERIFY2(lines[2].contains(QStringLiteral(",Biên bản,")), qPrintable(lines[2])); // council before school
    QVERIFY(lines[2].contains(QStringLiteral(",Hội đồng TĐKT Trường THPT Nguyễn Khuyến,")));
    QVERIFY(lines[1].contains(QStringLiteral(",Tờ trình,")));
    QVERIFY(lines[1].contains(QStringLiteral("2024,Trường THPT Nguyễn Khuyến,")));
    QVERIFY(!csv.contains("bien_ban") && !csv.contains("to_trinh") && !csv.contains("Nhà trường"));
}

void TestDocumentRegister::defaultBases_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("numbers");
    const QStringList before = {
        QStringLiteral("06/2022/QH15"), QStringLiteral("98/2023/NĐ-CP"), QStringLiteral("1315/QĐ-TTg")
    };
    const QStringList after = {
        QStringLiteral("06/2022/QH15"), QStringLiteral("152/2025/NĐ-CP"), QStringLiteral("1315/QĐ-TTg")
    };
    QTest::newRow("last day of ND 98") << QDate(2025, 6, 30) << QStringLiteral("to_trinh") << before;
    QTest::newRow("first day of ND 152") << QDate(2025, 7, 1) << QStringLiteral("quyet_dinh") << after;
    QTest::newRow("2024") << QDate(2024, 9, 15) << QStringLiteral("to_trinh") << before;
    QTest::newRow("before the law took effect")
        << QDate(2023, 12, 1) << QStringLiteral("to_trinh") << QStringList { QStringLiteral("1315/QĐ-TTg") };
    QTest::newRow("a biên bản cites none") << QDate(2025, 9, 1) << QStringLiteral("bien_ban") << QStringList {};
}

void TestDocumentRegister::defaultBases()
{
    QFETCH(QDate, date);
    QFETCH(QString, kind);
    QFETCH(QStringList, numbers);
    LegalBasisRepository repository(m_db->connection());
    const auto bases = repository.validOn(date, kind);
    QVERIFY(bases.ok());
    QStringList found;
    for (const LegalBasis& basis : *bases)
        found << basis.number;
    QCOMPARE(found, numbers);
}

void TestDocumentRegister::citations_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("citation");
    QTest::newRow("a law: name and date only") << QStringLiteral(
        "06/2022/QH15") << QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022");
    QTest::newRow("a decree") << QStringLiteral("152/2025/NĐ-CP")
                              << QStringLiteral(
                                     "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ "
                                     "quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; "
                                     "quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, "
                                     "khen thưởng");
    QTest::newRow("a decision") << QStringLiteral("1315/QĐ-TTg")
                                << QStringLiteral(
                                       "Căn cứ Quyết định số 1315/QĐ-TTg ngày 09 tháng 11 năm 2023 của Thủ tướng "
                                       "Chính phủ về ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước "
                                       "thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn "
                                       "2023 - 2030”");
}

void TestDocumentRegister::citations()
{
    QFETCH(QString, number);
    QFETCH(QString, citation);
    LegalBasisRepository repository(m_db->connection());
    for (const LegalBasis& basis : *repository.all()) {
        if (basis.number == number) {
            QCOMPARE(basis.citation(), citation);
            return;
        }
    }
    QFAIL("basis not found");
}

void TestDocumentRegister::punctuation()
{
    QCOMPARE(
        LegalBasis::punctuate({ QStringLiteral("Căn cứ A;"), QStringLiteral("Căn cứ B."), QStringLiteral("Xét C") }),
        QStringList({ QStringLiteral("Căn cứ A;"), QStringLiteral("Căn cứ B;"), QStringLiteral("Xét C.") }));
    QCOMPARE(LegalBasis::punctuate({ QStringLiteral("Căn cứ A") }), QStringList { QStringLiteral("Căn cứ A.") });
}

void TestDocumentRegister::editBases()
{
    LegalBasisRepository repository(m_db->connection());
    LegalBasis amendment;
    amendment.docType = QStringLiteral("Luật");
    amendment.title = QStringLiteral("sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng");
    amendment.issuedOn = QDate(2026, 6, 1);
    amendment.validFrom = QDate(2026, 10, 1);
    amendment.appliesTo = { QStringLiteral("to_trinh") };
    amendment.sortOrder = 11;
    QVERIFY(repository.save(amendment).ok());
    QVERIFY(amendment.id > 0);
    QCOMPARE(repository.validOn(QDate(2026, 9, 30), QStringLiteral("to_trinh"))->size(), 3);
    QCOMPARE(repository.validOn(QDate(2026, 10, 1), QStringLiteral("to_trinh"))->size(), 4);
    QCOMPARE(repository.validOn(QDate(2026, 10, 1), QStringLiteral("quyet_dinh"))->size(), 3);
    amendment.validTo = QDate(2026, 1, 1); // ends before it starts
    QCOMPARE(repository.save(amendment).error().code, Error::Code::Validation);
    amendment.validTo = QDate();
    amendment.title = QStringLiteral("  ");
    QVERIFY(!repository.save(amendment).ok());
    QVERIFY(repository.remove(amendment.id).ok());
    QCOMPARE(repository.remove(amendment.id).error().code, Error::Code::NotFound);
    QCOMPARE(repository.all()->size(), 4);
}

void TestDocumentRegister::certificateLayoutPerPrinter()
{
    CertificateLayoutRepository repository(m_db->connection());
    const auto unknown = repository.load(QStringLiteral("HP LaserJet"));
    QVERIFY(unknown.ok());
    QCOMPARE(unknown->fields.size(), CertificateLayout::defaults().fields.size());
    CertificateLayout moved = *unknown;
    moved.offsetXMm = 1.5;
    moved.offsetYMm = -2;
    CertificateField name = moved.field(QStringLiteral("name"));
    name.yMm = 100;
    moved.setField(name);
    QVERIFY(repository.save(QStringLiteral("HP LaserJet"), moved).ok());
    const auto loaded = repository.load(QStringLiteral("HP LaserJet"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->offsetXMm, 1.5);
    QCOMPARE(loaded->offsetYMm, -2.0);
    QCOMPARE(loaded->field(QStringLiteral("name")).yMm, 100.0);
    QCOMPARE(repository.load(QStringLiteral("Canon"))->field(QStringLiteral("name")).yMm,
        CertificateLayout::defaults().field(QStringLiteral("name")).yMm);
    QCOMPARE(*repository.printers(), QStringList { QStringLiteral("HP LaserJet") });
    // Positions off the sheet are refused.
    name.xMm = 280;
    moved.setField(name);
    QVERIFY(!repository.save(QStringLiteral("HP LaserJet"), moved).ok());
    QCOMPARE(repository.load(QStringLiteral("HP LaserJet"))->field(QStringLiteral("name")).xMm,
        CertificateLayout::defaults().field(QStringLiteral("name")).xMm);
}

QTEST_GUILESS_MAIN(TestDocumentRegister)
#include "TestDocumentRegister.moc"
