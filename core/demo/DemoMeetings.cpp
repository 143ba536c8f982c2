#include "core/demo/DemoMeetings.h"

#include "core/awards/AwardService.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingService.h"
#include "core/meeting/NominationService.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"

#include <QSet>

namespace thidua {

namespace {

using Subject = AwardForm::Subject;

const QString Movement = QStringLiteral("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời");
const QString Issuer = QStringLiteral("Hiệu trưởng Trường THPT Nguyễn Trãi");
const QString Superior = QStringLiteral("Giám đốc Sở Giáo dục và Đào tạo");

// What a nominee's row of the demo asks for.
struct Wanted
{
    Subject subject = Subject::Person;
    QString formKey;
    QString achievement;
};

class Builder
{
public:
    explicit Builder(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Status run(int lastStartYear)
    {
        const SchoolQuery school(m_db);
        auto current = school.yearByStart(lastStartYear);
        if (!current)
            return current.error();
        auto previous = school.yearByStart(lastStartYear - 1);
        if (!previous)
            return previous.error();
        if (auto loaded = load(); !loaded)
            return loaded;
        if (auto earlier = earlierAwards(lastStartYear); !earlier)
            return earlier;
        if (previous->id > 0) {
            if (auto finished = finishedMeeting(*previous); !finished)
                return finished;
        }
        if (current->id > 0)
            return openMeeting(*current);
        return {};
    }

private:
    Status load()
    {
        const PeopleQuery people(m_db);
        auto staff = people.people({ PersonKind::Staff, true });
        if (!staff)
            return staff.error();
        m_staff = *staff;
        auto collectives = people.collectives();
        if (!collectives)
            return collectives.error();
        for (const Collective& c : std::as_const(*collectives)) {
            if (c.kind == CollectiveKind::SubjectGroup)
                m_groups.append(c);
        }
        return {};
    }

    // People of the staff not on the year's council (a council member who is a nominee is recused: the demo keeps
    // the counts plain).
    Result<QList<qint64>> candidates(const SchoolYear& year) const
    {
        auto council = SchoolQuery(m_db).council(year.id);
        if (!council)
            return council.error();
        QSet<qint64> members;
        for (const CouncilMember& m : std::as_const(*council))
            members.insert(m.personId);
        QList<qint64> out;
        for (const Person& p : m_staff) {
            if (!members.contains(p.id))
                out.append(p.id);
        }
        return out;
    }

    // Older awards of the first staff, entered by hand as the office would from its files.
    Status earlierAwards(int lastStartYear)
    {
        if (m_staff.size() < 3)
            return {};
        AwardService awards(m_db);
        const int year = lastStartYear - 2;
        const QList<AwardRecord> records {
            { 0,
                Subject::Person,
                m_staff[0].id,
                0,
                QStringLiteral("bang_khen_tinh"),
                QString(),
                QStringLiteral("1520/QĐ-UBND"),
                QDate(year, 8, 15),
                QStringLiteral("Chủ tịch Ủy ban nhân dân tỉnh"),
                0 },
            { 0,
                Subject::Person,
                m_staff[1].id,
                0,
                QStringLiteral("giay_khen_cap_tren"),
                QString(),
                QStringLiteral("812/QĐ-SGDĐT"),
                QDate(year, 7, 30),
                Superior,
                0 },
            { 0,
                Subject::Person,
                m_staff[2].id,
                0,
                QString(),
                QStringLiteral("Kỷ niệm chương Vì sự nghiệp giáo dục"),
                QStringLiteral("2210/QĐ-BGDĐT"),
                QDate(year - 3, 11, 10),
                QStringLiteral("Bộ trưởng Bộ Giáo dục và Đào tạo"),
                0 },
        };
        for (const AwardRecord& r : records) {
            if (auto added = awards.addRecord(r); !added)
                return added.error();
        }
        return {};
    }

    // A nomination of the year when it passes every check; 0 (and nothing kept) when it does not.
    Result<qint64> nominate(const SchoolYear& year, qint64 subjectId, const Wanted& wanted, const QDate& on)
    {
        Nomination n;
        n.schoolYearId = year.id;
        n.subject = wanted.subject;
        n.subjectId = subjectId;
        n.formKey = wanted.formKey;
        n.movement = Movement;
        n.period = QStringLiteral("năm học %1").arg(year.name());
        n.achievement = wanted.achievement;
        n.proposedBy = wanted.subject == Subject::Person ? QStringLiteral("Công đoàn trường") : QString();
        NominationService nominations(m_db);
        auto id = nominations.add(n);
        if (!id)
            return id.error();
        auto problems = nominations.check(*id, on);
        if (!problems)
            return problems.error();
        if (problems->isEmpty())
            return *id;
        if (auto removed = nominations.remove(*id); !removed)
            return removed.error();
        return qint64(0);
    }

    // The year's nominations: a member of staff for each of `people` (those who fail a check skipped), then the
    // collective forms.
    Result<QList<qint64>> nominations(
        const SchoolYear& year, const QList<Wanted>& people, const QList<Wanted>& groups, const QDate& on)
    {
        auto pool = candidates(year);
        if (!pool)
            return pool.error();
        QList<qint64> ids;
        qsizetype next = 0;
        QList<qint64> titled; // people nominated for Lao động tiên tiến above: a CSTĐCS goes to one of them
        for (const Wanted& w : people) {
            qint64 id = 0;
            if (w.formKey == QStringLiteral("chien_si_thi_dua_co_so")) {
                while (id == 0 && !titled.isEmpty()) {
                    auto made = nominate(year, titled.takeFirst(), w, on);
                    if (!made)
                        return made.error();
                    id = *made;
                }
            }
            while (id == 0 && next < pool->size()) {
                const qint64 person = pool->at(next++);
                auto made = nominate(year, person, w, on);
                if (!made)
                    return made.error();
                id = *made;
                if (id > 0 && w.formKey == QStringLiteral("lao_dong_tien_tien"))
                    titled.append(person);
            }
            if (id > 0)
                ids.append(id);
        }
        // The collective forms all go to the first tổ (Tập thể lao động xuất sắc needs its Tập thể lao động tiên tiến).
        for (qsizetype g = 0; g < groups.size() && !m_groups.isEmpty(); ++g) {
            auto made = nominate(year, m_groups.constFirst().id, groups.at(g), on);
            if (!made)
                return made.error();
            if (*made > 0)
                ids.append(*made);
        }
        return ids;
    }

    Result<qint64> meeting(const SchoolYear& year, const QDateTime& at, const QList<qint64>& nominees)
    {
        MeetingService meetings(m_db);
        MeetingService::NewMeeting m;
        m.schoolYearId = year.id;
        m.place = QStringLiteral("Phòng họp Hội đồng, Trường THPT Nguyễn Trãi");
        m.startsAt = at;
        auto id = meetings.create(m);
        if (!id)
            return id.error();
        auto record = MeetingQuery(m_db).record(*id);
        if (!record)
            return record.error();
        if (record->members.size() > 6) {
            const qint64 absent = record->members.constLast().councilMemberId;
            if (auto set = meetings.setAttendance(*id,
                    absent,
                    false,
                    QStringLiteral("Đi công tác theo quyết định của Sở"),
                    QStringLiteral("Đồng ý với các đề nghị khen thưởng của các tổ và Công đoàn."));
                !set)
                return set.error();
        }
        if (auto set = meetings.setNominees(*id, nominees); !set)
            return set.error();
        return *id;
    }

    // The one count of round 1: every member present gets a ballot, one is spoilt; each nominee agreed by all valid
    // ballots or all but one (members recused from it left out), a `failing` one only by half.
    static MeetingRules::Tally tally(const MeetingRecord& record, const QList<qint64>& failing)
    {
        MeetingRules::Tally t;
        t.issued = record.presentCount();
        t.returned = t.issued;
        t.invalid = 1;
        t.valid = t.issued - 1;
        const MeetingRecord::Round& round = record.rounds.constLast();
        for (int k = 0; k < round.nominationIds.size(); ++k) {
            int recused = 0;
            for (const MeetingRecord::Nominee& n : record.nominees) {
                if (n.view.nomination.id == round.nominationIds.at(k))
                    recused = int(n.recusedMemberIds.size());
            }
            const int votes = t.valid - recused;
            const int agree = failing.contains(round.nominationIds.at(k)) ? votes / 2 : votes - k % 2;
            t.nominees.append({ agree, votes - agree });
        }
        return t;
    }

    Status finishedMeeting(const SchoolYear& year)
    {
        const QDateTime at(QDate(year.startYear + 1, 5, 22), QTime(14, 0));
        const QString good = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học %1; đạt Công dân học tập.");
        const QList<Wanted> people { { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person,
                QStringLiteral("chien_si_thi_dua_co_so"),
                QStringLiteral("Có sáng kiến được công nhận cấp cơ sở; dạy giỏi cấp trường.") },
            { Subject::Person,
                QStringLiteral("giay_khen_hieu_truong"),
                QStringLiteral("Tích cực trong Tuần lễ hưởng ứng học tập suốt đời.") },
            { Subject::Person,
                QStringLiteral("giay_khen_hieu_truong"),
                QStringLiteral("Xây dựng mô hình học tập của tổ.") } };
        const QList<Wanted> groups {
            { Subject::Collective,
                QStringLiteral("tap_the_lao_dong_tien_tien"),
                QStringLiteral("Tổ hoàn thành tốt nhiệm vụ; 100 % thành viên đạt Công dân học tập.") },
            { Subject::Collective,
                QStringLiteral("tap_the_lao_dong_xuat_sac"),
                QStringLiteral("Tổ hoàn thành xuất sắc nhiệm vụ; hai mô hình học tập.") },
        };
        auto ids = nominations(year, people, groups, at.date());
        if (!ids)
            return ids.error();
        auto id = meeting(year, at, *ids);
        if (!id)
            return id.error();
        MeetingService meetings(m_db);
        auto round = meetings.openRound(*id);
        if (!round)
            return round.error();
        auto record = MeetingQuery(m_db).record(*id);
        if (!record)
            return record.error();
        const QList<qint64> failing { ids->size() > 2 ? ids->at(ids->size() - 3) : 0 };
        const MeetingRules::Tally counted = tally(*record, failing);
        const MeetingRecord::Member* secretary = record->secretary();
        const QString secretaryName = secretary ? secretary->name : QStringLiteral("Thư ký Hội đồng");
        const QString counterName = record->members.value(record->members.size() / 2).name;
        for (const auto& [entry, by] : { std::pair { 1, secretaryName }, std::pair { 2, counterName } }) {
            // The count is accepted during the meeting, an hour and a half after it starts.
            auto entered = meetings.enterTally(*id, *round, entry, by, counted, at.addSecs(90 * 60));
            if (!entered)
                return entered.error();
        }
        const QDateTime end = at.addSecs(2 * 3600);
        if (auto set = meetings.setDetails(*id,
                record->title,
                record->place,
                at,
                end,
                QStringLiteral("Hội đồng thống nhất đề nghị Hiệu trưởng công nhận và khen thưởng các cá nhân, tập "
                               "thể đạt tỷ lệ phiếu đồng ý theo quy định; trình cấp trên các danh hiệu thuộc thẩm "
                               "quyền cấp trên."));
            !set)
            return set;
        if (auto finalized = meetings.finalize(*id, QString(), end); !finalized)
            return finalized;
        return decide(*id, year);
    }

    // The decisions after the meeting: the Hiệu trưởng's a week later, the superior's a month later.
    Status decide(qint64 meetingId, const SchoolYear& year)
    {
        auto record = MeetingQuery(m_db).record(meetingId);
        if (!record)
            return record.error();
        NominationService nominations(m_db);
        const QDate school(year.startYear + 1, 5, 29);
        const QDate above(year.startYear + 1, 6, 26);
        for (const MeetingRecord::Nominee& n : std::as_const(record->nominees)) {
            if (!n.passed)
                continue;
            const qint64 id = n.view.nomination.id;
            if (n.view.form.schoolDecides()) {
                if (auto done = nominations.decide(id, QStringLiteral("125/QĐ-THPTNT"), school, Issuer); !done)
                    return done;
                if (auto done = nominations.markAwarded(id); !done)
                    return done;
            } else {
                if (auto done = nominations.setState(id, Nomination::State::Submitted); !done)
                    return done;
                if (auto done = nominations.decide(id, QStringLiteral("1432/QĐ-SGDĐT"), above, Superior); !done)
                    return done;
            }
        }
        return {};
    }

    Status openMeeting(const SchoolYear& year)
    {
        const QDateTime at(QDate(year.startYear + 1, 5, 21), QTime(14, 0));
        const QString good = QStringLiteral("Hoàn thành tốt nhiệm vụ năm học %1; đạt Công dân học tập.");
        const QList<Wanted> people { { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person, QStringLiteral("lao_dong_tien_tien"), good.arg(year.name()) },
            { Subject::Person,
                QStringLiteral("giay_khen_hieu_truong"),
                QStringLiteral("Hướng dẫn học sinh đạt giải cuộc thi Đại sứ văn hóa đọc.") } };
        const QList<Wanted> groups { { Subject::Collective,
            QStringLiteral("tap_the_lao_dong_tien_tien"),
            QStringLiteral("Tổ hoàn thành tốt nhiệm vụ; mô hình “Tổ học tập”.") } };
        auto ids = nominations(year, people, groups, at.date());
        if (!ids)
            return ids.error();
        auto id = meeting(year, at, *ids);
        if (!id)
            return id.error();
        return {};
    }

    QSqlDatabase m_db;
    People m_staff;
    QList<Collective> m_groups;
};

} // namespace

Status DemoMeetings::add(const QSqlDatabase& db, int lastStartYear)
{
    return Builder(db).run(lastStartYear);
}

} // namespace thidua
