#include "ui/people/ImportMappingModel.h"

#include "core/text/VietnameseText.h"

#include <QColor>
#include <QFont>
#include <QRegularExpression>

namespace thidua {

using Field = RosterColumns::Field;

namespace {
// A cell as one line of text for the mapping table.
QString cellText(const Cell& cell)
{
    if (cell.type == Cell::Type::Empty)
        return {};
    return VietnameseText::clean(cell.text);
}
} // namespace

ImportMappingModel::ImportMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportMappingModel::setSheet(const Sheet& sheet, const RosterColumns& columns)
{
    beginResetModel();
    m_sheet = sheet;
    m_columns = columns;
    m_columnCount = sheet.columnCount();
    endResetModel();
}

void ImportMappingModel::setHeaderRow(int row)
{
    if (row < 0 || row >= m_sheet.rowCount())
        return;
    beginResetModel();
    RosterColumns columns;
    columns.headerRow = row;
    columns.headerRowCount = 1;
    columns.firstDataRow = row + 1;
    for (int c = 0; c < m_columnCount; ++c) {
        if (auto f = RosterColumns::fieldForHeader(cellText(m_sheet.cell(row, c))); f && !columns.hasColumn(*f))
            columns.columns.insert(*f, c);
    }
    m_columns = columns;
    endResetModel();
    emit mappingChanged();
}

std::optional<RosterColumns::Field> ImportMappingModel::field(int column) const
{
    for (auto it = m_columns.columns.cbegin(); it != m_columns.columns.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return std::nullopt;
}

bool ImportMappingModel::setField(int column, std::optional<RosterColumns::Field> newField)
{
    if (column < 0 || column >= m_columnCount)
        return false;
    const std::optional<Field> old = field(column);
    if (old == newField)
        return true;
    if (old)
        m_columns.columns.remove(*old);
    if (newField) {
        const int previous = m_columns.column(*newField);
        m_columns.columns.insert(*newField, column);
        if (previous >= 0 && previous != column)
            emit dataChanged(index(previous, FieldColumn), index(previous, FieldColumn));
    }
    emit dataChanged(index(column, FieldColumn), index(column, FieldColumn));
    emit mappingChanged();
    return true;
}

QString ImportMappingModel::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString ImportMappingModel::headerText(int column) const
{
    if (m_columns.headerRow < 0)
        return {};
    QStringList parts;
    for (int r = m_columns.headerRow; r < m_columns.headerRow + qMax(1, m_columns.headerRowCount); ++r) {
        const QString text = cellText(m_sheet.cell(r, column));
        if (!text.isEmpty() && !parts.contains(text))
            parts.append(text);
    }
    return parts.join(QStringLiteral(" / "));
}

QString ImportMappingModel::sampleText(int column) const
{
    const int first = m_columns.headerRow < 0 ? 0 : m_columns.firstDataRow;
    // Forms number their columns in a row under the headers ("(1)", "(2)"…): not an example of the values.
    static const QRegularExpression columnNumber(QStringLiteral("^\\(\\d{1,3}\\)$"));
    for (int r = first; r < qMin(m_sheet.rowCount(), first + 6); ++r) {
        const Cell& cell = m_sheet.cell(r, column);
        if (cell.isEmpty())
            continue;
        const QString text = cellText(cell);
        if (!columnNumber.match(text.trimmed()).hasMatch())
            return text;
    }
    return {};
}

int ImportMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

int ImportMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.row();
    const std::optional<Field> f = field(column);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Letter:
            return columnLetter(column);
        case Header:
            return headerText(column);
        case Sample:
            return sampleText(column);
        case FieldColumn:
            return f ? RosterColumns::fieldName(*f) : tr("(not imported)");
        }
        break;
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return f ? RosterColumns::fieldKey(*f) : QString();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return tr("Double-click to choose what column %1 holds").arg(columnLetter(column));
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == FieldColumn && f) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == FieldColumn && !f)
            return QColor(Qt::gray);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Letter)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != FieldColumn)
        return false;
    const QString key = value.toString();
    if (key.isEmpty())
        return setField(index.row(), std::nullopt);
    for (Field f : RosterColumns::allFields()) {
        if (RosterColumns::fieldKey(f) == key)
            return setField(index.row(), f);
    }
    return false;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Letter:
        return tr("Column");
    case Header:
        return tr("Header in the file");
    case Sample:
        return tr("Example");
    case FieldColumn:
        return tr("Imported as");
    }
    return {};
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace thidua
