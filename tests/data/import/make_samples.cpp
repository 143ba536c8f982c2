// Writes the roster samples of tests/data/import: staff and student lists as schools keep them (titles and merged
// cells above the header, STT, blank rows, totals and signatures under the list, one sheet per class, every usual
// header variant, dates as Excel serials and as text), CSV in every encoding the import reads, an .xlsx typed in
// .VnTime (TCVN3), and the expected results in `thidua-cli people list --format csv` form.
//
//   tests/data/import/make_samples.sh   (builds this, runs it, converts staff_title_merged.xlsx to .xls)
#include "core/common/Csv.h"
#include "core/people/Person.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "core/text/LegacyEncoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <functional>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

// A fixed creation time, so that the samples come out byte for byte the same each time.
const QDateTime kCreated(QDate(2024, 9, 5), QTime(8, 0), Qt::UTC);

struct Entry
{
    QString code;
    QString name;
    QDate birth; // or a year only:
    int year = 0;
    bool female = false;
    QString position;
    QString group; // tổ or lớp
};

const QList<Entry>& staff()
{
    static const QList<Entry> list {
        { u"GV001"_s, u"Nguyễn Văn Hùng"_s, QDate(1975, 3, 12), 0, false, u"Hiệu trưởng"_s, u"Văn phòng"_s },
        { u"GV002"_s, u"Trần Thị Thu Hà"_s, QDate(1980, 11, 2), 0, true, u"Phó Hiệu trưởng"_s, u"Văn phòng"_s },
        { u"GV003"_s, u"Lê Hoàng Long"_s, QDate(1985, 7, 25), 0, false, u"Tổ trưởng"_s, u"Toán - Tin"_s },
        { u"GV004"_s, u"Phạm Thị Ngọc Ánh"_s, QDate(1990, 1, 9), 0, true, u"Giáo viên"_s, u"Toán - Tin"_s },
        { u"GV005"_s, u"Đỗ Quang Huy"_s, QDate(1988, 5, 30), 0, false, u"Giáo viên"_s, u"Toán - Tin"_s },
        { u"GV006"_s, u"Hoàng Thị Hoà"_s, QDate(1979, 12, 31), 0, true, u"Tổ trưởng"_s, u"Ngữ văn"_s },
        { u"GV007"_s, u"Vũ Minh Tuấn"_s, QDate(1992, 2, 29), 0, false, u"Giáo viên"_s, u"Ngữ văn"_s },
        { u"GV008"_s, u"Bùi Thị Yến"_s, QDate(1983, 8, 15), 0, true, u"Giáo viên"_s, u"Ngoại ngữ"_s },
        { u"GV009"_s, u"Đặng Văn Dũng"_s, QDate(), 1970, false, u"Bảo vệ"_s, u"Văn phòng"_s },
        { u"GV010"_s, u"Ngô Thị Xuân Quỳnh"_s, QDate(1995, 10, 20), 0, true, u"Kế toán"_s, u"Văn phòng"_s },
        { u"GV011"_s, u"Dương Đức Thắng"_s, QDate(1987, 4, 5), 0, false, u"Giáo viên"_s, u"Ngoại ngữ"_s },
        { u"GV012"_s, u"Tôn Nữ Thị Ninh"_s, QDate(1982, 6, 18), 0, true, u"Giáo viên"_s, u"Ngữ văn"_s },
        { u"GV013"_s, u"Lương Thị Hương"_s, QDate(1991, 9, 1), 0, true, u"Giáo viên"_s, u"Ngữ văn"_s },
        { u"GV014"_s, u"Trương Công Ước"_s, QDate(1986, 10, 10), 0, false, u"Giáo viên"_s, u"Toán - Tin"_s },
    };
    return list;
}

