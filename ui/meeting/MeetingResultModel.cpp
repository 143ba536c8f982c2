#include "ui/meeting/MeetingResultModel.h"

#include "core/text/VietnameseFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thidua {

MeetingResultModel::MeetingResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MeetingResultModel::setNominees(QList<MeetingRecord::Nominee> nominees)
{
    beginResetModel();
    m_nominees = std::move(nominees);
    if (m_current >= m_nominees.size())
        m_current = -1;
    endResetModel();
}

void MeetingResultModel::setCurrent(int row)
{
    const int before = m_current;
    m_current = row >= 0 && row < m_nominees.size() ? row : -1;
    for (int changed : { before, m_current }) {
        if (changed >= 0)
            emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1), { Qt::FontRole });
    }
}

int MeetingResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nominees.size());
}

int MeetingResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingResultModel::shareText(int tenths)
{
    return VietnameseFormat::percentTenths(tenths);
}

QString MeetingResultModel::resultText(const MeetingRecord::Nominee& nominee)
{
    if (!nominee.voted)
        return tr("Not voted yet");
    return nominee.passed ? tr("Passed") : tr("Not passed");
}

QVariant MeetingResultModel::display(const MeetingRecord::Nominee& nominee, int column) const
{
    switch (column) {
    case PositionColumn:
        return nominee.position;
    case NomineeColumn:
        return nominee.view.subjectName;
    case FormColumn:
        return nominee.view.form.name;
    case AgreeColumn:
        return nominee.voted ? QVariant(nominee.agree) : QVariant();
    case DisagreeColumn:
        return nominee.voted ? QVariant(nominee.disagree) : QVariant();
    case ShareColumn:
        return nominee.voted ? shareText(nominee.shareTenths) : QString();
    case ResultColumn:
        return resultText(nominee);
    default:
        return {};
    }
}

QVariant MeetingResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingRecord::Nominee& nominee = m_nominees[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(nominee, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == NomineeColumn || index.column() == FormColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // Dark colours on the white table: green for passed, dark red for not passed, the text colour otherwise.
        if (index.column() == ResultColumn && nominee.voted)
            return QBrush(nominee.passed ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant MeetingResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case NomineeColumn:
        return tr("Nominee");
    case FormColumn:
        return tr("Award");
    case AgreeColumn:
        return tr("Agree");
    case DisagreeColumn:
        return tr("Disagree");
    case ShareColumn:
        return tr("Share");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace thidua
