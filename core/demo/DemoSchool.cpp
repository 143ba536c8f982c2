#include "core/demo/DemoSchool.h"

#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

#include <QRandomGenerator>
#include <QStringList>

namespace thidua {

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Family names with rough frequencies (per thousand), middle and given names by gender.
struct NamePool
{
    QStringList family = words("Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Trịnh,"
                               "Mai,Trương,Đoàn,Lâm,Tạ,Châu,Lương,Cao,Tôn Nữ");
    QList<int> familyWeight {
        380, 110, 95, 70, 30, 25, 45, 22, 17, 21, 20, 14, 13, 13, 10, 5, 8, 7, 6, 6, 6, 5, 4, 3, 3
    };
    QStringList middleMale = words("Văn,Đức,Minh,Quốc,Hữu,Thanh,Hoàng,Gia,Anh,Ngọc,Công,Đình,Xuân,Tuấn,Trọng,Bảo,Nhật");
    QStringList middleFemale = words("Thị,Ngọc,Thu,Thanh,Kim,Minh,Phương,Thùy,Hoài,Mỹ,Bảo,Khánh,Thị Thu,Thị Ngọc,Hồng");
    QStringList givenMale = words("An,Bảo,Bình,Cường,Dũng,Duy,Đạt,Đức,Hải,Hiếu,Hòa,Hoàng,Hùng,Huy,Khang,Khánh,Khoa,"
                                  "Kiên,Long,Lâm,Lộc,Minh,Nam,Nghĩa,Nhân,Phát,Phong,Phúc,Quân,Quang,Sơn,Tài,Thắng,"
                                  "Thành,Thịnh,Toàn,Trí,Trung,Tuấn,Việt,Vinh,Vũ,Ân,Đăng,Thuận");
    QStringList givenFemale = words("Anh,Ánh,Châu,Chi,Diệp,Dung,Giang,Hà,Hạnh,Hằng,Hiền,Hoa,Hoà,Hương,Huyền,Lan,"
                                    "Linh,Loan,Mai,My,Nga,Ngân,Ngọc,Nhi,Nhung,Oanh,Phương,Quỳnh,Tâm,Thảo,Thu,Thuỷ,"
                                    "Thủy,Trang,Trinh,Tú,Uyên,Vân,Vy,Yến,Xuân,Đào,Khuê,Diễm");
};

const char* const SubjectGroups[] = { "Toán",
    "Ngữ văn",
    "Ngoại ngữ",
    "Vật lý",
    "Hóa học",
    "Sinh học",
    "Lịch sử – Địa lý",
    "Giáo dục thể chất – Quốc phòng",
    "Tin học",
    "Công nghệ",
    "Giáo dục kinh tế và pháp luật",
    "Nghệ thuật",
    "Hoạt động trải nghiệm",
    "Địa lý",
    "Giáo dục quốc phòng và an ninh",
    "Tiếng Pháp",
    "Tiếng Nhật",
    "Âm nhạc",
    "Mỹ thuật",
    "Tiếng Trung" };

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
        for (int w : std::as_const(m_pool.familyWeight))
            m_familyTotal += w;
    }

    Person person(PersonKind kind, int birthYearFrom, int birthYearTo)
    {
        Person p;
        p.kind = kind;
        p.gender = m_random.bounded(100) < (kind == PersonKind::Staff ? 68 : 52) ? Gender::Female : Gender::Male;
        const bool female = p.gender == Gender::Female;
        int pick = m_random.bounded(m_familyTotal);
        for (int i = 0; i < m_pool.familyWeight.size(); ++i) {
            pick -= m_pool.familyWeight[i];
            if (pick < 0) {
                p.familyName = m_pool.family[i];
                break;
            }
        }
        p.middleName = any(female ? m_pool.middleFemale : m_pool.middleMale);
        p.givenName = any(female ? m_pool.givenFemale : m_pool.givenMale);
        if (p.familyName == QStringLiteral("Tôn Nữ") && !female)
            p.familyName = QStringLiteral("Tôn Thất");
        const int year = birthYearFrom + m_random.bounded(birthYearTo - birthYearFrom + 1);
        p.birthDate = PartialDate(QDate(year, 1 + m_random.bounded(12), 1 + m_random.bounded(28)));
        return p;
    }

    const QString& any(const QStringList& list) { return list[m_random.bounded(int(list.size()))]; }
    int bounded(int n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
    NamePool m_pool;
    int m_familyTotal = 0;
};

} // namespace

DemoSchool::Size DemoSchool::reference()
{
    Size size;
    size.staff = 250;
    size.students = 2500;
    size.subjectGroups = 15;
    size.classes = 75;
    size.years = 8;
    return size;
}

