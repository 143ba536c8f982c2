#pragma once

// Checks that a document names only what a school's database holds (issue 13): every person, collective,
// organisation and number symbol found in the text, by patterns written for this test and independent of the code
// that made the documents, must exist in the database or be a marked blank ("[Họ và tên]").
#include "core/documents/Document.h"

#include <QSqlDatabase>
#include <QStringList>

namespace thidua::test {

class DocumentFacts
{
public:
    // Reads the names of the people and collectives and the school profile of `db`.
    explicit DocumentFacts(const QSqlDatabase& db);

    // Every printed text of the documents: header, title, body, tables, signatures, appendices; one piece a line.
    static QString text(const Documents& documents);
    // What `text` names that the database does not hold, one line per finding ("person: Trần Minh Đức").
    QStringList strangers(const QString& text) const;

    const QStringList& people() const { return m_people; }
    const QStringList& collectives() const { return m_collectives; }
    QString school() const { return m_school; }

private:
    QStringList m_people;
    QStringList m_collectives;
    QStringList m_citations; // numbers of the legal bases ("152/2025/NĐ-CP")
    QString m_school;
    QString m_abbreviation;
    QString m_governingBody;
    QString m_placeName;
};

} // namespace thidua::test
