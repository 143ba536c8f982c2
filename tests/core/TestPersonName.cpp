// Splitting full names into họ, tên đệm and tên: ordinary names, compound family names, one-word names, messy
// spacing and NFD input.
#include "core/text/PersonName.h"

#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestPersonName : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void customCompounds();
    void full();
};

void TestPersonName::split_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("given");
    int count = 0;
    const auto row = [&count](
                         const QString& fullName, const QString& family, const QString& middle, const QString& given) {
        QTest::addRow("%d %s", ++count, qPrintable(fullName.simplified())) << fullName << family << middle << given;
    };
    // Ordinary names: first syllable họ, last tên, the rest tên đệm (possibly several syllables or none).
    row(u"Nguyễn Văn An"_s, u"Nguyễn"_s, u"Văn"_s, u"An"_s);
    row(u"Trần Thị Bích Ngọc"_s, u"Trần"_s, u"Thị Bích"_s, u"Ngọc"_s);
    row(u"Nguyễn Thị Minh Khai"_s, u"Nguyễn"_s, u"Thị Minh"_s, u"Khai"_s);
    row(u"Nguyễn Thị Ngọc Ánh"_s, u"Nguyễn"_s, u"Thị Ngọc"_s, u"Ánh"_s);
    row(u"Lê Lợi"_s, u"Lê"_s, QString(), u"Lợi"_s);
    row(u"Phạm Hùng"_s, u"Phạm"_s, QString(), u"Hùng"_s);
    row(u"Hoàng Văn Thụ"_s, u"Hoàng"_s, u"Văn"_s, u"Thụ"_s);
    row(u"Huỳnh Tấn Phát"_s, u"Huỳnh"_s, u"Tấn"_s, u"Phát"_s);
    row(u"Võ Nguyên Giáp"_s, u"Võ"_s, u"Nguyên"_s, u"Giáp"_s);
    row(u"Đặng Thị Ước"_s, u"Đặng"_s, u"Thị"_s, u"Ước"_s);
    row(u"Bùi Thị Xuân"_s, u"Bùi"_s, u"Thị"_s, u"Xuân"_s);
    row(u"Đỗ Mười"_s, u"Đỗ"_s, QString(), u"Mười"_s);
    row(u"Ngô Bảo Châu"_s, u"Ngô"_s, u"Bảo"_s, u"Châu"_s);
    row(u"Dương Thu Hương"_s, u"Dương"_s, u"Thu"_s, u"Hương"_s);
    row(u"Lý Thường Kiệt"_s, u"Lý"_s, u"Thường"_s, u"Kiệt"_s);
    row(u"Tôn Đức Thắng"_s, u"Tôn"_s, u"Đức"_s, u"Thắng"_s); // họ Tôn alone
    row(u"Tôn Thị Thanh Thuỷ"_s, u"Tôn"_s, u"Thị Thanh"_s, u"Thuỷ"_s);
    row(u"Âu Cơ"_s, u"Âu"_s, QString(), u"Cơ"_s); // họ Âu alone
    row(u"Nguyễn Phúc Thịnh"_s, u"Nguyễn"_s, u"Phúc"_s, u"Thịnh"_s); // "Nguyễn Phúc" deliberately not compound
    row(u"Nguyễn Trần Bảo Ngọc"_s, u"Nguyễn"_s, u"Trần Bảo"_s, u"Ngọc"_s); // two parents' họ: not detectable
    row(u"Trương Nguyễn Hoàng Phúc Khang"_s, u"Trương"_s, u"Nguyễn Hoàng Phúc"_s, u"Khang"_s);
    // Compound family names.
    row(u"Tôn Nữ Thị Ninh"_s, u"Tôn Nữ"_s, u"Thị"_s, u"Ninh"_s);
    row(u"Tôn Nữ Minh Châu"_s, u"Tôn Nữ"_s, u"Minh"_s, u"Châu"_s);
    row(u"Tôn Thất Tùng"_s, u"Tôn Thất"_s, QString(), u"Tùng"_s);
    row(u"Tôn Thất Bách"_s, u"Tôn Thất"_s, QString(), u"Bách"_s);
    row(u"Tôn Thất Hoàng Long"_s, u"Tôn Thất"_s, u"Hoàng"_s, u"Long"_s);
    row(u"Công Tằng Tôn Nữ Thị Hà"_s, u"Công Tằng Tôn Nữ"_s, u"Thị"_s, u"Hà"_s);
    row(u"Công Huyền Tôn Nữ Ngọc Anh"_s, u"Công Huyền Tôn Nữ"_s, u"Ngọc"_s, u"Anh"_s);
    row(u"Công Tôn Nữ Thị Lan"_s, u"Công Tôn Nữ"_s, u"Thị"_s, u"Lan"_s);
    row(u"Công Tôn Minh Trí"_s, u"Công Tôn"_s, u"Minh"_s, u"Trí"_s);
    row(u"Âu Dương Lân"_s, u"Âu Dương"_s, QString(), u"Lân"_s);
    row(u"Âu Dương Thị Mỹ Linh"_s, u"Âu Dương"_s, u"Thị Mỹ"_s, u"Linh"_s);
    row(u"TÔN NỮ THỊ NINH"_s, u"TÔN NỮ"_s, u"THỊ"_s, u"NINH"_s); // any case
    row(u"tôn thất tùng"_s, u"tôn thất"_s, QString(), u"tùng"_s);
    // A compound with nothing after it: the last word is still the tên.
    row(u"Tôn Nữ"_s, u"Tôn"_s, QString(), u"Nữ"_s);
    row(u"Công Tôn Nữ"_s, u"Công Tôn"_s, QString(), u"Nữ"_s);
    // One word: tên only. Empty and blank: nothing.
    row(u"Hoa"_s, QString(), QString(), u"Hoa"_s);
    row(u"  Y Moan  "_s, u"Y"_s, QString(), u"Moan"_s);
    row(u"H'Hen"_s, QString(), QString(), u"H'Hen"_s);
    row(QString(), QString(), QString(), QString());
    row(u" \u00A0 "_s, QString(), QString(), QString());
    // Messy spacing: spaces, tabs, no-break spaces, zero-width characters.
    row(u"  Nguyễn   Văn\tAn  "_s, u"Nguyễn"_s, u"Văn"_s, u"An"_s);
    row(u"Lê\u00A0Thị\u00A0Hồng\u200B Gấm"_s, u"Lê"_s, u"Thị Hồng"_s, u"Gấm"_s);
    row(u"Tôn  \u00A0Nữ   Thị Ninh"_s, u"Tôn Nữ"_s, u"Thị"_s, u"Ninh"_s);
    // The tone placement the user typed is kept.
    row(u"Phạm Thị Hoà"_s, u"Phạm"_s, u"Thị"_s, u"Hoà"_s);
    row(u"Phạm Thị Hòa"_s, u"Phạm"_s, u"Thị"_s, u"Hòa"_s);
}

