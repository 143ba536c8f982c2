#include "core/demo/DemoSchool.h"

#include "core/criteria/LearningCitizenRepository.h"
#include "core/db/Transaction.h"
#include "core/demo/DemoActivities.h"
#include "core/demo/DemoEvidence.h"
#include "core/demo/DemoLearningModels.h"
#include "core/demo/DemoMeetings.h"
#include "core/demo/DemoReportTexts.h"
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

// A year's intake (khóa): the students who enter grade 10 in `entryYear` and keep their class (10A2, then 11A2, then
// 12A2) until they finish grade 12 and leave at the end of that school year.
struct Cohort
{
    int entryYear = 0;
    QList<QList<int>> classes; // per class, its students (indexes into Builder::m_students)
    QList<int> monitors; // per class, its lớp trưởng (an index into m_students)
    QList<int> deputies; // per class, its lớp phó
};

const QString ClassMonitor = QStringLiteral("Lớp trưởng");
const QString DeputyMonitor = QStringLiteral("Lớp phó");

// Builds the school inside the caller's transaction, year by year as a real school would have it: each year has the
// classes of the three intakes then at the school, every student at the school that year is in one of them, each
// class has one lớp trưởng and one lớp phó, and ages fit the grades (AgePlausibility warns about none).
class Builder
{
public:
    Builder(const QSqlDatabase& db, const DemoSchool::Size& size)
        : m_size(size)
        , m_people(db)
        , m_collectives(db)
        , m_school(db)
        , m_results(db)
        , m_gen(size.seed)
        , m_firstYear(size.lastStartYear - size.years + 1)
    {}

    Status build()
    {
        for (auto step : { &Builder::makeYears,
                 &Builder::makeUnits,
                 &Builder::makeStaff,
                 &Builder::makeStudents,
                 &Builder::makeYearsContent,
                 &Builder::recordResults,
                 &Builder::saveProfile }) {
            if (auto done = (this->*step)(); !done)
                return done;
        }
        return {};
    }

private:
    // Classes of grade 10 + g in the last year (g = 0, 1, 2); a growing school gives the odd ones to the lower grades.
    int classesOfGrade(int g) const { return m_size.classes / 3 + (g < m_size.classes % 3 ? 1 : 0); }
    int lastYearClassIndex(int entryYear, int k) const
    {
        const int g = m_size.lastStartYear - entryYear;
        if (g > 2)
            return k; // left before the last year: sized like the first classes
        int index = k;
        for (int j = 0; j < g; ++j)
            index += classesOfGrade(j);
        return index;
    }
    // The students of one class: the last year's students spread evenly over its classes.
    int classSize(int entryYear, int k) const
    {
        const int index = lastYearClassIndex(entryYear, k);
        return m_size.students / m_size.classes + (index < m_size.students % m_size.classes ? 1 : 0);
    }

    Status makeYears()
    {
        for (int y = m_firstYear; y <= m_size.lastStartYear; ++y) {
            auto year = m_school.ensureYear(y);
            if (!year)
                return year.error();
            m_years << *year;
        }
        return {};
    }

    // The school itself, its tổ, the tổ văn phòng, the youth and trade unions.
    Status makeUnits()
    {
        m_schoolUnit = { 0, CollectiveKind::School, QStringLiteral("Trường THPT Nguyễn Trãi"), 0, 0, 0, true };
        if (auto r = m_collectives.insert(m_schoolUnit); !r)
            return r.error();
        for (int i = 0; i <= m_size.subjectGroups; ++i) {
            const bool office = i == m_size.subjectGroups;
            Collective group { 0,
                office ? CollectiveKind::OfficeGroup : CollectiveKind::SubjectGroup,
                office ? QStringLiteral("Văn phòng") : QString::fromUtf8(SubjectGroups[i]),
                m_schoolUnit.id,
                0,
                0,
                true };
            if (auto r = m_collectives.insert(group); !r)
                return r.error();
            m_groups << group;
        }
        m_tradeUnion = {
            0, CollectiveKind::TradeUnion, QStringLiteral("Công đoàn trường"), m_schoolUnit.id, 0, 0, true
        };
        Collective youthUnion {
            0, CollectiveKind::YouthUnion, QStringLiteral("Đoàn trường"), m_schoolUnit.id, 0, 0, true
        };
        for (Collective* c : { &m_tradeUnion, &youthUnion }) {
            if (auto r = m_collectives.insert(*c); !r)
                return r.error();
        }
        return {};
    }

