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

// Where a member of staff comes in a staff list: the Ban giám hiệu first (the Hiệu trưởng, then the Phó hiệu
// trưởng), as the school profile names them or, failing that, as their position says; everybody else after them.
int leaderRank(const Person& p, const QHash<qint64, int>& leaders)
{
    if (p.kind != PersonKind::Staff)
        return 2;
    if (leaders.contains(p.id))
        return leaders.value(p.id);
    const QString position = VietnameseText::fold(VietnameseText::clean(p.position));
    if (position.startsWith(QStringLiteral("hieu truong")))
        return 0;
    if (position.startsWith(QStringLiteral("pho hieu truong")))
        return 1;
    return 2;
}

// Rank of each person of the school profile's Ban giám hiệu: 0 for the Hiệu trưởng, 1 for a Phó hiệu trưởng.
Result<QHash<qint64, int>> leaderRanks(const QSqlDatabase& db)
{
    auto profile = SchoolRepository(db).profile();
    if (!profile)
        return profile.error();
    QHash<qint64, int> ranks;
    for (const SchoolLeader& leader : profile->leaders) {
        if (leader.personId > 0)
            ranks.insert(leader.personId, leader.role == SchoolLeader::Role::Head ? 0 : 1);
    }
    return ranks;
}

const QString PrintFont = QStringLiteral("Times New Roman");

// The title block above the table, as a school heads its lists: the governing body and the school on the left, the
// title and the school year centred across the table (Times New Roman 13, bold). Returns the header's row.
int writeTitle(
    XlsxWriter& xlsx, const SchoolProfile& school, const QString& title, const QString& yearName, int columns)
{
    xlsx.setFont(PrintFont, 12);
    int row = 0;
    const int left = std::min(columns, 7) - 1; // wide enough for "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH"
    for (const auto& [text, bold] :
        { std::pair { school.governingBody, false }, std::pair { school.fullName, true } }) {
        if (text.isEmpty())
            continue;
        xlsx.mergeCells(row, 0, row, left, text.toUpper(), bold);
        ++row;
    }
    if (row > 0)
        ++row;
    xlsx.setFont(PrintFont, 13);
    xlsx.mergeCells(row, 0, row, columns - 1, title, true);
    ++row;
    if (!yearName.isEmpty()) {
        xlsx.mergeCells(row, 0, row, columns - 1, QStringLiteral("NĂM HỌC ") + yearName, true);
        ++row;
    }
    return row + 1;
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
    auto leaders = leaderRanks(m_db);
    if (!leaders)
        return leaders.error();

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
    // As schools order a list: by unit (the Ban giám hiệu first, then each tổ or lớp; people of no tổ last), then
    // by name.
    struct Keyed
    {
        int rank;
        bool noGroup;
        QByteArray group;
        QByteArray person;
        Person p;
    };
    QList<Keyed> keyed;
    keyed.reserve(people->size());
    for (const Person& p : *people) {
        const QString group = groupOf.value(p.id);
        keyed.append({ leaderRank(p, *leaders),
            options.schoolYearId > 0 && group.isEmpty(),
            options.schoolYearId > 0 ? collator.sortKey(group) : QByteArray(),
            PersonOrder::key(collator, p),
            p });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.rank < 2)
            return a.person < b.person;
        if (a.noGroup != b.noGroup)
            return b.noGroup;
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
    auto school = SchoolRepository(m_db).profile();
    if (!school)
        return school.error();
    XlsxWriter xlsx;
    xlsx.addSheet(!options.kind                  ? QStringLiteral("Danh sách")
            : *options.kind == PersonKind::Staff ? QStringLiteral("Cán bộ")
                                                 : QStringLiteral("Học sinh"));
    const int headerRow = writeTitle(xlsx, *school, title(options, QString()), yearName, int(data->header.size()));
    // The table as schools print it: Times New Roman 12, thin borders, columns as wide as their content.
    xlsx.setFont(PrintFont, 12);
    xlsx.setBorders(true);
    for (int c = 0; c < data->header.size(); ++c)
        xlsx.writeText(headerRow, c, data->header.at(c), true);
    xlsx.freezeRows(headerRow + 1);
    xlsx.printOnPageWidth(headerRow, headerRow);
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
            else if (row.at(c).isEmpty())
                xlsx.writeBlank(sheetRow, c); // bordered
            else
                xlsx.writeText(sheetRow, c, row.at(c));
        }
    }
    xlsx.fitColumnWidths(4, 45);
    if (auto saved = xlsx.save(path); !saved)
        return saved.error();
    return int(data->rows.size());
}

} // namespace thidua
