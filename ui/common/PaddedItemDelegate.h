#pragma once

#include <QStyledItemDelegate>

namespace thidua {

// Gives tree rows the same height as the rows of the tables next to them.
class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace thidua
