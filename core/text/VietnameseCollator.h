#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <memory>

namespace thidua {

// Vietnamese alphabetical order through ICU's CLDR "vi" rules (a ă â b c d đ e ê … y; tones as a secondary
// difference), with the two tone placements treated alike. Not thread-safe: one instance per thread.
class VietnameseCollator
{
public:
    VietnameseCollator();
    ~VietnameseCollator();
    VietnameseCollator(const VietnameseCollator&) = delete;
    VietnameseCollator& operator=(const VietnameseCollator&) = delete;

    // A binary key: comparing keys with memcmp (QByteArray's operator<) gives the collation order.
    QByteArray sortKey(const QString& text) const;
    int compare(const QString& a, const QString& b) const;
    // The key for lists of people: tên, then tên đệm, then họ, then date of birth (ISO text, may be empty).
    QByteArray personSortKey(
        const QString& given, const QString& middle, const QString& family, const QString& birthDateIso) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thidua
