#include "ui/documents/SubjectTableModel.h"

namespace thidua {

SubjectTableModel::SubjectTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SubjectTableModel::setSubjects(QList<DraftSubject> subjects, Show show)
{
    beginResetModel();
    m_subjects.clear();
    m_keys.clear();
    for (DraftSubject& subject : subjects) {
        if ((show == Show::People && subject.collective) || (show == Show::Collectives && !subject.collective))
            continue;
        m_keys << VietnameseSearch::makeKey(QStringList { subject.name, subject.position, subject.unit });
        m_subjects << std::move(subject);
    }
    m_visible.clear();
    for (int i = 0; i < m_subjects.size(); ++i)
        m_visible << i;
    endResetModel();
}

void SubjectTableModel::setFilterText(const QString& text)
{
    const VietnameseSearch search(text);
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_subjects.size(); ++i) {
        if (search.matches(m_keys.at(i)))
            m_visible << i;
    }
    endResetModel();
}

int SubjectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int SubjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubjectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const DraftSubject& row = subject(index.row());
    switch (index.column()) {
    case Name:
        return row.name;
    case Type:
        return row.collective ? tr("Collective") : tr("Individual");
    case Position:
        return row.position;
    case Unit:
        return row.unit;
    default:
        return {};
    }
}

QVariant SubjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Individual or collective");
    case Position:
        return tr("Position");
    case Unit:
        return tr("Unit");
    default:
        return {};
    }
}

} // namespace thidua
