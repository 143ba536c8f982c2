#pragma once

#include "core/criteria/TargetRate.h"

#include <QColor>
#include <QVariant>

namespace thidua {

// The dashboard's colours for a figure against its target: green (met), amber (at most 5 points short), red, and
// none when nobody counts. Light backgrounds with dark text, readable in print and for colour-blind users (the
// result column also says it in words).
class TargetColors
{
public:
    static QVariant background(TargetRate::Level level)
    {
        switch (level) {
        case TargetRate::Level::Met:
            return QColor(0xd4, 0xed, 0xda);
        case TargetRate::Level::Near:
            return QColor(0xff, 0xe8, 0xb3);
        case TargetRate::Level::Missed:
            return QColor(0xf8, 0xd0, 0xcd);
        case TargetRate::Level::Empty:
            break;
        }
        return {};
    }
    static QVariant foreground(TargetRate::Level level)
    {
        return level == TargetRate::Level::Empty ? QVariant() : QVariant(QColor(0x20, 0x20, 0x20));
    }
};

} // namespace thidua
