// AwardService (issue 16): the award catalogue, the dated base salary and the award history stored in a fresh
// database, each use case one transaction; what it refuses (an unknown form, a threshold out of range, a base salary
// without its legal basis, a form for the other kind of subject, the same award twice) leaves the database as it was.
// Prize amounts worked out by hand: coefficient × the base salary on the decision's date (legal-facts §2.3).
#include "core/awards/AwardService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestAwardService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editForm();
    void newForm();
    void refusedForms_data();
    void refusedForms();
    void baseSalaries();
    void refusedSalaries();
    void prize_data();
    void prize();
    void prizeRefused();
    void history();
    void refusedRecords_data();
    void refusedRecords();

private:
    // Every row of the three tables as text, to show that a refused change changed nothing.
    QString dump() const;
    AwardService service() const { return AwardService(m_db->connection()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_yearId = 0;
    qint64 m_personId = 0;
    qint64 m_groupId = 0;
};

void TestAwardService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const QSqlDatabase c = m_db->connection();
    auto year = SchoolRepository(c).ensureYear(2024);
    QVERIFY(year.ok());
    m_yearId = year->id;
    Person person;
    person.setFullName(u"Nguyễn Thị Hoà"_s);
    person.code = u"GV01"_s;
    auto id = PersonRepository(c).insert(person);
    QVERIFY(id.ok());
    m_personId = *id;
    Collective group { 0, CollectiveKind::SubjectGroup, u"Tổ Toán - Tin"_s, 0, 0, 0, true };
    auto groupId = CollectiveRepository(c).insert(group);
    QVERIFY(groupId.ok());
    m_groupId = *groupId;
}

void TestAwardService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestAwardService::dump() const
{
    QStringList out;
    for (const QString& statement : { u"SELECT * FROM award_form ORDER BY key"_s,
             u"SELECT * FROM base_salary ORDER BY from_date"_s,
             u"SELECT * FROM award ORDER BY id"_s }) {
        auto q = Sql::exec(m_db->connection(), statement);
        if (!q)
            return q.error().message;
        while (q->next()) {
            QStringList fields;
            for (int i = 0; i < q->record().count(); ++i)
                fields << q->value(i).toString();
            out << fields.join(u'|');
        }
    }
    return out.join(u'\n');
}

void TestAwardService::editForm()
{
    auto form = service().form(u"lao_dong_tien_tien"_s);
    QVERIFY(form.ok());
    QCOMPARE(form->name, u"Lao động tiên tiến"_s);
    form->threshold = { 750, MeetingRules::Base::ValidBallots };
    form->coefficientHundredths = 35;
    QVERIFY(service().saveForm(*form).ok());
    auto again = service().form(u"lao_dong_tien_tien"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->threshold.tenths, 750);
    QCOMPARE(again->threshold.base, MeetingRules::Base::ValidBallots);
    QCOMPARE(again->coefficientHundredths, 35);
    QCOMPARE(again->sortOrder, 1);
    auto all = service().forms();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 11);
}

