#pragma once

#include "core/spreadsheet/Workbook.h"

#include <QMap>
#include <QString>

#include <optional>

namespace thidua {

// Which column of a list of activities holds which field, and where the header is. Headers are recognised as the
// people lists' are (RosterColumns::headerKey: with or without diacritics, any case, line breaks).
struct ActivityColumns
{
    enum class Field
    {
        SequenceNumber, // STT
        Kind, // Loại hoạt động / Loại / Hình thức
        SchoolYear, // Năm học
        Title, // Tên hoạt động / Hoạt động / Nội dung
        StartDate, // Từ ngày / Ngày bắt đầu / Ngày tổ chức / Ngày / Thời gian
        EndDate, // Đến ngày / Ngày kết thúc
        Organizer, // Đơn vị tổ chức / Đơn vị chủ trì
        People, // Người tham gia / Cá nhân tham gia (codes or full names, separated by ";" or lines)
        Collectives, // Tập thể tham gia / Đơn vị tham gia / Thành phần tham gia (names separated by ";" or lines)
        Count, // Số người tham gia / Số lượng / Số lượt
        Description, // Mô tả / Ghi chú / Kết quả
    };

    int headerRow = -1; // 0-based; -1 when no row of the first 30 names the title and the start date
    QMap<Field, int> columns; // field → 0-based column

    bool hasColumn(Field field) const { return columns.contains(field); }
    int column(Field field) const { return columns.value(field, -1); }

    static ActivityColumns detect(const Sheet& sheet);
    static std::optional<Field> fieldForHeader(const QString& header);
};

} // namespace thidua
