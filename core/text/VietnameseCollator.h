#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <memory>

namespace thidua {

// Vietnamese alphabetical order through ICU's CLDR "vi" rules (a ă â b c d đ e ê … y; tones as a secondary
// difference in the order ngang < huyền < hỏi < ngã < sắc < nặng, so "Hoa" < "Hòa" < "Hoan"), with the two tone
// placements treated alike ("Hoà" and "Hòa" give the same key). Not thread-safe: one instance per thread.
class VietnameseCollator
{
public:
    VietnameseCollator();
    ~VietnameseCollator();
    VietnameseCollator(const VietnameseCollator&) = delete;
    VietnameseCollator& operator=(const VietnameseCollator&) = delete;

    // False when ICU has no "vi" rules: keys then follow ICU's root order (đ a mere variant of d), or the UTF-8 of the
    // canonical text when ICU cannot open a collator at all.
    bool isValid() const;

    // A binary key: comparing keys with memcmp (QByteArray's operator<) gives the collation order. Case is a
    // third-level difference ("an" < "An"), so equal keys mean equal text up to NFC and tone placement.
    QByteArray sortKey(const QString& text) const;
    int compare(const QString& a, const QString& b) const;
    // The key for lists of people: tên, then tên đệm, then họ, then date of birth (ISO text "1987-04-05" or
    // "1987", may be empty: unknown dates come first). Each name part is compared completely before the next one
    // ("Hoa" before "Hòa" whatever the họ) and ignoring case ("AN" and "An" are the same tên), so the date of birth
    // decides between otherwise equal names. Callers sort stably to keep equal keys in their original order.
    QByteArray personSortKey(
        const QString& given, const QString& middle, const QString& family, const QString& birthDateIso) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thidua
