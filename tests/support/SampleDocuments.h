#pragma once

#include "core/documents/Document.h"

namespace thidua::test {

// Hand-built documents for renderer tests, independent of the kind builders.
class SampleDocuments
{
public:
    // A tờ trình of `paragraphs` body paragraphs (enough for several pages when large), a table of `rows` rows in the
    // body, one signer with a "Nơi nhận" list, and an appendix holding a second table.
    static Document proposal(int paragraphs = 6, int rows = 4);
    // A biên bản: no date line at the top, two signers.
    static Document minutes();
};

} // namespace thidua::test
