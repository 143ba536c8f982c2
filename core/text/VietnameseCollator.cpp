#include "core/text/VietnameseCollator.h"

#include "core/text/VietnameseText.h"

#include <QVarLengthArray>

#include <unicode/coll.h>
#include <unicode/locid.h>

namespace thidua {

namespace {

// Appends the ICU sort key of `text` (without its terminating zero) to `key`.
void appendSortKey(const icu::Collator* collator, const QString& text, QByteArray& key)
{
    const QString canonical = VietnameseText::canonicalTones(text);
    if (!collator) {
        key += canonical.toUtf8();
        return;
    }
    const auto* source = reinterpret_cast<const UChar*>(canonical.utf16());
    const auto length = int32_t(canonical.size());
    QVarLengthArray<uint8_t, 256> buffer(256);
    int32_t size = collator->getSortKey(source, length, buffer.data(), int32_t(buffer.size()));
    if (size > buffer.size()) {
        buffer.resize(size);
        size = collator->getSortKey(source, length, buffer.data(), int32_t(buffer.size()));
    }
    if (size > 1)
        key.append(reinterpret_cast<const char*>(buffer.data()), size - 1);
}

} // namespace

struct VietnameseCollator::Private
{
    std::unique_ptr<icu::Collator> collator; // tertiary strength: sortKey(), compare()
    std::unique_ptr<icu::Collator> nameCollator; // secondary strength (no case): personSortKey()
    bool vietnamese = false; // ICU found its "vi" rules, not only the root order
};

VietnameseCollator::VietnameseCollator()
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !d->collator) {
        d->collator.reset();
        return;
    }
    d->vietnamese = status != U_USING_DEFAULT_WARNING;
    d->nameCollator.reset(d->collator->clone());
    if (d->nameCollator)
        d->nameCollator->setStrength(icu::Collator::SECONDARY);
}

VietnameseCollator::~VietnameseCollator() = default;

bool VietnameseCollator::isValid() const
{
    return d->collator && d->vietnamese;
}

QByteArray VietnameseCollator::sortKey(const QString& text) const
{
    QByteArray key;
    appendSortKey(d->collator.get(), text, key);
    return key;
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
    // ICU keys use the byte 01 only between their levels and 00 only as the terminator (dropped here); every weight
    // byte is 02 or more. A 01 between the parts is therefore smaller than any byte a longer part could have at
    // that position, so comparing the concatenation compares tên first, then tên đệm, then họ, then the date,
    // each completely ("An" + anything < "Anh" + anything). TestVietnameseCollator checks this against a
    // part-by-part comparison.
    const icu::Collator* collator = d->nameCollator ? d->nameCollator.get() : d->collator.get();
    QByteArray key;
    key.reserve(96);
    appendSortKey(collator, given, key);
    key += '\x01';
    appendSortKey(collator, middle, key);
    key += '\x01';
    appendSortKey(collator, family, key);
    key += '\x01';
    key += birthDateIso.toLatin1();
    return key;
}

} // namespace thidua
