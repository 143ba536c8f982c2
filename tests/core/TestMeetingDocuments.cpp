// The documents of a council meeting from a hand-made MeetingRecord (9 of 11 members present, one absent member's
// written opinion, four nominees under three thresholds, an override, a recusal): the biên bản's attendance, quorum,
// standards, tallies, shares and verdicts; the biên bản kiểm phiếu; the ballots (A4 and A5); the tờ trình for the form
// decided above the school; the quyết định with their prizes in figures and words; issued through the register once
// (a second run keeps the numbers); each PDF through tests/tools/check_nd30.py and each DOCX opened by LibreOffice.
#include "core/db/Database.h"
#include "core/documents/DocumentService.h"
#include "core/documents/PdfRenderer.h"
#include "core/meeting/MeetingDocumentService.h"
#include "core/meeting/MeetingDocuments.h"
#include "core/meeting/MeetingService.h"
#include "core/meeting/NominationService.h"
#include "core/school/SchoolService.h"
#include "tests/support/MeetingFixture.h"
#include "tests/support/PdfProbe.h"
#include "tests/support/RequiredTool.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace thidua;
using thidua::test::PdfProbe;

namespace {

AwardForm form(const QString& key,
    const QString& name,
    AwardForm::Subject subject,
    AwardForm::Level level,
    const QString& decidedBy,
    MeetingRules::Threshold threshold)
{
    AwardForm award;
    award.key = key;
    award.name = name;
    award.category = AwardForm::Category::Title;
    award.subject = subject;
    award.level = level;
    award.decidedBy = decidedBy;
    award.threshold = threshold;
    return award;
}

MeetingRecord::Member member(qint64 id,
    const QString& name,
    const QString& title,
    const QString& role,
    const QString& roleName,
    bool present = true)
{
    MeetingRecord::Member m;
    m.councilMemberId = id;
    m.personId = 100 + id;
    m.name = name;
    m.title = title;
    m.role = role;
    m.roleName = roleName;
    m.present = present;
    return m;
}

MeetingRecord::Nominee nominee(qint64 nominationId,
    int position,
    const QString& name,
    const AwardForm& award,
    MeetingRules::Counts counts,
    int agree,
    int disagree)
{
    MeetingRecord::Nominee n;
    n.view.nomination.id = nominationId;
    n.view.nomination.subject = award.subject;
    n.view.nomination.subjectId = 200 + nominationId;
    n.view.nomination.formKey = award.key;
    n.view.nomination.movement = QStringLiteral("Cả nước thi đua xây dựng xã hội học tập");
    n.view.nomination.period = QStringLiteral("năm học 2024-2025");
    n.view.subjectName = name;
    n.view.position = award.subject == AwardForm::Subject::Person ? QStringLiteral("Giáo viên") : QString();
    n.view.unit = award.subject == AwardForm::Subject::Person ? QStringLiteral("Tổ Ngữ văn") : QString();
    n.view.form = award;
    n.position = position;
    n.counts = counts;
    n.voted = true;
    n.round = 1;
    n.agree = agree;
    n.disagree = disagree;
    n.shareTenths = MeetingRules::shareTenths(agree, MeetingRules::denominator(award.threshold.base, counts));
    n.passed = MeetingRules::passes(agree, award.threshold, counts);
    return n;
}

// Written by hand: 11 members, 9 present; Lê Văn Tâm heads Tổ Toán - Tin học and does not vote on it.
MeetingRecord sampleMeeting()
{
    MeetingRecord meeting;
    meeting.id = 7;
    meeting.schoolStartYear = 2024;
    meeting.title = QStringLiteral("Họp xét thi đua, khen thưởng năm học 2024-2025");
    meeting.place = QStringLiteral("Phòng họp Hội đồng, Trường THPT Nguyễn Trãi");
    meeting.startsAt = QDateTime(QDate(2025, 5, 20), QTime(14, 0));
    meeting.endsAt = QDateTime(QDate(2025, 5, 20), QTime(16, 30));
    meeting.conclusion = QStringLiteral("Hội đồng thống nhất đề nghị khen thưởng các trường hợp đạt theo kết quả bỏ "
                                        "phiếu; giao Thư ký hoàn thiện hồ sơ trình cấp trên.");
    const QString plain = QStringLiteral("member");
    const QString uyVien = QStringLiteral("Ủy viên");
    meeting.members = { member(1,
                            QStringLiteral("Phạm Văn Hùng"),
                            QStringLiteral("Hiệu trưởng"),
                            QStringLiteral("chair"),
                            QStringLiteral("Chủ tịch Hội đồng")),
        member(2,
            QStringLiteral("Nguyễn Thị Ánh"),
            QStringLiteral("Giáo viên"),
            QStringLiteral("secretary"),
            QStringLiteral("Thư ký Hội đồng")),
        member(3, QStringLiteral("Lê Văn Tâm"), QStringLiteral("Tổ trưởng Tổ Toán - Tin học"), plain, uyVien),
        member(4, QStringLiteral("Hoàng Văn Nam"), QStringLiteral("Chủ tịch Công đoàn"), plain, uyVien),
        member(5, QStringLiteral("Trần Văn Bình"), QStringLiteral("Phó Hiệu trưởng"), plain, uyVien, false),
        member(6, QStringLiteral("Lê Thị Cúc"), QStringLiteral("Tổ trưởng Tổ Ngữ văn"), plain, uyVien, false),
        member(7, QStringLiteral("Đặng Thu Hà"), QStringLiteral("Bí thư Đoàn trường"), plain, uyVien),
        member(8, QStringLiteral("Bùi Quang Huy"), QStringLiteral("Tổ trưởng Tổ Văn phòng"), plain, uyVien),
        member(9, QStringLiteral("Phan Thị Lan"), QStringLiteral("Tổ trưởng Tổ Ngoại ngữ"), plain, uyVien),
        member(10, QStringLiteral("Vũ Đức Mạnh"), QStringLiteral("Tổ trưởng Tổ Khoa học tự nhiên"), plain, uyVien),
        member(11, QStringLiteral("Trịnh Thị Ngọc"), QStringLiteral("Tổ trưởng Tổ Xã hội"), plain, uyVien) };
    meeting.members[4].reason = QStringLiteral("đi công tác");
    meeting.members[4].writtenOpinion = QStringLiteral("Tôi đồng ý với toàn bộ danh sách đề nghị.");
    meeting.members[5].reason = QStringLiteral("nghỉ ốm");
    meeting.members[2].headsCollectives = { 204 };

    const MeetingRules::Threshold present70 = MeetingRules::Threshold::percent(70, MeetingRules::Base::MembersPresent);
    const AwardForm ldtt = form(QStringLiteral("lao_dong_tien_tien"),
        QStringLiteral("Lao động tiên tiến"),
        AwardForm::Subject::Person,
        AwardForm::Level::School,
        QStringLiteral("Hiệu trưởng"),
        present70);
    const AwardForm cstdcs = form(QStringLiteral("chien_si_thi_dua_co_so"),
        QStringLiteral("Chiến sĩ thi đua cơ sở"),
        AwardForm::Subject::Person,
        AwardForm::Level::Superior,
        QStringLiteral("Thủ trưởng cấp trên trực tiếp"),
        present70);
    const AwardForm province = form(QStringLiteral("chien_si_thi_dua_tinh"),
        QStringLiteral("Chiến sĩ thi đua cấp tỉnh"),
        AwardForm::Subject::Person,
        AwardForm::Level::Province,
        QStringLiteral("Chủ tịch Ủy ban nhân dân tỉnh"),
        MeetingRules::Threshold::percent(90, MeetingRules::Base::AllMembers));
    const AwardForm collective = form(QStringLiteral("tap_the_lao_dong_tien_tien"),
        QStringLiteral("Tập thể lao động tiên tiến"),
        AwardForm::Subject::Collective,
        AwardForm::Level::School,
        QStringLiteral("Hiệu trưởng"),
        present70);
    meeting.nominees = { nominee(1, 1, QStringLiteral("Nguyễn Thị Hoa"), ldtt, { 11, 9, 9 }, 7, 2),
        nominee(2, 2, QStringLiteral("Đỗ Minh Khôi"), cstdcs, { 11, 9, 9 }, 9, 0),
        nominee(3, 3, QStringLiteral("Võ Thanh Long"), province, { 11, 9, 9 }, 9, 0),
        nominee(4, 4, QStringLiteral("Tổ Toán - Tin học"), collective, { 10, 8, 9 }, 6, 2) };
    meeting.nominees[1].view.overrides << NominationOverride { Eligibility::Rule::EarlierTitle,
        QStringLiteral("đã có quyết định công nhận Lao động tiên tiến ngày 15/5/2025, chưa nhập vào chương trình"),
        QStringLiteral("Phạm Văn Hùng") };
    meeting.nominees[3].recusedMemberIds = { 3 };

    MeetingRecord::Round round;
    round.id = 1;
    round.number = 1;
    round.nominationIds = { 1, 2, 3, 4 };
    MeetingRules::Tally tally { 9, 9, 9, 0, { { 7, 2 }, { 9, 0 }, { 9, 0 }, { 6, 2 } } };
    round.first = MeetingRecord::Entry { QStringLiteral("Nguyễn Thị Ánh"), tally };
    round.second = MeetingRecord::Entry { QStringLiteral("Hoàng Văn Nam"), tally };
    round.acceptedAt = QDateTime(QDate(2025, 5, 20), QTime(16, 5));
    meeting.rounds = { round };
    return meeting;
}

// The text of a PDF with every run of white space made one space: sentences that wrap read whole.
QString flat(const PdfProbe& probe)
{
    return probe.layoutText().simplified();
}

} // namespace

class TestMeetingDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minutesText();
    void verdicts_data();
    void verdicts();
    void tallyRecord();
    void ballots_data();
    void ballots();
    void proposalsAndDecisions();
    void issuedOnce();
    void nd30_data();
    void nd30();
    void libreOffice();
    void fromTheDatabase();

private:
    MeetingDocumentService service(const MeetingRecord& meeting);
    // Issues `parts` of the sample meeting into a folder and loads the PDF of the first document of `part`.
    QString written(MeetingDocuments::Part part, PageSetup::Paper paper = PageSetup::Paper::A4);
    bool load(const QString& pdf, PdfProbe* probe);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::optional<MeetingDocumentService::Written> m_written;
};

void TestMeetingDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("THIDUA_KEEP_OUTPUT")) { // to look at the pages
        m_dir.setAutoRemove(false);
        qInfo("output kept in %s", qPrintable(m_dir.path()));
    }
    THIDUA_REQUIRE_TOOL(PdfProbe::toolsAvailable(), "poppler-utils are not installed");
    auto opened = Database::open(m_dir.filePath(QStringLiteral("meeting.sqlite")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_database = std::move(*opened);
    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường THPT Nguyễn Trãi");
    profile.abbreviation = QStringLiteral("NTr");
    profile.governingBody = QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Hải Dương");
    profile.placeName = QStringLiteral("Hải Dương");
    profile.leaders << SchoolLeader {
        0, SchoolLeader::Role::Head, QStringLiteral("Phạm Văn Hùng"), QStringLiteral("Hiệu trưởng"), 0
    };
    QVERIFY(SchoolService(m_database->connection()).saveProfile(profile).ok());

    // Every document once, A4 ballots; the prizes 0,3 and 0,8 × 2.340.000 đồng.
    MeetingDocumentService::Request request;
    request.meetingId = 7;
    request.date = QDate(2025, 5, 26);
    auto written = service(sampleMeeting()).write(request, m_dir.filePath(QStringLiteral("out")));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    m_written = *written;
}

MeetingDocumentService TestMeetingDocuments::service(const MeetingRecord& meeting)
{
    MeetingDocumentService::Source source;
    source.record = [meeting](qint64 id) -> Result<MeetingRecord> {
        if (id != meeting.id)
            return Error(Error::Code::NotFound, QStringLiteral("no meeting %1").arg(id));
        return meeting;
    };
    source.prize = [](const AwardForm& form, const QDate& date) -> Result<qint64> {
        const QString& key = form.key;
        if (date != QDate(2025, 5, 26))
            return Error(Error::Code::Validation, QStringLiteral("unexpected date"));
        if (key == QStringLiteral("lao_dong_tien_tien"))
            return qint64(702000);
        if (key == QStringLiteral("tap_the_lao_dong_tien_tien"))
            return qint64(1872000);
        return Error(Error::Code::NotFound, QStringLiteral("no prize asked for %1").arg(key));
    };
    return MeetingDocumentService(m_database->connection(), QDate(2025, 5, 26), source);
}

bool TestMeetingDocuments::load(const QString& pdf, PdfProbe* probe)
{
    if (!probe->load(pdf)) {
        qWarning("%s: %s", qPrintable(pdf), qPrintable(probe->error()));
        return false;
    }
    return true;
}

QString TestMeetingDocuments::written(MeetingDocuments::Part part, PageSetup::Paper paper)
{
    static const QHash<MeetingDocuments::Part, QString> names {
        { MeetingDocuments::Part::Minutes, QStringLiteral("01 Biên bản họp xét khen thưởng.pdf") },
        { MeetingDocuments::Part::Tally, QStringLiteral("02 Biên bản kiểm phiếu.pdf") },
        { MeetingDocuments::Part::Ballots, QStringLiteral("03 Phiếu bầu (9 phiếu, A4).pdf") },
        { MeetingDocuments::Part::Proposals, QStringLiteral("04 Tờ trình đề nghị Chiến sĩ thi đua cơ sở.pdf") },
        { MeetingDocuments::Part::Decisions, QStringLiteral("05 Quyết định tặng Lao động tiên tiến.pdf") },
    };
    if (paper == PageSetup::Paper::A5)
        return m_dir.filePath(QStringLiteral("a5/01 Phiếu bầu (9 phiếu, A5).pdf"));
    return m_dir.filePath(QStringLiteral("out/") + names.value(part));
}

void TestMeetingDocuments::minutesText()
{
    PdfProbe probe;
    QVERIFY(load(written(MeetingDocuments::Part::Minutes), &probe));
    const QString text = flat(probe);
    QCOMPARE(m_written->numbers.constFirst().symbol, QStringLiteral("01/BB-HĐTĐKT"));
    const QStringList expected = {
        QStringLiteral("Thời gian bắt đầu: 14 giờ 00 phút, ngày 20 tháng 5 năm 2025."),
        QStringLiteral("Địa điểm: Phòng họp Hội đồng, Trường THPT Nguyễn Trãi."),
        QStringLiteral("Thành phần tham dự: 9/11 thành viên Hội đồng Thi đua - Khen thưởng có mặt; vắng 2: Trần Văn "
                       "Bình (đi công tác), Lê Thị Cúc (nghỉ ốm)."),
        QStringLiteral("- Lê Văn Tâm, Tổ trưởng Tổ Toán - Tin học, Ủy viên;"),
        QStringLiteral("Số thành viên dự họp: 9/11 thành viên có mặt, đủ điều kiện (từ 2/3 tổng số thành viên trở "
                       "lên)."),
        QStringLiteral("Ý kiến bằng văn bản của thành viên vắng mặt: - Trần Văn Bình: Tôi đồng ý với toàn bộ danh sách "
                       "đề nghị."),
        QStringLiteral("Chủ trì (chủ tọa): Phạm Văn Hùng, Hiệu trưởng, Chủ tịch Hội đồng."),
        QStringLiteral("Thư ký (người ghi biên bản): Nguyễn Thị Ánh, Giáo viên, Thư ký Hội đồng."),
        QStringLiteral("- Lao động tiên tiến: số phiếu đồng ý từ 70 % trở lên trên tổng số thành viên có mặt;"),
        QStringLiteral("- Chiến sĩ thi đua cấp tỉnh: số phiếu đồng ý từ 90 % trở lên trên tổng số thành viên Hội "
                       "đồng;"),
        QStringLiteral("- Đỗ Minh Khôi (Có danh hiệu cần có trước trong năm): lý do đã có quyết định công nhận Lao "
                       "động tiên tiến ngày 15/5/2025, chưa nhập vào chương trình."),
        QStringLiteral("- Lê Văn Tâm không biểu quyết đối với Tổ Toán - Tin học (đề nghị Tập thể lao động tiên tiến), "
                       "vì là người đứng đầu tập thể được đề nghị."),
        QStringLiteral("Số phiếu phát ra: 9; số phiếu thu vào: 9; số phiếu hợp lệ: 9; số phiếu không hợp lệ: 0."),
        QStringLiteral("Kết luận: Hội đồng thống nhất đề nghị khen thưởng các trường hợp đạt theo kết quả bỏ phiếu; "
                       "giao Thư ký hoàn thiện hồ sơ trình cấp trên."),
        QStringLiteral("Cuộc họp kết thúc vào 16 giờ 30 phút, ngày 20 tháng 5 năm 2025./."),
    };
    qsizetype from = 0;
    for (const QString& line : expected) {
        const qsizetype at = text.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: ") + line));
        from = at + line.size();
    }
    // The absent member without an opinion has none printed; the secretary signs left, the chair right.
    QVERIFY(!text.contains(QStringLiteral("Lê Thị Cúc:")));
    const auto secretary = probe.find(QStringLiteral("THƯ"), probe.pageCount());
    const auto chair = probe.find(QStringLiteral("TỌA"), probe.pageCount());
    QCOMPARE(secretary.size(), 1);
    QCOMPARE(chair.size(), 1);
    QVERIFY(secretary.constFirst().box.right() < 112.5);
    QVERIFY(chair.constFirst().box.left() > 112.5);
}

void TestMeetingDocuments::verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("row");
    // agree / denominator of the form's base, rounded down; verdict by each form's own threshold.
    QTest::newRow("7 of 9 present, 70 %") << QStringLiteral("Hoa") << QStringLiteral("7 2 77,7 % Đạt");
    QTest::newRow("9 of 9 present, 70 %") << QStringLiteral("Khôi") << QStringLiteral("9 0 100,0 % Đạt");
    QTest::newRow("9 of 11 members, 90 %") << QStringLiteral("Long") << QStringLiteral("9 0 81,8 % Không đạt");
    QTest::newRow("6 of 8 present (one recused)") << QStringLiteral("Toán") << QStringLiteral("6 2 75,0 % Đạt");
}

