#pragma once

#include "core/criteria/CriteriaRule.h"
#include "core/criteria/CriteriaSet.h"

#include <QAbstractItemModel>
#include <QHash>

namespace thidua {

// The tree of a criteria set (tiêu chí → chỉ tiêu → chỉ số) for a QTreeView: code, text, what passes, the evidence
// expected and the “cần đối chiếu văn bản gốc” mark. Editing (the set editor) changes the text, the maximum or
// threshold and the evidence; answering (the assessment dialog) adds each leaf's answer and note, typed as text
// ("đ", "k", "45/50", "8", "-" for not applicable) and coloured by whether it passes.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TextColumn,
        RequirementColumn,
        EvidenceColumn,
        CheckColumn,
        AnswerColumn, // Answering only
        NoteColumn, // Answering only
        FilesColumn, // Answering only: how many evidence files back the item (a marker when none)
    };
    enum class Mode
    {
        View,
        Edit,
        Answer,
    };

    explicit CriteriaTreeModel(Mode mode, QObject* parent = nullptr);

    void setSet(const CriteriaSet& set);
    const CriteriaSet& set() const { return m_set; }
    void setAnswers(const ItemAnswers& answers);
    const ItemAnswers& answers() const { return m_answers; }
    // Evidence files backing each item code (EvidenceQuery::countsByItem); items missing from it have none.
    void setEvidenceCounts(const QHash<QString, int>& counts);
    int evidenceCount(const QString& itemCode) const { return m_evidenceCounts.value(itemCode); }
    // The item of an index (null for the root).
    const CriteriaItem* item(const QModelIndex& index) const;

    // Reads an answer typed for `item` ("đ", "không đạt", "45/50", "8", "-"); false when it cannot be read.
    static bool parseAnswer(const CriteriaItem& item, const QString& text, ItemAnswer* answer);
    static QString answerText(const CriteriaItem& item, const ItemAnswer& answer);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The answers changed (the dialog recomputes the result).
    void answersChanged();

private:
    void rebuild();
    QVariant display(const CriteriaItem& item, int column) const;
    bool edit(CriteriaItem& item, int column, const QString& text);

    Mode m_mode;
    CriteriaSet m_set;
    ItemAnswers m_answers;
    QHash<QString, int> m_evidenceCounts;
    QList<qsizetype> m_parents; // index in items of each item's parent, -1 at the top
    QList<QList<qsizetype>> m_children; // children of each item; the last entry: the top level
};

} // namespace thidua
