#include "core/demo/DemoEvidence.h"

#include "core/criteria/AssessmentService.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/CriteriaService.h"
#include "core/db/Sql.h"
#include "core/evidence/EvidenceService.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

#include <QColor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>

namespace thidua {

namespace {

const QString By = QStringLiteral("Dữ liệu mẫu");

// A picture of `size` filled with `colour`, with a frame and `lines` of text: a stand-in photo or scan.
Status drawImage(const QString& path, QSize size, const QColor& colour, const QStringList& lines)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setPen(QPen(colour.darker(160), 8));
    painter.drawRect(image.rect().adjusted(8, 8, -8, -8));
    QFont font = painter.font();
    font.setPixelSize(size.height() / 14);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(image.rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, lines.join(u'\n'));
    painter.end();
    if (!image.save(path, nullptr, 85))
        return Error(Error::Code::Io, QStringLiteral("Cannot write %1").arg(path), path);
    return {};
}

// A one-page A4 PDF with a title and lines of text: a stand-in scanned paper.
Status drawPdf(const QString& path, const QString& title, const QStringList& lines)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ThiĐua"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return Error(Error::Code::Io, QStringLiteral("Cannot write %1").arg(path), path);
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSize(16);
    font.setBold(true);
    painter.setFont(font);
    const int width = writer.width();
    painter.drawText(QRect(0, 100, width, 120), Qt::AlignHCenter | Qt::TextWordWrap, title);
    font.setPointSize(12);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(QRect(150, 320, width - 300, writer.height() - 400), Qt::TextWordWrap, lines.join(u'\n'));
    painter.end();
    return {};
}

struct DemoFile
{
    QString name; // the original name, as a user's file would be called
    EvidenceLink link;
    QString description;
    OfficialPaper paper;
};

} // namespace

Status DemoEvidence::add(const QSqlDatabase& db, int startYear)
{
    // Text is drawn with the fonts of a QGuiApplication; a program without one (a GUI-less test) gets no evidence.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    const QString databaseFile = Sql::fileName(db);
    if (databaseFile.isEmpty() || databaseFile == QStringLiteral(":memory:") || !QFileInfo(databaseFile).isFile())
        return {};
    auto years = SchoolRepository(db).years();
    if (!years)
        return years.error();
    const auto found = std::find_if(
        years->cbegin(), years->cend(), [startYear](const SchoolYear& y) { return y.startYear == startYear; });
    if (found == years->cend())
        return {};
    const SchoolYear year = *found;
    auto profile = SchoolRepository(db).profile();
    if (!profile)
        return profile.error();

    if (auto installed = CriteriaService(db).installBuiltIns(); !installed)
        return installed.error();
    auto set = CriteriaQuery(db).latest(QStringLiteral("don-vi-hoc-tap-cap-huyen"));
    if (!set)
        return set.error();
    if (set->id == 0)
        return {};
    Assessment assessment;
    assessment.criteriaSetId = set->id;
    assessment.schoolYearId = year.id;
    assessment.subject = Assessment::Subject::School;
    const QDateTime at(year.startDate.addDays(60), QTime(8, 0));
    auto saved = AssessmentService(db).saveAnswers(assessment, By, at);
    if (!saved)
        return saved.error();

    auto staff = PersonRepository(db).list({ PersonKind::Staff, true });
    if (!staff)
        return staff.error();
    auto collectives = CollectiveRepository(db).list();
    if (!collectives)
        return collectives.error();
    qint64 group = 0;
    for (const Collective& c : std::as_const(*collectives)) {
        if (c.kind == CollectiveKind::SubjectGroup) {
            group = c.id;
            break;
        }
    }
    const qint64 teacher = staff->size() > 5 ? staff->at(5).id : (staff->isEmpty() ? 0 : staff->constFirst().id);
    const QString school = profile->fullName.isEmpty() ? QStringLiteral("Nhà trường") : profile->fullName;
    const QString abbreviation = profile->abbreviation.isEmpty() ? QStringLiteral("THPT") : profile->abbreviation;
    const QString yearName = QStringLiteral("%1 - %2").arg(year.startYear).arg(year.startYear + 1);
    const auto item = [&saved](const QString& code) {
        return EvidenceLink { EvidenceLink::Kind::AssessmentItem, saved->id, code };
    };

    QTemporaryDir folder;
    if (!folder.isValid())
        return Error(Error::Code::Io, QStringLiteral("Cannot create a temporary folder: %1").arg(folder.errorString()));
    const QList<DemoFile> files = {
        { QStringLiteral("Kế hoạch xây dựng đơn vị học tập %1.pdf").arg(yearName),
            item(QStringLiteral("H1.TC1.CT1")),
            QStringLiteral("Kế hoạch xây dựng “Đơn vị học tập” năm học %1").arg(yearName),
            { QStringLiteral("15/KH-") + abbreviation, year.startDate.addDays(20), school } },
        { QStringLiteral("Tuần lễ học tập suốt đời.jpg"),
            item(QStringLiteral("H1.TC1.CT5")),
            QStringLiteral("Ảnh hưởng ứng Tuần lễ học tập suốt đời"),
            {} },
        { QStringLiteral("Kết quả Công dân học tập.png"),
            item(QStringLiteral("H1.TC3.CT1")),
            QStringLiteral("Bảng tổng hợp kết quả Công dân học tập của cán bộ, giáo viên"),
            {} },
        { QStringLiteral("Chứng nhận bồi dưỡng thường xuyên.pdf"),
            EvidenceLink { EvidenceLink::Kind::Person, teacher, QString() },
            QStringLiteral("Giấy chứng nhận hoàn thành bồi dưỡng thường xuyên"),
            { QStringLiteral("102/GCN-SGDĐT"), year.startDate.addDays(45), QStringLiteral("Sở Giáo dục và Đào tạo") } },
        { QStringLiteral("Sinh hoạt chuyên môn theo nghiên cứu bài học.png"),
            EvidenceLink { EvidenceLink::Kind::Collective, group, QString() },
            QStringLiteral("Ảnh sinh hoạt tổ chuyên môn theo nghiên cứu bài học"),
            {} },
    };
    const QList<QColor> colours = { QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28) };
    EvidenceService service(db, EvidenceStore::forDatabase(databaseFile));
    int n = 0;
    for (const DemoFile& file : files) {
        if (file.link.targetId == 0)
            continue;
        const QString path = folder.filePath(QStringLiteral("%1.%2").arg(n).arg(QFileInfo(file.name).suffix()));
        const Status drawn = file.name.endsWith(QStringLiteral(".pdf"))
            ? drawPdf(path, file.description, { school, yearName, file.paper.number })
            : drawImage(path, QSize(1200, 800), colours.at(n % colours.size()), { file.description, school, yearName });
        if (!drawn)
            return drawn;
        // The user's name of the file: the service keeps it as the original name.
        const QString named = folder.filePath(QStringLiteral("%1/%2").arg(n));
        if (!QDir().mkpath(named) || !QFile::rename(path, named + QLatin1Char('/') + file.name))
            return Error(Error::Code::Io, QStringLiteral("Cannot name %1").arg(path), path);
        EvidenceService::AddRequest request;
        request.files = { named + QLatin1Char('/') + file.name };
        request.schoolYearId = year.id;
        request.link = file.link;
        request.description = file.description;
        request.paper = file.paper;
        request.by = By;
        request.at = at.addDays(n);
        if (auto added = service.add(request); !added)
            return added.error();
        ++n;
    }
    return {};
}

} // namespace thidua
