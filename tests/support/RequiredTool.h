#pragma once

#include <QTest>

// A test that needs a program from outside the project (python3, poppler-utils, LibreOffice) skips without it on a
// developer's machine, but fails when the environment variable CI is set: CI can never pass by skipping.
#define THIDUA_REQUIRE_TOOL(available, message)                                                                        \
    do {                                                                                                               \
        if (!(available)) {                                                                                            \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL(message " (CI is set: a missing tool is a failure)");                                            \
            QSKIP(message);                                                                                            \
        }                                                                                                              \
    } while (false)
