// libFuzzer target: criteria sets in JSON (CriteriaJson::parse over SpecReader: every field, nested items, rules with
// levels, the limits). Aborts when an error has no message or no file, when a set read does not validate, or when
// writing it and reading it back does not give the same set.
#include "core/criteria/CriteriaJson.h"

#include <cstdint>
#include <cstdlib>

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<CriteriaSet> set = CriteriaJson::parse(json, QStringLiteral("fuzz.json"));
    if (!set.ok()) {
        if (set.error().message.isEmpty() || set.error().file.isEmpty())
            std::abort();
        return 0;
    }
    if (!set->validate().ok() || set->items.size() > CriteriaJson::MaxItems)
        std::abort();
    const Result<CriteriaSet> again = CriteriaJson::parse(CriteriaJson::write(*set), QStringLiteral("again.json"));
    if (!again.ok() || !again->sameContent(*set))
        std::abort();
    return 0;
}