void TestPersonName::split()
{
    QFETCH(QString, fullName);
    QFETCH(QString, family);
    QFETCH(QString, middle);
    QFETCH(QString, given);
    const PersonName expected { family, middle, given };
    QCOMPARE(PersonName::split(fullName), expected);
    // NFD input gives the same NFC parts.
    QCOMPARE(PersonName::split(fullName.normalized(QString::NormalizationForm_D)), expected);
    // Joining the parts gives the cleaned name back.
    const PersonName name = PersonName::split(fullName);
    QCOMPARE(PersonName::split(name.full()), name);
}

void TestPersonName::customCompounds()
{
    const QStringList compounds = { u"Nguyễn Phúc"_s };
    QCOMPARE(PersonName::split(u"Nguyễn Phúc Vĩnh Lộc"_s, compounds),
        (PersonName { u"Nguyễn Phúc"_s, u"Vĩnh"_s, u"Lộc"_s }));
    // The default list does not contain it.
    QCOMPARE(PersonName::split(u"Nguyễn Phúc Vĩnh Lộc"_s), (PersonName { u"Nguyễn"_s, u"Phúc Vĩnh"_s, u"Lộc"_s }));
    // An empty list splits at the first word only.
    QCOMPARE(PersonName::split(u"Tôn Thất Tùng"_s, {}), (PersonName { u"Tôn"_s, u"Thất"_s, u"Tùng"_s }));
    // Compounds match whatever the tone placement.
    QCOMPARE(PersonName::split(u"Lê Hoà Bình An"_s, { u"Lê Hòa"_s }), (PersonName { u"Lê Hoà"_s, u"Bình"_s, u"An"_s }));
    const QStringList defaults = PersonName::compoundFamilyNames();
    QVERIFY(defaults.contains(u"Tôn Nữ"_s));
    QVERIFY(defaults.contains(u"Tôn Thất"_s));
    QVERIFY(defaults.contains(u"Âu Dương"_s));
    QVERIFY(!defaults.contains(u"Nguyễn Phúc"_s));
}

void TestPersonName::full()
{
    QCOMPARE((PersonName { u"Nguyễn"_s, u"Thị Minh"_s, u"Khai"_s }).full(), u"Nguyễn Thị Minh Khai"_s);
    QCOMPARE((PersonName { u"Lê"_s, QString(), u"Lợi"_s }).full(), u"Lê Lợi"_s);
    QCOMPARE((PersonName { QString(), QString(), u"Hoa"_s }).full(), u"Hoa"_s);
    QCOMPARE(PersonName().full(), QString());
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "TestPersonName.moc"
