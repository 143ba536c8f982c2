#pragma once

#include "core/spreadsheet/Workbook.h"

#include <QMap>
#include <QString>

#include <optional>

namespace thidua {

// Which column of a sheet of past awards (lịch sử khen thưởng) holds which field, and where the header is. Headers are
// recognised as the people lists' are (RosterColumns::headerKey: with or without diacritics, any case, line breaks).
struct AwardHistoryColumns
{
    enum class Field
    {
        SequenceNumber, // STT
        FullName, // Họ và tên
        Code, // Mã / Mã số / Mã cán bộ
        BirthDate, // Ngày sinh (tells two people of the same name apart)
        Collective, // Tập thể / Tên tập thể / Đơn vị
        SchoolYear, // Năm học
        Form, // Hình thức / Danh hiệu / Hình thức khen thưởng / Danh hiệu thi đua
        DecisionNumber, // Số quyết định / Số QĐ
        DecisionDate, // Ngày quyết định / Ngày QĐ / Ngày ký
        Issuer, // Cơ quan ban hành / Cấp khen / Người ký
    };

    int headerRow = -1; // 0-based; -1 when no row of the first 30 looks like the header of such a list
    QMap<Field, int> columns; // field → 0-based column

    bool hasColumn(Field field) const { return columns.contains(field); }
    int column(Field field) const { return columns.value(field, -1); }

    // The header: the row of the first 30 with the most recognised names, which must name the form and who was awarded
    // (a name, a code or a collective).
    static AwardHistoryColumns detect(const Sheet& sheet);
    // The field a header text names, if any ("Số QĐ" → DecisionNumber, "Họ và tên" → FullName).
    static std::optional<Field> fieldForHeader(const QString& header);
};

} // namespace thidua
