#include "ui/collectives/CollectiveTreeModel.h"

#include "core/text/VietnameseCollator.h"
#include "core/text/VietnameseFormat.h"
#include "ui/common/NaturalSortKey.h"
#include "ui/people/PeopleTableModel.h"

#include <QMap>

#include <algorithm>
#include <unordered_map>

namespace thidua {

namespace {
// The order of kinds among siblings.
int kindOrder(CollectiveKind kind, int grade)
{
    if (grade > 0)
        return 60;
    switch (kind) {
    case CollectiveKind::School:
        return 0;
    case CollectiveKind::SubjectGroup:
        return 10;
    case CollectiveKind::OfficeGroup:
        return 11;
    case CollectiveKind::Office:
        return 20;
    case CollectiveKind::Faculty:
        return 21;
    case CollectiveKind::Centre:
        return 22;
    case CollectiveKind::TradeUnion:
        return 30;
    case CollectiveKind::YouthUnion:
        return 31;
    case CollectiveKind::Grade:
        return 50;
    case CollectiveKind::Class:
        return 70;
    case CollectiveKind::Other:
        break;
    }
    return 90;
}
} // namespace

CollectiveTreeModel::CollectiveTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_collator(std::make_unique<VietnameseCollator>())
{}

CollectiveTreeModel::~CollectiveTreeModel() = default;

QString CollectiveTreeModel::kindText(CollectiveKind kind)
{
    switch (kind) {
    case CollectiveKind::School:
        return tr("School");
    case CollectiveKind::SubjectGroup:
        return tr("Subject group");
    case CollectiveKind::OfficeGroup:
        return tr("Office group");
    case CollectiveKind::Office:
        return tr("Office");
    case CollectiveKind::Faculty:
        return tr("Faculty");
    case CollectiveKind::Centre:
        return tr("Centre");
    case CollectiveKind::Grade:
        return tr("Grade");
    case CollectiveKind::Class:
        return tr("Class");
    case CollectiveKind::YouthUnion:
        return tr("Youth union");
    case CollectiveKind::TradeUnion:
        return tr("Trade union");
    case CollectiveKind::Other:
        break;
    }
    return tr("Other");
}

void CollectiveTreeModel::sortChildren(Node& node)
{
    std::sort(node.children.begin(), node.children.end(), [](const auto& a, const auto& b) {
        const int orderA = kindOrder(a->kind, a->grade);
        const int orderB = kindOrder(b->kind, b->grade);
        if (orderA != orderB)
            return orderA < orderB;
        return a->key < b->key;
    });
    for (size_t i = 0; i < node.children.size(); ++i) {
        node.children[i]->row = int(i);
        sortChildren(*node.children[i]);
    }
}

void CollectiveTreeModel::setData(
    const Collectives& collectives, const Memberships& memberships, const PeopleTableModel* people)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    QHash<qint64, int> counts;
    QHash<qint64, qint64> heads;
    for (const Membership& m : memberships) {
        ++counts[m.collectiveId];
        if (m.role == Membership::Role::Head && !heads.contains(m.collectiveId))
            heads.insert(m.collectiveId, m.personId);
    }
    std::unordered_map<qint64, std::unique_ptr<Node>> nodes;
    for (const Collective& c : collectives) {
        auto node = std::make_unique<Node>();
        node->collectiveId = c.id;
        node->kind = c.kind;
        node->name = c.name;
        node->members = counts.value(c.id);
        node->key = NaturalSortKey::make(*m_collator, c.name);
        if (people && heads.contains(c.id)) {
            const int row = people->rowOf(heads.value(c.id));
            if (row >= 0)
                node->head = people->person(row).fullName();
        }
        m_byId.insert(c.id, node.get());
        nodes.emplace(c.id, std::move(node));
    }
    // Classes whose parent is not a khối go under a grade entry of that parent.
    QMap<std::pair<qint64, int>, Node*> gradeEntries;
    for (const Collective& c : collectives) {
        std::unique_ptr<Node>& node = nodes[c.id];
        Node* parent = m_byId.value(c.parentId, m_root.get());
        if (c.kind == CollectiveKind::Class && c.grade > 0 && parent->kind != CollectiveKind::Grade) {
            Node*& entry = gradeEntries[{ c.parentId, c.grade }];
            if (!entry) {
                auto grade = std::make_unique<Node>();
                grade->grade = c.grade;
                grade->kind = CollectiveKind::Grade;
                grade->name = tr("Grade %1").arg(c.grade);
                grade->key = NaturalSortKey::make(*m_collator, grade->name);
                grade->parent = parent;
                entry = grade.get();
                parent->children.push_back(std::move(grade));
            }
            parent = entry;
            entry->members += node->members;
        }
        node->parent = parent;
        parent->children.push_back(std::move(node));
    }
    sortChildren(*m_root);
    endResetModel();
}

QModelIndex CollectiveTreeModel::indexOf(qint64 collectiveId) const
{
    Node* node = m_byId.value(collectiveId);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

CollectiveTreeModel::Node* CollectiveTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CollectiveTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex CollectiveTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int CollectiveTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CollectiveTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CollectiveTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case KindColumn:
            return node->grade > 0 ? QString() : kindText(node->kind);
        case MembersColumn:
            return node->members > 0 ? VietnameseFormat::integer(node->members) : QString();
        case HeadColumn:
            return node->head;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CollectiveIdRole:
        return node->collectiveId;
    case GradeRole:
        return node->grade;
    }
    return {};
}

QVariant CollectiveTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Collective");
    case KindColumn:
        return tr("Kind");
    case MembersColumn:
        return tr("Members");
    case HeadColumn:
        return tr("Head");
    }
    return {};
}

} // namespace thidua
