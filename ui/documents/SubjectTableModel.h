#pragma once

#include "core/documents/DocumentDrafts.h"
#include "core/text/VietnameseSearch.h"

#include <QAbstractTableModel>

namespace thidua {

// The people and collectives of the school a document may name (DocumentQuery::subjects), filtered as the user
// types (with or without diacritics, over name, position and unit). Read-only.
class SubjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Position,
        Unit,
        ColumnCount
    };
    enum class Show
    {
        Everyone, // people and collectives
        People,
        Collectives
    };

    explicit SubjectTableModel(QObject* parent = nullptr);

    void setSubjects(QList<DraftSubject> subjects, Show show);
    // Keeps the rows matching `text` (all when empty).
    void setFilterText(const QString& text);
    const DraftSubject& subject(int row) const { return m_subjects.at(m_visible.at(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DraftSubject> m_subjects;
    QList<VietnameseSearch::Key> m_keys;
    QList<int> m_visible; // rows of m_subjects shown, in order
};

} // namespace thidua
