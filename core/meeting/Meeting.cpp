#include "core/meeting/Meeting.h"

#include <algorithm>

namespace thidua {

int MeetingRecord::presentCount() const
{
    return int(std::count_if(members.begin(), members.end(), [](const Member& m) { return m.present; }));
}

const MeetingRecord::Member* MeetingRecord::chair() const
{
    const auto it = std::find_if(members.begin(), members.end(), [](const Member& m) { return m.role == u"chair"; });
    return it == members.end() ? nullptr : &*it;
}

const MeetingRecord::Member* MeetingRecord::secretary() const
{
    const auto it =
        std::find_if(members.begin(), members.end(), [](const Member& m) { return m.role == u"secretary"; });
    return it == members.end() ? nullptr : &*it;
}

} // namespace thidua
