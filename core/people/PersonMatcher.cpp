#include "core/people/PersonMatcher.h"

#include "core/people/PersonRepository.h"
#include "core/people/RosterRowReader.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

QString nameKey(const Person& p)
{
    return VietnameseText::lowerCanonical(VietnameseText::clean(p.fullName()));
}

QString foldYearKey(const Person& p)
{
    return VietnameseText::fold(VietnameseText::clean(p.fullName())) + QLatin1Char('|')
        + QString::number(p.birthDate.year());
}

} // namespace

QString PersonMatcher::codeKey(const QString& code)
{
    return VietnameseText::clean(code).toUpper();
}

QString PersonMatcher::nameDateKey(const Person& p)
{
    return nameKey(p) + QLatin1Char('|') + p.birthDate.toIso();
}

Result<PersonMatcher> PersonMatcher::load(const QSqlDatabase& db, std::optional<PersonKind> kind)
{
    auto stored = PersonRepository(db).list();
    if (!stored)
        return stored.error();
    PersonMatcher matcher;
    matcher.m_kind = kind;
    for (const Person& p : std::as_const(*stored)) {
        if (!p.code.isEmpty())
            matcher.m_byCode.insert(codeKey(p.code), p);
        if (kind && p.kind != *kind)
            continue;
        matcher.m_byNameDate[nameDateKey(p)].append(p);
        if (p.birthDate.isValid())
            matcher.m_byFoldYear[foldYearKey(p)].append(p);
    }
    return matcher;
}

Person PersonMatcher::match(const RosterRowReader& reader, int r, const Person& person, QList<Problem>& problems) const
{
    const QString code = codeKey(person.code);
    Person match;
    if (!code.isEmpty() && m_byCode.contains(code)) {
        match = m_byCode.value(code);
        if (m_kind && match.kind != *m_kind) {
            problems.append(reader.problem(Problem::Severity::Error,
                r,
                reader.codeColumn(),
                tr("The code %1 already belongs to %2, who is not a %3.")
                    .arg(person.code,
                        match.fullName(),
                        *m_kind == PersonKind::Student ? tr("student") : tr("member of staff"))));
            return Person();
        }
    } else if (!person.fullName().isEmpty()) {
        QList<Person> usable;
        for (const Person& c : m_byNameDate.value(nameDateKey(person))) {
            if (code.isEmpty() || c.code.isEmpty())
                usable.append(c);
        }
        if (usable.size() == 1)
            match = usable.constFirst();
        else if (usable.size() > 1)
            problems.append(reader.problem(Problem::Severity::Warning,
                r,
                reader.nameColumn(),
                tr("%n people named %1 with this date of birth are already stored; added as a new person.",
                    nullptr,
                    int(usable.size()))
                    .arg(person.fullName())));
    }
    return match;
}

QList<Person> PersonMatcher::alike(const Person& person) const
{
    return m_byFoldYear.value(foldYearKey(person));
}

} // namespace thidua