void TestMeetingDocuments::verdicts()
{
    QFETCH(QString, name);
    QFETCH(QString, row);
    PdfProbe probe;
    QVERIFY(load(written(MeetingDocuments::Part::Minutes), &probe));
    // The nominee's row in the results table (the page after the standards).
    QList<PdfProbe::Word> words;
    for (const PdfProbe::Word& word : probe.find(name)) {
        if (probe.lineAt(word.page, word.box.center().y()).contains(QStringLiteral("%")))
            words << word;
    }
    QCOMPARE(words.size(), 1);
    const QString line = probe.lineAt(words.constFirst().page, words.constFirst().box.center().y());
    QVERIFY2(line.endsWith(row), qPrintable(line));
}

void TestMeetingDocuments::tallyRecord()
{
    PdfProbe probe;
    QVERIFY(load(written(MeetingDocuments::Part::Tally), &probe));
    const QString text = flat(probe);
    QCOMPARE(m_written->numbers.value(1).symbol, QStringLiteral("02/BB-HĐTĐKT"));
    const QStringList expected = { QStringLiteral("BIÊN BẢN KIỂM PHIẾU"),
        QStringLiteral("Họp xét thi đua, khen thưởng năm học 2024-2025"),
        QStringLiteral("- Nguyễn Thị Ánh, Thư ký Hội đồng (lần đếm thứ 1);"),
        QStringLiteral("- Hoàng Văn Nam, Thành viên Ban kiểm phiếu (lần đếm thứ 2)."),
        QStringLiteral("Số phiếu phát ra: 9; số phiếu thu vào: 9; số phiếu hợp lệ: 9; số phiếu không hợp lệ: 0."),
        QStringLiteral("Việc kiểm phiếu kết thúc vào 16 giờ 05 phút, ngày 20 tháng 5 năm 2025./.") };
    qsizetype from = 0;
    for (const QString& line : expected) {
        const qsizetype at = text.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: ") + line));
        from = at + line.size();
    }
    const QString long_ = probe.lineAt(probe.find(QStringLiteral("Long")).constFirst().page,
        probe.find(QStringLiteral("Long")).constFirst().box.center().y());
    QVERIFY2(long_.endsWith(QStringLiteral("9 0 81,8 %")), qPrintable(long_));
    QVERIFY(text.contains(QStringLiteral("Tỷ lệ đồng ý được tính theo tiêu chuẩn của từng hình thức: Lao động tiên "
                                         "tiến: trên tổng số thành viên có mặt; Chiến sĩ thi đua cơ sở: trên tổng số "
                                         "thành viên có mặt; Chiến sĩ thi đua cấp tỉnh: trên tổng số thành viên Hội "
                                         "đồng; Tập thể lao động tiên tiến: trên tổng số thành viên có mặt.")));
    // Both counters sign, side by side.
    const auto counters = probe.find(QStringLiteral("NGƯỜI"), probe.pageCount());
    QCOMPARE(counters.size(), 2);
    QVERIFY(counters[0].box.right() < 112.5);
    QVERIFY(counters[1].box.left() > 112.5);
    QVERIFY(!probe.find(QStringLiteral("Nam"), probe.pageCount()).isEmpty());
}

