#include "ui/criteria/CriteriaTreeModel.h"

#include "core/text/VietnameseFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thidua {

CriteriaTreeModel::CriteriaTreeModel(Mode mode, QObject* parent)
    : QAbstractItemModel(parent)
    , m_mode(mode)
{}

void CriteriaTreeModel::setSet(const CriteriaSet& set)
{
    beginResetModel();
    m_set = set;
    m_answers.clear();
    rebuild();
    endResetModel();
}

void CriteriaTreeModel::setAnswers(const ItemAnswers& answers)
{
    beginResetModel();
    m_answers = answers;
    endResetModel();
    emit answersChanged();
}

void CriteriaTreeModel::setEvidenceCounts(const QHash<QString, int>& counts)
{
    m_evidenceCounts = counts;
    if (m_mode == Mode::Answer && rowCount() > 0)
        emit dataChanged(index(0, FilesColumn), index(rowCount() - 1, FilesColumn)); // the views repaint every level
}

void CriteriaTreeModel::rebuild()
{
    const qsizetype count = m_set.items.size();
    m_parents = QList<qsizetype>(count, -1);
    m_children = QList<QList<qsizetype>>(count + 1);
    QList<qsizetype> open; // the current ancestor at each depth
    for (qsizetype i = 0; i < count; ++i) {
        const int depth = m_set.items[i].depth;
        open.resize(depth);
        m_parents[i] = depth == 0 || open.isEmpty() ? -1 : open.constLast();
        m_children[m_parents[i] < 0 ? count : m_parents[i]] << i;
        open << i;
    }
}

const CriteriaItem* CriteriaTreeModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0 || qsizetype(index.internalId()) > m_set.items.size())
        return nullptr;
    return &m_set.items[qsizetype(index.internalId() - 1)];
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= columnCount() || row < 0)
        return {};
    const qsizetype parentItem = parent.isValid() ? qsizetype(parent.internalId() - 1) : m_set.items.size();
    if (parentItem < 0 || parentItem >= m_children.size() || row >= m_children[parentItem].size())
        return {};
    return createIndex(row, column, quintptr(m_children[parentItem][row] + 1));
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const qsizetype parentItem = m_parents.value(qsizetype(child.internalId() - 1), -1);
    if (parentItem < 0)
        return {};
    const qsizetype grandParent = m_parents[parentItem] < 0 ? m_set.items.size() : m_parents[parentItem];
    return createIndex(int(m_children[grandParent].indexOf(parentItem)), 0, quintptr(parentItem + 1));
}

int CriteriaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const qsizetype parentItem = parent.isValid() ? qsizetype(parent.internalId() - 1) : m_set.items.size();
    return parentItem < m_children.size() ? int(m_children[parentItem].size()) : 0;
}

int CriteriaTreeModel::columnCount(const QModelIndex&) const
{
    return m_mode == Mode::Answer ? FilesColumn + 1 : CheckColumn + 1;
}

QString CriteriaTreeModel::answerText(const CriteriaItem& item, const ItemAnswer& answer)
{
    switch (answer.state) {
    case ItemAnswer::State::Unanswered:
        return QString();
    case ItemAnswer::State::NotApplicable:
        return tr("not applicable");
    case ItemAnswer::State::Answered:
        break;
    }
    switch (item.kind) {
    case CriteriaItem::Kind::Group:
        return QString();
    case CriteriaItem::Kind::PassFail:
        return answer.value == 1 ? tr("met") : tr("not met");
    case CriteriaItem::Kind::Rate:
        return QStringLiteral("%1/%2 (%3)")
            .arg(answer.value)
            .arg(answer.denominator)
            .arg(VietnameseFormat::percent(answer.value, answer.denominator));
    case CriteriaItem::Kind::Points:
    case CriteriaItem::Kind::Count:
        return QString::number(answer.value);
    }
    return QString();
}

bool CriteriaTreeModel::parseAnswer(const CriteriaItem& item, const QString& text, ItemAnswer* answer)
{
    const QString t = text.trimmed().toLower();
    answer->denominator = 0;
    if (t.isEmpty()) {
        answer->state = ItemAnswer::State::Unanswered;
        return true;
    }
    if (t == QStringLiteral("-") || t == tr("not applicable").toLower() || t == QStringLiteral("kad")) {
        answer->state = ItemAnswer::State::NotApplicable;
        return true;
    }
    answer->state = ItemAnswer::State::Answered;
    bool ok = false;
    switch (item.kind) {
    case CriteriaItem::Kind::Group:
        return false;
    case CriteriaItem::Kind::PassFail:
        if (QStringList {
                QStringLiteral("đ"), QStringLiteral("đạt"), QStringLiteral("d"), QStringLiteral("1"), tr("met") }
                .contains(t)) {
            answer->value = 1;
            return true;
        }
        if (QStringList { QStringLiteral("k"), QStringLiteral("không đạt"), QStringLiteral("0"), tr("not met") }
                .contains(t)) {
            answer->value = 0;
            return true;
        }
        return false;
    case CriteriaItem::Kind::Rate: {
        const QString numerator = t.section(QLatin1Char('/'), 0, 0).trimmed();
        const QString denominator = t.section(QLatin1Char('/'), 1, 1).section(QLatin1Char(' '), 0, 0).trimmed();
        answer->value = numerator.toLongLong(&ok);
        if (!ok)
            return false;
        answer->denominator = denominator.toLongLong(&ok);
        return ok && answer->denominator > 0 && answer->value >= 0 && answer->value <= answer->denominator
            && answer->denominator <= CriteriaItem::MaxCount;
    }
    case CriteriaItem::Kind::Points:
    case CriteriaItem::Kind::Count:
        answer->value = t.toLongLong(&ok);
        return ok && answer->value >= 0
            && answer->value <= (item.kind == CriteriaItem::Kind::Points ? item.maximum : CriteriaItem::MaxCount);
    }
    return false;
}