    // The leaders first (of an age to lead), then teachers spread over the tổ, then the office. Everyone has worked
    // here since before the first year, started at 22 or later, and is of working age in every year.
    Status makeStaff()
    {
        m_officeStaff = qMax(3, m_size.staff / 10);
        const int oldest = m_size.lastStartYear - 58;
        const int youngest = qMax(oldest, m_firstYear - 23);
        for (int i = 0; i < m_size.staff; ++i) {
            Person p = i <= 3 ? m_gen.person(PersonKind::Staff, oldest, qMax(oldest, qMin(youngest, oldest + 13)))
                              : m_gen.person(PersonKind::Staff, oldest, youngest);
            p.code = QStringLiteral("CB%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            const int started = p.birthDate.year() + 22;
            p.activeFrom = QDate(started + m_gen.bounded(qMax(1, m_firstYear - started)), 8, 15);
            int group;
            if (i == 0) {
                p.position = QStringLiteral("Hiệu trưởng");
                group = 0;
            } else if (i <= 3) {
                p.position = QStringLiteral("Phó Hiệu trưởng");
                group = i % m_size.subjectGroups;
            } else if (i >= m_size.staff - m_officeStaff) {
                static const QStringList officeJobs = words("Văn thư,Kế toán,Thủ quỹ,Nhân viên y tế,Nhân viên thư viện,"
                                                            "Nhân viên thiết bị,Bảo vệ,Nhân viên phục vụ");
                p.position = officeJobs[(m_size.staff - 1 - i) % officeJobs.size()];
                group = m_size.subjectGroups;
            } else {
                p.position = QStringLiteral("Giáo viên");
                group = (i - 4) % m_size.subjectGroups;
            }
            m_staff << p;
            m_staffGroup << group;
        }
        // Tổ trưởng and tổ phó: the first two teachers found in each tổ.
        m_heads = QList<int>(m_groups.size(), -1);
        m_deputies = QList<int>(m_groups.size(), -1);
        for (int i = 4; i < m_staff.size(); ++i) {
            const int g = m_staffGroup[i];
            if (m_heads[g] < 0) {
                m_heads[g] = i;
                m_staff[i].position =
                    g == m_size.subjectGroups ? QStringLiteral("Tổ trưởng tổ Văn phòng") : QStringLiteral("Tổ trưởng");
            } else if (m_deputies[g] < 0) {
                m_deputies[g] = i;
                m_staff[i].position = QStringLiteral("Tổ phó");
            }
        }
        for (Person& p : m_staff) {
            if (auto r = m_people.insert(p); !r)
                return r.error();
        }
        return {};
    }

    // Every intake that is at the school in one of the years: from the one in grade 12 in the first year to the one
    // entering in the last. Born in the year they turn 15 in grade 10, a few a year earlier (a late start, a year
    // repeated); those who finished grade 12 before the last year have left.
    Status makeStudents()
    {
        int serial = 0;
        for (int entry = m_firstYear - 2; entry <= m_size.lastStartYear; ++entry) {
            Cohort cohort;
            cohort.entryYear = entry;
            const int g = m_size.lastStartYear - entry;
            const int classes = classesOfGrade(qMin(g, 2));
            for (int k = 0; k < classes; ++k) {
                QList<int> members;
                const int seats = classSize(entry, k);
                const int monitor = m_gen.bounded(seats);
                const int deputy = (monitor + 1 + m_gen.bounded(seats - 1)) % seats;
                for (int s = 0; s < seats; ++s) {
                    const int born = entry - 15 - (m_gen.bounded(100) < 5 ? 1 : 0);
                    Person p = m_gen.person(PersonKind::Student, born, born);
                    p.code = QStringLiteral("79%1").arg(
                        20000000 + serial++ * 37 + m_gen.bounded(30), 8, 10, QLatin1Char('0'));
                    p.position = s == monitor ? ClassMonitor : s == deputy ? DeputyMonitor : QString();
                    p.activeFrom = SchoolYear::standard(entry).startDate;
                    if (entry + 2 < m_size.lastStartYear)
                        p.activeTo = SchoolYear::standard(entry + 2).endDate;
                    if (auto r = m_people.insert(p); !r)
                        return r.error();
                    members << int(m_students.size());
                    m_students << p;
                }
                cohort.classes << members;
                cohort.monitors << members[monitor];
                cohort.deputies << members[deputy];
            }
            m_cohorts << cohort;
        }
        return {};
    }

    Status makeYearsContent()
    {
        for (const SchoolYear& year : std::as_const(m_years)) {
            for (auto step : { &Builder::placeStudents, &Builder::placeStaff, &Builder::makeCouncil }) {
                if (auto done = (this->*step)(year); !done)
                    return done;
            }
        }
        return {};
    }

    // The classes of the year, grade 10 first, and their students with one lớp trưởng and one lớp phó each.
    Status placeStudents(const SchoolYear& year)
    {
        for (int g = 0; g <= 2; ++g) {
            const int entry = year.startYear - g;
            const Cohort& cohort = m_cohorts[entry - (m_firstYear - 2)];
            for (int k = 0; k < cohort.classes.size(); ++k) {
                Collective cls { 0,
                    CollectiveKind::Class,
                    QStringLiteral("%1A%2").arg(10 + g).arg(k + 1),
                    m_schoolUnit.id,
                    year.id,
                    10 + g,
                    true };
                if (auto r = m_collectives.insert(cls); !r)
                    return r.error();
                for (int s : cohort.classes[k]) {
                    const Membership::Role role = s == cohort.monitors[k] ? Membership::Role::Head
                        : s == cohort.deputies[k]                         ? Membership::Role::Deputy
                                                                          : Membership::Role::Member;
                    Membership m { 0, m_students[s].id, cls.id, year.id, role };
                    if (auto r = m_collectives.addMember(m); !r)
                        return r.error();
                }
            }
        }
        return {};
    }

    Status placeStaff(const SchoolYear& year)
    {
        for (int i = 0; i < m_staff.size(); ++i) {
            const int g = m_staffGroup[i];
            const Membership::Role role = m_heads[g] == i ? Membership::Role::Head
                : m_deputies[g] == i                      ? Membership::Role::Deputy
                                                          : Membership::Role::Member;
            Membership m { 0, m_staff[i].id, m_groups[g].id, year.id, role };
            if (auto r = m_collectives.addMember(m); !r)
                return r.error();
            Membership union_ { 0, m_staff[i].id, m_tradeUnion.id, year.id, Membership::Role::Member };
            if (auto r = m_collectives.addMember(union_); !r)
                return r.error();
        }
        return {};
    }

    Status makeCouncil(const SchoolYear& year)
    {
        CouncilMembers council;
        council << CouncilMember { 0, year.id, m_staff[0].id, CouncilMember::Role::Chair, m_staff[0].position, 0 };
        for (int i = 1; i <= 2; ++i) {
            council << CouncilMember {
                0, year.id, m_staff[i].id, CouncilMember::Role::ViceChair, m_staff[i].position, 0
            };
        }
        const int secretary = m_size.staff - m_officeStaff;
        council << CouncilMember {
            0, year.id, m_staff[secretary].id, CouncilMember::Role::Secretary, m_staff[secretary].position, 0
        };
        for (int g = 0; g < m_groups.size() && council.size() < 11; ++g) {
            if (m_heads[g] >= 0 && m_heads[g] != secretary) {
                council << CouncilMember { 0,
                    year.id,
                    m_staff[m_heads[g]].id,
                    CouncilMember::Role::Member,
                    QStringLiteral("Tổ trưởng tổ %1").arg(m_groups[g].name),
                    0 };
            }
        }
        if (auto r = m_school.setCouncil(year.id, council, year.startDate); !r)
            return r.error();
        return {};
    }

    // Công dân học tập results of the last two years, so that the targets (95 % of a class, 100 % of a tổ) show
    // something real. The last year, still under way: in every fifth class from the third (10A3, 11A2, 12A2 of the
    // default school) the 2nd–4th students are không đạt and the 5th not yet assessed, in every fifth from the fifth
    // the 6th student is not yet assessed (no row); the last member of the second tổ (Ngữ văn) is không đạt;
    // everyone else đạt. The year before, finished: every fifth class from the second has three không đạt, the last
    // member of the third tổ one, everyone else đạt, all with the date of assessment.
    Status recordResults()
    {
        for (int back = 0; back < 2 && back < m_years.size(); ++back) {
            const SchoolYear& year = m_years.at(m_years.size() - 1 - back);
            const bool current = back == 0;
            int c = 0;
            for (int g = 0; g <= 2; ++g) {
                const Cohort& cohort = m_cohorts[year.startYear - g - (m_firstYear - 2)];
                for (const QList<int>& students : cohort.classes) {
                    const bool shortOfTarget = c % 5 == (current ? 2 : 1);
                    const bool oneMissing = current && c % 5 == 4;
                    ++c;
                    for (int i = 0; i < students.size(); ++i) {
                        if ((shortOfTarget && current && i == 4) || (oneMissing && i == 5))
                            continue; // chưa đánh giá
                        const bool failed = shortOfTarget && i >= 1 && i <= 3;
                        if (auto r = record(m_students[students[i]].id, year, failed, i, current); !r)
                            return r;
                    }
                }
            }
            const int shortGroup = std::min(current ? 1 : 2, int(m_groups.size()) - 1);
            const int lastOfGroup = int(m_staffGroup.lastIndexOf(shortGroup));
            for (int i = 0; i < m_staff.size(); ++i) {
                if (auto r = record(m_staff[i].id, year, i == lastOfGroup, i, current); !r)
                    return r;
            }
        }
        return {};
    }

    Status record(qint64 personId, const SchoolYear& year, bool failed, int i, bool current)
    {
        LearningCitizenResult result;
        result.personId = personId;
        result.schoolYearId = year.id;
        result.status = failed ? LearningCitizenResult::Status::Failed : LearningCitizenResult::Status::Passed;
        result.score = failed ? 62 + (i * 7) % 15 : 80 + (i * 13) % 21;
        if (!current)
            result.assessedOn = year.startDate.addMonths(8).addDays(i % 20);
        if (failed)
            result.note = QStringLiteral("Chưa đủ 80 điểm");
        return m_results.save(result);
    }

    Status saveProfile()
    {
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
                m_staff[i].fullName(),
                m_staff[i].position,
                m_staff[i].id };
        }
        if (auto r = m_school.saveProfile(profile); !r)
            return r.error();
        return {};
    }

    DemoSchool::Size m_size;
    PersonRepository m_people;
    CollectiveRepository m_collectives;
    SchoolRepository m_school;
    LearningCitizenRepository m_results;
    Generator m_gen;
    int m_firstYear;
    SchoolYears m_years;
    Collective m_schoolUnit;
    Collective m_tradeUnion;
    QList<Collective> m_groups; // the tổ chuyên môn, then the tổ văn phòng
    int m_officeStaff = 0;
    People m_staff;
    QList<int> m_staffGroup; // index into m_groups
    QList<int> m_heads, m_deputies; // per tổ, index into m_staff; -1: none
    People m_students;
    QList<Cohort> m_cohorts; // oldest intake first
};

} // namespace

DemoSchool::Size DemoSchool::reference()
{
    Size size;
    size.staff = 250;
    size.students = 2500;
    size.subjectGroups = 15;
    size.classes = 63; // 21 per grade, about 40 students each
    size.years = 8;
    return size;
}

Status DemoSchool::build(const QSqlDatabase& db, const Size& size)
{
    if (size.staff < 8 || size.classes < 3 || size.subjectGroups < 1 || size.years < 1 || size.years > 20
        || size.students < 2 * size.classes || size.subjectGroups > int(std::size(SubjectGroups))) {
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
    if (auto built = Builder(db, size).build(); !built)
        return built;
    if (auto models = DemoLearningModels::add(db); !models)
        return models;
    if (auto evidence = DemoEvidence::add(db, size.lastStartYear); !evidence)
        return evidence;
    if (auto meetings = DemoMeetings::add(db, size.lastStartYear); !meetings)
        return meetings;
    if (auto activities = DemoActivities::add(db, size.lastStartYear); !activities)
        return activities;
    if (auto texts = DemoReportTexts::add(db, size.lastStartYear); !texts)
        return texts;
    return transaction.commit();
}

} // namespace thidua
