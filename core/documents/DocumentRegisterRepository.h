#pragma once

#include "core/common/Result.h"
#include "core/documents/RegisterEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// The register: numbers are a sequence per organisation, issuer and calendar year; assigning a number is recorded; a
// document printed again (same key) keeps its number.
class DocumentRegisterRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegisterRepository)

public:
    struct Request
    {
        QString organization; // the issuing organisation's name: whose sequences
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

    explicit DocumentRegisterRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The entry for request.key if it exists (its print count goes up), otherwise a new entry with the next number
    // of the organisation's and issuer's sequence for the year of request.date (or request.number). One transaction.
    Result<RegisterEntry> assign(const Request& request);
    Result<RegisterEntry> findByKey(const QString& key) const; // id 0 when absent
    // year 0 = all years. Oldest first.
    Result<RegisterEntries> list(int year = 0) const;
    Result<int> nextNumber(const QString& organization, RegisterIssuer issuer, int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
