#include "core/evidence/Sha256.h"

#include <openssl/evp.h>

namespace thidua {

struct Sha256::Context
{
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    d->ctx = EVP_MD_CTX_new();
    if (!d->ctx || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot compute SHA-256");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size())) != 1)
        qFatal("OpenSSL cannot compute SHA-256");
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(digest.data()), &size) != 1)
        qFatal("OpenSSL cannot compute SHA-256");
    digest.resize(qsizetype(size));
    return digest;
}

} // namespace thidua
