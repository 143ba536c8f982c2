#pragma once

#include "core/people/RosterColumns.h"
#include "core/spreadsheet/Workbook.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace thidua {

// The column mapping of the import dialog: one row per spreadsheet column (its letter, its header text, a sample
// value) and the field it goes into, editable with a combo box (Qt::EditRole is RosterColumns::fieldKey, empty for
// "not imported"). A field sits in one column at most: choosing it for another column takes it from the first.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Letter,
        Header,
        Sample,
        FieldColumn,
        ColumnCount
    };

    explicit ImportMappingModel(QObject* parent = nullptr);

    // Shows a sheet's columns with the mapping `columns` (from RosterColumns::detect or edited).
    void setSheet(const Sheet& sheet, const RosterColumns& columns);
    // The mapping as edited, with the header row and first data row it was made for.
    RosterColumns columns() const { return m_columns; }
    // Takes another (0-based) header row: one row of headers, the fields found from its texts.
    void setHeaderRow(int row);
    // Puts `field` into `column` (0-based), or takes the column out when `field` is empty.
    bool setField(int column, std::optional<RosterColumns::Field> field);
    std::optional<RosterColumns::Field> field(int column) const;

    // "A", "B", …, "Z", "AA" for a 0-based column.
    static QString columnLetter(int column);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The user changed the mapping or the header row.
    void mappingChanged();

private:
    QString headerText(int column) const;
    QString sampleText(int column) const;

    Sheet m_sheet;
    RosterColumns m_columns;
    int m_columnCount = 0;
};

} // namespace thidua
