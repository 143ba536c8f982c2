#include "ui/evidence/EvidenceListModel.h"

#include "core/text/VietnameseFormat.h"
#include "ui/evidence/ThumbnailCache.h"

#include <QApplication>
#include <QIcon>
#include <QMimeDatabase>
#include <QStyle>

namespace thidua {

EvidenceListModel::EvidenceListModel(ThumbnailCache* thumbnails, QObject* parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::ready, this, &EvidenceListModel::thumbnailReady);
}

void EvidenceListModel::setDescriber(Describer describer)
{
    m_describer = std::move(describer);
    if (!m_evidence.isEmpty())
        emit dataChanged(index(0, BacksColumn), index(rowCount() - 1, BacksColumn));
}

void EvidenceListModel::setEvidence(const EvidenceList& evidence)
{
    beginResetModel();
    m_evidence = evidence;
    endResetModel();
}

const Evidence* EvidenceListModel::at(int row) const
{
    return row >= 0 && row < m_evidence.size() ? &m_evidence[row] : nullptr;
}

int EvidenceListModel::rowOf(qint64 evidenceId) const
{
    for (qsizetype row = 0; row < m_evidence.size(); ++row) {
        if (m_evidence[row].id == evidenceId)
            return int(row);
    }
    return -1;
}

QString EvidenceListModel::sizeText(qint64 bytes)
{
    constexpr qint64 Kilo = 1024;
    if (bytes < Kilo)
        return tr("%1 B").arg(VietnameseFormat::integer(bytes));
    if (bytes < Kilo * Kilo)
        return tr("%1 KB").arg(VietnameseFormat::decimal(double(bytes) / Kilo, 1));
    if (bytes < Kilo * Kilo * Kilo)
        return tr("%1 MB").arg(VietnameseFormat::decimal(double(bytes) / (Kilo * Kilo), 1));
    return tr("%1 GB").arg(VietnameseFormat::decimal(double(bytes) / (Kilo * Kilo * Kilo), 2));
}

QString EvidenceListModel::paperText(const OfficialPaper& paper)
{
    QStringList parts;
    if (!paper.number.trimmed().isEmpty())
        parts << tr("No. %1").arg(paper.number.trimmed());
    if (paper.date.isValid())
        parts << VietnameseFormat::shortDate(paper.date);
    if (!paper.issuer.trimmed().isEmpty())
        parts << paper.issuer.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString EvidenceListModel::kindName(EvidenceLink::Kind kind)
{
    switch (kind) {
    case EvidenceLink::Kind::Person:
        return tr("person");
    case EvidenceLink::Kind::Collective:
        return tr("collective");
    case EvidenceLink::Kind::AssessmentItem:
        return tr("criteria item");
    case EvidenceLink::Kind::LearningResult:
        return tr("Công dân học tập result");
    case EvidenceLink::Kind::Nomination:
        return tr("nomination");
    case EvidenceLink::Kind::Activity:
        return tr("activity");
    case EvidenceLink::Kind::Meeting:
        return tr("meeting");
    }
    return {};
}

QString EvidenceListModel::backsText(const Evidence& evidence) const
{
    QStringList parts;
    for (const EvidenceLink& link : evidence.links) {
        const QString name = m_describer ? m_describer(link) : QString();
        parts << (name.isEmpty() ? kindName(link.kind) : name);
    }
    return parts.join(QStringLiteral("; "));
}

int EvidenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evidence.size());
}

int EvidenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::display(const Evidence& evidence, int column) const
{
    switch (column) {
    case CodeColumn:
        return evidence.code;
    case NameColumn:
        return evidence.displayName();
    case DescriptionColumn:
        return evidence.description;
    case PaperColumn:
        return paperText(evidence.paper);
    case BacksColumn:
        return backsText(evidence);
    case SizeColumn:
        return sizeText(evidence.size);
    default:
        break;
    }
    return {};
}

QVariant EvidenceListModel::decoration(const Evidence& evidence) const
{
    if (m_thumbnails) {
        const QPixmap picture = m_thumbnails->thumbnail(evidence.sha256, evidence.mediaType);
        if (!picture.isNull())
            return picture;
    }
    const QMimeType type = QMimeDatabase().mimeTypeForName(evidence.mediaType);
    const QIcon fallback = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    return type.isValid() ? QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback))
                          : fallback;
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evidence& evidence = m_evidence[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(evidence, index.column());
    case Qt::DecorationRole:
        return index.column() == NameColumn ? decoration(evidence) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1\n%2, %3, added %4 by %5")
                .arg(evidence.originalName,
                    evidence.mediaType,
                    sizeText(evidence.size),
                    VietnameseFormat::shortDate(evidence.addedAt.date()),
                    evidence.addedBy);
        return display(evidence, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EvidenceIdRole:
        return evidence.id;
    case Sha256Role:
        return evidence.sha256;
    case SortRole:
        return index.column() == SizeColumn ? QVariant(evidence.size) : display(evidence, index.column());
    default:
        break;
    }
    return {};
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("File");
    case DescriptionColumn:
        return tr("Description");
    case PaperColumn:
        return tr("No., date, issuer");
    case BacksColumn:
        return tr("Backs");
    case SizeColumn:
        return tr("Size");
    default:
        break;
    }
    return {};
}

void EvidenceListModel::thumbnailReady(const QString& sha256)
{
    for (qsizetype row = 0; row < m_evidence.size(); ++row) {
        if (m_evidence[row].sha256 == sha256)
            emit dataChanged(index(int(row), NameColumn), index(int(row), NameColumn), { Qt::DecorationRole });
    }
}

} // namespace thidua
