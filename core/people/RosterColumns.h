#pragma once

#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace thidua {

// Which column of a sheet holds which field of a person list (danh sách), and where the header is.
struct RosterColumns
{
    Q_DECLARE_TR_FUNCTIONS(RosterColumns)

public:
    enum class Field
    {
        SequenceNumber, // STT
        FullName, // Họ và tên / Họ tên
        FamilyName, // Họ (with Tên, or with Tên đệm and Tên)
        FamilyAndMiddleName, // "Họ và tên đệm" / "Họ đệm"
        MiddleName, // Tên đệm
        GivenName, // Tên
        BirthDate, // Ngày sinh / Ngày tháng năm sinh / Năm sinh
        Gender, // Giới tính
        FemaleMark, // a "Nữ" column marked x (any mark: female; empty: male)
        Code, // Mã / Mã số / Mã định danh / Mã học sinh
        Position, // Chức vụ
        Collective, // Tổ / Tổ chuyên môn (staff)
        Class, // Lớp (students)
        Phone,
        Email,
        Note, // Ghi chú
        // Two-row header with "Ngày sinh" merged over "Nam | Nữ": the date is written in the Nam column (BirthDate)
        // for men and in the Nữ column (this field) for women, so a date here also means female.
        FemaleBirthDate,
    };

    int headerRow = -1; // 0-based row of the header; -1 when none was found
    int headerRowCount = 1; // 2 when the header spans two rows (merged "Ngày sinh" over "Nam | Nữ", …)
    int firstDataRow = 0; // 0-based
    QMap<Field, int> columns; // field → 0-based column

    bool hasColumn(Field field) const { return columns.contains(field); }
    // A name can be read: FullName, or GivenName with FamilyName/FamilyAndMiddleName.
    bool hasName() const;
    int column(Field field) const { return columns.value(field, -1); }

    // The header row and columns found from their Vietnamese names and usual variants (with or without diacritics,
    // any case, line breaks in the cell), looking at the first 30 rows of the sheet: the row with the most
    // recognised names (at least 2, one of them a name). A second header row under it (merged "Ngày sinh" over
    // "Nam | Nữ", "Họ và tên" over "Họ đệm | Tên") is taken in; a "Họ và tên" whose data fills two columns (merged
    // header over "Nguyễn Văn | An") becomes FamilyAndMiddleName + GivenName. headerRow is -1 when nothing looks like
    // a person list.
    static RosterColumns detect(const Sheet& sheet);
    // The field a header text names, if any ("Họ và tên" → FullName, "Ngày tháng năm sinh" → BirthDate).
    static std::optional<Field> fieldForHeader(const QString& header);
    // A header text reduced to plain words, as the columns are recognised: folded (no diacritics, lower case),
    // anything not a letter or digit a separator. "Họ, tên\n(ghi chữ in hoa)" → "ho ten ghi chu in hoa".
    static QString headerKey(const QString& header);

    static QList<Field> allFields();
    // Translated name for the mapping editor ("Họ và tên", "Ngày sinh").
    static QString fieldName(Field field);
    static QString fieldKey(Field field); // stable English key ("full_name") for settings and the CLI
};

} // namespace thidua
