#pragma once

#include "core/school/School.h"

#include <QAbstractTableModel>

namespace thidua {

class PeopleTableModel;

// The emulation council (Hội đồng Thi đua – Khen thưởng) of one school year. Role and title can be edited in
// place; the model does not change itself but asks for the edit (changeRequested), which the page turns into an
// undoable command.
class CouncilModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        TitleColumn,
        ColumnCount
    };

    explicit CouncilModel(QObject* parent = nullptr);

    void setCouncil(const CouncilMembers& members, const PeopleTableModel* people);
    const CouncilMembers& council() const { return m_members; }
    static QString roleText(CouncilMember::Role role);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void changeRequested(const thidua::CouncilMembers& after);

private:
    CouncilMembers m_members;
    QStringList m_names;
};

} // namespace thidua