void TestMeetingDocuments::ballots_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("A4") << int(PageSetup::Paper::A4) << QSizeF(210, 297);
    QTest::newRow("A5") << int(PageSetup::Paper::A5) << QSizeF(148, 210);
}

void TestMeetingDocuments::ballots()
{
    QFETCH(int, paper);
    QFETCH(QSizeF, size);
    const auto sheet = PageSetup::Paper(paper);
    if (sheet == PageSetup::Paper::A5) {
        MeetingDocumentService::Request request;
        request.meetingId = 7;
        request.date = QDate(2025, 5, 26);
        request.parts = { MeetingDocuments::Part::Ballots };
        request.ballotPaper = sheet;
        auto written = service(sampleMeeting()).write(request, m_dir.filePath(QStringLiteral("a5")));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(written->numbers.isEmpty()); // ballots take no number
    }
    PdfProbe probe;
    QVERIFY(load(written(MeetingDocuments::Part::Ballots, sheet), &probe));
    QCOMPARE(probe.pageCount(), 9); // one per member present
    for (int page = 1; page <= 9; ++page) {
        QVERIFY(qAbs(probe.pageSize(page).width() - size.width()) < 1);
        QVERIFY(qAbs(probe.pageSize(page).height() - size.height()) < 1);
        const QString text = probe.pageTexts().value(page - 1).simplified();
        QVERIFY(text.contains(QStringLiteral("PHIẾU BẦU")));
        QVERIFY(text.contains(QStringLiteral("Đồng ý")));
        QVERIFY(text.contains(QStringLiteral("Không đồng ý")));
        for (const QString& name : { QStringLiteral("Nguyễn Thị Hoa"),
                 QStringLiteral("Đỗ Minh Khôi"),
                 QStringLiteral("Võ Thanh Long"),
                 QStringLiteral("Tổ Toán - Tin học") })
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(!text.contains(QStringLiteral("Số:")));
    }
}

