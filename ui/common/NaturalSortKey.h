#pragma once

#include <QByteArray>
#include <QString>

namespace thidua {

class VietnameseCollator;

// A collation key in which numbers compare by value: "10A2" before "10A10", "Tổ 9" before "Tổ 10".
class NaturalSortKey
{
public:
    static QByteArray make(const VietnameseCollator& collator, const QString& text);
};

} // namespace thidua
