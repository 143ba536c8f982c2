#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

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
};

using RegisterEntries = QList<RegisterEntry>;

// The register: numbers are a sequence per issuer and calendar year; assigning a number is recorded; a document
// printed again (same key) keeps its number.
class DocumentRegister
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)

public:
    struct Request
    {
        RegisterIssuer issuer = RegisterIssuer::School;
        QString typeAbbreviation;
        QString issuerAbbreviation;
        QString kind;
        QDate date;
        QString summary;
        QString signer;
        QString key;
        int number = 0; // 0 = the next free number of the sequence; otherwise this number (taken from the spec)
    };

    explicit DocumentRegister(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The entry for request.key if it exists (its print count goes up), otherwise a new entry with the next number
    // of the issuer's sequence for the year of request.date (or request.number). One transaction.
    Result<RegisterEntry> assign(const Request& request);
    Result<RegisterEntry> findByKey(const QString& key) const; // id 0 when absent
    // year 0 = all years. Oldest first.
    Result<RegisterEntries> list(int year = 0) const;
    Result<int> nextNumber(RegisterIssuer issuer, int year) const;

    // The register as CSV (UTF-8 with a BOM so that Excel reads it), Vietnamese column names.
    static QByteArray toCsv(const RegisterEntries& entries);
    // The same columns as an Excel workbook (dates as dates, numbers as numbers), written through QSaveFile.
    [[nodiscard]] static Status saveXlsx(const RegisterEntries& entries, const QString& path);
    static QString issuerKey(RegisterIssuer issuer);
    static RegisterIssuer issuerFromKey(const QString& key, bool* ok = nullptr);
    // "Nhà trường" / "Hội đồng TĐKT".
    static QString issuerName(RegisterIssuer issuer);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
