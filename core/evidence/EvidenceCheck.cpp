#include "core/evidence/EvidenceCheck.h"

namespace thidua {

bool CheckProblem::isError() const
{
    return kind != Kind::Orphan;
}
QString CheckProblem::message() const
{
    return detail;
}
QString CheckProblem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Integrity:
        return QStringLiteral("integrity");
    case Kind::ForeignKey:
        return QStringLiteral("foreign_key");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Altered:
        return QStringLiteral("altered");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::SizeMismatch:
        return QStringLiteral("size");
    case Kind::Orphan:
        return QStringLiteral("orphan");
    }
    return QString();
}

bool CheckReport::hasErrors() const
{
    return errorCount() > 0;
}
int CheckReport::errorCount() const
{
    return int(std::count_if(problems.begin(), problems.end(), [](const CheckProblem& p) { return p.isError(); }));
}
int CheckReport::warningCount() const
{
    return int(problems.size()) - errorCount();
}

EvidenceCheck::EvidenceCheck(QSqlDatabase db, EvidenceStore store)
    : m_db(std::move(db))
    , m_store(std::move(store))
{}

Result<CheckReport> EvidenceCheck::run(const EvidenceStore::Progress&) const
{
    return Error { Error::Code::Generic, QStringLiteral("not implemented yet") };
}

} // namespace thidua
