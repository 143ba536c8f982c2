// libFuzzer target: document descriptions in JSON (DocumentSpec::parse over SpecReader: every field getter, blocks,
// tables, "common" merged into "documents", the line of the first problem). Aborts when an error has no message or
// no file, or when a description read has no kind.
#include "core/documents/DocumentSpec.h"

#include <cstdint>
#include <cstdlib>

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<QList<DocumentDescription>> specs = DocumentSpec::parse(json, QStringLiteral("fuzz.json"));
    if (!specs.ok()) {
        if (specs.error().message.isEmpty() || specs.error().file.isEmpty())
            std::abort();
        return 0;
    }
    for (const DocumentDescription& spec : *specs) {
        if (!DocumentSpec::kinds().contains(spec.kind))
            std::abort();
    }
    return 0;
}
