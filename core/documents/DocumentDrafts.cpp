#include "core/documents/DocumentDrafts.h"

#include "core/documents/DocumentSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace thidua {

namespace {

QString school(const SchoolFacts& facts)
{
    return facts.profile.fullName.trimmed();
}

const SchoolLeader* head(const SchoolFacts& facts)
{
    for (const SchoolLeader& leader : facts.profile.leaders) {
        if (leader.role == SchoolLeader::Role::Head)
            return &leader;
    }
    return nullptr;
}

QString headTitle(const SchoolFacts& facts)
{
    const SchoolLeader* leader = head(facts);
    return leader && !leader->title.trimmed().isEmpty() ? leader->title.trimmed() : QStringLiteral("Hiệu trưởng");
}

QString headName(const SchoolFacts& facts)
{
    const SchoolLeader* leader = head(facts);
    return leader && !leader->fullName.trimmed().isEmpty() ? leader->fullName.trimmed() : DocumentDrafts::blankName();
}

// The council member holding `role`, or a marked blank.
QJsonObject seat(const SchoolFacts& facts, CouncilMember::Role role)
{
    for (const SchoolFacts::Seat& member : facts.council) {
        if (member.role == role)
            return { { QStringLiteral("name"), member.name },
                { QStringLiteral("title"), member.title },
                { QStringLiteral("role"), CouncilMember::roleName(role) } };
    }
    return { { QStringLiteral("name"), DocumentDrafts::blankName() },
        { QStringLiteral("role"), CouncilMember::roleName(role) } };
}

QString meetingDay()
{
    return QStringLiteral("ngày [ngày] tháng [tháng] năm [năm]");
}

QJsonObject proposal(const SchoolFacts& facts, const QString& movement)
{
    const QString governing = facts.profile.governingBody.trimmed();
    return { { QStringLiteral("kind"), QStringLiteral("to_trinh") },
        { QStringLiteral("number"), QStringLiteral("auto") },
        { QStringLiteral("addressees"),
            QJsonArray {
                governing.isEmpty() ? DocumentDrafts::blank(QStringLiteral("Cơ quan cấp trên")) : governing } },
        { QStringLiteral("award"), DocumentDrafts::blank(QStringLiteral("Hình thức khen thưởng đề nghị")) },
        { QStringLiteral("movement"), movement },
        { QStringLiteral("minutes_reference"),
            QStringLiteral("Biên bản họp %1 của Hội đồng Thi đua - Khen thưởng %2").arg(meetingDay(), school(facts)) },
        { QStringLiteral("nominees"), QJsonArray() },
        { QStringLiteral("distribution"),
            QJsonArray { QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, HĐTĐKT") } } };
}

QJsonObject minutes(const SchoolFacts& facts, const QString& movement)
{
    QJsonArray present;
    for (const SchoolFacts::Seat& member : facts.council)
        present << QJsonObject { { QStringLiteral("name"), member.name },
            { QStringLiteral("title"), member.title },
            { QStringLiteral("role"), CouncilMember::roleName(member.role) } };
    const QJsonObject chair = seat(facts, CouncilMember::Role::Chair);
    QJsonObject object { { QStringLiteral("kind"), QStringLiteral("bien_ban") },
        { QStringLiteral("number"), QStringLiteral("auto") },
        { QStringLiteral("title"), QStringLiteral("Họp xét đề nghị khen thưởng ") + movement },
        { QStringLiteral("place"), DocumentDrafts::blank(QStringLiteral("Địa điểm họp")) },
        { QStringLiteral("chair"), chair },
        { QStringLiteral("secretary"), seat(facts, CouncilMember::Role::Secretary) },
        { QStringLiteral("present"), present },
        { QStringLiteral("content"),
            QJsonArray { QStringLiteral("Chủ tọa nêu mục đích, yêu cầu của cuộc họp và tiêu chuẩn khen thưởng."),
                QStringLiteral("Thư ký trình bày tóm tắt thành tích của các tập thể, cá nhân được đề nghị. Hội đồng "
                               "thảo luận, nhận xét từng trường hợp."),
                QStringLiteral("Hội đồng tiến hành bỏ phiếu kín.") } },
        { QStringLiteral("results"), QJsonArray() },
        { QStringLiteral("conclusion"), DocumentDrafts::blank(QStringLiteral("Kết luận của Hội đồng")) } };
    if (!facts.council.isEmpty())
        object.insert(QStringLiteral("members_total"), int(facts.council.size()));
    const QString post = chair.value(QStringLiteral("title")).toString();
    if (!post.isEmpty())
        object.insert(QStringLiteral("chair_post"), post);
    return object;
}

QJsonObject decision(const SchoolFacts& facts, const QString& movement)
{
    return { { QStringLiteral("kind"), QStringLiteral("quyet_dinh") },
        { QStringLiteral("number"), QStringLiteral("auto") },
        { QStringLiteral("proposal_by"),
            QStringLiteral("Xét đề nghị của Hội đồng Thi đua - Khen thưởng %1 tại Biên bản họp %2")
                .arg(school(facts), meetingDay()) },
        { QStringLiteral("award"), QStringLiteral("Giấy khen") },
        { QStringLiteral("movement"), movement },
        { QStringLiteral("awardees"), QJsonArray() } };
}

QJsonObject certificate(const SchoolFacts& facts, const QString& movement, bool preprinted)
{
    const QString abbreviation = facts.profile.abbreviation.trimmed();
    QJsonObject object {
        { QStringLiteral("kind"), QStringLiteral("giay_khen") },
        { QStringLiteral("mode"), preprinted ? QStringLiteral("preprinted") : QStringLiteral("plain") },
        { QStringLiteral("authority"), headTitle(facts) + QLatin1Char(' ') + school(facts) },
        { QStringLiteral("decision"),
            QJsonObject { { QStringLiteral("number"),
                QStringLiteral("[Số]/QĐ-")
                    + (abbreviation.isEmpty() ? DocumentDrafts::blank(QStringLiteral("Ký hiệu")) : abbreviation) } } },
        { QStringLiteral("recipients"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), DocumentDrafts::blankName() },
                { QStringLiteral("position"), DocumentDrafts::blank(QStringLiteral("Chức vụ, đơn vị")) },
                { QStringLiteral("achievement"), QStringLiteral("Đã có thành tích xuất sắc trong ") + movement } } } }
    };
    return object;
}

QJsonObject signer(const QString& title, const QString& name)
{
    return { { QStringLiteral("title"), title }, { QStringLiteral("name"), name } };
}

Result<QList<DocumentDescription>> parsed(const QJsonObject& object, const QString& name)
{
    return DocumentSpec::parse(QJsonDocument(object).toJson(), name + QStringLiteral(".json"));
}

} // namespace

