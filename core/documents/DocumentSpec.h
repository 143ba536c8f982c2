#pragma once

#include "core/common/Result.h"
#include "core/documents/AchievementReportDocument.h"
#include "core/documents/CertificateDocument.h"
#include "core/documents/DecisionDocument.h"
#include "core/documents/MinutesDocument.h"
#include "core/documents/ProposalDocument.h"

#include <QCoreApplication>
#include <QSet>

#include <variant>

namespace thidua {

class SpecReader;

// One document described in JSON (resources/documents/spec.schema.json): its kind, the common parts (issuer,
// number, date, căn cứ, page, signers, recipients) and the kind's own data. What the description leaves out is
// filled in from the database by DocumentService (the school profile, the legal bases of the date, the register).
struct SpecDocument
{
    enum class Numbering
    {
        Auto, // the next number of the issuer's sequence, recorded in the register
        Fixed, // the number given, recorded in the register
        Blank, // "Số:      /TTr-NK", for the văn thư to fill in by hand
    };

    QString kind; // to_trinh, bien_ban, quyet_dinh, bao_cao_thanh_tich, giay_khen
    DocumentOrigin origin;
    QSet<QString> organizationGiven; // organization fields the description sets ("name", "place_name"…)
    Numbering numbering = Numbering::Auto;
    int number = 0;
    bool automaticBases = true; // cite the bases of the register valid on the date
    QStringList extraBases; // cited after them
    bool signersGiven = false;
    bool dateGiven = false;
    QString certificateMode = QStringLiteral("plain"); // or "preprinted"
    QString printer; // whose positions a pre-printed certificate uses
    std::variant<ProposalData, MinutesData, DecisionData, AchievementReportData, CertificateData> data;

    // The type abbreviation of its number ("TTr"), empty when the kind carries no number.
    QString typeAbbreviation() const;
};

class DocumentSpec
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSpec)

public:
    static QStringList kinds();
    // The kind as the documents name it: "Tờ trình", "Biên bản", "Quyết định", "Báo cáo thành tích", "Giấy khen";
    // the key itself when unknown.
    static QString kindName(const QString& kind);
    // A description is one document {"kind": …} or several {"common": {…}, "documents": [{…}, …]}, where each
    // document's fields override the common ones.
    static Result<QList<SpecDocument>> load(const QString& path);
    static Result<QList<SpecDocument>> parse(const QByteArray& json, const QString& fileName);

private:
    static SpecDocument parseOne(SpecReader& reader, const QJsonObject& object, const QString& path);
};

} // namespace thidua
