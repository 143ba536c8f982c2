#pragma once

#include "core/common/Result.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The judgement sections of a report (kết quả nổi bật, tồn tại – hạn chế, nguyên nhân, phương hướng, kiến nghị),
// written by the user per period and offered from the period before as a starting point. Texts are stored NFC,
// trimmed, lines kept; each change is one transaction; what is refused leaves the database as it was.
class ReportTextService
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextService)

public:
    // Characters a section may hold: some pages of text, far more than a report's section needs.
    static constexpr int MaxChars = 20000;

    explicit ReportTextService(QSqlDatabase db);

    // Saves one section of the period; an empty (or blank) text removes it.
    Status save(const ReportPeriod& period, ReportTextSection section, const QString& body);
    // The sections written for the period, in the printed order.
    Result<ReportTexts> texts(const ReportPeriod& period) const;
    // The five sections in order: the written ones, else the same section of the previous period (offered), else an
    // empty body.
    Result<ReportTexts> draft(const ReportPeriod& period) const;
    // The sections not written for the period yet, in order (an offered suggestion does not count as written).
    Result<QList<ReportTextSection>> missingSections(const ReportPeriod& period) const;

    // The text as it is stored: NFC, trailing spaces of each line and blank lines at both ends removed.
    static QString cleaned(const QString& body);
    // What is wrong with a cleaned text for the section of the period, or an empty text.
    static QString problem(const ReportPeriod& period, ReportTextSection section, const QString& body);
    // The draft of `period` from its written texts and those of the period before (pure).
    static ReportTexts draftOf(const ReportPeriod& period, const ReportTexts& written, const ReportTexts& previous);
    // The sections of ReportTextSections::all() that `written` lacks (pure).
    static QList<ReportTextSection> missingOf(const ReportTexts& written);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