void TestMeetingDocuments::proposalsAndDecisions()
{
    PdfProbe proposal;
    QVERIFY(load(written(MeetingDocuments::Part::Proposals), &proposal));
    const QString text = flat(proposal);
    QVERIFY(text.contains(QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Hải Dương")));
    QVERIFY2(text.contains(QStringLiteral("Căn cứ Biên bản số 01/BB-HĐTĐKT ngày 20 tháng 5 năm 2025 của Hội đồng Thi "
                                          "đua - Khen thưởng về việc họp xét thi đua, khen thưởng năm học 2024-2025")),
        qPrintable(text));
    // The annex: the one passed nominee whose form is decided above the school; not the one who failed.
    QVERIFY(text.contains(QStringLiteral("Đỗ Minh Khôi")));
    QVERIFY(!text.contains(QStringLiteral("Võ Thanh Long")));
    QVERIFY(!text.contains(QStringLiteral("Nguyễn Thị Hoa")));

    PdfProbe person;
    QVERIFY(load(written(MeetingDocuments::Part::Decisions), &person));
    const QString decision = flat(person);
    QVERIFY(decision.contains(QStringLiteral("Tặng danh hiệu “Lao động tiên tiến” cho 01 cá nhân")));
    QVERIFY2(decision.contains(QStringLiteral("mỗi cá nhân được thưởng 702.000 đồng (Bảy trăm linh hai nghìn đồng)")),
        qPrintable(decision));
    QVERIFY(decision.contains(QStringLiteral("Nguyễn Thị Hoa")));
    QVERIFY(!decision.contains(QStringLiteral("Đỗ Minh Khôi")));

    PdfProbe collective;
    QVERIFY(load(m_dir.filePath(QStringLiteral("out/06 Quyết định tặng Tập thể lao động tiên tiến.pdf")), &collective));
    QVERIFY(flat(collective)
                .contains(QStringLiteral(
                    "mỗi tập thể được thưởng 1.872.000 đồng (Một triệu tám trăm bảy mươi hai nghìn đồng)")));

    QStringList symbols;
    for (const RegisterEntry& entry : std::as_const(m_written->numbers))
        symbols << entry.symbol;
    QCOMPARE(symbols,
        QStringList({ QStringLiteral("01/BB-HĐTĐKT"),
            QStringLiteral("02/BB-HĐTĐKT"),
            QStringLiteral("01/TTr-NTr"),
            QStringLiteral("02/QĐ-NTr"),
            QStringLiteral("03/QĐ-NTr") }));
    QCOMPARE(m_written->files.size(), 12);
}

// A second run gives every document the number it got the first time.
void TestMeetingDocuments::issuedOnce()
{
    MeetingDocumentService::Request request;
    request.meetingId = 7;
    request.date = QDate(2025, 5, 26);
    auto again = service(sampleMeeting()).write(request, m_dir.filePath(QStringLiteral("again")));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->numbers.size(), m_written->numbers.size());
    for (qsizetype i = 0; i < again->numbers.size(); ++i) {
        QCOMPARE(again->numbers[i].symbol, m_written->numbers[i].symbol);
        QCOMPARE(again->numbers[i].printCount, m_written->numbers[i].printCount + 1);
    }
    // The tờ trình alone still cites the biên bản's number.
    request.parts = { MeetingDocuments::Part::Proposals };
    auto proposal = service(sampleMeeting()).write(request, m_dir.filePath(QStringLiteral("proposal")));
    QVERIFY2(proposal, qPrintable(proposal ? QString() : proposal.error().toString()));
    PdfProbe probe;
    QVERIFY(load(proposal->files.constFirst(), &probe));
    QVERIFY(flat(probe).contains(QStringLiteral("Căn cứ Biên bản số 01/BB-HĐTĐKT")));
    // One click prints the biên bản and the kiểm phiếu, issued under the same numbers.
    auto printed = service(sampleMeeting()).print(MeetingDocumentService::printRequest(7));
    QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().toString()));
    PdfProbe minutes;
    PdfProbe tally;
    QVERIFY(load(written(MeetingDocuments::Part::Minutes), &minutes));
    QVERIFY(load(written(MeetingDocuments::Part::Tally), &tally));
    QCOMPARE(printed->pageCount(), minutes.pageCount() + tally.pageCount());
    // An unknown meeting is an error, and nothing is numbered.
    request.meetingId = 8;
    QVERIFY(!service(sampleMeeting()).write(request, m_dir.filePath(QStringLiteral("none"))));
}

