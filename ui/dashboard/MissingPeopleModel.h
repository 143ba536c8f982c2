#pragma once

#include "core/criteria/MovementRoster.h"

#include <QAbstractTableModel>

namespace thidua {

// Who is still missing in a group or a collective: not recognised Công dân học tập (không đạt, or not assessed yet),
// in Vietnamese list order. Activating a row opens the person's entry (the page turns it into openPersonRequested).
class MissingPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        KindColumn,
        StandingColumn,
        ColumnCount
    };
    static constexpr int PersonIdRole = Qt::UserRole;

    explicit MissingPeopleModel(QObject* parent = nullptr);

    // The people at these indexes of the roster. The same people in the same order keep the rows (dataChanged for a
    // changed result); anything else resets the model.
    void setPeople(const MovementRoster& roster, const QList<int>& people);
    qint64 personId(int row) const { return m_lines.value(row).personId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        qint64 personId = 0;
        QString name;
        QString code;
        PersonKind kind = PersonKind::Staff;
        MovementRoster::Standing standing = MovementRoster::Standing::Unassessed;
        friend bool operator==(const Line&, const Line&) = default;
    };
    // The translated words, once (painting asks for them often).
    QString m_staff, m_student, m_standing[3];
    QList<Line> m_lines;
};

} // namespace thidua
