#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace thidua {

// Where each printed field of a Giấy khen goes on a pre-printed blank (phôi), in millimetres from the top-left
// corner of the sheet, plus the printer's own offset found with the calibration print. Kept per printer
// (CertificateLayoutRepository).
struct CertificateField
{
    QString key; // "name", "position", "achievement", "place_date", "signer_name", "decision", "register_number"
    double xMm = 0; // left edge of the field's box
    double yMm = 0; // top of its first line
    double widthMm = 100;
    double size = 14; // points
    bool bold = false;
    bool italic = false;
    Paragraph::Align align = Paragraph::Align::Center;
};

struct CertificateLayout
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)

public:
    bool landscape = true; // A4
    double offsetXMm = 0; // added to every field: what the calibration print showed
    double offsetYMm = 0;
    QList<CertificateField> fields;

    // Positions for a common A4 landscape blank whose quốc hiệu, "… TẶNG GIẤY KHEN" and signer's title are pre-printed.
    static CertificateLayout defaults();
    static QStringList fieldKeys();
    // Vietnamese name of a field, as the calibration print labels it.
    static QString fieldLabel(const QString& key);

    CertificateField field(const QString& key) const; // an empty key when absent
    void setField(const CertificateField& field);

    QJsonObject toJson() const;
    static Result<CertificateLayout> fromJson(const QJsonObject& json);
};

} // namespace thidua