const QList<Entry>& students()
{
    static const QList<Entry> list {
        { u"0123450001"_s, u"Nguyễn Minh Anh"_s, QDate(2009, 2, 14), 0, true, {}, u"10A1"_s },
        { u"0123450002"_s, u"Trần Quốc Bảo"_s, QDate(2009, 6, 1), 0, false, {}, u"10A1"_s },
        { u"0123450003"_s, u"Lê Thị Cẩm Tú"_s, QDate(2009, 9, 23), 0, true, {}, u"10A1"_s },
        { u"0123450004"_s, u"Phan Đình Khôi"_s, QDate(2009, 12, 5), 0, false, {}, u"10A1"_s },
        { u"0123450005"_s, u"Hồ Ngọc Yến Nhi"_s, QDate(2009, 3, 8), 0, true, {}, u"10A1"_s },
        { u"0123450006"_s, u"Võ Thành Đạt"_s, QDate(2009, 7, 19), 0, false, {}, u"10A2"_s },
        { u"0123450007"_s, u"Huỳnh Thị Mỹ Duyên"_s, QDate(2009, 1, 30), 0, true, {}, u"10A2"_s },
        { u"0123450008"_s, u"Nguyễn Văn An"_s, QDate(2009, 4, 4), 0, false, {}, u"10A2"_s },
        { u"0123450009"_s, u"Nguyễn Văn An"_s, QDate(2009, 11, 11), 0, false, {}, u"10A2"_s },
        { u"0123450010"_s, u"Đinh Thị Thuỳ Linh"_s, QDate(2009, 8, 27), 0, true, {}, u"10A2"_s },
        { u"0123450011"_s, u"Lâm Gia Huy"_s, QDate(2008, 5, 16), 0, false, {}, u"11B1"_s },
        { u"0123450012"_s, u"Mai Phương Thảo"_s, QDate(2008, 10, 3), 0, true, {}, u"11B1"_s },
        { u"0123450013"_s, u"Tạ Quang Vinh"_s, QDate(2008, 1, 21), 0, false, {}, u"11B1"_s },
        { u"0123450014"_s, u"Châu Ngọc Ẩn"_s, QDate(2008, 6, 6), 0, true, {}, u"11B1"_s },
        { u"0123450015"_s, u"Kiều Trung Kiên"_s, QDate(2008, 9, 9), 0, false, {}, u"11B1"_s },
    };
    return list;
}

Person personOf(const Entry& e, PersonKind kind)
{
    Person p;
    p.kind = kind;
    p.code = e.code;
    p.setFullName(e.name);
    p.birthDate = e.year ? PartialDate::yearOnly(e.year) : PartialDate(e.birth);
    p.gender = e.female ? Gender::Female : Gender::Male;
    p.position = e.position;
    return p;
}

// The name in parts as PersonName splits it: (họ, tên đệm, tên).
Person parts(const Entry& e)
{
    return personOf(e, PersonKind::Staff);
}

QString dmy(const Entry& e)
{
    return e.year ? QString::number(e.year) : e.birth.toString(u"dd/MM/yyyy"_s);
}

QString dmyShort(const Entry& e)
{
    return e.year ? QString::number(e.year) : e.birth.toString(u"d/M/yy"_s);
}

QString sex(const Entry& e)
{
    return e.female ? u"Nữ"_s : u"Nam"_s;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qCritical("cannot write %s", qPrintable(path));
        return false;
    }
    return true;
}

// Expected stored people, as `people list --format csv` prints them, in the order of the entries:
// make_samples.sh puts them in Vietnamese order with ICU through Python (tests/tools/people_order_icu.py), not with
// the program's own sort, so that a collation fault cannot agree with itself.
bool writeExpected(const QString& path, const QList<Entry>& entries, PersonKind kind)
{
    People people;
    for (const Entry& e : entries)
        people.append(personOf(e, kind));
    QString text = Csv::record({ u"code"_s,
        u"ho"_s,
        u"ten_dem"_s,
        u"ten"_s,
        u"full_name"_s,
        u"gender"_s,
        u"birth_date"_s,
        u"kind"_s,
        u"position"_s,
        u"active_to"_s });
    for (const Person& p : people) {
        text += Csv::record({ p.code,
            p.familyName,
            p.middleName,
            p.givenName,
            p.fullName(),
            Person::genderKey(p.gender),
            p.birthDate.toIso(),
            Person::kindKey(p.kind),
            p.position,
            QString() });
    }
    return writeFile(path, text.toUtf8());
}

