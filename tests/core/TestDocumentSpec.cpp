// The JSON description of documents: every example loads; bad descriptions are refused with the file, the line and
// the field.
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentSpec.h"
#include "tests/support/ExampleSpecs.h"

#include <QTest>

using namespace thidua;
using thidua::test::ExampleSpecs;

class TestDocumentSpec : public QObject
{
    Q_OBJECT

private slots:
    void examplesLoad_data();
    void examplesLoad();
    void errors_data();
    void errors();
    void bundleMergesCommon();
    void defaults();
    void buildsWithoutDatabase();
};

void TestDocumentSpec::examplesLoad_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : ExampleSpecs::files())
        QTest::newRow(qPrintable(file)) << file;
}

void TestDocumentSpec::examplesLoad()
{
    QFETCH(QString, file);
    const auto specs = DocumentSpec::load(ExampleSpecs::directory() + QLatin1Char('/') + file);
    QVERIFY2(specs.ok(), specs.ok() ? "" : qPrintable(specs.error().toString()));
    QCOMPARE(specs->size(), 1);
    QVERIFY(DocumentSpec::kinds().contains(specs->constFirst().kind));
    QVERIFY(file.startsWith(specs->constFirst().kind));
}

void TestDocumentSpec::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions"); // what the message must name
    QTest::newRow("broken JSON") << QByteArray("{\n  \"kind\": \"to_trinh\",\n  \"award\": \"x\"\n  \"date\": 1\n}")
                                 << 4 << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << QString();
    QTest::newRow("no kind") << QByteArray("{\n  \"award\": \"x\"\n}") << 1 << QStringLiteral("kind");
    QTest::newRow("unknown kind") << QByteArray("{\n  \"kind\": \"cong_van\"\n}") << 2 << QStringLiteral("cong_van");
    QTest::newRow("missing award") << QByteArray("{\n  \"kind\": \"to_trinh\",\n  \"date\": \"2025-09-10\"\n}") << 1
                                   << QStringLiteral("award");
    QTest::newRow("bad date") << QByteArray("{\n  \"kind\": \"to_trinh\",\n  \"award\": \"Giấy khen\",\n  \"date\": "
                                            "\"10/09/2025\"\n}")
                              << 4 << QStringLiteral("date");
    QTest::newRow("nominee without name")
        << QByteArray("{\n  \"kind\": \"to_trinh\",\n  \"award\": \"Giấy khen\",\n  \"nominees\": [\n    {\"name\": "
                      "\"A\"},\n    {\"position\": \"Giáo viên\"}\n  ]\n}")
        << 6 << QStringLiteral("nominees[1].name");
    QTest::newRow("margin outside ND30") << QByteArray(
        "{\n  \"kind\": \"to_trinh\",\n  \"award\": \"x\",\n  \"page\": {\"margins_mm\": {\n    \"left\": "
        "25\n  }}\n}") << 5 << QStringLiteral("page.margins_mm.left");
    QTest::newRow("too many votes") << QByteArray(
        "{\"kind\": \"bien_ban\", \"title\": \"T\", \"chair\": {\"name\": \"A\"}, \"secretary\": "
        "{\"name\": \"B\"},\n \"ballot\": {\"valid\": 5},\n \"results\": [\n {\"name\": \"C\", "
        "\"agree\": 6}]}") << 4 << QStringLiteral("results[0].agree");
    QTest::newRow("bad block") << QByteArray("{\"kind\": \"to_trinh\", \"award\": \"x\",\n \"body\": [\"ok\",\n "
                                             "{\"paragraph\": \"?\"}]}")
                               << 3 << QStringLiteral("body[1]");
    QTest::newRow("three signers") << QByteArray(
        "{\"kind\": \"to_trinh\", \"award\": \"x\",\n \"signers\": [{}, {}, {}]}")
                                   << 2 << QStringLiteral("signers");
    QTest::newRow("certificate without recipients")
        << QByteArray("{\"kind\": \"giay_khen\",\n \"recipients\": []}") << 2 << QStringLiteral("recipients");
    QTest::newRow("bundle item not an object")
        << QByteArray("{\"documents\": [\n {\"kind\": \"to_trinh\", \"award\": \"x\"},\n 3]}") << 3
        << QStringLiteral("documents[1]");
}