QVariant CriteriaTreeModel::display(const CriteriaItem& item, int column) const
{
    switch (column) {
    case CodeColumn:
        return item.code;
    case TextColumn:
        return item.text;
    case RequirementColumn:
        return item.requirement();
    case EvidenceColumn:
        return item.evidence;
    case CheckColumn:
        return item.unconfirmed ? tr("check against the original text") : QString();
    case AnswerColumn:
        return answerText(item, m_answers.value(item.code));
    case NoteColumn:
        return m_answers.value(item.code).note;
    case FilesColumn:
        return QString::number(m_evidenceCounts.value(item.code));
    }
    return {};
}

QVariant CriteriaTreeModel::data(const QModelIndex& index, int role) const
{
    const CriteriaItem* it = item(index);
    if (!it)
        return {};
    if (role == Qt::DisplayRole)
        return display(*it, index.column());
    if (role == Qt::EditRole) {
        if (index.column() == RequirementColumn)
            return it->kind == CriteriaItem::Kind::Points ? it->maximum : it->threshold;
        if (index.column() == AnswerColumn) {
            const ItemAnswer answer = m_answers.value(it->code);
            if (answer.state == ItemAnswer::State::Answered && it->kind == CriteriaItem::Kind::Rate)
                return QStringLiteral("%1/%2").arg(answer.value).arg(answer.denominator);
        }
        return display(*it, index.column());
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CheckColumn && it->unconfirmed)
            return it->unconfirmedNote;
        if (index.column() == TextColumn || index.column() == EvidenceColumn)
            return display(*it, index.column());
        if (index.column() == AnswerColumn && it->isLeaf())
            return tr("Type đ (met), k (not met), a number, met/counted (45/50) or - (not applicable).");
    }
    if (index.column() == FilesColumn && it->isLeaf() && m_evidenceCounts.value(it->code) == 0) {
        // A chỉ tiêu without suitable evidence is not met (Thông tư 24/2023, Điều 9 khoản 3): marked.
        if (role == Qt::DecorationRole)
            return QColor(0xc0, 0x39, 0x2b);
        if (role == Qt::ToolTipRole)
            return tr("No evidence file backs this item yet: drop files on it to add them.");
    }
    if (role == Qt::ToolTipRole && index.column() == FilesColumn)
        return tr("%n evidence file(s) back this item.", nullptr, m_evidenceCounts.value(it->code));
    if (role == Qt::TextAlignmentRole && index.column() == FilesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == CheckColumn && it->unconfirmed)
        return QBrush(QColor(0x9a, 0x5b, 0x00));
    if (role == Qt::FontRole && !it->isLeaf() && index.column() <= TextColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole && m_mode == Mode::Answer && index.column() == AnswerColumn && it->isLeaf()) {
        QString why;
        const int verdict = CriteriaRule::judge(*it, m_answers.value(it->code), &why);
        if (verdict > 0)
            return QBrush(QColor(0xd8, 0xf0, 0xd8));
        if (verdict == 0)
            return QBrush(QColor(0xf8, 0xd8, 0xd8));
    }
    return {};
}

bool CriteriaTreeModel::edit(CriteriaItem& item, int column, const QString& text)
{
    if (column == TextColumn) {
        if (text.trimmed().isEmpty())
            return false;
        item.text = text.trimmed();
        return true;
    }
    if (column == EvidenceColumn) {
        item.evidence = text.trimmed();
        return true;
    }
    if (column == RequirementColumn) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok)
            return false;
        if (item.kind == CriteriaItem::Kind::Points && number >= 1 && number <= CriteriaItem::MaxPoints)
            item.maximum = number;
        else if (item.kind == CriteriaItem::Kind::Rate && number >= 0 && number <= 100)
            item.threshold = number;
        else if (item.kind == CriteriaItem::Kind::Count && number >= 0 && number <= CriteriaItem::MaxCount)
            item.threshold = number;
        else
            return false;
        return true;
    }
    return false;
}

bool CriteriaTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const CriteriaItem* it = item(index);
    if (!it || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (m_mode == Mode::Edit) {
        if (!edit(m_set.items[qsizetype(index.internalId() - 1)], index.column(), text))
            return false;
    } else if (index.column() == AnswerColumn) {
        ItemAnswer answer = m_answers.value(it->code);
        if (!parseAnswer(*it, text, &answer))
            return false;
        m_answers.insert(it->code, answer);
        emit answersChanged();
    } else if (index.column() == NoteColumn) {
        m_answers[it->code].note = text.trimmed();
    } else {
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    return true;
}

Qt::ItemFlags CriteriaTreeModel::flags(const QModelIndex& index) const
{
    const CriteriaItem* it = item(index);
    if (!it)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    const bool editable = m_mode == Mode::Edit
        ? column == TextColumn || column == EvidenceColumn
            || (column == RequirementColumn && it->isLeaf() && it->kind != CriteriaItem::Kind::PassFail)
        : m_mode == Mode::Answer && it->isLeaf() && (column == AnswerColumn || column == NoteColumn);
    return editable ? flags | Qt::ItemIsEditable : flags;
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TextColumn:
        return tr("Criterion");
    case RequirementColumn:
        return tr("To pass");
    case EvidenceColumn:
        return tr("Evidence expected");
    case CheckColumn:
        return tr("Source");
    case AnswerColumn:
        return tr("Answer");
    case NoteColumn:
        return tr("Note");
    case FilesColumn:
        return tr("Evidence files");
    }
    return {};
}

} // namespace thidua
