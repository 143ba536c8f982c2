#pragma once

#include "core/school/School.h"

#include <QAbstractTableModel>

namespace thidua {

// Ban giám hiệu as edited on the school page: role, full name and the title printed in signature blocks.
class LeadersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        NameColumn,
        TitleColumn,
        ColumnCount
    };

    explicit LeadersModel(QObject* parent = nullptr);

    void setLeaders(const QList<SchoolLeader>& leaders);
    const QList<SchoolLeader>& leaders() const { return m_leaders; }
    // Adds an empty row with the role and its usual title; returns its row.
    int addLeader(SchoolLeader::Role role);
    void removeLeader(int row);
    // Moves a row one place up (-1) or down (+1).
    void moveLeader(int row, int offset);

    static QString roleName(SchoolLeader::Role role);
    static QString defaultTitle(SchoolLeader::Role role);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SchoolLeader> m_leaders;
};

} // namespace thidua
