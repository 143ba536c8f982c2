#include "tests/support/GeneratedRoster.h"

#include "core/spreadsheet/XlsxWriter.h"

#include <QDate>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace thidua::test {

bool writeGeneratedRoster(const QString& path, int rows, QString* error)
{
    static const QStringList family { u"Nguyễn"_s,
        u"Trần"_s,
        u"Lê"_s,
        u"Phạm"_s,
        u"Hoàng"_s,
        u"Huỳnh"_s,
        u"Phan"_s,
        u"Vũ"_s,
        u"Võ"_s,
        u"Đặng"_s,
        u"Bùi"_s,
        u"Đỗ"_s,
        u"Hồ"_s,
        u"Ngô"_s,
        u"Dương"_s,
        u"Lý"_s };
    static const QStringList middle { u"Văn"_s,
        u"Thị"_s,
        u"Minh"_s,
        u"Ngọc"_s,
        u"Đức"_s,
        u"Thu"_s,
        u"Quang"_s,
        u"Thanh"_s,
        u"Hoài"_s,
        u"Gia"_s,
        u"Thị Mỹ"_s,
        u"Hữu"_s };
    static const QStringList given { u"An"_s,
        u"Bình"_s,
        u"Châu"_s,
        u"Dũng"_s,
        u"Đạt"_s,
        u"Giang"_s,
        u"Hà"_s,
        u"Hải"_s,
        u"Hạnh"_s,
        u"Hiếu"_s,
        u"Hoa"_s,
        u"Hùng"_s,
        u"Hương"_s,
        u"Khánh"_s,
        u"Khoa"_s,
        u"Lan"_s,
        u"Linh"_s,
        u"Long"_s,
        u"Mai"_s,
        u"Minh"_s,
        u"Nam"_s,
        u"Ngân"_s,
        u"Nhi"_s,
        u"Phúc"_s,
        u"Quân"_s,
        u"Quỳnh"_s,
        u"Sơn"_s,
        u"Tâm"_s,
        u"Thảo"_s,
        u"Trang"_s,
        u"Tú"_s,
        u"Uyên"_s,
        u"Vy"_s,
        u"Yến"_s };
    XlsxWriter x;
    x.addSheet(u"Toàn trường"_s);
    x.mergeCells(0, 0, 0, 3, u"TRƯỜNG THPT NGUYỄN TRÃI"_s, true);
    x.mergeCells(1, 0, 1, 6, u"DANH SÁCH HỌC SINH NĂM HỌC 2024-2025"_s, true);
    const QStringList header {
        u"STT"_s, u"Mã học sinh"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Lớp"_s, u"Ghi chú"_s
    };
    for (int c = 0; c < header.size(); ++c)
        x.writeText(3, c, header.at(c), true);
    quint32 seed = 12345;
    auto next = [&seed](int n) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(n));
    };
    for (int i = 0; i < rows; ++i) {
        const int row = 4 + i;
        const int grade = 10 + i * 3 / rows;
        const bool female = next(2) == 1;
        QString name = family.at(next(family.size())) + u' ' + (female ? u"Thị"_s : middle.at(next(middle.size())))
            + u' ' + given.at(next(given.size()));
        x.writeNumber(row, 0, i + 1);
        x.writeText(row, 1, QStringLiteral("HS%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        x.writeText(row, 2, name);
        x.writeDate(row, 3, QDate(2024 - grade - 6, 1, 1).addDays(next(365)));
        x.writeText(row, 4, female ? u"Nữ"_s : u"Nam"_s);
        x.writeText(row, 5, QStringLiteral("%1A%2").arg(grade).arg(1 + (i % (rows / 3 / 40 + 1)) % 10));
        if (i % 50 == 0)
            x.writeText(row, 6, u"Con thương binh"_s);
    }
    x.writeText(4 + rows, 2, QStringLiteral("Tổng cộng: %1 học sinh").arg(rows), true);
    auto saved = x.save(path);
    if (!saved && error)
        *error = saved.error().toString();
    return saved.ok();
}

} // namespace thidua::test