QString DocumentDrafts::movement(const SchoolFacts& facts)
{
    return QStringLiteral("Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời” "
                          "năm học ")
        + (facts.schoolYear.isEmpty() ? blank(QStringLiteral("năm học")) : facts.schoolYear);
}

QJsonObject DocumentDrafts::draft(const QString& id, const SchoolFacts& facts)
{
    const QString text = movement(facts);
    if (id == QStringLiteral("to_trinh"))
        return proposal(facts, text);
    if (id == QStringLiteral("bien_ban"))
        return minutes(facts, text);
    if (id == QStringLiteral("quyet_dinh"))
        return decision(facts, text);
    if (id == QStringLiteral("giay_khen") || id == QStringLiteral("giay_khen_phoi"))
        return certificate(facts, text, id == QStringLiteral("giay_khen_phoi"));
    if (id == QStringLiteral("bao_cao_thanh_tich_ca_nhan") || id == QStringLiteral("bao_cao_thanh_tich_tap_the")) {
        DraftSubject nobody;
        nobody.collective = id == QStringLiteral("bao_cao_thanh_tich_tap_the");
        nobody.name = nobody.collective ? blank(QStringLiteral("Tên tập thể")) : blankName();
        return reportFor(nobody, facts);
    }
    return {};
}

Result<QList<DocumentDescription>> DocumentDrafts::load(const QString& id, const SchoolFacts& facts)
{
    const QJsonObject object = draft(id, facts);
    if (object.isEmpty())
        return Error(Error::Code::NotFound, QStringLiteral("There is no document template “%1”.").arg(id));
    return parsed(object, id);
}

