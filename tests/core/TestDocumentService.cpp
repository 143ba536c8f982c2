// DocumentService: a preview writes nothing and shows the numbers the register would give; issuing numbers a batch
// in one transaction (a failure anywhere takes no number); a document issued again keeps its number.
#include "core/db/Database.h"
#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentSpec.h"
#include "core/school/SchoolService.h"
#include "tests/support/ExampleSpecs.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::ExampleSpecs;

class TestDocumentService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewWritesNothing();
    void failingThirdDocumentTakesNoNumber();
    void issueRendersTheIssuedNumber();
    void reissueKeepsNumber();
    void failingWriterTakesNoNumber();
    void anotherOrganizationIsNotSignedByOurHead();
    void numbersPerOrganization();

private:
    // The example tờ trình as a batch of `count` documents, each its own (key "k1", "k2", …).
    QList<DocumentDescription> batch(int count) const;
    RegisterEntries registered() const;
    // The database's school: Trường THPT Nguyễn Trãi (NTr), its head Lê Mỹ Diệp.
    void makeOurSchool();
    // The example tờ trình made ours: the organisation left to the database.
    QList<DocumentDescription> ours(const QString& key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDocumentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestDocumentService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<DocumentDescription> TestDocumentService::batch(int count) const
{
    auto loaded = DocumentSpec::load(ExampleSpecs::directory() + QStringLiteral("/to_trinh.json"));
    if (!loaded)
        return {};
    QList<DocumentDescription> descriptions;
    for (int i = 1; i <= count; ++i) {
        DocumentDescription description = loaded->constFirst();
        description.origin.key = QStringLiteral("k%1").arg(i);
        descriptions << description;
    }
    return descriptions;
}

RegisterEntries TestDocumentService::registered() const
{
    auto entries = DocumentQuery(m_db->connection()).registerEntries();
    return entries ? *entries : RegisterEntries { RegisterEntry() }; // a read error shows as one bogus entry
}

void TestDocumentService::previewWritesNothing()
{
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    auto prepared = service.prepare(batch(3));
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().toString()));
    QCOMPARE(prepared->numbers.size(), 3);
    QCOMPARE(prepared->numbers[0].symbol, QStringLiteral("01/TTr-NK"));
    QCOMPARE(prepared->numbers[1].symbol, QStringLiteral("02/TTr-NK")); // the batch counts its own
    QCOMPARE(prepared->numbers[2].symbol, QStringLiteral("03/TTr-NK"));
    QCOMPARE(prepared->numbers[0].id, 0);
    QCOMPARE(prepared->documents[1].header.number, QStringLiteral("02/TTr-NK")); // the preview shows it
    QVERIFY(registered().isEmpty());
    // Previewing again gives the same numbers: nothing was taken.
    auto again = service.prepare(batch(3));
    QVERIFY(again.ok());
    QCOMPARE(again->numbers[0].symbol, QStringLiteral("01/TTr-NK"));
    QVERIFY(registered().isEmpty());
}

// The third document asks for number 1 of the year, which the first of the same batch takes: the register refuses
// it, and the two numbers given before it in the batch are rolled back.
void TestDocumentService::failingThirdDocumentTakesNoNumber()
{
    QList<DocumentDescription> descriptions = batch(3);
    QCOMPARE(descriptions.size(), 3);
    descriptions[2].numbering = DocumentDescription::Numbering::Fixed;
    descriptions[2].number = 1;
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    auto prepared = service.prepare(descriptions);
    QVERIFY(prepared.ok());
    auto issued = service.issue(prepared->descriptions);
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().code, Error::Code::Duplicate);
    QVERIFY(registered().isEmpty());

    // Without the clash the same batch is numbered 1, 2, 3.
    descriptions[2].numbering = DocumentDescription::Numbering::Auto;
    prepared = service.prepare(descriptions);
    QVERIFY(prepared.ok());
    issued = service.issue(prepared->descriptions);
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().toString()));
    const RegisterEntries entries = registered();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[2].symbol, QStringLiteral("03/TTr-NK"));
}

// Another document is issued between the preview and the output: the output carries the number really issued.
void TestDocumentService::issueRendersTheIssuedNumber()
{
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    auto first = service.prepare(batch(1));
    QVERIFY(first.ok());
    QCOMPARE(first->documents.constFirst().header.number, QStringLiteral("01/TTr-NK"));
    QList<DocumentDescription> other = batch(2).mid(1); // key "k2"
    auto otherPrepared = service.prepare(other);
    QVERIFY(otherPrepared.ok());
    QVERIFY(service.issue(otherPrepared->descriptions).ok()); // takes 01
    auto issued = service.issue(first->descriptions);
    QVERIFY(issued.ok());
    QCOMPARE(issued->numbers.constFirst().symbol, QStringLiteral("02/TTr-NK"));
    QCOMPARE(issued->documents.constFirst().header.number, QStringLiteral("02/TTr-NK"));
}

