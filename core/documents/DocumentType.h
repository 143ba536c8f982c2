#pragma once

#include <QList>
#include <QString>

namespace thidua {

// A type of administrative document with its abbreviation for ký hiệu (Nghị định 30/2020, Phụ lục III, mục I;
// legal-facts.md §1.6). Công văn and thư công have none.
struct DocumentType
{
    QString name; // "Tờ trình"
    QString abbreviation; // "TTr"

    static const QList<DocumentType>& all();
    // By name (any case, any tone placement) or by abbreviation (exact); an empty type when unknown.
    static DocumentType find(const QString& nameOrAbbreviation);
    bool isValid() const { return !name.isEmpty(); }
};

// "Số" and ký hiệu (legal-facts.md §1.3): the number in the issuer's sequence of the year, a leading zero below 10,
// "/" then the type abbreviation, "-" then the issuer abbreviation, no spaces: "05/TTr-NK", "27/KH-MNgS".
class DocumentNumber
{
public:
    static QString format(int number, const QString& typeAbbreviation, const QString& issuerAbbreviation);
    // The symbol with the number left blank for the văn thư to write by hand: "     /TTr-NK".
    static QString blank(const QString& typeAbbreviation, const QString& issuerAbbreviation);
};

} // namespace thidua