QJsonObject DocumentDrafts::reportFor(const DraftSubject& subject, const SchoolFacts& facts)
{
    QJsonObject object { { QStringLiteral("kind"), QStringLiteral("bao_cao_thanh_tich") },
        { QStringLiteral("subject"), subject.collective ? QStringLiteral("collective") : QStringLiteral("individual") },
        { QStringLiteral("proposed_award"), blank(QStringLiteral("Hình thức khen thưởng đề nghị")) },
        { QStringLiteral("period"),
            QStringLiteral("(Thành tích trong Phong trào thi đua xây dựng xã hội học tập năm học %1)")
                .arg(facts.schoolYear.isEmpty() ? blank(QStringLiteral("năm học")) : facts.schoolYear) },
        { QStringLiteral("name"), subject.name },
        { QStringLiteral("confirmer"), signer(headTitle(facts), headName(facts)) } };
    if (subject.collective) {
        object.insert(QStringLiteral("reporter"),
            signer(QStringLiteral("Tổ trưởng"), subject.head.isEmpty() ? blankName() : subject.head));
        return object;
    }
    const QList<std::pair<QString, QString>> fields { { QStringLiteral("birth_date"), subject.birthDate },
        { QStringLiteral("gender"), subject.gender },
        { QStringLiteral("position"), subject.position } };
    for (const auto& [key, value] : fields) {
        if (!value.trimmed().isEmpty())
            object.insert(key, value.trimmed());
    }
    const QString unit = subject.unit.trimmed();
    object.insert(QStringLiteral("unit"), unit.isEmpty() ? school(facts) : unit + QStringLiteral(", ") + school(facts));
    return object;
}

Result<QList<DocumentDescription>> DocumentDrafts::loadReport(const DraftSubject& subject, const SchoolFacts& facts)
{
    return parsed(reportFor(subject, facts), QStringLiteral("bao_cao_thanh_tich"));
}

bool DocumentDrafts::addNominee(DocumentDescription& description, const DraftSubject& subject)
{
    Nominee nominee;
    nominee.collective = subject.collective;
    nominee.name = subject.name;
    nominee.position = subject.position;
    nominee.unit = subject.unit;
    if (auto* proposal = std::get_if<ProposalData>(&description.data)) {
        proposal->nominees << nominee;
        return true;
    }
    if (auto* minutes = std::get_if<MinutesData>(&description.data)) {
        minutes->results << MinutesData::VoteResult { nominee, 0, 0, std::nullopt };
        return true;
    }
    if (auto* decision = std::get_if<DecisionData>(&description.data)) {
        decision->awardees << nominee;
        return true;
    }
    if (auto* certificate = std::get_if<CertificateData>(&description.data)) {
        CertificateRecipient recipient;
        recipient.salutation = subject.collective     ? QString()
            : subject.gender == QStringLiteral("Nam") ? QStringLiteral("Ông")
            : subject.gender == QStringLiteral("Nữ")  ? QStringLiteral("Bà")
                                                      : QString();
        recipient.name = subject.name;
        // "Giáo viên, Toán"; a position that names its unit already ("Tổ trưởng tổ Văn phòng") stays as it is.
        const bool named = !subject.unit.isEmpty() && subject.position.contains(subject.unit, Qt::CaseInsensitive);
        recipient.position = subject.collective || subject.position.isEmpty() ? subject.unit
            : named || subject.unit.isEmpty()                                 ? subject.position
                                              : subject.position + QStringLiteral(", ") + subject.unit;
        if (!certificate->recipients.isEmpty())
            recipient.achievement = certificate->recipients.constFirst().achievement;
        if (certificate->recipients.size() == 1 && certificate->recipients.constFirst().name == blankName())
            certificate->recipients.clear();
        certificate->recipients << recipient;
        return true;
    }
    return false;
}

} // namespace thidua
