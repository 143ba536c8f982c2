// Criteria sets as JSON (CriteriaJson): every built-in set reads, and writing then reading it gives the same set; the
// built-in sets hold what their sources say (counts written by hand from resources/criteria and the shared files); a
// wrong file is refused with the field's path and line, never half read.
#include "core/criteria/CriteriaJson.h"
#include "core/criteria/CriteriaSetBuiltIns.h"
#include "tests/support/RequiredTool.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

class TestCriteriaJson : public QObject
{
    Q_OBJECT

private slots:
    void builtInsRoundTrip();
    void builtInContents_data();
    void builtInContents();
    void learningUnitLevels();
    void refused_data();
    void refused();
    void schemaAcceptsWhatIsWritten();
};

void TestCriteriaJson::builtInsRoundTrip()
{
    auto sets = CriteriaSetBuiltIns::all();
    QVERIFY2(sets.ok(), qPrintable(sets.ok() ? QString() : sets.error().toString()));
    QCOMPARE(sets->size(), 9);
    for (const CriteriaSet& set : std::as_const(*sets)) {
        const QByteArray json = CriteriaJson::write(set);
        auto again = CriteriaJson::parse(json, QStringLiteral("again.json"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY2(again->sameContent(set), qPrintable(set.key));
        QCOMPARE(CriteriaJson::write(*again), json);
    }
}

void TestCriteriaJson::builtInContents_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("leaves");
    QTest::addColumn<int>("unconfirmed");
    QTest::newRow("DVHT cấp huyện") << QStringLiteral("don-vi-hoc-tap-cap-huyen") << QStringLiteral("school")
                                    << QStringLiteral("levels") << 27 << 8;
    QTest::newRow("DVHT cấp tỉnh") << QStringLiteral("don-vi-hoc-tap-cap-tinh") << QStringLiteral("school")
                                   << QStringLiteral("levels") << 29 << 9;
    QTest::newRow("CDHT") << QStringLiteral("cong-dan-hoc-tap") << QStringLiteral("people") << QStringLiteral("points")
                          << 10 << 13;
    QTest::newRow("Hội đồng sư phạm") << QStringLiteral("thi-dua-hoi-dong-su-pham") << QStringLiteral("school")
                                      << QStringLiteral("all_pass") << 5 << 0;
    QTest::newRow("tổ chuyên môn") << QStringLiteral("thi-dua-to-chuyen-mon") << QStringLiteral("collective")
                                   << QStringLiteral("all_pass") << 5 << 0;
    QTest::newRow("GV-NV-NLĐ") << QStringLiteral("thi-dua-giao-vien-nhan-vien") << QStringLiteral("staff")
                               << QStringLiteral("all_pass") << 3 << 0;
    QTest::newRow("học sinh") << QStringLiteral("thi-dua-hoc-sinh") << QStringLiteral("students")
                              << QStringLiteral("all_pass") << 5 << 0;
    QTest::newRow("BGH") << QStringLiteral("thi-dua-ban-giam-hieu") << QStringLiteral("staff")
                         << QStringLiteral("all_pass") << 5 << 0;
    QTest::newRow("GV-NV mầm non") << QStringLiteral("thi-dua-giao-vien-nhan-vien-mn") << QStringLiteral("staff")
                                   << QStringLiteral("all_pass") << 1 << 0;
}

void TestCriteriaJson::builtInContents()
{
    QFETCH(QString, key);
    QFETCH(QString, target);
    QFETCH(QString, rule);
    QFETCH(int, leaves);
    QFETCH(int, unconfirmed);
    auto sets = CriteriaSetBuiltIns::all();
    QVERIFY(sets.ok());
    for (const CriteriaSet& set : std::as_const(*sets)) {
        if (set.key != key)
            continue;
        QCOMPARE(CriteriaSet::targetKey(set.target), target);
        QCOMPARE(CriteriaRule::kindKey(set.rule.kind), rule);
        QCOMPARE(set.leaves().size(), leaves);
        QCOMPARE(set.unconfirmedCount(), unconfirmed);
        QVERIFY(set.builtIn);
        QVERIFY(!set.legalBasis.isEmpty());
        return;
    }
    QFAIL("no such built-in set");
}

void TestCriteriaJson::learningUnitLevels()
{
    auto set = CriteriaJson::readFile(QStringLiteral(":/thidua/criteria/don_vi_hoc_tap_cap_huyen.json"));
    QVERIFY(set.ok());
    // Tiêu chí 1 counts for both levels; TC2's chỉ tiêu 1 is ≥ 90 % at level 1 and ≥ 95 % at level 2 (Điều 6, 7).
    QCOMPARE(set->effectiveLevels(set->indexOf(QStringLiteral("H1.TC1.CT1"))), QList<int>({ 1, 2 }));
    const CriteriaItem& level1 = set->items[set->indexOf(QStringLiteral("H1.TC2.CT1"))];
    const CriteriaItem& level2 = set->items[set->indexOf(QStringLiteral("H2.TC2.CT1"))];
    QCOMPARE(level1.threshold, 90);
    QCOMPARE(level2.threshold, 95);
    QCOMPARE(set->effectiveLevels(set->indexOf(QStringLiteral("H2.TC2.CT1"))), QList<int>({ 2 }));
    QCOMPARE(set->items[set->indexOf(QStringLiteral("H1.TC2.CT4"))].threshold, 50);
    QCOMPARE(set->items[set->indexOf(QStringLiteral("H2.TC2.CT4"))].threshold, 70);
    // The learners' rate of TC3 CT1 (95 % / 97 %) is marked for checking against the original text.
    const CriteriaItem& learners = set->items[set->indexOf(QStringLiteral("H2.TC3.CT1.b"))];
    QCOMPARE(learners.threshold, 97);
    QVERIFY(learners.unconfirmed);
    QVERIFY(!learners.unconfirmedNote.isEmpty());
    QVERIFY(set->items[set->indexOf(QStringLiteral("H1.TC1.CT1"))].text.startsWith(
        QStringLiteral("Chỉ tiêu 1: Ban hành kế hoạch hằng năm")));
}

void TestCriteriaJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    const QByteArray head = R"({"format": "thidua-criteria", "key": "k", "name": "N", "target": "school",
"rule": {"kind": "all_pass"},
"items": )";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ")
                              << QStringLiteral("This is not valid JSON: unterminated object.") << 1;
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("A criteria set must be a JSON object { … }.") << 1;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x"})")
                                  << QStringLiteral("Field “format”: it must be \"thidua-criteria\".") << 1;
    QTest::newRow("unknown field") << QByteArray(head + R"([{"code": "A", "text": "t", "treshold": 5}]})")
                                   << QStringLiteral("Field “items[0].treshold”: this field is unknown; known fields: "
                                                     "code, text, kind, maximum, threshold, unit, evidence, "
                                                     "unconfirmed, unconfirmed_note, levels, items.")
                                   << 3;
    QTest::newRow("rate over 100") << QByteArray(head + R"([{"code": "A", "text": "t", "items": [
  {"code": "A.1", "text": "t", "kind": "rate", "threshold": 120}]}]})")
                                   << QStringLiteral("Field “items[0].items[0].threshold”: it must be a whole number "
                                                     "from 0 to 100.")
                                   << 4;
    QTest::newRow("rate without threshold") << QByteArray(head + R"([{"code": "A", "text": "t", "kind": "rate"}]})")
                                            << QStringLiteral("Field “items[0].threshold”: it is missing.") << 3;
    QTest::newRow("too deep") << QByteArray(head + R"([{"code": "A", "text": "t", "items": [{"code": "B", "text": "t",
 "items": [{"code": "C", "text": "t", "items": [{"code": "D", "text": "t"}]}]}]}]})")
                              << QStringLiteral("Field “items[0].items[0].items[0].items”: items nest at most three "
                                                "deep (tiêu chí, chỉ tiêu, chỉ số).")
                              << 4;
    QTest::newRow("empty items") << QByteArray(head + "[]}") << QStringLiteral("Field “items”: the list is empty.")
                                 << 3;
    QTest::newRow("code twice") << QByteArray(head + R"([{"code": "A", "text": "t"}, {"code": "A", "text": "u"}]})")
                                << QStringLiteral("A: the code is used twice.") << 0;
    QTest::newRow("unknown kind") << QByteArray(head + R"([{"code": "A", "text": "t", "kind": "score"}]})")
                                  << QStringLiteral("Field “items[0].kind”: “score” is not one of: pass_fail, points, "
                                                    "rate, count.")
                                  << 3;
    QTest::newRow("level not in the rule") << QByteArray(head + R"([{"code": "A", "text": "t", "levels": [2]}]})")
                                           << QStringLiteral("A: level 2 is not one of the rule's levels.") << 0;
    QTest::newRow("maximum of a rate") << QByteArray(head + R"([{"code": "A", "text": "t", "kind": "rate",
 "threshold": 90, "maximum": 10}]})") << QStringLiteral("Field “items[0].maximum”: only points items have it.")
                                       << 4;
    QTest::newRow("text missing") << QByteArray(head + R"([{"code": "A"}]})")
                                  << QStringLiteral("Field “items[0].text”: it is missing; it must be a text.") << 3;
}

void TestCriteriaJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(int, line);
    auto set = CriteriaJson::parse(json, QStringLiteral("bad.json"));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().message, message);
    QCOMPARE(set.error().file, QStringLiteral("bad.json"));
    QCOMPARE(set.error().row, line);
}

// The documented schema (resources/criteria/criteria.schema.json), checked by Python's jsonschema (python3-jsonschema),
// accepts every set as the program writes it, and refuses a field the reader refuses too.
void TestCriteriaJson::schemaAcceptsWhatIsWritten()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    THIDUA_REQUIRE_TOOL(QProcess::execute(python, { QStringLiteral("-c"), QStringLiteral("import jsonschema") }) == 0,
        "python3 with jsonschema is not installed (apt-get install python3-jsonschema)");
    QTemporaryDir dir;
    auto sets = CriteriaSetBuiltIns::all();
    QVERIFY(sets.ok());
    QStringList files;
    for (const CriteriaSet& set : std::as_const(*sets)) {
        files << dir.filePath(set.key + QStringLiteral(".json"));
        QVERIFY(CriteriaJson::writeFile(set, files.constLast()).ok());
    }
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"format": "thidua-criteria", "key": "k", "name": "N", "target": "school", "rule": {"kind": "all_pass"},
"items": [{"code": "A", "text": "t", "treshold": 5}]})");
    bad.close();
    files << bad.fileName();
    QProcess process;
    process.start(python,
        QStringList { QStringLiteral("-c"),
            QStringLiteral("import json,sys,jsonschema\n"
                           "v=jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))\n"
                           "for f in sys.argv[2:]:\n"
                           "  print(len(list(v.iter_errors(json.load(open(f))))))\n"),
            QStringLiteral(THIDUA_SOURCE_DIR "/resources/criteria/criteria.schema.json") }
            + files);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString expected = QStringLiteral("0\n").repeated(sets->size()) + QStringLiteral("1\n");
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), expected);
}

QTEST_GUILESS_MAIN(TestCriteriaJson)
#include "TestCriteriaJson.moc"
