#include "core/common/RuntimeDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace thidua {

void RuntimeDirectory::ensure()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const uid_t uid = geteuid();
    const passwd* account = getpwuid(uid);
    const QString user = account && account->pw_name ? QString::fromLocal8Bit(account->pw_name) : QString::number(uid);
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-") + user;
    constexpr auto Private =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkdir(path, Private))
            return;
    }
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir() || info.ownerId() != uid || info.permissions() != Private)
        return;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
#endif
}

} // namespace thidua
