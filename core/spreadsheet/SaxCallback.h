#pragma once

#include <new>

namespace thidua {

// Runs the work of a libxml2 SAX callback on the parse state behind `data`. No exception may cross libxml2's C
// frames, so running out of memory is handed to the state (`Parse::outOfMemory()`), which stops the parse.
//     sax.endElement = [](void* data, const xmlChar* name) { saxCallback<Parse>(data, [&](Parse* p) { p->end(name); });
//     };
template <typename Parse, typename Work> void saxCallback(void* data, Work work)
{
    auto* parse = static_cast<Parse*>(data);
    try {
        work(parse);
    } catch (const std::bad_alloc&) {
        parse->outOfMemory();
    }
}

} // namespace thidua
