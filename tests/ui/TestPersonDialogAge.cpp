// The add/edit person form warns about an unlikely age for the kind and the class (issue 13, point 14) under the date
// of birth, and still saves.
#include "ui/people/PersonDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace thidua;

class TestPersonDialogAge : public QObject
{
    Q_OBJECT

private slots:
    void studentInClass();
    void staffOutsideWorkingAge();
    void warningDoesNotStopSaving();
};

namespace {

QLabel* warningOf(const PersonDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("ageWarning"));
}

void typeDate(PersonDialog& dialog, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("birthDate"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

void TestPersonDialogAge::studentInClass()
{
    PersonDialog dialog(PersonKind::Student,
        { { 1, QStringLiteral("10A3") }, { 2, QStringLiteral("12A1") } },
        QStringLiteral("2025-2026"));
    QLabel* warning = warningOf(dialog);
    QVERIFY(warning);
    QVERIFY(warning->isHidden());
    Person born2024;
    born2024.kind = PersonKind::Student;
    born2024.setFullName(QStringLiteral("Nguyễn Văn An"));
    born2024.birthDate = PartialDate::fromUserText(QStringLiteral("29/02/2024"));
    dialog.setPerson(born2024, 1);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("10A3")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("2025-2026")), qPrintable(warning->text()));

    typeDate(dialog, QStringLiteral("14/03/2012")); // 13: two years early in 10A3
    QVERIFY(warning->isHidden());
    dialog.findChild<QComboBox*>(QStringLiteral("unit"))->setCurrentIndex(2); // 12A1: 13 is too young
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("12A1")));
    typeDate(dialog, QStringLiteral("2008")); // 17, by the year alone
    QVERIFY(warning->isHidden());
    dialog.findChild<QComboBox*>(QStringLiteral("unit"))->setCurrentIndex(0); // no class: any school age
    QVERIFY(warning->isHidden());
    typeDate(dialog, QStringLiteral("1990"));
    QVERIFY(!warning->isHidden());
    typeDate(dialog, QString());
    QVERIFY(warning->isHidden());
}

void TestPersonDialogAge::staffOutsideWorkingAge()
{
    PersonDialog dialog(PersonKind::Staff, { { 5, QStringLiteral("Toán") } }, QStringLiteral("2025-2026"));
    typeDate(dialog, QStringLiteral("15/06/1955"));
    QVERIFY(!warningOf(dialog)->isHidden());
    typeDate(dialog, QStringLiteral("15/06/1985"));
    QVERIFY(warningOf(dialog)->isHidden());
}

void TestPersonDialogAge::warningDoesNotStopSaving()
{
    PersonDialog dialog(PersonKind::Student, { { 1, QStringLiteral("10A3") } }, QStringLiteral("2025-2026"));
    Person saved;
    qint64 savedUnit = 0;
    dialog.setValidator([](const Person&) { return QList<PersonValidator::Problem>(); });
    dialog.setSaver([&](const Person& p, qint64 unitId) {
        saved = p;
        savedUnit = unitId;
        return Status();
    });
    Person p;
    p.kind = PersonKind::Student;
    p.setFullName(QStringLiteral("Lê Thị Bích"));
    dialog.setPerson(p, 1);
    typeDate(dialog, QStringLiteral("29/02/2024"));
    QVERIFY(!warningOf(dialog)->isHidden());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.fullName(), QStringLiteral("Lê Thị Bích"));
    QCOMPARE(saved.birthDate.toDisplay(), QStringLiteral("29/02/2024"));
    QCOMPARE(savedUnit, qint64(1));
}

QTEST_MAIN(TestPersonDialogAge)
#include "TestPersonDialogAge.moc"
