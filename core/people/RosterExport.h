#pragma once

#include "core/common/Result.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace thidua {

// Writes a people list (danh sách) to .xlsx or .csv with Vietnamese headers, in Vietnamese order, in a form that
// RosterImport reads back to exactly the same data: STT, Mã, Họ, Tên đệm, Tên, Họ và tên, Ngày sinh, Giới tính,
// Chức vụ, Tổ / Lớp (with a school year), Điện thoại, Email, Ghi chú. CSV is UTF-8 with a BOM (so Excel opens it
// as UTF-8), comma-separated, CRLF.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(RosterExport)

public:
    struct Options
    {
        std::optional<PersonKind> kind; // nullopt: everybody
        qint64 schoolYearId = 0; // > 0: the tổ / lớp of that year in a column, people ordered by it first
    };

    // The table as written, header first; cells as text (dates dd/mm/yyyy or the year).
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<Person> people; // the person of each row
    };

    explicit RosterExport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<Table> table(const Options& options) const;
    // The format from the suffix (.xlsx or .csv); returns how many people were written.
    Result<int> write(const QString& path, const Options& options) const;

    static QByteArray toCsv(const Table& table);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
