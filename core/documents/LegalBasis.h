#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace thidua {

// A căn cứ: a legal or planning document that documents cite, with the dates it is in force. Data, not code: the
// user edits the list when the law changes (legal-facts.md §2.1: Nghị định 152/2025 replaced 98/2023).
struct LegalBasis
{
    qint64 id = 0;
    QString docType; // "Luật", "Nghị định", "Quyết định", "Thông tư", "Kế hoạch"…
    QString number; // "152/2025/NĐ-CP"; a law is cited without it
    QDate issuedOn;
    QString issuer; // "Chính phủ"; a law is cited without it
    QString title; // trích yếu, or the name of a law ("Thi đua, khen thưởng")
    QDate validFrom; // invalid = always
    QDate validTo; // invalid = still in force
    QString verb = QStringLiteral("Căn cứ"); // or "Thực hiện"
    QStringList appliesTo; // document kinds ("to_trinh", "quyet_dinh"); empty = all
    int sortOrder = 0;
    QString note;

    bool isValidOn(const QDate& day) const;
    bool appliesToKind(const QString& kind) const;
    // "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về …", without the final
    // punctuation; laws and ordinances: "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022".
    QString citation() const;

    // The lines as printed: each ends with ";" and the last with "." (legal-facts §1.2, ô 6).
    static QStringList punctuate(const QStringList& citations);
};

using LegalBases = QList<LegalBasis>;

} // namespace thidua
