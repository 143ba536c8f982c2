#include "core/documents/DocumentRegister.h"

#include "core/common/Csv.h"
#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/documents/DocumentType.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "core/text/VietnameseFormat.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns =
    QStringLiteral("id, issuer, year, number, type_abbreviation, issuer_abbreviation, symbol, kind, "
                   "document_date, summary, signer, document_key, created_at, print_count, "
                   "last_printed_at");

RegisterEntry entryFrom(const QSqlQuery& query)
{
    RegisterEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.issuer = DocumentRegister::issuerFromKey(query.value(1).toString());
    entry.year = query.value(2).toInt();
    entry.number = query.value(3).toInt();
    entry.typeAbbreviation = query.value(4).toString();
    entry.issuerAbbreviation = query.value(5).toString();
    entry.symbol = query.value(6).toString();
    entry.kind = query.value(7).toString();
    entry.date = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    entry.summary = query.value(9).toString();
    entry.signer = query.value(10).toString();
    entry.key = query.value(11).toString();
    entry.createdAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    entry.printCount = query.value(13).toInt();
    entry.lastPrintedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
    return entry;
}

} // namespace

QString DocumentRegister::issuerKey(RegisterIssuer issuer)
{
    return issuer == RegisterIssuer::Council ? QStringLiteral("council") : QStringLiteral("school");
}

RegisterIssuer DocumentRegister::issuerFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = key == QStringLiteral("council") || key == QStringLiteral("school");
    return key == QStringLiteral("council") ? RegisterIssuer::Council : RegisterIssuer::School;
}

QString DocumentRegister::issuerName(RegisterIssuer issuer)
{
    return issuer == RegisterIssuer::Council ? QStringLiteral("Hội đồng TĐKT") : QStringLiteral("Nhà trường");
}

Result<RegisterEntry> DocumentRegister::findByKey(const QString& key) const
{
    auto query = Sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM document_register WHERE document_key = ?").arg(Columns), { key });
    if (!query)
        return query.error();
    if (!query->next())
        return RegisterEntry();
    return entryFrom(*query);
}

Result<int> DocumentRegister::nextNumber(RegisterIssuer issuer, int year) const
{
    auto last = Sql::scalar(m_db,
        QStringLiteral("SELECT MAX(number) FROM document_register WHERE issuer = ? AND year = ?"),
        { issuerKey(issuer), year });
    if (!last)
        return last.error();
    return last->toInt() + 1;
}

Result<RegisterEntry> DocumentRegister::assign(const Request& request)
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
        auto next = nextNumber(request.issuer, year);
        if (!next)
            return next.error();
        number = *next;
    } else {
        auto taken = Sql::scalar(m_db,
            QStringLiteral("SELECT symbol FROM document_register WHERE issuer = ? AND year = ? AND number = ?"),
            { issuerKey(request.issuer), year, number });
        if (!taken)
            return taken.error();
        if (taken->isValid())
            return Error(Error::Code::Duplicate,
                tr("Number %1 of %2 is already used by %3.").arg(number).arg(year).arg(taken->toString()));
    }
    const QString symbol = DocumentNumber::format(number, request.typeAbbreviation, request.issuerAbbreviation);
    auto inserted = Sql::exec(m_db,
        QStringLiteral("INSERT INTO document_register (issuer, year, number, type_abbreviation, issuer_abbreviation, "
                       "symbol, kind, document_date, summary, signer, document_key, print_count, last_printed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, strftime('%Y-%m-%dT%H:%M:%S', 'now'))"),
        { issuerKey(request.issuer),
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

Result<RegisterEntries> DocumentRegister::list(int year) const
{
    auto query = year > 0
        ? Sql::exec(m_db,
            QStringLiteral("SELECT %1 FROM document_register WHERE year = ? ORDER BY year, issuer, number")
                .arg(Columns),
            { year })
        : Sql::exec(
            m_db, QStringLiteral("SELECT %1 FROM document_register ORDER BY year, issuer, number").arg(Columns));
    if (!query)
        return query.error();
    RegisterEntries entries;
    while (query->next())
        entries.append(entryFrom(*query));
    return entries;
}

namespace {

// The columns of the exported register (printed wording: Vietnamese, not translated).
QStringList registerColumns()
{
    return { QStringLiteral("Năm"),
        QStringLiteral("Cơ quan ban hành"),
        QStringLiteral("Số"),
        QStringLiteral("Số, ký hiệu"),
        QStringLiteral("Ngày văn bản"),
        QStringLiteral("Loại"),
        QStringLiteral("Trích yếu"),
        QStringLiteral("Người ký"),
        QStringLiteral("Ngày cấp số"),
        QStringLiteral("Số lần in") };
}

} // namespace

Status DocumentRegister::saveXlsx(const RegisterEntries& entries, const QString& path)
{
    XlsxWriter xlsx;
    xlsx.addSheet(QStringLiteral("Sổ đăng ký văn bản đi"));
    const QStringList columns = registerColumns();
    const QList<double> widths { 7, 16, 6, 18, 12, 20, 60, 24, 17, 9 };
    for (int c = 0; c < columns.size(); ++c) {
        xlsx.writeText(0, c, columns[c], true);
        xlsx.setColumnWidth(c, widths.value(c, 12));
    }
    xlsx.freezeRows(1);
    xlsx.printOnPageWidth(1);
    int row = 1;
    for (const RegisterEntry& entry : entries) {
        xlsx.writeNumber(row, 0, entry.year);
        xlsx.writeText(row, 1, issuerName(entry.issuer));
        xlsx.writeNumber(row, 2, entry.number);
        xlsx.writeText(row, 3, entry.symbol);
        xlsx.writeDate(row, 4, entry.date);
        xlsx.writeText(row, 5, entry.kind);
        xlsx.writeText(row, 6, entry.summary);
        xlsx.writeText(row, 7, entry.signer);
        xlsx.writeText(row, 8, entry.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        xlsx.writeNumber(row, 9, entry.printCount);
        ++row;
    }
    return xlsx.save(path);
}

QByteArray DocumentRegister::toCsv(const RegisterEntries& entries)
{
    QString csv = Csv::record(registerColumns());
    for (const RegisterEntry& entry : entries) {
        csv += Csv::record({ QString::number(entry.year),
            issuerName(entry.issuer),
            QString::number(entry.number),
            entry.symbol,
            VietnameseFormat::shortDate(entry.date),
            entry.kind,
            entry.summary,
            entry.signer,
            entry.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            QString::number(entry.printCount) });
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace thidua
