#include "ui/meeting/EvidenceStrip.h"

#include "ui/evidence/ThumbnailCache.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace thidua {

EvidenceStrip::EvidenceStrip(ThumbnailCache* thumbnails, QWidget* parent)
    : QWidget(parent)
    , m_thumbnails(thumbnails)
    , m_row(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("evidenceStrip"));
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(14);
    connect(m_thumbnails, &ThumbnailCache::ready, this, &EvidenceStrip::showPicture);
}

void EvidenceStrip::setEvidence(const EvidenceList& evidence, int limit)
{
    while (QLayoutItem* item = m_row->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_pictures.clear();
    m_types.clear();
    if (evidence.isEmpty()) {
        m_row->addWidget(new QLabel(tr("No evidence linked."), this));
        m_row->addStretch(1);
        return;
    }
    for (int i = 0; i < evidence.size() && i < limit; ++i) {
        const Evidence& file = evidence[i];
        auto* tile = new QWidget(this);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(0, 0, 0, 0);
        tileLayout->setSpacing(2);
        auto* picture = new QLabel(tile);
        picture->setFixedSize(Picture, Picture);
        picture->setAlignment(Qt::AlignCenter);
        picture->setStyleSheet(QStringLiteral("border: 1px solid #888888; background: white;"));
        auto* caption = new QLabel(file.code, tile);
        caption->setAlignment(Qt::AlignCenter);
        caption->setMaximumWidth(Picture + 20);
        caption->setToolTip(file.displayName());
        tile->setToolTip(file.displayName());
        tileLayout->addWidget(picture);
        tileLayout->addWidget(caption);
        m_row->addWidget(tile);
        m_pictures.insert(file.sha256, picture);
        m_types.insert(file.sha256, file.mediaType);
        showPicture(file.sha256);
    }
    if (evidence.size() > limit)
        m_row->addWidget(new QLabel(tr("+ %n more", nullptr, int(evidence.size() - limit)), this));
    m_row->addStretch(1);
}

bool EvidenceStrip::waiting() const
{
    for (auto it = m_pictures.cbegin(); it != m_pictures.cend(); ++it) {
        if (m_thumbnails->isPending(it.key()))
            return true;
    }
    return false;
}

void EvidenceStrip::showPicture(const QString& sha256)
{
    QLabel* label = m_pictures.value(sha256);
    if (!label)
        return;
    const QPixmap pixmap = m_thumbnails->thumbnail(sha256, m_types.value(sha256));
    if (!pixmap.isNull()) {
        label->setPixmap(pixmap.scaled(Picture - 4, Picture - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else if (!m_thumbnails->isPending(sha256)) {
        // A kind without a picture (a Word file) or an unreadable one: the file's icon.
        label->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(48, 48));
    }
}

} // namespace thidua
