#pragma once

#include <QString>

namespace thidua::test {

// A student list as a school office keeps it, written as .xlsx to `path`: school and title above the header (STT,
// Mã học sinh, Họ và tên, Ngày sinh, Giới tính, Lớp, Ghi chú), `rows` students in classes 10A1…12A10 with codes
// HS000001…, names drawn from the usual họ, tên đệm and tên (so some people share a name), dates of birth as Excel
// dates, and a totals row. The same rows every time. For the import benchmarks and the kill test.
bool writeGeneratedRoster(const QString& path, int rows, QString* error = nullptr);

} // namespace thidua::test
