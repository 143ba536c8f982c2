#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace thidua {

// A streaming SHA-256 for the evidence store, through OpenSSL's libcrypto (libssl-dev): it uses the processor's SHA
// instructions, about 1.5 GB/s here, where Qt 6.4's QCryptographicHash gives about 175 MB/s and coreutils' sha256sum
// about 270 MB/s, and the store must keep up with `cp` + `sha256sum` (issue 15). TestEvidenceStore checks the sums
// against QCryptographicHash.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(const char* data, qint64 size);
    void addData(QByteArrayView data) { addData(data.data(), data.size()); }
    // 64 lowercase hex digits; ends the stream. Empty if libcrypto failed (it cannot run out of anything but memory),
    // which no stored object's name can be.
    QString hexResult();
    // The 32-byte digest (as QCryptographicHash::result); ends the stream.
    QByteArray result() { return QByteArray::fromHex(hexResult().toLatin1()); }

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace thidua
