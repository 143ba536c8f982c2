#pragma once

namespace thidua {

// XDG_RUNTIME_DIR for processes started without a login session (as root through sudo, from cron, in a container).
// Qt's platform plugins ask for QStandardPaths::RuntimeLocation; when the variable is unset Qt falls back to
// <temp>/runtime-<user> and prints "QStandardPaths: XDG_RUNTIME_DIR not set" on every run. This makes that same
// private folder (mode 0700, owned by the user) itself and sets the variable to it, so nothing is printed. It does
// nothing when the variable is already set, and leaves it unset (Qt then warns, rightly) when the folder exists but
// is not a private folder of this user. Call it in main() before the application object is made.
class RuntimeDirectory
{
public:
    static void ensure();
};

} // namespace thidua
