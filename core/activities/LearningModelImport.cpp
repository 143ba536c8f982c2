#include "core/activities/LearningModelImport.h"

#include "core/activities/ActivityRepository.h"
#include "core/activities/ActivityService.h"
#include "core/activities/ImportApply.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/RosterColumns.h"
#include "core/school/SchoolRepository.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QSet>

namespace thidua {

namespace {

using Problem = LearningModelImport::Problem;
using Row = LearningModelImport::Row;
using Action = ActivityImport::Row::Action;

enum class Field
{
    Collective,
    SchoolYear,
    Name,
    Description,
    Result,
};

constexpr int HeaderSearchRows = 30;

bool startsWithAny(const QString& key, std::initializer_list<const char*> prefixes)
{
    for (const char* p : prefixes) {
        const QString prefix = QString::fromLatin1(p);
        if (key == prefix || key.startsWith(prefix + QLatin1Char(' ')))
            return true;
    }
    return false;
}

std::optional<Field> fieldFor(const QString& header)
{
    const QString key = RosterColumns::headerKey(header);
    if (startsWithAny(key, { "ten mo hinh", "mo hinh", "name" }))
        return Field::Name;
    if (startsWithAny(key, { "nam hoc", "school year" }))
        return Field::SchoolYear;
    if (startsWithAny(key, { "to", "to chuyen mon", "ten to", "tap the", "don vi", "collective" }))
        return Field::Collective;
    if (startsWithAny(key, { "mo ta", "noi dung", "ghi chu", "description" }))
        return Field::Description;
    if (startsWithAny(key, { "ket qua", "hieu qua", "result" }))
        return Field::Result;
    return std::nullopt;
}

struct Columns
{
    int headerRow = -1;
    QHash<Field, int> columns;
    int column(Field f) const { return columns.value(f, -1); }
};

Columns detect(const Sheet& sheet)
{
    Columns result;
    int best = 0;
    for (int r = 0; r < std::min(sheet.rowCount(), HeaderSearchRows); ++r) {
        QHash<Field, int> fields;
        for (int c = 0; c < int(sheet.rows.value(r).size()); ++c) {
            const Cell& cell = sheet.cell(r, c);
            const auto field = cell.type == Cell::Type::Text ? fieldFor(cell.text) : std::nullopt;
            if (field && !fields.contains(*field))
                fields.insert(*field, c);
        }
        if (fields.contains(Field::Collective) && fields.contains(Field::Name) && int(fields.size()) > best) {
            best = int(fields.size());
            result = { r, fields };
        }
    }
    return result;
}

QString modelKey(int startYear, qint64 collectiveId, const QString& name)
{
    return QStringLiteral("%1|%2|%3").arg(startYear).arg(collectiveId).arg(VietnameseText::lowerCanonical(name));
}

} // namespace

QString LearningModelImport::collectiveKey(const QString& name)
{
    QString key = RosterColumns::headerKey(name);
    for (const char* prefix : { "to chuyen mon ", "to " }) {
        if (key.startsWith(QLatin1String(prefix)))
            return key.mid(int(qstrlen(prefix)));
    }
    return key;
}

Result<LearningModelImport::Plan> LearningModelImport::plan(const Workbook& workbook, int defaultStartYear) const
{
    auto collectives = CollectiveRepository(m_db).list();
    auto years = SchoolRepository(m_db).years();
    auto stored = ActivityRepository(m_db).models(0);
    if (!collectives || !years || !stored)
        return !collectives ? collectives.error() : (!years ? years.error() : stored.error());
    QHash<QString, QList<Collective>> byName;
    for (const Collective& c : std::as_const(*collectives))
        byName[collectiveKey(c.name)].append(c);
    QHash<int, qint64> yearIds;
    QHash<qint64, int> startOf;
    for (const SchoolYear& y : std::as_const(*years)) {
        yearIds.insert(y.startYear, y.id);
        startOf.insert(y.id, y.startYear);
    }
    QSet<QString> known;
    for (const LearningModel& m : std::as_const(*stored))
        known.insert(modelKey(startOf.value(m.schoolYearId), m.collectiveId, m.name));

    Plan plan;
    QHash<QString, int> seen;
    QSet<int> newYears;
    bool anyList = false;
    for (const Sheet& sheet : workbook.sheets) {
        const Columns columns = detect(sheet);
        if (columns.headerRow < 0)
            continue;
        anyList = true;
        auto text = [&](int r, Field f) {
            const int c = columns.column(f);
            return c < 0 ? QString() : VietnameseText::cleanLines(sheet.cell(r, c).text).trimmed();
        };
        for (int r = columns.headerRow + 1; r < sheet.rowCount(); ++r) {
            if (text(r, Field::Name).isEmpty() && text(r, Field::Collective).isEmpty())
                continue;
            QList<Problem> problems;
            auto problem = [&](Field f, const QString& message) {
                problems.append({ Problem::Severity::Error, sheet.name, r + 1, columns.column(f) + 1, message });
            };
            Row row;
            row.sheet = sheet.name;
            row.sourceRow = r + 1;
            row.model.name = text(r, Field::Name);
            row.model.description = text(r, Field::Description);
            row.model.result = text(r, Field::Result);
            if (row.model.name.isEmpty())
                problem(Field::Name, tr("The learning model has no name (the column “Tên mô hình”)."));
            const QString collective = VietnameseText::clean(text(r, Field::Collective));
            const QList<Collective> found = byName.value(collectiveKey(collective));
            if (collective.isEmpty())
                problem(Field::Collective, tr("The tổ that builds the model is missing."));
            else if (found.size() != 1)
                problem(Field::Collective,
                    found.isEmpty() ? tr("No collective named %1 is stored.").arg(collective)
                                    : tr("Several collectives are named %1.").arg(collective));
            else
                row.model.collectiveId = found.constFirst().id;
            const QString year = text(r, Field::SchoolYear);
            row.startYear = year.isEmpty() ? defaultStartYear : SchoolYear::parseStartYear(year);
            if (row.startYear <= 0)
                problem(Field::SchoolYear,
                    year.isEmpty() ? tr("The school year is missing: write it in the column “Năm học”.")
                                   : tr("“%1” is not a school year: write it as 2024-2025.").arg(year));
            row.model.schoolYearId = yearIds.value(row.startYear);
            row.model = ActivityService::cleaned(row.model);
            if (problems.isEmpty()) {
                const QString key = modelKey(row.startYear, row.model.collectiveId, row.model.name);
                if (known.contains(key))
                    row.action = Action::Unchanged;
                else if (const int first = seen.value(key); first > 0)
                    problems.append({ Problem::Severity::Error,
                        sheet.name,
                        r + 1,
                        0,
                        tr("The same learning model as row %1.").arg(first) });
                else
                    seen.insert(key, r + 1);
            }
            if (!problems.isEmpty())
                row.action = Action::Skip;
            else if (row.action == Action::Add && row.model.schoolYearId == 0)
                newYears.insert(row.startYear);
            plan.errors += int(problems.size());
            plan.added += row.action == Action::Add ? 1 : 0;
            plan.unchanged += row.action == Action::Unchanged ? 1 : 0;
            plan.skipped += row.action == Action::Skip ? 1 : 0;
            plan.problems.append(problems);
            plan.rows.append(row);
        }
    }
    if (!anyList)
        return Error { Error::Code::Format,
            tr("No sheet has a header with the tổ (“Tổ”) and the model's name (“Tên mô hình”).") };
    plan.newYears = newYears.values();
    std::sort(plan.newYears.begin(), plan.newYears.end());
    return plan;
}

Result<LearningModelImport::Summary> LearningModelImport::apply(const Plan& plan, const Options& options)
{
    return ImportApply::run<Summary>(
        m_db, plan, options, [](ActivityRepository& repository, const Row& row, qint64 yearId) {
            LearningModel model = row.model;
            if (model.schoolYearId == 0)
                model.schoolYearId = yearId;
            return repository.insertModel(model);
        });
}

} // namespace thidua