void TestAwardService::newForm()
{
    // A movement's own form, after the others in the list.
    AwardForm form;
    form.key = u"giay_khen_cong_doan"_s;
    form.name = u"  Giấy khen của Công đoàn trường "_s;
    form.category = AwardForm::Category::Commendation;
    form.subject = AwardForm::Subject::Person;
    form.decidedBy = u"Chủ tịch Công đoàn"_s;
    form.level = AwardForm::Level::School;
    form.coefficientHundredths = 20;
    form.sortOrder = 20;
    QVERIFY(service().saveForm(form).ok());
    auto all = service().forms();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 12);
    QCOMPARE(all->constLast().key, u"giay_khen_cong_doan"_s);
    QCOMPARE(all->constLast().name, u"Giấy khen của Công đoàn trường"_s);
    QCOMPARE(all->constLast().threshold.tenths, 700);
    auto amount = service().prize(u"giay_khen_cong_doan"_s, QDate(2025, 5, 26));
    QVERIFY(amount.ok());
    QCOMPARE(*amount, qint64(468'000)); // 0,2 × 2.340.000
}

void TestAwardService::refusedForms_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("thresholdTenths");
    QTest::addColumn<int>("coefficient");
    QTest::addColumn<QString>("required");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");

    const int validation = int(Error::Code::Validation);
    const int notFound = int(Error::Code::NotFound);
    QTest::newRow("no name") << u"lao_dong_tien_tien"_s << u"  "_s << 700 << 30 << QString() << validation
                             << u"lao_dong_tien_tien"_s;
    QTest::newRow("key with diacritics") << u"giấy_khen"_s << u"Giấy khen"_s << 700 << 30 << QString() << validation
                                         << u"giấy_khen"_s;
    QTest::newRow("empty key") << QString() << u"Giấy khen"_s << 700 << 30 << QString() << validation << u"“”"_s;
    QTest::newRow("threshold 0") << u"lao_dong_tien_tien"_s << u"Lao động tiên tiến"_s << 0 << 30 << QString()
                                 << validation << u"100 %"_s;
    QTest::newRow("threshold over 100 %") << u"lao_dong_tien_tien"_s << u"Lao động tiên tiến"_s << 1001 << 30
                                          << QString() << validation << u"Lao động tiên tiến"_s;
    QTest::newRow("negative coefficient") << u"lao_dong_tien_tien"_s << u"Lao động tiên tiến"_s << 700 << -1
                                          << QString() << validation << u"coefficient"_s;
    QTest::newRow("requires a form that does not exist")
        << u"chien_si_thi_dua_co_so"_s << u"Chiến sĩ thi đua cơ sở"_s << 700 << 100 << u"lao_dong_gioi"_s << notFound
        << u"lao_dong_gioi"_s;
    QTest::newRow("requires itself") << u"chien_si_thi_dua_co_so"_s << u"Chiến sĩ thi đua cơ sở"_s << 700 << 100
                                     << u"chien_si_thi_dua_co_so"_s << validation << u"itself"_s;
    QTest::newRow("requires a commendation")
        << u"chien_si_thi_dua_co_so"_s << u"Chiến sĩ thi đua cơ sở"_s << 700 << 100 << u"giay_khen_hieu_truong"_s
        << validation << u"Giấy khen của Hiệu trưởng"_s;
}

void TestAwardService::refusedForms()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(int, thresholdTenths);
    QFETCH(int, coefficient);
    QFETCH(QString, required);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString before = dump();
    AwardForm form;
    form.key = key;
    form.name = name;
    form.category = AwardForm::Category::Title;
    form.threshold.tenths = thresholdTenths;
    form.coefficientHundredths = coefficient;
    form.requiresKey = required;
    const Status saved = service().saveForm(form);
    QVERIFY(!saved.ok());
    QCOMPARE(int(saved.error().code), code);
    QVERIFY2(saved.error().message.contains(mentions), qPrintable(saved.error().message));
    QCOMPARE(dump(), before);
}

void TestAwardService::baseSalaries()
{
    // NĐ 161/2026 as the user would add it, then corrected, then removed again.
    QVERIFY(service().saveBaseSalary({ QDate(2026, 7, 1), 2'530'000, u"Nghị định số 161/2026/NĐ-CP"_s }).ok());
    auto table = service().baseSalaries();
    QVERIFY(table.ok());
    QCOMPARE(table->size(), 3);
    QCOMPARE(table->constLast().dong, qint64(2'530'000));
    QVERIFY(service().saveBaseSalary({ QDate(2026, 7, 1), 2'540'000, u"Nghị định số 161/2026/NĐ-CP"_s }).ok());
    table = service().baseSalaries();
    QCOMPARE(table->size(), 3);
    QCOMPARE(table->constLast().dong, qint64(2'540'000));
    auto amount = service().prize(u"chien_si_thi_dua_co_so"_s, QDate(2026, 7, 1));
    QVERIFY(amount.ok());
    QCOMPARE(*amount, qint64(2'540'000));
    QVERIFY(service().removeBaseSalary(QDate(2026, 7, 1)).ok());
    table = service().baseSalaries();
    QCOMPARE(table->size(), 2);
    amount = service().prize(u"chien_si_thi_dua_co_so"_s, QDate(2026, 7, 1));
    QCOMPARE(*amount, qint64(2'340'000));
}