void TestDocumentSpec::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const auto specs = DocumentSpec::parse(json, QStringLiteral("spec.json"));
    QVERIFY(!specs.ok());
    const Error& error = specs.error();
    QCOMPARE(error.file, QStringLiteral("spec.json"));
    QCOMPARE(error.row, line);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(QStringLiteral("spec.json:%1").arg(line)));
}

void TestDocumentSpec::bundleMergesCommon()
{
    const QByteArray json = R"({
        "common": {"kind": "bao_cao_thanh_tich", "proposed_award": "Giấy khen của Hiệu trưởng",
                   "organization": {"name": "Trường A", "place_name": "Gò Vấp"}, "date": "2025-05-20"},
        "documents": [{"name": "Nguyễn Văn An"}, {"name": "Tổ Toán", "subject": "collective"},
                      {"name": "Lê Văn Cường", "date": "2025-05-21"}]
    })";
    const auto specs = DocumentSpec::parse(json, QStringLiteral("bundle.json"));
    QVERIFY2(specs.ok(), specs.ok() ? "" : qPrintable(specs.error().toString()));
    QCOMPARE(specs->size(), 3);
    QCOMPARE(std::get<AchievementReportData>(specs->at(1).data).collective, true);
    QCOMPARE(
        std::get<AchievementReportData>(specs->at(0).data).proposedAward, QStringLiteral("Giấy khen của Hiệu trưởng"));
    QCOMPARE(specs->at(0).origin.date, QDate(2025, 5, 20));
    QCOMPARE(specs->at(2).origin.date, QDate(2025, 5, 21));
    QCOMPARE(specs->at(2).origin.organization.name, QStringLiteral("Trường A"));
}

void TestDocumentSpec::defaults()
{
    const auto specs = DocumentSpec::parse(R"({"kind": "bien_ban", "title": "Họp", "chair": {"name": "A"},
        "secretary": {"name": "B"}, "start": "2025-09-08T14:00"})",
        QStringLiteral("s.json"));
    QVERIFY(specs.ok());
    const DocumentDescription& spec = specs->constFirst();
    QCOMPARE(spec.origin.issuer, RegisterIssuer::Council); // a biên bản is the council's
    QCOMPARE(spec.numbering, DocumentDescription::Numbering::Auto);
    QCOMPARE(spec.origin.date, QDate(2025, 9, 8)); // the meeting's day
    QVERIFY(spec.automaticBases);
    QCOMPARE(spec.origin.page.leftMm, 30.0);
    QCOMPARE(spec.typeAbbreviation(), QStringLiteral("BB"));
    const auto report = DocumentSpec::parse(
        R"({"kind": "bao_cao_thanh_tich", "name": "A", "proposed_award": "B", "number": 5})", QStringLiteral("r.json"));
    QVERIFY(report.ok());
    QCOMPARE(report->constFirst().numbering, DocumentDescription::Numbering::Blank); // reports carry no number
}

void TestDocumentSpec::buildsWithoutDatabase()
{
    auto specs = DocumentSpec::load(ExampleSpecs::directory() + QStringLiteral("/quyet_dinh.json"));
    QVERIFY(specs.ok());
    DocumentDescription spec = specs->constFirst();
    spec.origin.number = QStringLiteral("45/QĐ-MNgS");
    spec.origin.legalBases = { QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022") };
    const Documents documents = DocumentService::build(spec);
    QCOMPARE(documents.size(), 1);
    const Document& document = documents.constFirst();
    QCOMPARE(document.header.number, QStringLiteral("45/QĐ-MNgS"));
    QCOMPARE(document.header.issuer, QStringLiteral("Trường MN Hương Sen"));
    QCOMPARE(document.appendices.size(), 1);
    QVERIFY(
        document.appendices.constFirst().attachedTo.contains(QStringLiteral("số 45/QĐ-MNgS ngày 26 tháng 5 năm 2025")));
    Document editable = document;
    QCOMPARE(editable.editableParagraphs().size(), 3); // Điều 1, 2, 3 may be edited before output
}

QTEST_GUILESS_MAIN(TestDocumentSpec)
#include "TestDocumentSpec.moc"
