#include "core/evidence/Sha256.h"

#include <QCryptographicHash>

// libcrypto when its header is there (libssl-dev, which core/CMakeLists.txt then links), else QCryptographicHash.
#if __has_include(<openssl/evp.h>)
#define THIDUA_SHA256_LIBCRYPTO 1
#include <openssl/evp.h>
#endif

namespace thidua {

struct Sha256::State
{
    QCryptographicHash qt { QCryptographicHash::Sha256 };
#ifdef THIDUA_SHA256_LIBCRYPTO
    EVP_MD_CTX* context = nullptr; // null: QCryptographicHash is used
#endif
};

Sha256::Sha256()
    : d(std::make_unique<State>())
{
#ifdef THIDUA_SHA256_LIBCRYPTO
    d->context = EVP_MD_CTX_new();
    if (d->context && EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(d->context);
        d->context = nullptr;
    }
#endif
}

Sha256::~Sha256()
{
#ifdef THIDUA_SHA256_LIBCRYPTO
    if (d->context)
        EVP_MD_CTX_free(d->context);
#endif
}

void Sha256::addData(const char* data, qint64 size)
{
#ifdef THIDUA_SHA256_LIBCRYPTO
    if (d->context) {
        EVP_DigestUpdate(d->context, data, size_t(size));
        return;
    }
#endif
    d->qt.addData(QByteArrayView(data, size));
}

QString Sha256::hexResult()
{
#ifdef THIDUA_SHA256_LIBCRYPTO
    if (d->context) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(d->context, digest, &length) == 1 && length == 32)
            return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
        return QString();
    }
#endif
    return QString::fromLatin1(d->qt.result().toHex());
}

QString Sha256::backend()
{
#ifdef THIDUA_SHA256_LIBCRYPTO
    return QStringLiteral("libcrypto");
#else
    return QStringLiteral("QCryptographicHash");
#endif
}

} // namespace thidua
