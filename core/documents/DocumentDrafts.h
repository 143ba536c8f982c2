#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentDescription.h"
#include "core/school/School.h"

#include <QJsonObject>

namespace thidua {

// What the database knows of the school that a new document needs: the profile (issuer, head, place), the school
// year the document is about and the council sitting now, each member by name.
struct SchoolFacts
{
    struct Seat
    {
        QString name; // "Lê Mỹ Diệp"
        QString title; // post in the school: "Hiệu trưởng"
        CouncilMember::Role role = CouncilMember::Role::Member;
    };

    SchoolProfile profile;
    QString schoolYear; // "2025 - 2026"; empty when the school has none
    QList<Seat> council; // by sort order
};

// A person or a collective of the school as a new document names them (nominee, report subject).
struct DraftSubject
{
    qint64 id = 0; // the person's or the collective's
    bool collective = false;
    QString name; // "Nguyễn Văn An", "Tổ Toán"
    QString position; // chức vụ (a person)
    QString unit; // the person's tổ or class in the year; the school for a collective
    QString birthDate; // "05/04/1987" or "1987"; empty when unknown
    QString gender; // "Nam" / "Nữ" / empty
    QString head; // a collective's tổ trưởng, empty when unknown
};

// The documents the Văn bản menu makes for the school (issue 13): everything the database knows comes from it
// (organisation, signer, council, people, collectives), and what it does not know is a marked blank such as
// "[Họ và tên]" for the user to fill, never another school's facts. Until meetings generate them, the tờ trình,
// biên bản and quyết định start with no nominee; addNominee() adds the people and collectives the user picks.
// Pure: the data comes in as values (DocumentQuery reads it).
class DocumentDrafts
{
public:
    // The marked blanks.
    static QString blankName() { return QStringLiteral("[Họ và tên]"); }
    static QString blank(const QString& what) { return QLatin1Char('[') + what + QLatin1Char(']'); }

    // The description of template `id` (DocumentTemplates::ids(); a report needs reportFor()) for the school.
    static QJsonObject draft(const QString& id, const SchoolFacts& facts);
    static Result<QList<DocumentDescription>> load(const QString& id, const SchoolFacts& facts);
    // The báo cáo thành tích of one person or collective, the lý lịch filled from their record.
    static QJsonObject reportFor(const DraftSubject& subject, const SchoolFacts& facts);
    static Result<QList<DocumentDescription>> loadReport(const DraftSubject& subject, const SchoolFacts& facts);
    // Adds `subject` to the nominees of a tờ trình, the results of a biên bản, the awardees of a quyết định or the
    // recipients of a giấy khen (replacing the blank recipient); false for a kind without such a list.
    static bool addNominee(DocumentDescription& description, const DraftSubject& subject);

private:
    static QString movement(const SchoolFacts& facts);
};

} // namespace thidua
