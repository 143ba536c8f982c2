#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"

namespace thidua {

// The criteria sets shipped with the program (resources/criteria/*.json, compiled in as Qt resources): the award
// criteria of the seed plans, Đơn vị học tập (Thông tư 24/2023/TT-BGDĐT) and Công dân học tập (QĐ 324/QĐ-KHVN).
class CriteriaSetBuiltIns
{
public:
    // Every built-in set, by file name, marked builtIn. An unreadable one is a build mistake: its error.
    static Result<CriteriaSets> all();
    // The resource paths (":/thidua/criteria/…json").
    static QStringList files();
};

} // namespace thidua