// Writes a date cell the way the sheet keeps it: a serial (date format), a year number, or text.
enum class DateStyle
{
    Serial,
    TextDmy,
    TextShort,
};

void writeBirth(XlsxWriter& x, int row, int column, const Entry& e, DateStyle style)
{
    if (e.year)
        x.writeNumber(row, column, e.year);
    else if (style == DateStyle::Serial)
        x.writeDate(row, column, e.birth);
    else
        x.writeText(row, column, style == DateStyle::TextDmy ? dmy(e) : dmyShort(e));
}

// Staff, one sheet: school and title rows merged above the header, a row of column numbers, a blank row inside
// the list, the totals and the signatures under it. `encode` turns text into what the cells hold (.VnTime lists:
// the Windows-1252 reading of the TCVN3 bytes).
bool staffTitleMerged(const QString& path, const std::function<QString(const QString&)>& encode, const QString& font)
{
    XlsxWriter x;
    x.setCreated(kCreated);
    x.addSheet(u"CBGVNV"_s);
    x.setTextFont(font);
    x.mergeCells(0, 0, 0, 3, encode(u"SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI"_s));
    x.mergeCells(1, 0, 1, 3, encode(u"TRƯỜNG THPT NGUYỄN TRÃI"_s), true);
    x.mergeCells(3, 0, 3, 6, encode(u"DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2024-2025"_s), true);
    const QStringList header {
        u"STT"_s, u"Mã số"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Chức vụ"_s, u"Tổ chuyên môn"_s
    };
    for (int c = 0; c < header.size(); ++c) {
        x.writeText(5, c, encode(header.at(c)), true);
        x.writeText(6, c, QStringLiteral("(%1)").arg(c + 1));
    }
    int row = 7;
    int n = 0;
    for (const Entry& e : staff()) {
        if (n == 7)
            ++row; // a blank row inside the list
        x.writeNumber(row, 0, ++n);
        x.writeText(row, 1, e.code);
        x.writeText(row, 2, encode(e.name));
        writeBirth(x, row, 3, e, DateStyle::Serial);
        x.writeText(row, 4, encode(sex(e)));
        x.writeText(row, 5, encode(e.position));
        x.writeText(row, 6, encode(e.group));
        ++row;
    }
    x.mergeCells(row, 0, row, 2, encode(QStringLiteral("Tổng cộng: %1 người").arg(n)), true);
    x.writeText(row + 2, 5, encode(u"Hà Nội, ngày 05 tháng 9 năm 2024"_s));
    x.writeText(row + 3, 5, encode(u"HIỆU TRƯỞNG"_s), true);
    x.writeText(row + 7, 5, encode(u"Nguyễn Văn Hùng"_s), true);
    for (const auto& [c, w] : { std::pair { 0, 5.0 }, { 1, 9.0 }, { 2, 26.0 }, { 3, 12.0 }, { 5, 18.0 }, { 6, 16.0 } })
        x.setColumnWidth(c, w);
    if (auto saved = x.save(path); !saved) {
        qCritical("%s", qPrintable(saved.error().toString()));
        return false;
    }
    return true;
}

