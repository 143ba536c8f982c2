#include "core/evidence/Sha256.h"

#include <openssl/evp.h>

namespace thidua {

struct Sha256::Context
{
    EVP_MD_CTX* md = nullptr;
    bool failed = false;
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    d->md = EVP_MD_CTX_new();
    d->failed = !d->md || EVP_DigestInit_ex(d->md, EVP_sha256(), nullptr) != 1;
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->md);
}

void Sha256::addData(const char* data, qint64 size)
{
    if (!d->failed && EVP_DigestUpdate(d->md, data, size_t(size)) != 1)
        d->failed = true;
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (d->failed || EVP_DigestFinal_ex(d->md, digest, &length) != 1 || length != 32)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace thidua
