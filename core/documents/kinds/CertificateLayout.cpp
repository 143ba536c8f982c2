#include "core/documents/kinds/CertificateLayout.h"

#include <QJsonArray>

namespace thidua {

namespace {

QString alignKey(Paragraph::Align align)
{
    switch (align) {
    case Paragraph::Align::Left:
        return QStringLiteral("left");
    case Paragraph::Align::Right:
        return QStringLiteral("right");
    case Paragraph::Align::Justify:
        return QStringLiteral("justify");
    case Paragraph::Align::Default:
    case Paragraph::Align::Center:
        break;
    }
    return QStringLiteral("center");
}

Paragraph::Align alignFromKey(const QString& key)
{
    if (key == QStringLiteral("left"))
        return Paragraph::Align::Left;
    if (key == QStringLiteral("right"))
        return Paragraph::Align::Right;
    if (key == QStringLiteral("justify"))
        return Paragraph::Align::Justify;
    return Paragraph::Align::Center;
}

} // namespace

QStringList CertificateLayout::fieldKeys()
{
    return { QStringLiteral("name"),
        QStringLiteral("position"),
        QStringLiteral("achievement"),
        QStringLiteral("place_date"),
        QStringLiteral("signer_name"),
        QStringLiteral("decision"),
        QStringLiteral("register_number") };
}

QString CertificateLayout::fieldLabel(const QString& key)
{
    if (key == QStringLiteral("name"))
        return QStringLiteral("Họ tên người được khen");
    if (key == QStringLiteral("position"))
        return QStringLiteral("Chức vụ, đơn vị");
    if (key == QStringLiteral("achievement"))
        return QStringLiteral("Thành tích");
    if (key == QStringLiteral("place_date"))
        return QStringLiteral("Địa danh, ngày tháng");
    if (key == QStringLiteral("signer_name"))
        return QStringLiteral("Họ tên người ký");
    if (key == QStringLiteral("decision"))
        return QStringLiteral("Số quyết định");
    if (key == QStringLiteral("register_number"))
        return QStringLiteral("Số vào sổ");
    return key;
}

CertificateLayout CertificateLayout::defaults()
{
    CertificateLayout layout;
    layout.fields = {
        { QStringLiteral("name"), 50, 92, 197, 24, true, false, Paragraph::Align::Center },
        { QStringLiteral("position"), 50, 106, 197, 16, false, false, Paragraph::Align::Center },
        { QStringLiteral("achievement"), 45, 117, 207, 16, false, true, Paragraph::Align::Center },
        { QStringLiteral("place_date"), 150, 146, 120, 14, false, true, Paragraph::Align::Center },
        { QStringLiteral("signer_name"), 150, 184, 120, 15, true, false, Paragraph::Align::Center },
        { QStringLiteral("decision"), 35, 176, 105, 12, false, false, Paragraph::Align::Left },
        { QStringLiteral("register_number"), 35, 183, 105, 12, false, false, Paragraph::Align::Left },
    };
    return layout;
}

CertificateField CertificateLayout::field(const QString& key) const
{
    for (const CertificateField& field : fields) {
        if (field.key == key)
            return field;
    }
    return {};
}

void CertificateLayout::setField(const CertificateField& field)
{
    for (CertificateField& existing : fields) {
        if (existing.key == field.key) {
            existing = field;
            return;
        }
    }
    fields.append(field);
}

QJsonObject CertificateLayout::toJson() const
{
    QJsonArray array;
    for (const CertificateField& field : fields) {
        array.append(QJsonObject { { QStringLiteral("key"), field.key },
            { QStringLiteral("x_mm"), field.xMm },
            { QStringLiteral("y_mm"), field.yMm },
            { QStringLiteral("width_mm"), field.widthMm },
            { QStringLiteral("size"), field.size },
            { QStringLiteral("bold"), field.bold },
            { QStringLiteral("italic"), field.italic },
            { QStringLiteral("align"), alignKey(field.align) } });
    }
    return QJsonObject { { QStringLiteral("landscape"), landscape },
        { QStringLiteral("offset_x_mm"), offsetXMm },
        { QStringLiteral("offset_y_mm"), offsetYMm },
        { QStringLiteral("fields"), array } };
}

Result<CertificateLayout> CertificateLayout::fromJson(const QJsonObject& json)
{
    CertificateLayout layout = defaults();
    layout.landscape = json.value(QStringLiteral("landscape")).toBool(true);
    layout.offsetXMm = json.value(QStringLiteral("offset_x_mm")).toDouble();
    layout.offsetYMm = json.value(QStringLiteral("offset_y_mm")).toDouble();
    if (qAbs(layout.offsetXMm) > 50 || qAbs(layout.offsetYMm) > 50)
        return Error(Error::Code::Validation, tr("The printer offset must stay within 50 mm."));
    const QJsonArray array = json.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        CertificateField field;
        field.key = object.value(QStringLiteral("key")).toString();
        if (!fieldKeys().contains(field.key))
            return Error(Error::Code::Validation, tr("Unknown certificate field “%1”.").arg(field.key));
        field.xMm = object.value(QStringLiteral("x_mm")).toDouble();
        field.yMm = object.value(QStringLiteral("y_mm")).toDouble();
        field.widthMm = object.value(QStringLiteral("width_mm")).toDouble(100);
        field.size = object.value(QStringLiteral("size")).toDouble(14);
        field.bold = object.value(QStringLiteral("bold")).toBool();
        field.italic = object.value(QStringLiteral("italic")).toBool();
        field.align = alignFromKey(object.value(QStringLiteral("align")).toString());
        const double pageWidth = layout.landscape ? 297 : 210, pageHeight = layout.landscape ? 210 : 297;
        if (field.xMm < 0 || field.yMm < 0 || field.widthMm <= 0 || field.xMm + field.widthMm > pageWidth
            || field.yMm > pageHeight || field.size < 6 || field.size > 72)
            return Error(
                Error::Code::Validation, tr("The certificate field “%1” lies outside the sheet.").arg(field.key));
        layout.setField(field);
    }
    return layout;
}

} // namespace thidua