// Staff again, one sheet per tổ, each with other header words: Họ + Tên with "Ngày tháng năm sinh" as text and a
// "Nữ" column marked x; Họ + Tên đệm + Tên with "Năm sinh" as d/m/yy; a two-row header with "Ngày sinh" merged over
// "Nam | Nữ"; "Họ tên" with "Mã định danh" and years.
bool staffVariants(const QString& path)
{
    XlsxWriter x;
    x.setCreated(kCreated);
    auto group = [](const QString& name) {
        QList<Entry> out;
        for (const Entry& e : staff()) {
            if (e.group == name)
                out.append(e);
        }
        return out;
    };
    // Văn phòng: Họ | Tên, a Nữ column.
    x.addSheet(u"Văn phòng"_s);
    x.writeText(0, 0, u"TRƯỜNG THPT NGUYỄN TRÃI"_s, true);
    x.writeText(1, 0, u"DANH SÁCH TỔ VĂN PHÒNG"_s, true);
    const QStringList h1 {
        u"TT"_s, u"Mã định danh"_s, u"Họ"_s, u"Tên"_s, u"Ngày tháng năm sinh"_s, u"Nữ"_s, u"Chức vụ"_s
    };
    for (int c = 0; c < h1.size(); ++c)
        x.writeText(3, c, h1.at(c), true);
    int row = 4;
    for (const Entry& e : group(u"Văn phòng"_s)) {
        const Person p = parts(e);
        x.writeNumber(row, 0, row - 3);
        x.writeText(row, 1, e.code);
        x.writeText(row, 2, (p.familyName + u' ' + p.middleName).trimmed());
        x.writeText(row, 3, p.givenName);
        x.writeText(row, 4, dmy(e));
        x.writeText(row, 5, e.female ? u"x"_s : QString());
        x.writeText(row, 6, e.position);
        ++row;
    }
    x.writeText(row, 2, QStringLiteral("Cộng: %1").arg(row - 4));

    // Toán - Tin: Họ | Tên đệm | Tên, Năm sinh as d/m/yy, Giới tính.
    x.addSheet(u"Toán - Tin"_s);
    const QStringList h2 {
        u"STT"_s, u"Mã"_s, u"Họ"_s, u"Tên đệm"_s, u"Tên"_s, u"Năm sinh"_s, u"Giới tính"_s, u"Chức vụ"_s, u"Tổ"_s
    };
    for (int c = 0; c < h2.size(); ++c)
        x.writeText(0, c, h2.at(c), true);
    row = 1;
    for (const Entry& e : group(u"Toán - Tin"_s)) {
        const Person p = parts(e);
        x.writeNumber(row, 0, row);
        x.writeText(row, 1, e.code);
        x.writeText(row, 2, p.familyName);
        x.writeText(row, 3, p.middleName);
        x.writeText(row, 4, p.givenName);
        x.writeText(row, 5, dmyShort(e));
        x.writeText(row, 6, sex(e));
        x.writeText(row, 7, e.position);
        x.writeText(row, 8, e.group);
        ++row;
    }

    // Ngữ văn: two header rows, "Ngày sinh" merged over "Nam | Nữ": the date stands in the column of the gender.
    x.addSheet(u"Ngữ văn"_s);
    x.mergeCells(0, 0, 0, 6, u"DANH SÁCH GIÁO VIÊN TỔ NGỮ VĂN NĂM HỌC 2024-2025"_s, true);
    x.mergeCells(2, 0, 3, 0, u"STT"_s, true);
    x.mergeCells(2, 1, 3, 1, u"Mã số"_s, true);
    x.mergeCells(2, 2, 3, 2, u"Họ và tên"_s, true);
    x.mergeCells(2, 3, 2, 4, u"Ngày sinh"_s, true);
    x.writeText(3, 3, u"Nam"_s, true);
    x.writeText(3, 4, u"Nữ"_s, true);
    x.mergeCells(2, 5, 3, 5, u"Chức vụ"_s, true);
    x.mergeCells(2, 6, 3, 6, u"Tổ chuyên môn"_s, true);
    row = 4;
    for (const Entry& e : group(u"Ngữ văn"_s)) {
        x.writeNumber(row, 0, row - 3);
        x.writeText(row, 1, e.code);
        x.writeText(row, 2, e.name);
        writeBirth(x, row, e.female ? 4 : 3, e, DateStyle::Serial);
        x.writeText(row, 5, e.position);
        x.writeText(row, 6, e.group);
        ++row;
    }
    x.writeText(row, 2, QStringLiteral("Tổng cộng: %1").arg(row - 4), true);

    // Ngoại ngữ: "Họ tên", birth years as numbers, STT and a blank row.
    x.addSheet(u"Ngoại ngữ"_s);
    const QStringList h4 { u"Số TT"_s, u"Mã"_s, u"Họ tên"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Chức vụ"_s, u"Tổ"_s };
    for (int c = 0; c < h4.size(); ++c)
        x.writeText(1, c, h4.at(c), true);
    row = 3;
    for (const Entry& e : group(u"Ngoại ngữ"_s)) {
        x.writeNumber(row, 0, row - 2);
        x.writeText(row, 1, e.code);
        x.writeText(row, 2, e.name);
        writeBirth(x, row, 3, e, DateStyle::TextDmy);
        x.writeText(row, 4, sex(e));
        x.writeText(row, 5, e.position);
        x.writeText(row, 6, e.group);
        ++row;
    }
    if (auto saved = x.save(path); !saved) {
        qCritical("%s", qPrintable(saved.error().toString()));
        return false;
    }
    return true;
}

// Students, one sheet per class (the class is the sheet's name; 11B1 also has a Lớp column), and a summary sheet
// that is not a list.
bool studentsByClass(const QString& path)
{
    XlsxWriter x;
    x.setCreated(kCreated);
    const QStringList classes { u"10A1"_s, u"10A2"_s, u"11B1"_s };
    for (const QString& cls : classes) {
        x.addSheet(cls);
        x.mergeCells(0, 0, 0, 3, u"TRƯỜNG THPT NGUYỄN TRÃI"_s, true);
        x.mergeCells(1, 0, 1, 6, QStringLiteral("DANH SÁCH HỌC SINH LỚP %1 NĂM HỌC 2024-2025").arg(cls), true);
        QStringList header;
        if (cls == u"10A1"_s)
            header = { u"STT"_s, u"Mã định danh"_s, u"Họ"_s, u"Tên"_s, u"Ngày sinh"_s, u"Giới tính"_s };
        else if (cls == u"10A2"_s)
            header = { u"STT"_s, u"Mã học sinh"_s, u"Họ và tên đệm"_s, u"Tên"_s, u"Ngày tháng năm sinh"_s, u"Nữ"_s };
        else
            header = { u"TT"_s, u"Mã số"_s, u"Họ và tên"_s, u"Năm sinh"_s, u"Giới tính"_s, u"Lớp"_s };
        for (int c = 0; c < header.size(); ++c)
            x.writeText(3, c, header.at(c), true);
        int row = 4;
        int n = 0;
        for (const Entry& e : students()) {
            if (e.group != cls)
                continue;
            const Person p = personOf(e, PersonKind::Student);
            x.writeNumber(row, 0, ++n);
            x.writeText(row, 1, e.code);
            if (cls == u"10A1"_s) {
                x.writeText(row, 2, (p.familyName + u' ' + p.middleName).trimmed());
                x.writeText(row, 3, p.givenName);
                writeBirth(x, row, 4, e, DateStyle::Serial);
                x.writeText(row, 5, sex(e));
            } else if (cls == u"10A2"_s) {
                x.writeText(row, 2, (p.familyName + u' ' + p.middleName).trimmed());
                x.writeText(row, 3, p.givenName);
                writeBirth(x, row, 4, e, DateStyle::TextDmy);
                x.writeText(row, 5, e.female ? u"x"_s : QString());
            } else {
                x.writeText(row, 2, e.name);
                writeBirth(x, row, 3, e, DateStyle::TextShort);
                x.writeText(row, 4, sex(e));
                x.writeText(row, 5, e.group);
            }
            ++row;
            if (n == 2)
                ++row; // a blank row
        }
        x.writeText(row, 1, QStringLiteral("Tổng cộng: %1 học sinh").arg(n), true);
    }
    x.addSheet(u"Tổng hợp"_s);
    x.writeText(0, 0, u"Lớp"_s, true);
    x.writeText(0, 1, u"Sĩ số"_s, true);
    for (int i = 0; i < classes.size(); ++i) {
        x.writeText(i + 1, 0, classes.at(i));
        x.writeNumber(i + 1, 1, 5);
    }
    if (auto saved = x.save(path); !saved) {
        qCritical("%s", qPrintable(saved.error().toString()));
        return false;
    }
    return true;
}

// The staff list as a text file: a title line, then the list.
QString staffText(QChar separator)
{
    QString text = Csv::record({ u"DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2024-2025"_s }, separator);
    text += Csv::record(
        { u"STT"_s, u"Mã số"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Chức vụ"_s, u"Tổ"_s }, separator);
    int n = 0;
    for (const Entry& e : staff())
        text += Csv::record({ QString::number(++n), e.code, e.name, dmy(e), sex(e), e.position, e.group }, separator);
    return text;
}

// A list with bad rows: an impossible date, a name with digits, no name, the same code twice.
QString badRows()
{
    QString text = Csv::record({ u"STT"_s, u"Mã"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Giới tính"_s });
    text += Csv::record({ u"1"_s, u"B01"_s, u"Nguyễn Thị Lan"_s, u"12/05/1985"_s, u"Nữ"_s });
    text += Csv::record({ u"2"_s, u"B02"_s, u"Trần Văn Bình"_s, u"31/02/1984"_s, u"Nam"_s });
    text += Csv::record({ u"3"_s, u"B03"_s, u"Lê Văn 3"_s, u"01/01/1980"_s, u"Nam"_s });
    text += Csv::record({ u"4"_s, u"B04"_s, u"Phạm Minh Châu"_s, u"1979"_s, u"Nữ"_s });
    text += Csv::record({ u"5"_s, u"B01"_s, u"Võ Văn Kiệt"_s, u"03/03/1983"_s, u"Nam"_s });
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    auto at = [&](const QString& name) { return QDir(dir).filePath(name); };
    auto same = [](const QString& text) { return text; };
    auto vntime = [](const QString& text) {
        return LegacyEncoding::fromCp1252(LegacyEncoding::encode(text, LegacyEncoding::Encoding::Tcvn3));
    };
    bool ok = staffTitleMerged(at(u"staff_title_merged.xlsx"_s), same, QString())
        && staffTitleMerged(at(u"staff_vntime.xlsx"_s), vntime, u".VnTime"_s)
        && staffVariants(at(u"staff_variants.xlsx"_s)) && studentsByClass(at(u"students_by_class.xlsx"_s));

    const QString comma = staffText(QLatin1Char(','));
    ok = ok && writeFile(at(u"staff_utf8.csv"_s), comma.toUtf8());
    ok = ok && writeFile(at(u"staff_utf8_bom.csv"_s), "\xEF\xBB\xBF" + staffText(QLatin1Char(';')).toUtf8());
    ok = ok
        && writeFile(at(u"staff_utf16.txt"_s),
            LegacyEncoding::encode(staffText(QLatin1Char('\t')), LegacyEncoding::Encoding::Utf16));
    ok = ok && writeFile(at(u"staff_nfd.csv"_s), comma.normalized(QString::NormalizationForm_D).toUtf8());
    for (const auto& [name, encoding] : { std::pair { u"staff_cp1258.csv"_s, LegacyEncoding::Encoding::Cp1258 },
             { u"staff_tcvn3.csv"_s, LegacyEncoding::Encoding::Tcvn3 },
             { u"staff_vni.csv"_s, LegacyEncoding::Encoding::Vni } }) {
        bool lossless = false;
        const QByteArray bytes = LegacyEncoding::encode(comma, encoding, &lossless);
        if (!lossless && encoding != LegacyEncoding::Encoding::Tcvn3)
            qWarning("%s lost characters", qPrintable(name));
        ok = ok && writeFile(at(name), bytes);
    }
    ok = ok && writeFile(at(u"staff_bad_rows.csv"_s), badRows().toUtf8());

    ok = ok && writeExpected(at(u"expected_staff.csv"_s), staff(), PersonKind::Staff);
    ok = ok && writeExpected(at(u"expected_students.csv"_s), students(), PersonKind::Student);
    // Who is in which tổ / lớp: code,group sorted by code.
    QString groups = Csv::record({ u"code"_s, u"group"_s });
    for (const Entry& e : staff())
        groups += Csv::record({ e.code, e.group });
    for (const Entry& e : students())
        groups += Csv::record({ e.code, e.group });
    ok = ok && writeFile(at(u"expected_groups.csv"_s), groups.toUtf8());
    return ok ? 0 : 1;
}
