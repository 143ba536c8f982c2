#include "core/people/RosterExport.h"

#include "core/common/Csv.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonOrder.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "core/text/VietnameseCollator.h"
#include "core/text/VietnameseText.h"

#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace thidua {

namespace {

enum Column
{
    Number,
    Code,
    Family,
    Middle,
    Given,
    FullName,
    BirthDate,
    Sex,
    Position,
    Group,
    Phone,
    Email,
    Note,
    ColumnCount
};

QString title(const RosterExport::Options& options, const QString& yearName)
{
    QString t = !options.kind ? QStringLiteral("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN VÀ HỌC SINH")
        : *options.kind == PersonKind::Staff ? QStringLiteral("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN")
                                             : QStringLiteral("DANH SÁCH HỌC SINH");
    if (!yearName.isEmpty())
        t += QStringLiteral(" NĂM HỌC ") + yearName;
    return t;
}

} // namespace

Result<RosterExport::Table> RosterExport::table(const Options& options) const
{
    PersonRepository repository(m_db);
    PersonRepository::Filter filter;
    filter.kind = options.kind;
    auto people = repository.list(filter);
    if (!people)
        return people.error();

    // The tổ / lớp of each person in that year.
    QHash<qint64, QString> groupOf;
    if (options.schoolYearId > 0) {
        CollectiveRepository collectives(m_db);
        auto all = collectives.list(options.schoolYearId);
        if (!all)
            return all.error();
        QHash<qint64, Collective> byId;
        for (const Collective& c : *all)
            byId.insert(c.id, c);
        auto members = collectives.memberships(options.schoolYearId);
        if (!members)
            return members.error();
        QHash<qint64, PersonKind> kindOf;
        for (const Person& p : *people)
            kindOf.insert(p.id, p.kind);
        for (const Membership& m : *members) {
            if (!kindOf.contains(m.personId) || groupOf.contains(m.personId))
                continue;
            const Collective c = byId.value(m.collectiveId);
            if (c.id > 0 && Collective::isGroupOf(c.kind, kindOf.value(m.personId)))
                groupOf.insert(m.personId, c.name);
        }
    }

    VietnameseCollator collator;
    struct Keyed
    {
        QByteArray group;
        QByteArray person;
        Person p;
    };
    QList<Keyed> keyed;
    keyed.reserve(people->size());
    for (const Person& p : *people) {
        keyed.append({ options.schoolYearId > 0 ? collator.sortKey(groupOf.value(p.id)) : QByteArray(),
            PersonOrder::key(collator, p),
            p });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        return a.group != b.group ? a.group < b.group : a.person < b.person;
    });

    Table table;
    const QString groupHeader = !options.kind  ? QStringLiteral("Tổ/Lớp")
        : *options.kind == PersonKind::Student ? QStringLiteral("Lớp")
                                               : QStringLiteral("Tổ");
    table.header = { QStringLiteral("STT"),
        QStringLiteral("Mã"),
        QStringLiteral("Họ"),
        QStringLiteral("Tên đệm"),
        QStringLiteral("Tên"),
        QStringLiteral("Họ và tên"),
        QStringLiteral("Ngày sinh"),
        QStringLiteral("Giới tính"),
        QStringLiteral("Chức vụ"),
        groupHeader,
        QStringLiteral("Điện thoại"),
        QStringLiteral("Email"),
        QStringLiteral("Ghi chú") };
    int n = 0;
    for (const Keyed& k : std::as_const(keyed)) {
        const Person& p = k.p;
        QStringList row(ColumnCount);
        row[Number] = QString::number(++n);
        row[Code] = p.code;
        row[Family] = p.familyName;
        row[Middle] = p.middleName;
        row[Given] = p.givenName;
        row[FullName] = p.fullName();
        row[BirthDate] = p.birthDate.toDisplay();
        row[Sex] = Person::genderName(p.gender);
        row[Position] = p.position;
        row[Group] = groupOf.value(p.id);
        row[Phone] = p.phone;
        row[Email] = p.email;
        row[Note] = p.note;
        table.rows.append(row);
        table.people.append(p);
    }
    return table;
}

QByteArray RosterExport::toCsv(const Table& table)
{
    QString text;
    text += Csv::record(table.header);
    for (const QStringList& row : table.rows)
        text += Csv::record(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<int> RosterExport::write(const QString& path, const Options& options) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("xlsx") && suffix != QStringLiteral("csv"))
        return Error { Error::Code::Usage, tr("Cannot export to “%1”: use a .xlsx or .csv file.").arg(path), path };
    auto data = table(options);
    if (!data)
        return data.error();

    if (suffix == QStringLiteral("csv")) {
        QSaveFile out(path);
        const QByteArray bytes = toCsv(*data);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return Error { Error::Code::Io, tr("Cannot write “%1”: %2.").arg(path, out.errorString()), path };
        return int(data->rows.size());
    }

    QString yearName;
    if (options.schoolYearId > 0) {
        auto years = SchoolRepository(m_db).years();
        if (!years)
            return years.error();
        for (const SchoolYear& y : *years) {
            if (y.id == options.schoolYearId)
                yearName = y.name();
        }
    }
    XlsxWriter xlsx;
    xlsx.addSheet(!options.kind                  ? QStringLiteral("Danh sách")
            : *options.kind == PersonKind::Staff ? QStringLiteral("Cán bộ")
                                                 : QStringLiteral("Học sinh"));
    // A title above the header, across the columns, as schools write their lists; the header is found by its names
    // on import.
    xlsx.mergeCells(0, 0, 0, int(data->header.size()) - 1, title(options, yearName), true);
    constexpr int headerRow = 2;
    const QList<double> widths { 5, 10, 12, 14, 9, 26, 12, 9, 16, 12, 13, 24, 20 };
    for (int c = 0; c < data->header.size(); ++c) {
        xlsx.writeText(headerRow, c, data->header.at(c), true);
        xlsx.setColumnWidth(c, widths.value(c, 12));
    }
    xlsx.freezeRows(headerRow + 1);
    xlsx.printOnPageWidth(headerRow + 1);
    for (int r = 0; r < data->rows.size(); ++r) {
        const QStringList& row = data->rows.at(r);
        const Person& p = data->people.at(r);
        const int sheetRow = headerRow + 1 + r;
        for (int c = 0; c < row.size(); ++c) {
            if (c == Number)
                xlsx.writeNumber(sheetRow, c, r + 1);
            else if (c == BirthDate && p.birthDate.hasDay())
                xlsx.writeDate(sheetRow, c, p.birthDate.date());
            else if (c == BirthDate && p.birthDate.isValid())
                xlsx.writeNumber(sheetRow, c, p.birthDate.year());
            else
                xlsx.writeText(sheetRow, c, row.at(c));
        }
    }
    if (auto saved = xlsx.save(path); !saved)
        return saved.error();
    return int(data->rows.size());
}

} // namespace thidua
