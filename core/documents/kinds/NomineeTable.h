#pragma once

#include "core/documents/DocumentOrigin.h"

namespace thidua {

// The list of nominees or awardees as a table: collectives first, then individuals, each group under its own
// heading row, numbered from 1.
class NomineeTable
{
public:
    struct Columns
    {
        bool achievement = false; // "Thành tích" column
        bool award = false; // "Hình thức khen thưởng" column
    };
    static Table build(const Nominees& nominees, const Columns& columns);
    static int collectives(const Nominees& nominees);
    static int individuals(const Nominees& nominees);
};

} // namespace thidua