void TestMeetingDocuments::nd30_data()
{
    QTest::addColumn<QString>("pdf");
    QTest::addColumn<QStringList>("options");
    for (const QString& file : m_written->files) {
        if (!file.endsWith(QStringLiteral(".pdf")))
            continue;
        const bool ballot = file.contains(QStringLiteral("Phiếu bầu"));
        QTest::newRow(qPrintable(QFileInfo(file).fileName()))
            << file << (ballot ? QStringList { QStringLiteral("--ballot") } : QStringList());
    }
    QTest::newRow("A5 ballots") << written(MeetingDocuments::Part::Ballots, PageSetup::Paper::A5)
                                << QStringList { QStringLiteral("--ballot") };
}

void TestMeetingDocuments::nd30()
{
    QFETCH(QString, pdf);
    QFETCH(QStringList, options);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    THIDUA_REQUIRE_TOOL(!python.isEmpty(), "python3 is not installed");
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    QProcess checker;
    checker.start(python, QStringList { QStringLiteral(THIDUA_ND30_CHECKER) } << options << pdf);
    QVERIFY(checker.waitForFinished(60000));
    const QString verdict =
        QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError()).trimmed();
    QVERIFY2(checker.exitCode() == 0 && verdict.endsWith(QStringLiteral("ND30 rules hold")), qPrintable(verdict));
}

