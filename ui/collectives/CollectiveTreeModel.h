#pragma once

#include "core/people/Collective.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace thidua {

class PeopleTableModel;
class VietnameseCollator;

// The collectives of one school year as a tree (the school, its tổ, unions, khối and lớp), with the number of
// members that year and the head (tổ trưởng, lớp trưởng). Classes without a khối of their own are grouped under
// a "Khối 10", "Khối 11"… entry.
class CollectiveTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        MembersColumn,
        HeadColumn,
        ColumnCount
    };
    enum Role
    {
        CollectiveIdRole = Qt::UserRole + 1, // 0 for a grade entry
        GradeRole, // the khối of a grade entry, 0 otherwise
    };

    explicit CollectiveTreeModel(QObject* parent = nullptr);
    ~CollectiveTreeModel() override;

    // `people` gives the names of heads (may be null).
    void setData(const Collectives& collectives, const Memberships& memberships, const PeopleTableModel* people);
    QModelIndex indexOf(qint64 collectiveId) const;
    // What people call the kind in the program's language.
    static QString kindText(CollectiveKind kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        qint64 collectiveId = 0;
        int grade = 0; // a grade entry
        CollectiveKind kind = CollectiveKind::Other;
        QString name;
        QString head;
        int members = 0;
        QByteArray key;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeOf(const QModelIndex& index) const;
    static void sortChildren(Node& node);

    std::unique_ptr<Node> m_root;
    QHash<qint64, Node*> m_byId;
    std::unique_ptr<VietnameseCollator> m_collator;
};

} // namespace thidua
