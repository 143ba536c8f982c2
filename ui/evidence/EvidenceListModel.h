#pragma once

#include "core/evidence/Evidence.h"

#include <QAbstractTableModel>

#include <functional>

namespace thidua {

class ThumbnailCache;

// The evidence files of a list (a school year's, the trash): code, name with its thumbnail, description, the official
// paper (số, ngày, cơ quan), what it backs and its size. Thumbnails come from the ThumbnailCache as they are made.
class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        DescriptionColumn,
        PaperColumn,
        BacksColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
        Sha256Role,
        SortRole, // sizes as numbers, texts as shown
    };
    // Names what a link points at ("Nguyễn Văn An", "Tổ Toán", "H1.TC2.CT1"); the model shows the kind alone without.
    using Describer = std::function<QString(const EvidenceLink&)>;

    explicit EvidenceListModel(ThumbnailCache* thumbnails, QObject* parent = nullptr);

    void setDescriber(Describer describer);
    void setEvidence(const EvidenceList& evidence);
    const EvidenceList& evidence() const { return m_evidence; }
    const Evidence* at(int row) const;
    int rowOf(qint64 evidenceId) const;
    QString backsText(const Evidence& evidence) const;

    static QString sizeText(qint64 bytes);
    static QString paperText(const OfficialPaper& paper);
    static QString kindName(EvidenceLink::Kind kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Evidence& evidence, int column) const;
    QVariant decoration(const Evidence& evidence) const;
    void thumbnailReady(const QString& sha256);

    ThumbnailCache* m_thumbnails;
    Describer m_describer;
    EvidenceList m_evidence;
};

} // namespace thidua
