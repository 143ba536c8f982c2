#include "core/demo/DemoActivities.h"

#include "core/activities/ActivityService.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"

namespace thidua {

namespace {

const QString Principal = QStringLiteral("Hiệu trưởng Trường THPT Nguyễn Trãi");
const QString Department = QStringLiteral("Sở Giáo dục và Đào tạo");

class Builder
{
public:
    explicit Builder(QSqlDatabase db)
        : m_db(db)
        , m_service(std::move(db))
    {}

    Status run(int lastStartYear)
    {
        if (auto loaded = load(); !loaded)
            return loaded;
        const SchoolQuery school(m_db);
        for (const int start : { lastStartYear - 1, lastStartYear }) {
            auto year = school.yearByStart(start);
            if (!year)
                return year.error();
            if (year->id == 0)
                continue;
            const bool past = start < lastStartYear;
            if (auto added = activities(*year, past); !added)
                return added;
            if (auto added = initiatives(*year, past); !added)
                return added;
        }
        return {};
    }

private:
    Status load()
    {
        const PeopleQuery people(m_db);
        auto staff = people.people({ PersonKind::Staff, true });
        if (!staff)
            return staff.error();
        for (const Person& p : std::as_const(*staff))
            m_staff << p.id;
        auto collectives = people.collectives();
        if (!collectives)
            return collectives.error();
        m_collectives = *collectives;
        for (const Collective& c : std::as_const(m_collectives)) {
            if (c.kind == CollectiveKind::SubjectGroup)
                m_groups << c.id;
        }
        return {};
    }

    // The tổ of that name, else the first tổ (0 when there is none).
    qint64 group(const QString& name) const
    {
        for (const Collective& c : m_collectives) {
            if (c.kind == CollectiveKind::SubjectGroup && c.name == name)
                return c.id;
        }
        return m_groups.value(0);
    }

    // The n-th member of the staff (any, when the school is smaller).
    qint64 staff(qsizetype n) const { return m_staff.isEmpty() ? 0 : m_staff.at(n % m_staff.size()); }

    QList<qint64> classes(qint64 yearId, int count) const
    {
        QList<qint64> out;
        for (const Collective& c : m_collectives) {
            if (c.kind == CollectiveKind::Class && c.schoolYearId == yearId && out.size() < count)
                out << c.id;
        }
        return out;
    }

    Status add(Activity activity)
    {
        auto id = m_service.addActivity(activity);
        return id ? Status() : Status(id.error());
    }

    Status activities(const SchoolYear& year, bool past)
    {
        const int y = year.startYear;
        const QString span = year.name();
        auto make = [&](Activity::Kind kind, const QString& title, QDate from, QDate to) {
            Activity a;
            a.schoolYearId = year.id;
            a.kind = kind;
            a.title = title;
            a.startDate = from;
            a.endDate = to;
            return a;
        };
        Activity campaign = make(Activity::Kind::Propaganda,
            QStringLiteral("Tuyên truyền Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập "
                           "suốt đời” năm học %1")
                .arg(span),
            QDate(y, 9, 8),
            QDate(y, 9, 12));
        campaign.participantCount = 60 + 640 + (y % 2) * 20;
        campaign.description =
            QStringLiteral("Lồng ghép trong buổi chào cờ, bản tin và trang thông tin của nhà trường.");
        Activity training = make(Activity::Kind::Training,
            QStringLiteral("Tập huấn ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học"),
            QDate(y, 9, 14),
            QDate(y, 9, 14));
        training.participantIds = m_staff.mid(0, 12 + (y % 3));
        training.organizerId = group(QStringLiteral("Tin học"));
        Activity week = make(Activity::Kind::LifelongLearningWeek,
            QStringLiteral("Tuần lễ hưởng ứng học tập suốt đời năm %1").arg(y),
            QDate(y, 10, 1),
            QDate(y, 10, 7));
        week.participantCount = 700 + (y % 4) * 10;
        week.description =
            QStringLiteral("Tọa đàm “Học tập suốt đời”, trưng bày sách, thi tìm hiểu về học tập suốt đời.");
        Activity contest = make(Activity::Kind::Contest,
            QStringLiteral("Hội thi giáo viên dạy giỏi cấp trường năm học %1").arg(span),
            QDate(y, 11, 18),
            QDate(y, 11, 20));
        contest.participantIds = m_staff.mid(12, 6);
        for (Activity* a : { &campaign, &training, &week, &contest }) {
            if (auto added = add(*a); !added)
                return added;
        }
        if (!past)
            return {};
        Activity thematic = make(Activity::Kind::Thematic,
            QStringLiteral("Chuyên đề “Dạy học phát triển năng lực tự học của học sinh”"),
            QDate(y, 12, 10),
            QDate(y, 12, 10));
        thematic.organizerId = m_groups.value(0);
        if (!m_groups.isEmpty())
            thematic.collectiveIds = { m_groups.constFirst(), m_groups.value(2, m_groups.constFirst()) };
        Activity books = make(Activity::Kind::ReadingDay,
            QStringLiteral("Ngày Sách và Văn hóa đọc Việt Nam năm %1").arg(y + 1),
            QDate(y + 1, 4, 21),
            QDate(y + 1, 4, 21));
        books.organizerId = group(QStringLiteral("Ngữ văn"));
        books.collectiveIds = classes(year.id, 4);
        books.participantCount = 160;
        for (Activity* a : { &thematic, &books }) {
            if (auto added = add(*a); !added)
                return added;
        }
        return {};
    }

    Status initiatives(const SchoolYear& year, bool past)
    {
        const int y = year.startYear;
        QList<Initiative> wanted;
        Initiative geogebra;
        geogebra.title = QStringLiteral("Ứng dụng phần mềm GeoGebra trong dạy học hình học lớp 11");
        geogebra.authorIds = { staff(2), staff(5) };
        Initiative library;
        library.title = QStringLiteral("Xây dựng thư viện số phục vụ tự học của học sinh");
        library.authorIds = { staff(7) };
        Initiative records;
        records.title = QStringLiteral("Giải pháp quản lý hồ sơ thi đua, khen thưởng trên máy tính");
        records.authorIds = { staff(3) };
        if (past) {
            geogebra.level = Initiative::Level::Base;
            geogebra.decisionNumber = QStringLiteral("%1/QĐ-THPTNT").arg(41 + y % 10);
            geogebra.decisionDate = QDate(y + 1, 5, 20);
            geogebra.decisionIssuer = Principal;
            library.level = Initiative::Level::Province;
            library.decisionNumber = QStringLiteral("%1/QĐ-SGDĐT").arg(1200 + y % 100);
            library.decisionDate = QDate(y + 1, 6, 12);
            library.decisionIssuer = Department;
            wanted = { geogebra, library, records };
        } else {
            wanted = { records };
            wanted.first().title = QStringLiteral("Tổ chức câu lạc bộ đọc sách theo lớp");
            wanted.first().authorIds = { staff(4) };
        }
        if (m_staff.isEmpty())
            return {};
        for (Initiative& i : wanted) {
            i.schoolYearId = year.id;
            if (auto id = m_service.addInitiative(i); !id)
                return id.error();
        }
        return {};
    }

    QSqlDatabase m_db;
    ActivityService m_service;
    QList<qint64> m_staff;
    QList<qint64> m_groups;
    Collectives m_collectives;
};

} // namespace

Status DemoActivities::add(const QSqlDatabase& db, int lastStartYear)
{
    return Builder(db).run(lastStartYear);
}

} // namespace thidua
