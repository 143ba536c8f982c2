#include "core/text/VietnameseCollator.h"

#include "core/text/VietnameseText.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <vector>

namespace thidua {

struct VietnameseCollator::Private
{
    std::unique_ptr<icu::Collator> collator;
};

VietnameseCollator::VietnameseCollator()
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status))
        d->collator.reset();
}

VietnameseCollator::~VietnameseCollator() = default;

QByteArray VietnameseCollator::sortKey(const QString& text) const
{
    const QString canonical = VietnameseText::canonicalTones(VietnameseText::nfc(text));
    if (!d->collator)
        return canonical.toUtf8();
    const icu::UnicodeString source(reinterpret_cast<const UChar*>(canonical.utf16()), int32_t(canonical.size()));
    std::vector<uint8_t> buffer(size_t(canonical.size()) * 4 + 16);
    int32_t length = d->collator->getSortKey(source, buffer.data(), int32_t(buffer.size()));
    if (length > int32_t(buffer.size())) {
        buffer.resize(size_t(length));
        length = d->collator->getSortKey(source, buffer.data(), int32_t(buffer.size()));
    }
    // Drop the terminating zero so keys can be concatenated.
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), qMax(0, length - 1));
}

int VietnameseCollator::compare(const QString& a, const QString& b) const
{
    const QByteArray ka = sortKey(a);
    const QByteArray kb = sortKey(b);
    return ka < kb ? -1 : (kb < ka ? 1 : 0);
}

QByteArray VietnameseCollator::personSortKey(
    const QString& given, const QString& middle, const QString& family, const QString& birthDateIso) const
{
    QByteArray key = sortKey(given);
    key += '\x01';
    key += sortKey(middle);
    key += '\x01';
    key += sortKey(family);
    key += '\x01';
    key += birthDateIso.toLatin1();
    return key;
}

} // namespace thidua
