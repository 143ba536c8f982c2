#include "core/documents/LegalBasisRepository.h"

#include "core/db/Sql.h"
#include "core/text/VietnameseText.h"

#include <QSqlQuery>

namespace thidua {

namespace {

QVariant isoOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<LegalBases> LegalBasisRepository::all() const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT id, doc_type, number, issued_on, issuer, title, valid_from, valid_to, verb, applies_to, "
                       "sort_order, note FROM legal_basis ORDER BY sort_order, issued_on, id"));
    if (!query)
        return query.error();
    LegalBases bases;
    while (query->next()) {
        LegalBasis basis;
        basis.id = query->value(0).toLongLong();
        basis.docType = query->value(1).toString();
        basis.number = query->value(2).toString();
        basis.issuedOn = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        basis.issuer = query->value(4).toString();
        basis.title = query->value(5).toString();
        basis.validFrom = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        basis.validTo = QDate::fromString(query->value(7).toString(), Qt::ISODate);
        basis.verb = query->value(8).toString();
        const QString applies = query->value(9).toString();
        if (applies != QStringLiteral("*"))
            basis.appliesTo = applies.split(QLatin1Char(','), Qt::SkipEmptyParts);
        basis.sortOrder = query->value(10).toInt();
        basis.note = query->value(11).toString();
        bases.append(basis);
    }
    return bases;
}

Result<LegalBases> LegalBasisRepository::validOn(const QDate& day, const QString& kind) const
{
    auto bases = all();
    if (!bases)
        return bases.error();
    LegalBases result;
    for (const LegalBasis& basis : std::as_const(*bases)) {
        if (basis.isValidOn(day) && basis.appliesToKind(kind))
            result.append(basis);
    }
    return result;
}

Status LegalBasisRepository::validate(const LegalBasis& basis)
{
    if (VietnameseText::clean(basis.docType).isEmpty())
        return Error(Error::Code::Validation, tr("The legal basis needs a document type (Luật, Nghị định…)."));
    if (VietnameseText::clean(basis.title).isEmpty())
        return Error(Error::Code::Validation, tr("The legal basis needs a title."));
    if (basis.validFrom.isValid() && basis.validTo.isValid() && basis.validTo < basis.validFrom)
        return Error(Error::Code::Validation,
            tr("The legal basis ends (%1) before it starts (%2).")
                .arg(basis.validTo.toString(QStringLiteral("dd/MM/yyyy")),
                    basis.validFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    return {};
}

namespace {

QVariantList columnValues(const LegalBasis& basis)
{
    return { Sql::text(VietnameseText::clean(basis.docType)),
        Sql::text(VietnameseText::clean(basis.number)),
        isoOrNull(basis.issuedOn),
        Sql::text(VietnameseText::clean(basis.issuer)),
        Sql::text(VietnameseText::clean(basis.title)),
        isoOrNull(basis.validFrom),
        isoOrNull(basis.validTo),
        Sql::text(basis.verb.isEmpty() ? QStringLiteral("Căn cứ") : VietnameseText::clean(basis.verb)),
        Sql::text(basis.appliesTo.isEmpty() ? QStringLiteral("*") : basis.appliesTo.join(QLatin1Char(','))),
        basis.sortOrder,
        Sql::text(VietnameseText::clean(basis.note)) };
}

} // namespace

Status LegalBasisRepository::restore(const LegalBasis& basis)
{
    if (auto valid = validate(basis); !valid)
        return valid;
    auto inserted = Sql::exec(m_db,
        QStringLiteral("INSERT INTO legal_basis (id, doc_type, number, issued_on, issuer, title, valid_from, valid_to, "
                       "verb, applies_to, sort_order, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList { basis.id } + columnValues(basis));
    if (!inserted)
        return inserted.error();
    return {};
}

Status LegalBasisRepository::save(LegalBasis& basis)
{
    if (auto valid = validate(basis); !valid)
        return valid;
    const QVariantList values = columnValues(basis);
    if (basis.id == 0) {
        auto inserted = Sql::exec(m_db,
            QStringLiteral("INSERT INTO legal_basis (doc_type, number, issued_on, issuer, title, valid_from, valid_to, "
                           "verb, applies_to, sort_order, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
        if (!inserted)
            return inserted.error();
        basis.id = inserted->lastInsertId().toLongLong();
        return {};
    }
    auto updated = Sql::exec(m_db,
        QStringLiteral("UPDATE legal_basis SET doc_type=?, number=?, issued_on=?, issuer=?, title=?, valid_from=?, "
                       "valid_to=?, verb=?, applies_to=?, sort_order=?, note=? WHERE id=?"),
        values + QVariantList { basis.id });
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("There is no legal basis with id %1.").arg(basis.id));
    return {};
}

Status LegalBasisRepository::remove(qint64 id)
{
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM legal_basis WHERE id = ?"), { id });
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("There is no legal basis with id %1.").arg(id));
    return {};
}

} // namespace thidua
