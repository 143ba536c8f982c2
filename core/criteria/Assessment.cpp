#include "core/criteria/Assessment.h"

namespace thidua {

QString Assessment::subjectKey(Subject subject)
{
    switch (subject) {
    case Subject::Person:
        return QStringLiteral("person");
    case Subject::Collective:
        return QStringLiteral("collective");
    case Subject::School:
        return QStringLiteral("school");
    }
    return QString();
}

bool Assessment::subjectFromKey(const QString& key, Subject* subject)
{
    for (Subject s : { Subject::Person, Subject::Collective, Subject::School }) {
        if (subjectKey(s) == key) {
            *subject = s;
            return true;
        }
    }
    return false;
}

QString Assessment::stateKey(State state)
{
    switch (state) {
    case State::SelfAssessed:
        return QStringLiteral("self");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Recognised:
        return QStringLiteral("recognised");
    }
    return QString();
}

bool Assessment::stateFromKey(const QString& key, State* state)
{
    for (State s : { State::SelfAssessed, State::Verified, State::Recognised }) {
        if (stateKey(s) == key) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString Assessment::stateName(State state)
{
    switch (state) {
    case State::SelfAssessed:
        return tr("Self-assessed");
    case State::Verified:
        return tr("Verified by the group or unit");
    case State::Recognised:
        return tr("Recognised by the council");
    }
    return QString();
}

QString Assessment::verdictName(CriteriaOutcome::Verdict verdict)
{
    switch (verdict) {
    case CriteriaOutcome::Verdict::Pass:
        return tr("Met");
    case CriteriaOutcome::Verdict::Fail:
        return tr("Not met");
    case CriteriaOutcome::Verdict::Incomplete:
        return tr("Not assessed yet");
    }
    return QString();
}

} // namespace thidua