void TestAwardService::refusedSalaries()
{
    const QString before = dump();
    const Status noBasis = service().saveBaseSalary({ QDate(2026, 7, 1), 2'530'000, u"  "_s });
    QVERIFY(!noBasis.ok());
    QCOMPARE(noBasis.error().code, Error::Code::Validation);
    QVERIFY2(noBasis.error().message.contains(u"01/07/2026"_s), qPrintable(noBasis.error().message));
    const Status zero = service().saveBaseSalary({ QDate(2026, 7, 1), 0, u"Nghị định số 161/2026/NĐ-CP"_s });
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().code, Error::Code::Validation);
    const Status noDate = service().saveBaseSalary({ QDate(), 2'530'000, u"Nghị định số 161/2026/NĐ-CP"_s });
    QVERIFY(!noDate.ok());
    const Status unknown = service().removeBaseSalary(QDate(2025, 1, 1));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QVERIFY2(unknown.error().message.contains(u"01/01/2025"_s), qPrintable(unknown.error().message));
    QCOMPARE(dump(), before);
}

void TestAwardService::prize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<qint64>("dong");

    // Either side of 01/07/2024 (NĐ 24/2023: 1.800.000; NĐ 73/2024: 2.340.000).
    QTest::newRow("LĐTT on 30/06/2024") << u"lao_dong_tien_tien"_s << QDate(2024, 6, 30) << qint64(540'000);
    QTest::newRow("LĐTT on 01/07/2024") << u"lao_dong_tien_tien"_s << QDate(2024, 7, 1) << qint64(702'000);
    QTest::newRow("TTLĐXS on 30/06/2024") << u"tap_the_lao_dong_xuat_sac"_s << QDate(2024, 6, 30) << qint64(2'700'000);
    QTest::newRow("TTLĐXS on 01/07/2024") << u"tap_the_lao_dong_xuat_sac"_s << QDate(2024, 7, 1) << qint64(3'510'000);
    QTest::newRow("Bằng khen TTg on 01/07/2023") << u"bang_khen_thu_tuong"_s << QDate(2023, 7, 1) << qint64(6'300'000);
}

void TestAwardService::prize()
{
    QFETCH(QString, key);
    QFETCH(QDate, decided);
    QFETCH(qint64, dong);
    auto amount = service().prize(key, decided);
    QVERIFY2(amount.ok(), qPrintable(amount.ok() ? QString() : amount.error().message));
    QCOMPARE(*amount, dong);
}

void TestAwardService::prizeRefused()
{
    auto unknown = service().prize(u"huan_chuong_lao_dong"_s, QDate(2025, 5, 26));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QVERIFY(unknown.error().message.contains(u"huan_chuong_lao_dong"_s));
    auto early = service().prize(u"lao_dong_tien_tien"_s, QDate(2023, 6, 30));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, Error::Code::Validation);
}

void TestAwardService::history()
{
    AwardRecord ldtt;
    ldtt.subject = AwardForm::Subject::Person;
    ldtt.subjectId = m_personId;
    ldtt.schoolYearId = m_yearId;
    ldtt.formKey = u"lao_dong_tien_tien"_s; // the name comes from the catalogue
    ldtt.decisionNumber = u"45/QĐ-THPT"_s;
    ldtt.decisionDate = QDate(2025, 5, 26);
    ldtt.issuer = u"Hiệu trưởng Trường THPT Demo"_s;
    auto first = service().addRecord(ldtt);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));

    AwardRecord old; // a form not in the catalogue, without a school year
    old.subject = AwardForm::Subject::Person;
    old.subjectId = m_personId;
    old.formName = u"Kỷ niệm chương Vì sự nghiệp giáo dục"_s;
    old.decisionNumber = u"1234/QĐ-BGDĐT"_s;
    old.decisionDate = QDate(2019, 11, 20);
    old.issuer = u"Bộ trưởng Bộ Giáo dục và Đào tạo"_s;
    auto second = service().addRecord(old);
    QVERIFY(second.ok());

    AwardRecord group;
    group.subject = AwardForm::Subject::Collective;
    group.subjectId = m_groupId;
    group.schoolYearId = m_yearId;
    group.formKey = u"tap_the_lao_dong_tien_tien"_s;
    group.decisionNumber = u"46/QĐ-THPT"_s;
    group.decisionDate = QDate(2025, 5, 26);
    auto third = service().addRecord(group);
    QVERIFY(third.ok());

    auto person = service().history(AwardForm::Subject::Person, m_personId);
    QVERIFY(person.ok());
    QCOMPARE(person->size(), 2);
    QCOMPARE(person->at(0).id, *first); // newest first
    QCOMPARE(person->at(0).formName, u"Lao động tiên tiến"_s);
    QCOMPARE(person->at(0).formKey, u"lao_dong_tien_tien"_s);
    QCOMPARE(person->at(0).schoolYearId, m_yearId);
    QCOMPARE(person->at(0).decisionDate, QDate(2025, 5, 26));
    QCOMPARE(person->at(0).issuer, u"Hiệu trưởng Trường THPT Demo"_s);
    QCOMPARE(person->at(1).id, *second);
    QCOMPARE(person->at(1).formKey, QString());
    QCOMPARE(person->at(1).schoolYearId, qint64(0));
    auto collective = service().history(AwardForm::Subject::Collective, m_groupId);
    QVERIFY(collective.ok());
    QCOMPARE(collective->size(), 1);
    QCOMPARE(collective->at(0).formName, u"Tập thể lao động tiên tiến"_s);

    QVERIFY(service().removeRecord(*first).ok());
    person = service().history(AwardForm::Subject::Person, m_personId);
    QCOMPARE(person->size(), 1);
    QCOMPARE(person->at(0).id, *second);
    const Status again = service().removeRecord(*first);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::NotFound);

    auto nobody = service().history(AwardForm::Subject::Person, 999);
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code, Error::Code::NotFound);
}

