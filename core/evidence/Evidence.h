#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace thidua {

// What one evidence file (minh chứng) backs. Generic, so that later records (nominations, activities, meetings)
// need no schema change: a kind, the id of the record, and for an assessment the criteria item's code.
struct EvidenceLink
{
    enum class Kind
    {
        Person,
        Collective,
        AssessmentItem,
        LearningResult,
        Nomination,
        Activity,
        Meeting,
    };
    Kind kind = Kind::Person;
    qint64 targetId = 0; // person.id, collective.id, assessment.id, cdht_result id, …
    QString itemCode; // criteria item code (e.g. "H1.TC2.CT1") for AssessmentItem; else empty

    // "person", "collective", "assessment", "cdht", "nomination", "activity", "meeting" (the column evidence_link.kind)
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString& key, Kind* kind);
    // Every kind, in the order of the enum.
    static QList<Kind> kinds();

    bool operator==(const EvidenceLink&) const = default;
};
using EvidenceLinks = QList<EvidenceLink>;

// An official paper (văn bản): số, ngày, cơ quan ban hành. Every part may be empty.
struct OfficialPaper
{
    QString number;
    QDate date;
    QString issuer;

    bool isEmpty() const { return number.isEmpty() && !date.isValid() && issuer.isEmpty(); }
    bool operator==(const OfficialPaper&) const = default;
};

// One evidence file: its metadata (the row) and the stored object (by its SHA-256 in the EvidenceStore).
struct Evidence
{
    qint64 id = 0;
    qint64 schoolYearId = 0;
    QString code; // unique within the year, e.g. "TC2.CT1-03"
    QString sha256; // 64 lowercase hex: the stored object
    qint64 size = 0;
    QString originalName; // NFC, as the user's file was called (never used as a path)
    QString mediaType; // "image/png", "application/pdf", … (QMimeDatabase on the content)
    QString description;
    OfficialPaper paper;
    QDateTime addedAt;
    QString addedBy;
    QDateTime trashedAt; // valid only while in the trash (kept 30 days)
    QList<EvidenceLink> links;

    QString displayName() const; // originalName cleaned for showing (EvidenceName::clean)
    bool isTrashed() const { return trashedAt.isValid(); }
};
using EvidenceList = QList<Evidence>;

} // namespace thidua
