#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace thidua {

// Who issues a document, and so whose number sequence it takes (legal-facts §1.3): the school, or its Hội đồng Thi
// đua - Khen thưởng, which keeps a sequence of its own.
enum class RegisterIssuer
{
    School,
    Council
};

// One number given out (sổ đăng ký văn bản đi).
struct RegisterEntry
{
    qint64 id = 0;
    // The issuing organisation's name ("Trường THPT Nguyễn Trãi"; for the council, the school it belongs to): each
    // organisation keeps its own sequences. Empty for entries of before version 5 that could not be attributed.
    QString organization;
    RegisterIssuer issuer = RegisterIssuer::School;
    int year = 0;
    int number = 0;
    QString typeAbbreviation; // "TTr"
    QString issuerAbbreviation; // "NK", "HĐTĐKT"
    QString symbol; // "05/TTr-NK"
    QString kind; // "to_trinh"
    QDate date;
    QString summary; // trích yếu
    QString signer;
    QString key; // identifies the document when it is printed again
    QDateTime createdAt;
    int printCount = 0;
    QDateTime lastPrintedAt;

    static QString issuerKey(RegisterIssuer issuer); // "school", "council"
    static RegisterIssuer issuerFromKey(const QString& key, bool* ok = nullptr);
    // "Nhà trường" / "Hội đồng TĐKT".
    static QString issuerName(RegisterIssuer issuer);
    // Who issued it, as the register prints it (Cơ quan ban hành): "Trường THPT Nguyễn Trãi", "Hội đồng TĐKT Trường
    // THPT Nguyễn Trãi"; issuerName() when the organisation is unknown.
    QString issuingBody() const;
    // The kind as documents name it ("Biên bản", "Quyết định"); the key itself when unknown.
    static QString kindName(const QString& kind);
};

using RegisterEntries = QList<RegisterEntry>;

} // namespace thidua
