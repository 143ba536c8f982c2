#include "ui/common/ComboBoxDelegate.h"

#include <QComboBox>

namespace thidua {

ComboBoxDelegate::ComboBoxDelegate(QList<Choice> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget* ComboBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const Choice& choice : m_choices)
        combo->addItem(choice.text, choice.data);
    // Committed as soon as a choice is made, not only when the cell loses focus.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ComboBoxDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ComboBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void ComboBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace thidua
