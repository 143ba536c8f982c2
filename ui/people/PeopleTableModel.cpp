#include "ui/people/PeopleTableModel.h"

#include "core/people/PeopleService.h"
#include "core/people/PersonOrder.h"
#include "core/text/VietnameseCollator.h"
#include "core/text/VietnameseFormat.h"
#include "ui/common/NaturalSortKey.h"

#include <QGuiApplication>
#include <QPalette>

namespace thidua {

PeopleTableModel::PeopleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_collator(std::make_unique<VietnameseCollator>())
{}

PeopleTableModel::~PeopleTableModel() = default;

PeopleTableModel::Row PeopleTableModel::makeRow(const Person& person) const
{
    Row row;
    row.person = person;
    row.fullName = person.fullName();
    row.birthDate = person.birthDate.toDisplay();
    row.search = VietnameseSearch::makeKey(row.fullName);
    row.searchCode = person.code.toLower();
    row.nameKey = PersonOrder::key(*m_collator, person);
    row.birthKey = person.birthDate.toIso().toLatin1();
    row.genderKey = QByteArray(1, char('0' + int(person.gender)));
    row.codeKey = NaturalSortKey::make(*m_collator, person.code);
    row.positionKey = person.position.isEmpty() ? QByteArray() : m_collator->sortKey(person.position);
    if (person.activeTo.isValid()) {
        row.status = tr("Left on %1").arg(VietnameseFormat::shortDate(person.activeTo));
        row.statusKey = "1" + person.activeTo.toString(Qt::ISODate).toLatin1();
    } else {
        row.status = person.kind == PersonKind::Student ? tr("Studying") : tr("Working");
        row.statusKey = "0";
    }
    return row;
}

void PeopleTableModel::placeRow(Row& row, const Memberships& memberships) const
{
    row.collectiveIds.clear();
    row.unitId = 0;
    row.unitRole = Membership::Role::Member;
    row.unitKey.clear();
    for (const Membership& m : memberships) {
        row.collectiveIds.append(m.collectiveId);
        const auto collective = m_collectives.constFind(m.collectiveId);
        if (row.unitId == 0 && collective != m_collectives.cend()
            && PeopleService::isUnitKind(collective->kind, row.person.kind)) {
            row.unitId = m.collectiveId;
            row.unitRole = m.role;
            row.unitKey = m_collectiveKeys.value(m.collectiveId);
        }
    }
}

void PeopleTableModel::setCollectives(const Collectives& collectives)
{
    m_collectives.clear();
    m_collectiveKeys.clear();
    for (const Collective& c : collectives) {
        m_collectives.insert(c.id, c);
        m_collectiveKeys.insert(c.id, NaturalSortKey::make(*m_collator, c.name));
    }
}

namespace {
QHash<qint64, Memberships> byPerson(const Memberships& memberships)
{
    QHash<qint64, Memberships> result;
    for (const Membership& m : memberships)
        result[m.personId].append(m);
    return result;
}
} // namespace

void PeopleTableModel::reset(const People& people, const Collectives& collectives, const Memberships& memberships)
{
    beginResetModel();
    setCollectives(collectives);
    const auto grouped = byPerson(memberships);
    m_rows.clear();
    m_rows.reserve(size_t(people.size()));
    for (const Person& person : people) {
        m_rows.push_back(makeRow(person));
        placeRow(m_rows.back(), grouped.value(person.id));
    }
    rebuildIndex();
    endResetModel();
}

void PeopleTableModel::setMemberships(const Collectives& collectives, const Memberships& memberships)
{
    setCollectives(collectives);
    const auto grouped = byPerson(memberships);
    for (Row& row : m_rows)
        placeRow(row, grouped.value(row.person.id));
    if (!m_rows.empty())
        emit dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn));
}

void PeopleTableModel::setYearDates(const QDate& start, const QDate& end)
{
    if (start == m_yearStart && end == m_yearEnd)
        return;
    m_yearStart = start;
    m_yearEnd = end;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool PeopleTableModel::isInYear(int row) const
{
    const Person& p = m_rows[size_t(row)].person;
    return (!m_yearEnd.isValid() || !p.activeFrom.isValid() || p.activeFrom <= m_yearEnd)
        && (!m_yearStart.isValid() || !p.activeTo.isValid() || p.activeTo >= m_yearStart);
}

void PeopleTableModel::setPerson(const Person& person, const Memberships& memberships)
{
    Row row = makeRow(person);
    placeRow(row, memberships);
    const int existing = rowOf(person.id);
    if (existing >= 0) {
        m_rows[size_t(existing)] = std::move(row);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int at = rowCount();
    beginInsertRows(QModelIndex(), at, at);
    m_rows.push_back(std::move(row));
    m_rowOfPerson.insert(person.id, at);
    endInsertRows();
}

void PeopleTableModel::removePerson(qint64 personId)
{
    const int row = rowOf(personId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.erase(m_rows.begin() + row);
    rebuildIndex();
    endRemoveRows();
}

void PeopleTableModel::rebuildIndex()
{
    m_rowOfPerson.clear();
    m_rowOfPerson.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfPerson.insert(m_rows[i].person.id, int(i));
}

int PeopleTableModel::rowOf(qint64 personId) const
{
    return m_rowOfPerson.value(personId, -1);
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QByteArray& PeopleTableModel::sortKey(int row, int column) const
{
    const Row& r = m_rows[size_t(row)];
    switch (column) {
    case BirthDateColumn:
        return r.birthKey;
    case GenderColumn:
        return r.genderKey;
    case CodeColumn:
        return r.codeKey;
    case PositionColumn:
        return r.positionKey;
    case UnitColumn:
        return r.unitKey;
    case StatusColumn:
        return r.statusKey;
    default:
        return r.nameKey;
    }
}

QString PeopleTableModel::unitText(const Row& row) const
{
    const auto collective = m_collectives.constFind(row.unitId);
    return collective == m_collectives.cend() ? QString() : collective->name;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.fullName;
        case BirthDateColumn:
            return row.birthDate;
        case GenderColumn:
            return row.person.gender == Gender::Male  ? tr("Male")
                : row.person.gender == Gender::Female ? tr("Female")
                                                      : QString();
        case CodeColumn:
            return row.person.code;
        case PositionColumn:
            return row.person.position;
        case UnitColumn:
            return unitText(row);
        case StatusColumn:
            return row.status;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.person.activeTo.isValid() || !isInYear(index.row()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BirthDateColumn || index.column() == GenderColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case PersonIdRole:
        return row.person.id;
    case KindRole:
        return int(row.person.kind);
    case ActiveRole:
        return !row.person.activeTo.isValid();
    case UnitIdRole:
        return row.unitId;
    case SortKeyRole:
        return sortKey(index.row(), index.column());
    case SearchTextRole:
        return row.search.folded;
    }
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case BirthDateColumn:
        return tr("Date of birth");
    case GenderColumn:
        return tr("Gender");
    case CodeColumn:
        return tr("Code");
    case PositionColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Group or class");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

int PeopleTableModel::count(PersonKind kind, bool activeOnly) const
{
    int n = 0;
    for (const Row& row : m_rows) {
        if (row.person.kind == kind && (!activeOnly || !row.person.activeTo.isValid()))
            ++n;
    }
    return n;
}

} // namespace thidua
