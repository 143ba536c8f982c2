#include "core/evidence/EvidenceStore.h"

#include <QFileInfo>

namespace thidua {

EvidenceStore::EvidenceStore(QString root)
    : m_root(std::move(root))
{}

EvidenceStore EvidenceStore::forDatabase(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return EvidenceStore(info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".minhchung"));
}

QString EvidenceStore::root() const
{
    return m_root;
}

bool EvidenceStore::isSha256(const QString& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QString EvidenceStore::objectPath(const QString& sha256) const
{
    return m_root + QStringLiteral("/objects/") + sha256.left(2) + u'/' + sha256;
}

Result<EvidenceStore::Stored> EvidenceStore::put(const QString&, qint64, const Progress&)
{
    return Error { Error::Code::Generic, QStringLiteral("not implemented yet") };
}
Status EvidenceStore::copyOut(const QString&, const QString&) const
{
    return Error { Error::Code::Generic, QStringLiteral("not implemented yet") };
}
bool EvidenceStore::contains(const QString& sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(objectPath(sha256));
}
QStringList EvidenceStore::objects() const
{
    return {};
}
QStringList EvidenceStore::strayFiles() const
{
    return {};
}
Status EvidenceStore::remove(const QString&)
{
    return {};
}
Status EvidenceStore::removeTemporaries()
{
    return {};
}
Result<QString> EvidenceStore::hashFile(const QString&, const Progress&)
{
    return Error { Error::Code::Generic, QStringLiteral("not implemented yet") };
}

} // namespace thidua
