#pragma once

#include "core/evidence/Evidence.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace thidua {

class ThumbnailCache;

// A row of evidence thumbnails with their codes, as large as the projector needs (the cache's pictures scaled up),
// for the nominee shown in meeting mode. Shows the first `limit` files and how many more there are.
class EvidenceStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Picture = 112; // pixels on the screen

    EvidenceStrip(ThumbnailCache* thumbnails, QWidget* parent = nullptr);

    void setEvidence(const EvidenceList& evidence, int limit = 6);
    int shown() const { return int(m_pictures.size()); }
    // A picture is still being made.
    bool waiting() const;

private:
    void showPicture(const QString& sha256);

    ThumbnailCache* m_thumbnails;
    QHBoxLayout* m_row;
    QHash<QString, QLabel*> m_pictures; // sha256 → its label
    QHash<QString, QString> m_types; // sha256 → media type
};

} // namespace thidua