// Every DOCX written opens in LibreOffice, which lays it out to a PDF with the document's title.
void TestMeetingDocuments::libreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    THIDUA_REQUIRE_TOOL(!soffice.isEmpty(), "LibreOffice (soffice) is not installed");
    QStringList docx;
    for (const QString& file : m_written->files) {
        if (file.endsWith(QStringLiteral(".docx")))
            docx << file;
    }
    QCOMPARE(docx.size(), 6);
    const QString out = m_dir.filePath(QStringLiteral("lo"));
    QProcess process;
    const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString();
    process.start(soffice,
        QStringList { QStringLiteral("-env:UserInstallation=") + profile,
            QStringLiteral("--headless"),
            QStringLiteral("--convert-to"),
            QStringLiteral("pdf"),
            QStringLiteral("--outdir"),
            out }
            << docx);
    QVERIFY(process.waitForFinished(600000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList titles = { QStringLiteral("BIÊN BẢN"),
        QStringLiteral("BIÊN BẢN KIỂM PHIẾU"),
        QStringLiteral("PHIẾU BẦU"),
        QStringLiteral("TỜ TRÌNH"),
        QStringLiteral("QUYẾT ĐỊNH"),
        QStringLiteral("QUYẾT ĐỊNH") };
    for (qsizetype i = 0; i < docx.size(); ++i) {
        PdfProbe probe;
        QVERIFY(load(QDir(out).filePath(QFileInfo(docx[i]).completeBaseName() + QStringLiteral(".pdf")), &probe));
        QVERIFY2(probe.layoutText().contains(titles[i]), qPrintable(docx[i]));
    }
}

// The meeting read by MeetingQuery from a school written through the services (tests/support/MeetingFixture.h): two
// teachers nominated Lao động tiên tiến, 9 of 11 present, 7 and 6 agreeing of 9; the prize 0,3 × 2.340.000 đồng.
void TestMeetingDocuments::fromTheDatabase()
{
    QTemporaryDir dir;
    test::MeetingSchool school = test::makeMeetingSchool(dir.filePath(QStringLiteral("school.sqlite")));
    QVERIFY(school.db && school.yearId != 0);
    const QSqlDatabase db = school.db->connection();
    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường THPT Nguyễn Trãi");
    profile.abbreviation = QStringLiteral("NTr");
    profile.placeName = QStringLiteral("Hải Dương");
    QVERIFY(SchoolService(db).saveProfile(profile).ok());
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i) {
        Nomination n;
        n.schoolYearId = school.yearId;
        n.subject = AwardForm::Subject::Person;
        n.subjectId = school.teachers[i];
        n.formKey = QStringLiteral("lao_dong_tien_tien");
        n.movement = QStringLiteral("Cả nước thi đua xây dựng xã hội học tập");
        n.period = QStringLiteral("năm học 2024-2025");
        auto added = NominationService(db).add(n);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        ids << *added;
    }
    MeetingService meetings(db);
    auto meeting = meetings.create(
        { school.yearId, QString(), QStringLiteral("Phòng họp"), QDateTime(QDate(2025, 5, 20), QTime(14, 0)), {} });
    QVERIFY2(meeting, qPrintable(meeting ? QString() : meeting.error().message));
    for (int i = 0; i < 2; ++i)
        QVERIFY(meetings.setAttendance(*meeting, school.councilMemberIds[10 - i], false, QStringLiteral("Ốm"), {}));
    QVERIFY(meetings.setNominees(*meeting, ids));
    QVERIFY(meetings.openRound(*meeting));
    const MeetingRules::Tally votes { 9, 9, 9, 0, { { 7, 2 }, { 6, 3 } } };
    QVERIFY(meetings.enterTally(*meeting, 1, 1, QStringLiteral("Trần Thị Bình"), votes));
    QVERIFY(meetings.enterTally(*meeting, 1, 2, QStringLiteral("Hồ Thị Lan"), votes));

    MeetingDocumentService::Request request;
    request.meetingId = *meeting;
    request.date = QDate(2025, 5, 26);
    request.parts = { MeetingDocuments::Part::Minutes, MeetingDocuments::Part::Decisions };
    auto written = MeetingDocumentService(db, QDate(2025, 5, 26)).write(request, dir.filePath(QStringLiteral("out")));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->files.size(), 4);
    PdfProbe minutes;
    QVERIFY(load(written->files[0], &minutes));
    const QString text = flat(minutes);
    QVERIFY(text.contains(QStringLiteral("9/11 thành viên có mặt, đủ điều kiện (từ 2/3 tổng số thành viên trở lên)")));
    QVERIFY(text.contains(QStringLiteral("7 2 77,7 % Đạt")));
    QVERIFY(text.contains(QStringLiteral("6 3 66,6 % Không đạt")));
    PdfProbe decision;
    QVERIFY(load(written->files[2], &decision));
    QVERIFY2(flat(decision).contains(QStringLiteral("702.000 đồng (Bảy trăm linh hai nghìn đồng)")),
        qPrintable(flat(decision)));
}

QTEST_MAIN(TestMeetingDocuments)
#include "TestMeetingDocuments.moc"
