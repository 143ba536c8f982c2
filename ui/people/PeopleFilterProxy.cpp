#include "ui/people/PeopleFilterProxy.h"

#include "ui/people/PeopleTableModel.h"

namespace thidua {

PeopleFilterProxy::PeopleFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(PeopleTableModel::SortKeyRole);
}

void PeopleFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<PeopleTableModel*>(model);
    Q_ASSERT(m_model || !model);
    forgetRanks();
    if (m_model) {
        // Connected before the base class connects its own handlers, so the cached ranks are dropped before
        // the proxy filters the changed rows again.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PeopleFilterProxy::forgetRanks);
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &PeopleFilterProxy::forgetRanks);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &PeopleFilterProxy::forgetRanks);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PeopleFilterProxy::forgetRanks);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PeopleFilterProxy::forgetRanks);
    }
    QSortFilterProxyModel::setSourceModel(m_model);
}

void PeopleFilterProxy::setKind(std::optional<PersonKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void PeopleFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search.query())
        return;
    const bool ranked = ranksMatches();
    m_search = VietnameseSearch(text);
    m_codeQuery = text.simplified().remove(QLatin1Char(' ')).toLower();
    forgetRanks();
    // The order depends on the ranks while searching, so sort again as well as filter.
    invalidate();
    if (ranksMatches() != ranked)
        emit headerDataChanged(Qt::Horizontal, PeopleTableModel::NameColumn, PeopleTableModel::NameColumn);
}

bool PeopleFilterProxy::ranksMatches() const
{
    return !m_search.isEmpty() && sortColumn() == PeopleTableModel::NameColumn;
}

void PeopleFilterProxy::sort(int column, Qt::SortOrder order)
{
    const bool ranked = ranksMatches();
    QSortFilterProxyModel::sort(column, order);
    if (ranksMatches() != ranked)
        emit headerDataChanged(Qt::Horizontal, PeopleTableModel::NameColumn, PeopleTableModel::NameColumn);
}

void PeopleFilterProxy::setCollectiveFilter(const CollectiveFilter& filter)
{
    if (filter == m_collectiveFilter)
        return;
    m_collectiveFilter = filter;
    invalidateFilter();
}

void PeopleFilterProxy::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    invalidateFilter();
}

VietnameseSearch::Rank PeopleFilterProxy::rank(int sourceRow) const
{
    if (!m_model || m_search.isEmpty())
        return VietnameseSearch::Rank::Exact;
    if (m_ranks.size() != size_t(m_model->rowCount()))
        m_ranks.assign(size_t(m_model->rowCount()), -1);
    qint8& cached = m_ranks[size_t(sourceRow)];
    if (cached < 0) {
        VietnameseSearch::Rank rank = m_search.rank(m_model->searchKey(sourceRow));
        if (rank != VietnameseSearch::Rank::Exact && !m_codeQuery.isEmpty()) {
            const QString& code = m_model->searchCode(sourceRow);
            if (code == m_codeQuery)
                rank = VietnameseSearch::Rank::Exact;
            else if (rank == VietnameseSearch::Rank::NoMatch && code.startsWith(m_codeQuery))
                rank = VietnameseSearch::Rank::Accented;
        }
        cached = qint8(rank);
    }
    return VietnameseSearch::Rank(cached);
}

bool PeopleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    if (m_kind && m_model->kind(sourceRow) != *m_kind)
        return false;
    // Those who have left, and those not at the school in the year shown (not enrolled yet), only on request.
    if (!m_showInactive && (!m_model->isActive(sourceRow) || !m_model->isInYear(sourceRow)))
        return false;
    switch (m_collectiveFilter.mode) {
    case CollectiveFilter::Mode::All:
        break;
    case CollectiveFilter::Mode::WithoutUnit:
        if (m_model->unitId(sourceRow) != 0)
            return false;
        break;
    case CollectiveFilter::Mode::AnyOf: {
        const QList<qint64>& ids = m_model->collectiveIds(sourceRow);
        if (std::none_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_collectiveFilter.ids.contains(id); }))
            return false;
        break;
    }
    }
    return rank(sourceRow) != VietnameseSearch::Rank::NoMatch;
}

bool PeopleFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int a = left.row();
    const int b = right.row();
    const int column = left.column();
    if (column == PeopleTableModel::NameColumn && !m_search.isEmpty()) {
        const auto rankA = rank(a);
        const auto rankB = rank(b);
        if (rankA != rankB) // the best match first, whichever way the column is sorted
            return sortOrder() == Qt::AscendingOrder ? rankA < rankB : rankA > rankB;
    }
    const QByteArray& keyA = m_model->sortKey(a, column);
    const QByteArray& keyB = m_model->sortKey(b, column);
    if (keyA != keyB)
        return keyA < keyB;
    if (column != PeopleTableModel::NameColumn) {
        const QByteArray& nameA = m_model->sortKey(a, PeopleTableModel::NameColumn);
        const QByteArray& nameB = m_model->sortKey(b, PeopleTableModel::NameColumn);
        if (nameA != nameB)
            return nameA < nameB;
    }
    return m_model->person(a).id < m_model->person(b).id;
}

QVariant PeopleFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // Row numbers (số thứ tự) of the list as shown, not of the source.
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (section == PeopleTableModel::NameColumn && ranksMatches()) {
        if (role == Qt::DisplayRole)
            return tr("%1 (best match first)")
                .arg(QSortFilterProxyModel::headerData(section, orientation, role).toString());
        if (role == Qt::ToolTipRole)
            return tr("While you search, the best matches come first (the whole name, then matches as typed, then "
                      "matches without diacritics), each group in name order. Clear the search to list by name only.");
    }
    if (role == Qt::DisplayRole && section == PeopleTableModel::UnitColumn && m_kind)
        return *m_kind == PersonKind::Student ? tr("Class") : tr("Group");
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

} // namespace thidua
