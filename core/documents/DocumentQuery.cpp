#include "core/documents/DocumentQuery.h"

#include "core/documents/CertificateLayoutRepository.h"
#include "core/documents/DocumentRegisterRepository.h"
#include "core/documents/DocumentTemplates.h"
#include "core/documents/LegalBasisRepository.h"
#include "core/people/PeopleQuery.h"
#include "core/people/PersonOrder.h"
#include "core/school/SchoolQuery.h"
#include "core/school/SchoolRepository.h"

#include <QHash>

namespace thidua {

Result<RegisterEntries> DocumentQuery::registerEntries(int year) const
{
    return DocumentRegisterRepository(m_db).list(year);
}

Result<LegalBases> DocumentQuery::legalBases() const
{
    return LegalBasisRepository(m_db).all();
}

Result<LegalBases> DocumentQuery::legalBasesValidOn(const QDate& day, const QString& kind) const
{
    return LegalBasisRepository(m_db).validOn(day, kind);
}

Result<CertificateLayout> DocumentQuery::certificateLayout(const QString& printer) const
{
    return CertificateLayoutRepository(m_db).load(printer);
}

Result<QStringList> DocumentQuery::certificatePrinters() const
{
    return CertificateLayoutRepository(m_db).printers();
}

namespace {

// The school year of `today`: the one containing it, else the last one begun before it, else the first.
SchoolYear yearOf(const SchoolYears& years, const QDate& today)
{
    SchoolYear chosen;
    for (const SchoolYear& year : years) {
        if (year.contains(today))
            return year;
        if (year.startDate <= today || chosen.id == 0)
            chosen = year;
    }
    return chosen;
}

QString yearText(const SchoolYear& year)
{
    return year.id == 0 ? QString() : QStringLiteral("%1 - %2").arg(year.startYear).arg(year.startYear + 1);
}

} // namespace

Result<SchoolFacts> DocumentQuery::schoolFacts(const QDate& today) const
{
    const SchoolQuery school(m_db);
    auto profile = school.profile();
    if (!profile)
        return profile.error();
    auto years = school.years();
    if (!years)
        return years.error();
    SchoolFacts facts;
    facts.profile = *profile;
    const SchoolYear year = yearOf(*years, today);
    facts.schoolYear = yearText(year);
    if (year.id == 0)
        return facts;
    auto council = school.council(year.id, today);
    if (!council)
        return council.error();
    const PeopleQuery people(m_db);
    for (const CouncilMember& member : std::as_const(*council)) {
        auto person = people.person(member.personId);
        if (!person)
            return person.error();
        facts.council << SchoolFacts::Seat { person->fullName(), member.title, member.role };
    }
    return facts;
}

Result<QList<DraftSubject>> DocumentQuery::subjects(const QDate& today) const
{
    auto years = SchoolQuery(m_db).years();
    if (!years)
        return years.error();
    const SchoolYear year = yearOf(*years, today);
    const PeopleQuery query(m_db);
    auto profile = SchoolQuery(m_db).profile();
    if (!profile)
        return profile.error();
    auto collectives = query.collectives(year.id);
    auto memberships = query.memberships(year.id);
    PeopleQuery::Filter filter;
    filter.activeOnly = true;
    auto people = query.people(filter);
    if (!collectives || !memberships || !people)
        return !collectives ? collectives.error() : !memberships ? memberships.error() : people.error();
    QHash<qint64, QString> names;
    for (const Collective& collective : std::as_const(*collectives))
        names.insert(collective.id, collective.name);
    QHash<qint64, QString> unitOf; // person → their tổ (staff) or class (students) in the year
    QHash<qint64, QString> headOf; // collective → its head
    QHash<qint64, Person> byId;
    for (const Person& person : std::as_const(*people))
        byId.insert(person.id, person);
    for (const Membership& membership : std::as_const(*memberships)) {
        if (!unitOf.contains(membership.personId) && names.contains(membership.collectiveId))
            unitOf.insert(membership.personId, names.value(membership.collectiveId));
        if (membership.role == Membership::Role::Head && byId.contains(membership.personId))
            headOf.insert(membership.collectiveId, byId.value(membership.personId).fullName());
    }
    People sorted = *people;
    PersonOrder::sort(sorted);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Person& a, const Person& b) {
        return a.kind == PersonKind::Staff && b.kind != PersonKind::Staff;
    });
    QList<DraftSubject> list;
    for (const Person& person : std::as_const(sorted)) {
        DraftSubject subject;
        subject.id = person.id;
        subject.name = person.fullName();
        subject.position = person.position;
        subject.unit = unitOf.value(person.id);
        subject.birthDate = person.birthDate.toDisplay();
        subject.gender = Person::genderName(person.gender);
        list << subject;
    }
    Collectives groups = *collectives; // the tổ and offices first, then the classes
    std::stable_sort(groups.begin(), groups.end(), [](const Collective& a, const Collective& b) {
        return a.kind != CollectiveKind::Class && b.kind == CollectiveKind::Class;
    });
    for (const Collective& collective : std::as_const(groups)) {
        if (!collective.active)
            continue;
        DraftSubject subject;
        subject.id = collective.id;
        subject.collective = true;
        // A class is printed as "Lớp 12A2", as schools write it.
        subject.name = collective.kind == CollectiveKind::Class
                && !collective.name.startsWith(QStringLiteral("Lớp"), Qt::CaseInsensitive)
            ? QStringLiteral("Lớp ") + collective.name
            : collective.name;
        subject.unit = profile->fullName;
        subject.head = headOf.value(collective.id);
        list << subject;
    }
    return list;
}

Result<DraftSubject> DocumentQuery::subject(bool collective, qint64 id, const QDate& today) const
{
    auto all = subjects(today);
    if (!all)
        return all.error();
    for (const DraftSubject& subject : std::as_const(*all)) {
        if (subject.collective == collective && subject.id == id)
            return subject;
    }
    if (!collective) {
        // Someone no longer active: still theirs to report on.
        auto person = PeopleQuery(m_db).person(id);
        if (!person)
            return person.error();
        DraftSubject subject;
        subject.id = id;
        subject.name = person->fullName();
        subject.position = person->position;
        subject.birthDate = person->birthDate.toDisplay();
        subject.gender = Person::genderName(person->gender);
        return subject;
    }
    return Error(Error::Code::NotFound, QStringLiteral("There is no collective %1.").arg(id));
}

Result<QList<DocumentDescription>> DocumentQuery::achievementReport(
    bool collective, qint64 id, const QDate& today) const
{
    auto facts = schoolFacts(today);
    if (!facts)
        return facts.error();
    auto chosen = subject(collective, id, today);
    if (!chosen)
        return chosen.error();
    return DocumentDrafts::loadReport(*chosen, *facts);
}

Result<QList<DocumentDescription>> DocumentQuery::fromTemplate(const QString& id, const QDate& today) const
{
    auto facts = schoolFacts(today);
    if (!facts)
        return facts.error();
    if (facts->profile.fullName.trimmed().isEmpty() || !DocumentTemplates::ids().contains(id))
        return DocumentTemplates::load(id, facts->profile);
    return DocumentDrafts::load(id, *facts);
}

} // namespace thidua
