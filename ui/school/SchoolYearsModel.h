#pragma once

#include "core/school/School.h"

#include <QAbstractTableModel>

namespace thidua {

// The school years, the latest first, with the one chosen in the toolbar marked.
class SchoolYearsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StartColumn,
        EndColumn,
        ShownColumn,
        ColumnCount
    };
    enum Role
    {
        YearIdRole = Qt::UserRole + 1
    };

    explicit SchoolYearsModel(QObject* parent = nullptr);

    // `years` oldest first, as the repository gives them.
    void setYears(const SchoolYears& years, qint64 currentYearId);
    void setCurrentYear(qint64 yearId);
    qint64 yearId(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SchoolYears m_years; // latest first
    qint64 m_current = 0;
};

} // namespace thidua
