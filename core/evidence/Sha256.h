#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace thidua {

// A streaming SHA-256 for the evidence store. OpenSSL's libcrypto when the build has it (libssl-dev) (it uses the
// processor's SHA instructions: about 1.5 GB/s here, where Qt 6.4's QCryptographicHash gives about 175 MB/s and
// coreutils' sha256sum about 270 MB/s), else QCryptographicHash; both give the same sums (TestEvidenceStore compares
// them).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(const char* data, qint64 size);
    void addData(QByteArrayView data) { addData(data.data(), data.size()); }
    // 64 lowercase hex digits; ends the stream.
    QString hexResult();
    // The 32-byte digest (as QCryptographicHash::result); ends the stream.
    QByteArray result() { return QByteArray::fromHex(hexResult().toLatin1()); }

    // "libcrypto" or "QCryptographicHash": what this build uses.
    static QString backend();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace thidua
