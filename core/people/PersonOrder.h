#pragma once

#include "core/people/Person.h"

namespace thidua {

class VietnameseCollator;

// Lists of people in Vietnamese order: tên, then tên đệm, then họ, then date of birth.
class PersonOrder
{
public:
    static QByteArray key(const VietnameseCollator& collator, const Person& person);
    static void sort(People& people);
};

} // namespace thidua
