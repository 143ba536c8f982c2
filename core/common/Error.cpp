#include "core/common/Error.h"

namespace thidua {

QString Error::toString() const
{
    QString where = file;
    if (row > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(row);
        if (column > 0)
            where += QStringLiteral(":") + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace thidua