Status DemoSchool::build(const QSqlDatabase& db, const Size& size)
{
    if (size.staff < 8 || size.classes < 3 || size.subjectGroups < 1 || size.years < 1
        || size.subjectGroups > int(std::size(SubjectGroups))) {
        return Error { Error::Code::Usage, tr("The demo school size is not possible.") };
    }
    PersonRepository people(db);
    auto existing = people.count({});
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error { Error::Code::Validation,
            tr("The database already holds people; the demo school needs an empty one.") };

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    SchoolRepository school(db);
    CollectiveRepository collectives(db);
    Generator gen(size.seed);
    const int firstYear = size.lastStartYear - size.years + 1;

    SchoolYears years;
    for (int y = firstYear; y <= size.lastStartYear; ++y) {
        auto year = school.ensureYear(y);
        if (!year)
            return year.error();
        years << *year;
    }

    // The school itself, its tổ, the tổ văn phòng, the youth and trade unions.
    Collective schoolUnit { 0, CollectiveKind::School, QStringLiteral("Trường THPT Nguyễn Trãi"), 0, 0, 0, true };
    if (auto r = collectives.insert(schoolUnit); !r)
        return r.error();
    QList<Collective> groups;
    for (int i = 0; i <= size.subjectGroups; ++i) {
        const bool office = i == size.subjectGroups;
        Collective group { 0,
            office ? CollectiveKind::OfficeGroup : CollectiveKind::SubjectGroup,
            office ? QStringLiteral("Văn phòng") : QString::fromUtf8(SubjectGroups[i]),
            schoolUnit.id,
            0,
            0,
            true };
        if (auto r = collectives.insert(group); !r)
            return r.error();
        groups << group;
    }
    Collective tradeUnion {
        0, CollectiveKind::TradeUnion, QStringLiteral("Công đoàn trường"), schoolUnit.id, 0, 0, true
    };
    Collective youthUnion { 0, CollectiveKind::YouthUnion, QStringLiteral("Đoàn trường"), schoolUnit.id, 0, 0, true };
    for (Collective* c : { &tradeUnion, &youthUnion }) {
        if (auto r = collectives.insert(*c); !r)
            return r.error();
    }

    // Staff: the leaders first, then teachers spread over the tổ, then the office.
    const int officeStaff = qMax(3, size.staff / 10);
    QList<Person> staff;
    QList<int> staffGroup; // index into groups
    const QDate today(size.lastStartYear, 11, 20);
    for (int i = 0; i < size.staff; ++i) {
        Person p = gen.person(PersonKind::Staff, today.year() - 58, today.year() - 23);
        p.code = QStringLiteral("CB%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        p.activeFrom = QDate(2000 + gen.bounded(qMax(1, firstYear - 2000)), 8, 15);
        int group;
        if (i == 0) {
            p.position = QStringLiteral("Hiệu trưởng");
            group = 0;
        } else if (i <= 3) {
            p.position = QStringLiteral("Phó Hiệu trưởng");
            group = i % size.subjectGroups;
        } else if (i >= size.staff - officeStaff) {
            static const QStringList officeJobs = words("Văn thư,Kế toán,Thủ quỹ,Nhân viên y tế,Nhân viên thư viện,"
                                                        "Nhân viên thiết bị,Bảo vệ,Nhân viên phục vụ");
            p.position = officeJobs[(size.staff - 1 - i) % officeJobs.size()];
            group = size.subjectGroups;
        } else {
            p.position = QStringLiteral("Giáo viên");
            group = (i - 4) % size.subjectGroups;
        }
        if (auto r = people.insert(p); !r)
            return r.error();
        staff << p;
        staffGroup << group;
    }

    // Tổ trưởng and tổ phó: the first two teachers found in each tổ.
    QList<int> heads(groups.size(), -1), deputies(groups.size(), -1);
    for (int i = 4; i < staff.size(); ++i) {
        const int g = staffGroup[i];
        if (heads[g] < 0) {
            heads[g] = i;
            staff[i].position =
                g == size.subjectGroups ? QStringLiteral("Tổ trưởng tổ Văn phòng") : QStringLiteral("Tổ trưởng");
        } else if (deputies[g] < 0) {
            deputies[g] = i;
            staff[i].position = QStringLiteral("Tổ phó");
        } else {
            continue;
        }
        if (auto r = people.update(staff[i]); !r)
            return r.error();
    }

    // Students of the last year, by class; earlier years hold the same students in lower grades.
    QList<int> classGrade;
    QStringList classNames;
    QList<QList<int>> classesOfGrade(3); // grade 10, 11, 12 → indexes into classNames
    for (int g = 0; g < 3; ++g) {
        const int count = size.classes / 3 + (g < size.classes % 3 ? 1 : 0);
        for (int c = 1; c <= count; ++c) {
            classesOfGrade[g] << int(classNames.size());
            classGrade << 10 + g;
            classNames << QStringLiteral("%1A%2").arg(10 + g).arg(c);
        }
    }
    QList<Person> students;
    QList<int> studentClass; // index into classNames, last year
    for (int i = 0; i < size.students; ++i) {
        const int cls = i % size.classes;
        const int age = 15 + classGrade[cls] - 10;
        Person p = gen.person(PersonKind::Student, size.lastStartYear - age, size.lastStartYear - age);
        p.code = QStringLiteral("79%1").arg(20000000 + i * 37 + gen.bounded(30), 8, 10, QLatin1Char('0'));
        p.position = i % 35 == 0 ? QStringLiteral("Lớp trưởng") : QString();
        if (auto r = people.insert(p); !r)
            return r.error();
        students << p;
        studentClass << cls;
    }

    // Per year: classes, memberships, council.
    for (const SchoolYear& year : std::as_const(years)) {
        const int back = size.lastStartYear - year.startYear; // 0 for the last year
        QList<qint64> classIds;
        for (int c = 0; c < classNames.size(); ++c) {
            Collective cls { 0, CollectiveKind::Class, classNames[c], schoolUnit.id, year.id, classGrade[c], true };
            if (auto r = collectives.insert(cls); !r)
                return r.error();
            classIds << cls.id;
        }
        for (int i = 0; i < students.size(); ++i) {
            const int cls = studentClass[i];
            const int grade = classGrade[cls] - back;
            if (grade < 10)
                continue; // not yet at the school that year
            // The same class letter and number, `back` grades lower ("12A3" was "11A3" the year before).
            const QList<int>& now = classesOfGrade[classGrade[cls] - 10];
            const QList<int>& then = classesOfGrade[grade - 10];
            const int earlierClass = then[qMin(int(now.indexOf(cls)), int(then.size()) - 1)];
            Membership m { 0, students[i].id, classIds[earlierClass], year.id, Membership::Role::Member };
            if (auto r = collectives.addMember(m); !r)
                return r.error();
        }
        for (int i = 0; i < staff.size(); ++i) {
            const int g = staffGroup[i];
            const Membership::Role role = heads[g] == i ? Membership::Role::Head
                : deputies[g] == i                      ? Membership::Role::Deputy
                                                        : Membership::Role::Member;
            Membership m { 0, staff[i].id, groups[g].id, year.id, role };
            if (auto r = collectives.addMember(m); !r)
                return r.error();
            Membership union_ { 0, staff[i].id, tradeUnion.id, year.id, Membership::Role::Member };
            if (auto r = collectives.addMember(union_); !r)
                return r.error();
        }
        CouncilMembers council;
        council << CouncilMember { 0, year.id, staff[0].id, CouncilMember::Role::Chair, staff[0].position, 0 };
        for (int i = 1; i <= 2; ++i)
            council << CouncilMember { 0, year.id, staff[i].id, CouncilMember::Role::ViceChair, staff[i].position, 0 };
        const int secretary = size.staff - officeStaff;
        council << CouncilMember {
            0, year.id, staff[secretary].id, CouncilMember::Role::Secretary, staff[secretary].position, 0
        };
        for (int g = 0; g < groups.size() && council.size() < 11; ++g) {
            if (heads[g] >= 0 && heads[g] != secretary) {
                council << CouncilMember { 0,
                    year.id,
                    staff[heads[g]].id,
                    CouncilMember::Role::Member,
                    QStringLiteral("Tổ trưởng tổ %1").arg(groups[g].name),
                    0 };
            }
        }
        if (auto r = school.setCouncil(year.id, council, year.startDate); !r)
            return r.error();
    }

    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường THPT Nguyễn Trãi");
    profile.governingBody = QStringLiteral("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh");
    profile.abbreviation = QStringLiteral("NTr");
    profile.placeName = QStringLiteral("Thành phố Hồ Chí Minh");
    profile.address = QStringLiteral("364 Nguyễn Tất Thành, Phường Xóm Chiếu, Thành phố Hồ Chí Minh");
    profile.phone = QStringLiteral("028 3940 1234");
    profile.email = QStringLiteral("thptnguyentrai@hcm.edu.vn");
    for (int i = 0; i <= 3; ++i) {
        profile.leaders << SchoolLeader { 0,
            i == 0 ? SchoolLeader::Role::Head : SchoolLeader::Role::Deputy,
            staff[i].fullName(),
            staff[i].position,
            staff[i].id };
    }
    if (auto r = school.saveProfile(profile); !r)
        return r.error();
    return transaction.commit();
}

} // namespace thidua
