#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

namespace thidua {

// Edits a cell with a combo box: the model's Qt::EditRole value is one of the choices' data, and the cell shows
// the matching text.
class ComboBoxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant data;
    };

    explicit ComboBoxDelegate(QList<Choice> choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace thidua
