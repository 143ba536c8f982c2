#include "ui/people/PeopleStore.h"

#include "core/people/PeopleQuery.h"
#include "ui/common/Workspace.h"
#include "ui/people/PeopleTableModel.h"

namespace thidua {

PeopleStore::PeopleStore(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(new PeopleTableModel(this))
{
    connect(&m_workspace, &Workspace::currentYearChanged, this, [this] {
        if (auto done = reloadYear(); !done)
            m_workspace.reportError(tr("The units of the school year could not be read."), done.error());
    });
    connect(&m_workspace, &Workspace::collectivesChanged, this, [this] {
        if (auto done = reloadYear(); !done)
            m_workspace.reportError(tr("The units of the school year could not be read."), done.error());
    });
    connect(&m_workspace, &Workspace::peopleChanged, this, [this](const QList<qint64>& ids) {
        if (auto done = ids.isEmpty() ? reload() : reloadPeople(ids); !done)
            m_workspace.reportError(tr("The list of people could not be read."), done.error());
    });
}

Status PeopleStore::ensureLoaded()
{
    return m_loaded ? Status() : reload();
}

Status PeopleStore::reload()
{
    const PeopleQuery query(m_workspace.connection());
    auto people = query.people();
    if (!people)
        return people.error();
    const qint64 yearId = m_workspace.currentYear().id;
    auto collectives = query.collectives(yearId);
    if (!collectives)
        return collectives.error();
    Memberships memberships;
    if (yearId > 0) {
        auto ofYear = query.memberships(yearId);
        if (!ofYear)
            return ofYear.error();
        memberships = *ofYear;
    }
    m_model->setYearDates(m_workspace.currentYear().startDate, m_workspace.currentYear().endDate);
    m_model->reset(*people, *collectives, memberships);
    m_loaded = true;
    emit changed();
    return {};
}

Status PeopleStore::reloadYear()
{
    if (!m_loaded)
        return {};
    const qint64 yearId = m_workspace.currentYear().id;
    const PeopleQuery query(m_workspace.connection());
    auto collectives = query.collectives(yearId);
    if (!collectives)
        return collectives.error();
    Memberships memberships;
    if (yearId > 0) {
        auto ofYear = query.memberships(yearId);
        if (!ofYear)
            return ofYear.error();
        memberships = *ofYear;
    }
    m_model->setYearDates(m_workspace.currentYear().startDate, m_workspace.currentYear().endDate);
    m_model->setMemberships(*collectives, memberships);
    emit changed();
    return {};
}

Status PeopleStore::reloadPeople(const QList<qint64>& personIds)
{
    if (!m_loaded)
        return {};
    const PeopleQuery query(m_workspace.connection());
    const qint64 yearId = m_workspace.currentYear().id;
    for (qint64 id : personIds) {
        auto person = query.person(id);
        if (!person) {
            if (person.error().code != Error::Code::NotFound)
                return person.error();
            m_model->removePerson(id);
            continue;
        }
        auto all = query.membershipsOfPerson(id);
        if (!all)
            return all.error();
        Memberships ofYear;
        for (const Membership& m : std::as_const(*all)) {
            if (m.schoolYearId == yearId)
                ofYear.append(m);
        }
        m_model->setPerson(*person, ofYear);
    }
    emit changed();
    return {};
}

} // namespace thidua
