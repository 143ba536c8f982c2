#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentSpec.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace thidua {

// What the program starts a new document from until the records feed the documents: each kind's example description
// (resources/documents, embedded), made the school's own. The issuer's names come from the school profile (left out,
// so that DocumentService fills them in), the example school's name and place in the texts are replaced by the
// school's, and the number, date and signers are left to the register, today and the head of the school.
class DocumentTemplates
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplates)

public:
    // One per example: "to_trinh", "bien_ban", "quyet_dinh", "bao_cao_thanh_tich_ca_nhan",
    // "bao_cao_thanh_tich_tap_the", "giay_khen", "giay_khen_phoi".
    static QStringList ids();
    // The name shown in the menu ("Proposal for commendation (tờ trình)…"), translated.
    static QString displayName(const QString& id);

    static Result<QList<DocumentDescription>> load(const QString& id, const SchoolProfile& profile);
    // The example as it is, without adaptation (empty when there is no such template).
    static QJsonObject example(const QString& id);
    // The example made the school's own (see the class comment). With an empty profile name the example's
    // organization stays, so that a new database can still show every kind, and the number is left blank so that
    // nothing is recorded in the register under the example school's sequence.
    static QJsonObject adapt(QJsonObject example, const SchoolProfile& profile);
};

} // namespace thidua