void TestDocumentService::reissueKeepsNumber()
{
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    auto prepared = service.prepare(batch(1));
    QVERIFY(prepared.ok());
    QVERIFY(service.issue(prepared->descriptions).ok());
    QVERIFY(service.issue(prepared->descriptions).ok());
    RegisterEntries entries = registered();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().symbol, QStringLiteral("01/TTr-NK"));
    QCOMPARE(entries.constFirst().printCount, 2);
    // A preview of the issued document shows its number and counts no print.
    auto preview = service.prepare(batch(1));
    QVERIFY(preview.ok());
    QCOMPARE(preview->numbers.constFirst().symbol, QStringLiteral("01/TTr-NK"));
    QCOMPARE(preview->numbers.constFirst().printCount, 2);
    QCOMPARE(registered().constFirst().printCount, 2);
}

void TestDocumentService::failingWriterTakesNoNumber()
{
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    auto prepared = service.prepare(batch(2));
    QVERIFY(prepared.ok());
    QString seen;
    auto issued = service.issue(prepared->descriptions, [&seen](const DocumentService::Output& output) -> Status {
        seen = output.documents.constLast().header.number; // what the file would carry
        return Error(Error::Code::Io, QStringLiteral("disk full"));
    });
    QVERIFY(!issued.ok());
    QCOMPARE(seen, QStringLiteral("02/TTr-NK"));
    QVERIFY(registered().isEmpty());
}

void TestDocumentService::makeOurSchool()
{
    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường THPT Nguyễn Trãi");
    profile.abbreviation = QStringLiteral("NTr");
    profile.governingBody = QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Hải Dương");
    profile.placeName = QStringLiteral("Hải Dương");
    profile.leaders << SchoolLeader {
        0, SchoolLeader::Role::Head, QStringLiteral("Lê Mỹ Diệp"), QStringLiteral("Hiệu trưởng"), 0
    };
    QVERIFY(SchoolService(m_db->connection()).saveProfile(profile).ok());
}

QList<DocumentDescription> TestDocumentService::ours(const QString& key) const
{
    QList<DocumentDescription> descriptions = batch(1);
    for (DocumentDescription& description : descriptions) {
        description.organizationGiven.clear();
        description.origin.organization = Organization();
        description.origin.key = key;
    }
    return descriptions;
}

// Issue 13: a tờ trình whose description names Trường THPT Nguyễn Khuyến was signed by the database school's head.
// Another organisation gets a blank signature name (and the command line says so), and none of the school's facts.
void TestDocumentService::anotherOrganizationIsNotSignedByOurHead()
{
    makeOurSchool();
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    QList<DocumentDescription> theirs = batch(1);
    theirs[0].organizationGiven.remove(QStringLiteral("place_name")); // not ours to fill in either
    theirs[0].origin.organization.placeName.clear();
    auto prepared = service.prepare(theirs);
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().toString()));
    const Document& letter = prepared->documents.constFirst();
    QCOMPARE(letter.header.issuer, QStringLiteral("Trường THPT Nguyễn Khuyến"));
    QVERIFY(!letter.signatures.signers.isEmpty());
    QCOMPARE(letter.signatures.signers.constLast().name, QString());
    QVERIFY(letter.header.placeName.isEmpty());
    QCOMPARE(DocumentService::unsignedDocuments(prepared->descriptions),
        QStringList { QStringLiteral("Tờ trình (Trường THPT Nguyễn Khuyến)") });

    // The school's own document: its head signs.
    auto own = service.prepare(ours(QStringLiteral("own")));
    QVERIFY(own.ok());
    QCOMPARE(own->documents.constFirst().signatures.signers.constLast().name, QStringLiteral("Lê Mỹ Diệp"));
    QCOMPARE(own->documents.constFirst().header.placeName, QStringLiteral("Hải Dương"));
    QVERIFY(DocumentService::unsignedDocuments(own->descriptions).isEmpty());
}

// Issue 13: numbers of one organisation continued another's sequence.
void TestDocumentService::numbersPerOrganization()
{
    makeOurSchool();
    DocumentService service(m_db->connection(), QDate(2025, 9, 10));
    auto theirs = service.prepare(batch(1));
    QVERIFY(theirs.ok());
    QVERIFY(service.issue(theirs->descriptions).ok());
    auto own = service.prepare(ours(QStringLiteral("own")));
    QVERIFY(own.ok());
    QCOMPARE(own->numbers.constFirst().symbol, QStringLiteral("01/TTr-NTr")); // the preview's
    auto issued = service.issue(own->descriptions);
    QVERIFY(issued.ok());
    QCOMPARE(issued->numbers.constFirst().symbol, QStringLiteral("01/TTr-NTr"));
    QList<DocumentDescription> second = batch(2).mid(1);
    auto theirSecond = service.prepare(second);
    QVERIFY(theirSecond.ok());
    QCOMPARE(theirSecond->numbers.constFirst().symbol, QStringLiteral("02/TTr-NK"));
    const RegisterEntries entries = registered();
    QCOMPARE(entries.size(), 2);
    QStringList bodies;
    for (const RegisterEntry& entry : entries)
        bodies << entry.issuingBody();
    bodies.sort();
    QCOMPARE(bodies,
        (QStringList { QStringLiteral("Trường THPT Nguyễn Khuyến"), QStringLiteral("Trường THPT Nguyễn Trãi") }));
}

QTEST_MAIN(TestDocumentService)
#include "TestDocumentService.moc"
