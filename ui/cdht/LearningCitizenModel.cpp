#include "ui/cdht/LearningCitizenModel.h"

#include <QBrush>
#include <QColor>

namespace thidua {

using ResultStatus = LearningCitizenResult::Status;

LearningCitizenModel::LearningCitizenModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LearningCitizenModel::setEntries(qint64 schoolYearId, LearningCitizenQuery::Entries entries)
{
    beginResetModel();
    m_yearId = schoolYearId;
    m_entries = std::move(entries);
    endResetModel();
    emit resultsChanged();
}

int LearningCitizenModel::rowOf(qint64 personId) const
{
    for (int r = 0; r < m_entries.size(); ++r) {
        if (m_entries.at(r).person.id == personId)
            return r;
    }
    return -1;
}

void LearningCitizenModel::updateResult(const LearningCitizenResult& result)
{
    const int row = rowOf(result.personId);
    if (row < 0 || result.schoolYearId != m_yearId)
        return;
    m_entries[row].result = result;
    emit dataChanged(index(row, ResultColumn), index(row, NoteColumn));
    emit resultsChanged();
}

Status LearningCitizenModel::setStatuses(int firstRow, const QList<ResultStatus>& statuses)
{
    LearningCitizenResults changed;
    QList<int> rows;
    for (int i = 0; i < statuses.size() && firstRow + i < m_entries.size(); ++i) {
        if (firstRow + i < 0)
            continue;
        LearningCitizenResult result = m_entries.at(firstRow + i).result;
        result.personId = m_entries.at(firstRow + i).person.id;
        result.schoolYearId = m_yearId;
        if (result.status == statuses.at(i))
            continue;
        result.status = statuses.at(i);
        changed.append(result);
        rows.append(firstRow + i);
    }
    if (changed.isEmpty())
        return {};
    if (!m_writer)
        return Error { Error::Code::Generic, tr("The results cannot be saved here.") };
    if (auto written = m_writer(changed); !written)
        return written;
    for (int i = 0; i < rows.size(); ++i) {
        m_entries[rows.at(i)].result.status = changed.at(i).status;
        emit dataChanged(index(rows.at(i), ResultColumn), index(rows.at(i), ResultColumn));
    }
    emit resultsChanged();
    return {};
}

LearningCitizenModel::Counts LearningCitizenModel::counts() const
{
    Counts counts;
    for (const auto& entry : m_entries) {
        switch (entry.result.status) {
        case ResultStatus::Passed:
            ++counts.passed;
            break;
        case ResultStatus::Failed:
            ++counts.failed;
            break;
        case ResultStatus::NotAssessed:
            ++counts.notAssessed;
            break;
        }
    }
    return counts;
}

int LearningCitizenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LearningCitizenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearningCitizenModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& entry = m_entries.at(index.row());
    const LearningCitizenResult& result = entry.result;
    if (role == StatusRole)
        return int(result.status);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case NameColumn:
            return entry.person.fullName();
        case BirthDateColumn:
            return entry.person.birthDate.toDisplay();
        case CodeColumn:
            return entry.person.code;
        case ResultColumn:
            return LearningCitizenResult::statusName(result.status);
        case ScoreColumn:
            return result.score ? QVariant(*result.score) : QVariant();
        case NoteColumn:
            return result.note;
        default:
            break;
        }
    }
    if (role == Qt::EditRole && index.column() == ResultColumn)
        return int(result.status);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        switch (result.status) {
        case ResultStatus::Passed:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case ResultStatus::Failed:
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case ResultStatus::NotAssessed:
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == NumberColumn || index.column() == ScoreColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LearningCitizenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Full name");
    case BirthDateColumn:
        return tr("Date of birth");
    case CodeColumn:
        return tr("Code");
    case ResultColumn:
        return tr("Công dân học tập");
    case ScoreColumn:
        return tr("Score");
    case NoteColumn:
        return tr("Note");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags LearningCitizenModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ResultColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool LearningCitizenModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != ResultColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    std::optional<ResultStatus> status;
    if (value.typeId() == QMetaType::Int) {
        const int n = value.toInt();
        if (n >= int(ResultStatus::NotAssessed) && n <= int(ResultStatus::Failed))
            status = ResultStatus(n);
    } else {
        status = LearningCitizenResult::statusFromText(value.toString());
    }
    if (!status)
        return false;
    return setStatuses(index.row(), { *status }).ok();
}

} // namespace thidua
