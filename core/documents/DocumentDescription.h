#pragma once

#include "core/documents/kinds/AchievementReportDocument.h"
#include "core/documents/kinds/BallotDocument.h"
#include "core/documents/kinds/CertificateDocument.h"
#include "core/documents/kinds/DecisionDocument.h"
#include "core/documents/kinds/EvidenceIndexDocument.h"
#include "core/documents/kinds/MinutesDocument.h"
#include "core/documents/kinds/MovementReportDocument.h"
#include "core/documents/kinds/ProposalDocument.h"
#include "core/documents/kinds/TallyMinutesDocument.h"

#include <QSet>

#include <variant>

namespace thidua {

// One document described in JSON (resources/documents/spec.schema.json): its kind, the common parts (issuer,
// number, date, căn cứ, page, signers, recipients) and the kind's own data. What the description leaves out is
// filled in from the database by DocumentService (the school profile, the legal bases of the date, the register).
struct DocumentDescription
{
    enum class Numbering
    {
        Auto, // the next number of the issuer's sequence, recorded in the register
        Fixed, // the number given, recorded in the register
        Blank, // "Số:      /TTr-NK", for the văn thư to fill in by hand
    };

    // to_trinh, bien_ban, quyet_dinh, bao_cao_thanh_tich, giay_khen, danh_muc_minh_chung; from a meeting only (no
    // JSON description): bien_ban_kiem_phieu, phieu_bau; from the records only: bao_cao_phong_trao
    QString kind;
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
    std::variant<ProposalData,
        MinutesData,
        DecisionData,
        AchievementReportData,
        CertificateData,
        EvidenceIndexData,
        TallyMinutesData,
        BallotData,
        MovementReportData>
        data;

    // The type abbreviation of its number ("TTr"), empty when the kind carries no number.
    QString typeAbbreviation() const;
};

} // namespace thidua
