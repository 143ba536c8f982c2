#pragma once

#include "core/people/Person.h"
#include "core/text/VietnameseSearch.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace thidua {

class PeopleTableModel;

// Filters a PeopleTableModel by kind (staff or students), by collective in the shown year, by search text
// (name with or without diacritics, or the start of the code) and hides people who have left unless asked.
// Sorting compares the model's precomputed keys; while searching, the name column puts the best matches first
// (the exact name, then matches as typed, then matches without diacritics).
class PeopleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct CollectiveFilter
    {
        enum class Mode
        {
            All, // no filter
            AnyOf, // members of any of `ids` (a class, or all classes of a grade)
            WithoutUnit, // people with no tổ or lớp in the shown year
        };
        Mode mode = Mode::All;
        QSet<qint64> ids;
        bool operator==(const CollectiveFilter&) const = default;
    };

    explicit PeopleFilterProxy(QObject* parent = nullptr);

    // Must be a PeopleTableModel.
    void setSourceModel(QAbstractItemModel* model) override;
    PeopleTableModel* peopleModel() const { return m_model; }

    void setKind(std::optional<PersonKind> kind);
    std::optional<PersonKind> kind() const { return m_kind; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search.query(); }
    void setCollectiveFilter(const CollectiveFilter& filter);
    const CollectiveFilter& collectiveFilter() const { return m_collectiveFilter; }
    void setShowInactive(bool show);
    bool showInactive() const { return m_showInactive; }

    // How well a source row matches the search text.
    VietnameseSearch::Rank rank(int sourceRow) const;

    // Whether the rows are ordered by how well they match (searching, sorted by name) rather than by name; the name
    // column's header then says so.
    bool ranksMatches() const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void forgetRanks() { m_ranks.clear(); }

    PeopleTableModel* m_model = nullptr;
    std::optional<PersonKind> m_kind;
    VietnameseSearch m_search;
    QString m_codeQuery; // the query in lower case without spaces, matched against the start of codes
    CollectiveFilter m_collectiveFilter;
    bool m_showInactive = false;
    mutable std::vector<qint8> m_ranks; // per source row, -1 = not computed yet
};

} // namespace thidua