void TestAwardService::refusedRecords_data()
{
    QTest::addColumn<bool>("collective");
    QTest::addColumn<qint64>("subjectId"); // 0: the one made in init()
    QTest::addColumn<QString>("formKey");
    QTest::addColumn<QString>("formName");
    QTest::addColumn<qint64>("yearId"); // -1: the one made in init()
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");

    const int notFound = int(Error::Code::NotFound);
    const int validation = int(Error::Code::Validation);
    QTest::newRow("a form key that does not exist")
        << false << qint64(0) << u"lao_dong_gioi"_s << QString() << qint64(-1) << notFound << u"lao_dong_gioi"_s;
    QTest::newRow("a person who does not exist")
        << false << qint64(999) << u"lao_dong_tien_tien"_s << QString() << qint64(-1) << notFound << u"999"_s;
    QTest::newRow("a collective who does not exist")
        << true << qint64(999) << u"tap_the_lao_dong_tien_tien"_s << QString() << qint64(-1) << notFound << u"999"_s;
    QTest::newRow("a person's form to a collective") << true << qint64(0) << u"lao_dong_tien_tien"_s << QString()
                                                     << qint64(-1) << validation << u"Lao động tiên tiến"_s;
    QTest::newRow("a collective's form to a person")
        << false << qint64(0) << u"tap_the_lao_dong_xuat_sac"_s << QString() << qint64(-1) << validation
        << u"Tập thể lao động xuất sắc"_s;
    QTest::newRow("nothing awarded") << false << qint64(0) << QString() << u"  "_s << qint64(-1) << validation
                                     << u"awarded"_s;
    QTest::newRow("a school year that does not exist")
        << false << qint64(0) << u"lao_dong_tien_tien"_s << QString() << qint64(77) << notFound << u"77"_s;
    QTest::newRow("the same award twice") << false << qint64(0) << u"lao_dong_tien_tien"_s << QString() << qint64(-1)
                                          << int(Error::Code::Duplicate) << u"Lao động tiên tiến"_s;
}

void TestAwardService::refusedRecords()
{
    QFETCH(bool, collective);
    QFETCH(qint64, subjectId);
    QFETCH(QString, formKey);
    QFETCH(QString, formName);
    QFETCH(qint64, yearId);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    AwardRecord stored; // already in the history: the last row adds it again
    stored.subjectId = m_personId;
    stored.schoolYearId = m_yearId;
    stored.formKey = u"lao_dong_tien_tien"_s;
    stored.decisionNumber = u"45/QĐ-THPT"_s;
    stored.decisionDate = QDate(2025, 5, 26);
    QVERIFY(service().addRecord(stored).ok());
    const QString before = dump();

    AwardRecord record = stored;
    record.subject = collective ? AwardForm::Subject::Collective : AwardForm::Subject::Person;
    record.subjectId = subjectId > 0 ? subjectId : (collective ? m_groupId : m_personId);
    record.formKey = formKey;
    record.formName = formName;
    record.schoolYearId = yearId < 0 ? m_yearId : yearId;
    auto added = service().addRecord(record);
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), code);
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestAwardService)
#include "TestAwardService.moc"
