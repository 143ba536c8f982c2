#include "core/awards/AwardService.h"

#include "core/awards/AwardRepository.h"
#include "core/db/Transaction.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <QRegularExpression>

namespace thidua {

namespace {

Error validation(const QString& message)
{
    return Error { Error::Code::Validation, message };
}

// The texts of a form as they are stored: NFC, one line, trimmed.
AwardForm cleaned(AwardForm form)
{
    form.key = form.key.trimmed();
    form.name = VietnameseText::clean(form.name);
    form.decidedBy = VietnameseText::clean(form.decidedBy);
    form.coefficientBasis = VietnameseText::clean(form.coefficientBasis);
    form.requiresKey = form.requiresKey.trimmed();
    return form;
}

AwardRecord cleaned(AwardRecord record)
{
    record.formKey = record.formKey.trimmed();
    record.formName = VietnameseText::clean(record.formName);
    record.decisionNumber = VietnameseText::clean(record.decisionNumber);
    record.issuer = VietnameseText::clean(record.issuer);
    return record;
}

bool sameAward(const AwardRecord& a, const AwardRecord& b)
{
    return a.subject == b.subject && a.subjectId == b.subjectId && a.schoolYearId == b.schoolYearId
        && VietnameseText::lowerCanonical(a.formName) == VietnameseText::lowerCanonical(b.formName)
        && a.decisionNumber == b.decisionNumber && a.decisionDate == b.decisionDate;
}

// What is wrong with a record about to be added: its subject, form, year and nomination must exist, the form must be
// for its kind of subject, and the same award must not be in the history already.
Status check(const AwardRepository& repository, const AwardRecord& record)
{
    auto exists = repository.subjectExists(record.subject, record.subjectId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error { Error::Code::NotFound,
            record.subject == AwardForm::Subject::Person
                ? AwardService::tr("There is no person with number %1.").arg(record.subjectId)
                : AwardService::tr("There is no collective with number %1.").arg(record.subjectId) };
    if (!record.formKey.isEmpty()) {
        auto form = repository.form(record.formKey);
        if (!form)
            return form.error();
        if (!*form)
            return Error { Error::Code::NotFound,
                AwardService::tr("There is no award form “%1”.").arg(record.formKey) };
        if ((*form)->subject != record.subject)
            return validation((*form)->subject == AwardForm::Subject::Person
                    ? AwardService::tr("“%1” is awarded to people, not to collectives.").arg((*form)->name)
                    : AwardService::tr("“%1” is awarded to collectives, not to people.").arg((*form)->name));
    }
    if (record.formName.isEmpty())
        return validation(AwardService::tr("Say what was awarded: an award form or its name."));
    if (record.schoolYearId > 0) {
        auto year = repository.schoolYearExists(record.schoolYearId);
        if (!year)
            return year.error();
        if (!*year)
            return Error { Error::Code::NotFound,
                AwardService::tr("There is no school year with number %1.").arg(record.schoolYearId) };
    }
    if (record.nominationId > 0) {
        auto nomination = repository.nominationExists(record.nominationId);
        if (!nomination)
            return nomination.error();
        if (!*nomination)
            return Error { Error::Code::NotFound,
                AwardService::tr("There is no nomination with number %1.").arg(record.nominationId) };
    }
    auto stored = repository.history(record.subject, record.subjectId);
    if (!stored)
        return stored.error();
    for (const AwardRecord& other : std::as_const(*stored)) {
        if (sameAward(other, record))
            return Error { Error::Code::Duplicate,
                AwardService::tr("This award (%1) is already in the history.").arg(record.formName) };
    }
    return {};
}

} // namespace

AwardService::AwardService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<AwardForm>> AwardService::forms() const
{
    return AwardRepository(m_db).forms();
}

Result<AwardForm> AwardService::form(const QString& key) const
{
    auto found = AwardRepository(m_db).form(key.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error { Error::Code::NotFound, tr("There is no award form “%1”.").arg(key) };
    return **found;
}

Status AwardService::saveForm(const AwardForm& input)
{
    const AwardForm form = cleaned(input);
    static const QRegularExpression KeyPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (!KeyPattern.match(form.key).hasMatch())
        return validation(tr("The key of an award form is written in small Latin letters, digits and “_” "
                             "(“giay_khen_doan_truong”), not “%1”.")
                              .arg(form.key));
    if (form.name.isEmpty())
        return validation(tr("The award form “%1” needs a name.").arg(form.key));
    if (form.coefficientHundredths < 0 || form.coefficientHundredths > 100000)
        return validation(tr("The prize coefficient of “%1” must be from 0 to 1000.").arg(form.name));
    if (form.threshold.tenths < 1 || form.threshold.tenths > 1000)
        return validation(tr("The vote threshold of “%1” must be from 0,1 % to 100 %.").arg(form.name));
    if (form.requiresKey == form.key)
        return validation(tr("The award form “%1” cannot require itself.").arg(form.name));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    AwardRepository repository(m_db);
    if (!form.requiresKey.isEmpty()) {
        auto required = repository.form(form.requiresKey);
        if (!required)
            return required.error();
        if (!*required)
            return Error { Error::Code::NotFound,
                tr("“%1” requires the award form “%2”, which does not exist.").arg(form.name, form.requiresKey) };
        if ((*required)->category != AwardForm::Category::Title)
            return validation(tr("“%1” can only require a title (danh hiệu), and “%2” is a form of commendation.")
                                  .arg(form.name, (*required)->name));
    }
    if (auto saved = repository.saveForm(form); !saved)
        return saved;
    return transaction.commit();
}

Result<QList<BaseSalary>> AwardService::baseSalaries() const
{
    return AwardRepository(m_db).baseSalaries();
}

Status AwardService::saveBaseSalary(const BaseSalary& input)
{
    BaseSalary salary = input;
    salary.legalBasis = VietnameseText::clean(salary.legalBasis);
    if (!salary.from.isValid())
        return validation(tr("A base salary needs the date from which it is in force."));
    if (salary.dong <= 0)
        return validation(
            tr("The base salary from %1 must be more than 0 đồng.").arg(VietnameseFormat::shortDate(salary.from)));
    if (salary.legalBasis.isEmpty())
        return validation(tr("The base salary from %1 needs its legal basis (the decree that sets it).")
                              .arg(VietnameseFormat::shortDate(salary.from)));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto saved = AwardRepository(m_db).saveBaseSalary(salary); !saved)
        return saved;
    return transaction.commit();
}

Status AwardService::removeBaseSalary(const QDate& from)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto removed = AwardRepository(m_db).removeBaseSalary(from);
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return Error { Error::Code::NotFound,
            tr("There is no base salary from %1.").arg(VietnameseFormat::shortDate(from)) };
    return transaction.commit();
}

Result<qint64> AwardService::prize(const QString& formKey, const QDate& date) const
{
    auto found = form(formKey);
    if (!found)
        return found.error();
    auto table = baseSalaries();
    if (!table)
        return table.error();
    return AwardCatalogue::prize(*found, *table, date);
}

Result<AwardRecords> AwardService::history(AwardForm::Subject subject, qint64 subjectId) const
{
    AwardRepository repository(m_db);
    auto exists = repository.subjectExists(subject, subjectId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error { Error::Code::NotFound,
            subject == AwardForm::Subject::Person ? tr("There is no person with number %1.").arg(subjectId)
                                                  : tr("There is no collective with number %1.").arg(subjectId) };
    return repository.history(subject, subjectId);
}

Result<qint64> AwardService::addRecord(const AwardRecord& input)
{
    AwardRecord record = cleaned(input);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (record.formName.isEmpty() && !record.formKey.isEmpty()) {
        auto form = AwardRepository(m_db).form(record.formKey);
        if (!form)
            return form.error();
        if (*form)
            record.formName = (*form)->name;
    }
    if (auto checked = check(AwardRepository(m_db), record); !checked)
        return checked.error();
    auto id = AwardRepository(m_db).insertRecord(record);
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Status AwardService::removeRecord(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto removed = AwardRepository(m_db).removeRecord(id);
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return Error { Error::Code::NotFound, tr("There is no award with number %1 in the history.").arg(id) };
    return transaction.commit();
}

} // namespace thidua
