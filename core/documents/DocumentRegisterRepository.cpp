#include "core/documents/DocumentRegisterRepository.h"

#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/documents/DocumentType.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns =
    QStringLiteral("id, organization, issuer, year, number, type_abbreviation, issuer_abbreviation, symbol, kind, "
                   "document_date, summary, signer, document_key, created_at, print_count, "
                   "last_printed_at");

RegisterEntry entryFrom(const QSqlQuery& query)
{
    RegisterEntry entry;
    int c = 0;
    entry.id = query.value(c++).toLongLong();
    entry.organization = query.value(c++).toString();
    entry.issuer = RegisterEntry::issuerFromKey(query.value(c++).toString());
    entry.year = query.value(c++).toInt();
    entry.number = query.value(c++).toInt();
    entry.typeAbbreviation = query.value(c++).toString();
    entry.issuerAbbreviation = query.value(c++).toString();
    entry.symbol = query.value(c++).toString();
    entry.kind = query.value(c++).toString();
    entry.date = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    entry.summary = query.value(c++).toString();
    entry.signer = query.value(c++).toString();
    entry.key = query.value(c++).toString();
    entry.createdAt = QDateTime::fromString(query.value(c++).toString(), Qt::ISODate);
    entry.printCount = query.value(c++).toInt();
    entry.lastPrintedAt = QDateTime::fromString(query.value(c++).toString(), Qt::ISODate);
    return entry;
}

} // namespace

Result<RegisterEntry> DocumentRegisterRepository::findByKey(const QString& key) const
{
    auto query = Sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM document_register WHERE document_key = ?").arg(Columns), { key });
    if (!query)
        return query.error();
    if (!query->next())
        return RegisterEntry();
    return entryFrom(*query);
}

Result<int> DocumentRegisterRepository::nextNumber(const QString& organization, RegisterIssuer issuer, int year) const
{
    auto last = Sql::scalar(m_db,
        QStringLiteral("SELECT MAX(number) FROM document_register WHERE organization = ? AND issuer = ? AND year = ?"),
        { organization.trimmed(), RegisterEntry::issuerKey(issuer), year });
    if (!last)
        return last.error();
    return last->toInt() + 1;
}

Result<RegisterEntry> DocumentRegisterRepository::assign(const Request& request)
{
    if (request.key.isEmpty())
        return Error(Error::Code::Validation, tr("A document needs a key to be registered."));
    if (!request.date.isValid())
        return Error(Error::Code::Validation, tr("A document needs a date to get a number."));
    if (request.number < 0)
        return Error(Error::Code::Validation, tr("The document number %1 is not valid.").arg(request.number));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();

    auto existing = findByKey(request.key);
    if (!existing)
        return existing.error();
    if (existing->id != 0) {
        if (request.number != 0 && request.number != existing->number)
            return Error(Error::Code::Duplicate,
                tr("This document is already registered as number %1 (%2); it cannot take number %3.")
                    .arg(existing->number)
                    .arg(existing->symbol)
                    .arg(request.number));
        auto printed = Sql::exec(m_db,
            QStringLiteral("UPDATE document_register SET print_count = print_count + 1, "
                           "last_printed_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"),
            { existing->id });
        if (!printed)
            return printed.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return findByKey(request.key);
    }

    const int year = request.date.year();
    int number = request.number;
    if (number == 0) {
        auto next = nextNumber(request.organization, request.issuer, year);
        if (!next)
            return next.error();
        number = *next;
    } else {
        auto taken = Sql::scalar(m_db,
            QStringLiteral("SELECT symbol FROM document_register WHERE organization = ? AND issuer = ? AND year = ? "
                           "AND number = ?"),
            { request.organization.trimmed(), RegisterEntry::issuerKey(request.issuer), year, number });
        if (!taken)
            return taken.error();
        if (taken->isValid())
            return Error(Error::Code::Duplicate,
                tr("Number %1 of %2 is already used by %3.").arg(number).arg(year).arg(taken->toString()));
    }
    const QString symbol = DocumentNumber::format(number, request.typeAbbreviation, request.issuerAbbreviation);
    auto inserted = Sql::exec(m_db,
        QStringLiteral("INSERT INTO document_register (organization, issuer, year, number, type_abbreviation, "
                       "issuer_abbreviation, "
                       "symbol, kind, document_date, summary, signer, document_key, print_count, last_printed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, strftime('%Y-%m-%dT%H:%M:%S', 'now'))"),
        { request.organization.trimmed(),
            RegisterEntry::issuerKey(request.issuer),
            year,
            number,
            Sql::text(request.typeAbbreviation),
            Sql::text(request.issuerAbbreviation),
            symbol,
            Sql::text(request.kind),
            request.date.toString(Qt::ISODate),
            Sql::text(request.summary),
            Sql::text(request.signer),
            request.key });
    if (!inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return findByKey(request.key);
}

Result<RegisterEntries> DocumentRegisterRepository::list(int year) const
{
    auto query = year > 0
        ? Sql::exec(m_db,
            QStringLiteral(
                "SELECT %1 FROM document_register WHERE year = ? ORDER BY year, organization, issuer, number")
                .arg(Columns),
            { year })
        : Sql::exec(m_db,
            QStringLiteral("SELECT %1 FROM document_register ORDER BY year, organization, issuer, number")
                .arg(Columns));
    if (!query)
        return query.error();
    RegisterEntries entries;
    while (query->next())
        entries.append(entryFrom(*query));
    return entries;
}

} // namespace thidua
