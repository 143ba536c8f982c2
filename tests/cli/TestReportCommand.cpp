// The annual report from an empty database through thidua-cli as real processes (issue 17, "Done when"): a school year
// built by the commands a school office runs (the profile, 12 staff in two tổ and 10 students in two classes imported
// from .csv, their Công dân học tập results, three activities, one learning model, two initiatives, a council meeting
// on three nominations finalised), one judgement section written; then `report annual` as PDF and DOCX, `report
// stage` and `report stats`. Every figure the report's text gives is checked against the counts worked out by hand
// from what was entered (below); the PDF passes the committee's ND30 checker and LibreOffice opens the DOCX.
//
// By hand: staff 10 of 12 recognised (GV11 not assessed, GV12 không đạt) = 83,3 %; students 9 of 10 (HS10 không đạt)
// = 90,0 %; everybody 19 of 22 = 86,3 % (rounded down), short of 95 %. Tổ Toán 6/6 = 100,0 % meets the tổ target
// (100 %), Tổ Văn 4/6 = 66,6 % does not; class 6A 5/5 meets 95 %, 6B 4/5 = 80,0 % does not. Activities: 300 + 2
// + 150 = 452 people. Nominations: GV01 and GV02 Lao động tiên tiến with 5 and 4 of 5 present agreeing (70 % needed:
// passed), GV03 Giấy khen of the Hiệu trưởng with 2 of 5 (failed).
#include "tests/support/CliRun.h"
#include "tests/support/PdfProbe.h"
#include "tests/support/RequiredTool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
using Run = thidua::test::CliRun;
} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annualFiguresEqualTheRecords();
    void annualPassesNd30AndOpensInLibreOffice();
    void stageReview();
    void statsWorkbook();
    void wrongInputIsRefused_data();
    void wrongInputIsRefused();

private:
    Run cli(const QStringList& arguments) const
    {
        return thidua::test::runCli(QStringList { u"--db"_s, m_db } + arguments, u"en"_s);
    }
    bool ok(const Run& run, const char* what) const
    {
        if (run.exitCode == 0)
            return true;
        qWarning().noquote() << what << "exit" << run.exitCode << run.out << run.err;
        return false;
    }
    QString writeFile(const QString& name, const QString& text) const;
    QString pdfText(const QString& path) const;
    void buildYear();
    void holdMeeting();

    QTemporaryDir m_dir;
    QString m_db;
};

QString TestReportCommand::writeFile(const QString& name, const QString& text) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

QString TestReportCommand::pdfText(const QString& path) const
{
    thidua::test::PdfProbe probe;
    if (!probe.load(path)) {
        qWarning().noquote() << path << probe.error();
        return {};
    }
    return probe.layoutText().simplified();
}

void TestReportCommand::buildYear()
{
    const QStringList staff = { u"Phan Thị Ánh"_s,
        u"Lý Văn Bảo"_s,
        u"Mai Thị Chi"_s,
        u"Tô Văn Duy"_s,
        u"Kiều Thị Hằng"_s,
        u"Lâm Văn Khoa"_s,
        u"Trịnh Thị Loan"_s,
        u"Đinh Văn Nam"_s,
        u"Cao Thị Oanh"_s,
        u"Lưu Văn Phúc"_s,
        u"Tạ Thị Quyên"_s,
        u"Văn Đức Sơn"_s };
    QString csv = u"STT,Mã,Họ và tên,Chức vụ,Tổ\n"_s;
    for (int i = 0; i < staff.size(); ++i)
        csv += u"%1,GV%2,%3,Giáo viên,%4\n"_s.arg(i + 1)
                   .arg(i + 1, 2, 10, QLatin1Char('0'))
                   .arg(staff[i], i < 6 ? u"Tổ Toán"_s : u"Tổ Văn"_s);
    QVERIFY(ok(cli({ u"import"_s,
                   u"people"_s,
                   writeFile(u"can-bo.csv"_s, csv),
                   u"--kind"_s,
                   u"staff"_s,
                   u"--year"_s,
                   u"2024-2025"_s }),
        "import staff"));
    csv = u"STT,Mã học sinh,Họ và tên,Ngày sinh,Lớp\n"_s;
    for (int i = 1; i <= 10; ++i)
        csv += u"%1,HS%2,Học Sinh Số %3,0%4/01/2013,%5\n"_s.arg(i)
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(QChar(u'A' + i))
                   .arg(i % 9 + 1)
                   .arg(i <= 5 ? u"6A"_s : u"6B"_s);
    QVERIFY(ok(cli({ u"import"_s,
                   u"people"_s,
                   writeFile(u"hoc-sinh.csv"_s, csv),
                   u"--kind"_s,
                   u"student"_s,
                   u"--year"_s,
                   u"2024-2025"_s }),
        "import students"));
    const auto cdht = [this](const QString& code, const QString& result) {
        return ok(cli({ u"cdht"_s, u"set"_s, code, result, u"--year"_s, u"2024-2025"_s }), "cdht");
    };
    for (int i = 1; i <= 10; ++i)
        QVERIFY(cdht(u"GV%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"dat"_s));
    QVERIFY(cdht(u"GV12"_s, u"khong_dat"_s));
    for (int i = 1; i <= 9; ++i)
        QVERIFY(cdht(u"HS%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"dat"_s));
    QVERIFY(cdht(u"HS10"_s, u"khong_dat"_s));

    const QString y = u"2024-2025"_s;
    QVERIFY(ok(cli({ u"activity"_s,
                   u"add"_s,
                   u"--year"_s,
                   y,
                   u"--kind"_s,
                   u"lifelong_learning_week"_s,
                   u"--title"_s,
                   u"Tuần lễ hưởng ứng học tập suốt đời 2024"_s,
                   u"--from"_s,
                   u"01/10/2024"_s,
                   u"--to"_s,
                   u"07/10/2024"_s,
                   u"--organizer"_s,
                   u"Tổ Văn"_s,
                   u"--count"_s,
                   u"300"_s }),
        "activity 1"));
    QVERIFY(ok(cli({ u"activity"_s,
                   u"add"_s,
                   u"--year"_s,
                   y,
                   u"--kind"_s,
                   u"training"_s,
                   u"--title"_s,
                   u"Tập huấn chuyển đổi số"_s,
                   u"--from"_s,
                   u"20/09/2024"_s,
                   u"--person"_s,
                   u"GV01"_s,
                   u"--person"_s,
                   u"GV02"_s }),
        "activity 2"));
    QVERIFY(ok(cli({ u"activity"_s,
                   u"add"_s,
                   u"--year"_s,
                   y,
                   u"--kind"_s,
                   u"reading_day"_s,
                   u"--title"_s,
                   u"Ngày hội đọc sách"_s,
                   u"--from"_s,
                   u"21/04/2025"_s,
                   u"--count"_s,
                   u"150"_s }),
        "activity 3"));
    QVERIFY(ok(cli({ u"model"_s,
                   u"add"_s,
                   u"--year"_s,
                   y,
                   u"--collective"_s,
                   u"Tổ Toán"_s,
                   u"--name"_s,
                   u"Tổ học tập số"_s,
                   u"--result"_s,
                   u"Mỗi giáo viên một khóa học trực tuyến"_s }),
        "model"));
    QVERIFY(ok(cli({ u"initiative"_s,
                   u"add"_s,
                   u"--year"_s,
                   y,
                   u"--title"_s,
                   u"Dạy học hình học bằng GeoGebra"_s,
                   u"--author"_s,
                   u"GV01"_s,
                   u"--author"_s,
                   u"GV02"_s,
                   u"--level"_s,
                   u"district"_s,
                   u"--number"_s,
                   u"125/QĐ-PGDĐT"_s,
                   u"--date"_s,
                   u"15/05/2025"_s,
                   u"--issuer"_s,
                   u"Phòng GDĐT quận Hải Châu"_s }),
        "initiative 1"));
    QVERIFY(ok(cli({ u"initiative"_s,
                   u"add"_s,
                   u"--year"_s,
                   y,
                   u"--title"_s,
                   u"Câu lạc bộ đọc sách"_s,
                   u"--author"_s,
                   u"GV07"_s,
                   u"--level"_s,
                   u"base"_s }),
        "initiative 2"));
}

void TestReportCommand::holdMeeting()
{
    const QString y = u"2024-2025"_s;
    QVERIFY(ok(cli({ u"council"_s,
                   u"set"_s,
                   u"--year"_s,
                   y,
                   u"GV07:chair:Hiệu trưởng"_s,
                   u"GV08:secretary"_s,
                   u"GV09:member"_s,
                   u"GV10:member"_s,
                   u"GV11:member"_s }),
        "council"));
    QStringList ids;
    for (const auto& [code, form] : QList<QPair<QString, QString>> { { u"GV01"_s, u"lao_dong_tien_tien"_s },
             { u"GV02"_s, u"lao_dong_tien_tien"_s },
             { u"GV03"_s, u"giay_khen_hieu_truong"_s } }) {
        const Run added = cli({ u"nomination"_s,
            u"add"_s,
            u"--year"_s,
            y,
            u"--person"_s,
            code,
            u"--form"_s,
            form,
            u"--achievement"_s,
            u"Hoàn thành tốt nhiệm vụ"_s });
        QVERIFY(ok(added, "nomination"));
        ids << added.out.section(u'\t', 0, 0);
    }
    const Run created = cli(
        { u"meeting"_s, u"create"_s, u"--year"_s, y, u"--at"_s, u"2025-05-20 14:00"_s, u"--place"_s, u"Phòng họp"_s });
    QVERIFY(ok(created, "meeting"));
    const QString meeting = created.out.section(u'\t', 0, 0);
    QVERIFY(ok(cli(QStringList { u"meeting"_s, u"nominees"_s, meeting } + ids), "nominees"));
    QVERIFY(ok(cli({ u"meeting"_s, u"round"_s, meeting }), "round"));
    for (const auto& [entry, by] :
        QList<QPair<QString, QString>> { { u"1"_s, u"Đinh Văn Nam"_s }, { u"2"_s, u"Cao Thị Oanh"_s } })
        QVERIFY(ok(cli({ u"meeting"_s,
                       u"tally"_s,
                       meeting,
                       u"--round"_s,
                       u"1"_s,
                       u"--ballots"_s,
                       u"5,5,5,0"_s,
                       u"--entry"_s,
                       entry,
                       u"--by"_s,
                       by,
                       u"--votes"_s,
                       u"5:0,4:1,2:3"_s }),
            "tally"));
    QVERIFY(ok(cli({ u"meeting"_s,
                   u"finalize"_s,
                   meeting,
                   u"--end"_s,
                   u"2025-05-20 15:30"_s,
                   u"--conclusion"_s,
                   u"Thống nhất."_s }),
        "finalize"));
}

void TestReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"truong.sqlite"_s);
    QVERIFY(ok(cli({ u"school"_s, u"set"_s, u"full_name"_s, u"Trường THCS Trần Phú"_s }), "school"));
    QVERIFY(ok(cli({ u"school"_s, u"set"_s, u"abbreviation"_s, u"TP"_s }), "school"));
    QVERIFY(ok(cli({ u"school"_s, u"set"_s, u"place_name"_s, u"Hải Châu"_s }), "school"));
    QVERIFY(ok(cli({ u"school"_s, u"set"_s, u"governing_body"_s, u"UBND quận Hải Châu"_s }), "school"));
    buildYear();
    holdMeeting();
    QVERIFY(ok(cli({ u"report"_s,
                   u"text"_s,
                   u"--year"_s,
                   u"2024-2025"_s,
                   u"--section"_s,
                   u"noi_bat"_s,
                   u"--text"_s,
                   u"Phong trào đọc sách lan tỏa trong học sinh."_s }),
        "report text"));
}

void TestReportCommand::annualFiguresEqualTheRecords()
{
    THIDUA_REQUIRE_TOOL(thidua::test::PdfProbe::toolsAvailable(), "poppler-utils are not installed");
    const QString pdf = m_dir.filePath(u"bao-cao.pdf"_s);
    const Run written = cli({ u"report"_s,
        u"annual"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--out"_s,
        pdf,
        u"--date"_s,
        u"2025-11-20"_s,
        u"--recipient"_s,
        u"Phòng Giáo dục và Đào tạo quận Hải Châu"_s });
    QVERIFY(ok(written, "report annual"));
    QVERIFY2(written.out.startsWith(u"Number 01/BC-TP"_s), qPrintable(written.out));
    const QString text = pdfText(pdf);
    const QStringList expected = {
        u"Số: 01/BC-TP"_s,
        u"Hải Châu, ngày 20 tháng 11 năm 2025"_s,
        u"BÁO CÁO"_s,
        u"năm học 2024-2025"_s,
        u"nhà trường có 12 cán bộ, giáo viên, nhân viên và 10 học sinh, sinh hoạt trong 02 tổ và 02 lớp."_s,
        // Activities: three, 452 people.
        u"đã tổ chức 03 hoạt động"_s,
        u"với 452 lượt người tham gia."_s,
        u"1 Tập huấn chuyển đổi số Tập huấn 20/9/2024 Nhà trường 2"_s,
        // Công dân học tập.
        u"Toàn trường có 19/22 người được công nhận “Công dân học tập”, đạt 86,3 % (chỉ tiêu 95 %): chưa đạt chỉ tiêu."_s,
        u"Cán bộ, giáo viên, nhân viên 12 10 83,3 % 95 % Chưa đạt"_s,
        u"Học sinh 10 9 90,0 % 95 % Chưa đạt"_s,
        u"Toàn trường 22 19 86,3 % 95 % Chưa đạt"_s,
        u"Theo tổ: 1/2 tổ đạt chỉ tiêu 100 % thành viên được công nhận; theo lớp: 1/2 lớp đạt chỉ tiêu 95 %."_s,
        u"Tổ Toán 6 6 100,0 % Đạt"_s,
        u"Tổ Văn 6 4 66,6 % Chưa đạt"_s,
        u"Nhà trường chưa tự đánh giá theo tiêu chí “Đơn vị học tập”."_s,
        // Models: one, Tổ Văn has none.
        u"Các tổ đã xây dựng 01 mô hình học tập; 1/2 tổ có mô hình (chỉ tiêu: mỗi tổ ít nhất 01 mô hình)."_s,
        u"Tổ chưa có mô hình học tập: Tổ Văn."_s,
        u"Tổ học tập số"_s,
        // Initiatives: two, one recognised by the district.
        u"Năm học có 02 sáng kiến, giải pháp; được công nhận: 01 cấp huyện."_s,
        u"Phan Thị Ánh"_s,
        u"Lý Văn Bảo"_s,
        u"Số 125/QĐ-PGDĐT"_s,
        u"ngày 15/5/2025"_s,
        u"Chưa có quyết định"_s,
        // Awards: three nominations, two passed, one failed, none decided yet.
        u"đã xem xét 03 đề nghị khen thưởng: 02 đạt, 01 không đạt; 0 đã có quyết định khen thưởng."_s,
        u"Lao động tiên tiến 2 2 0 0"_s,
        u"Giấy khen của Hiệu trưởng 1 0 1 0"_s,
        // The section written, and the ones not written as marked blanks.
        u"Phong trào đọc sách lan tỏa trong học sinh."_s,
        u"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2025-2026"_s,
        u"[Nội dung do nhà trường viết]"_s,
        u"Phòng Giáo dục và Đào tạo quận Hải Châu;"_s,
        u"DANH MỤC MINH CHỨNG NĂM HỌC 2024 - 2025"_s,
    };
    for (const QString& line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_s + text));
    QCOMPARE(text.count(u"[Nội dung do nhà trường viết]"_s), 4);
}

void TestReportCommand::annualPassesNd30AndOpensInLibreOffice()
{
    const QString pdf = m_dir.filePath(u"bao-cao.pdf"_s);
    QVERIFY(QFileInfo::exists(pdf));
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    THIDUA_REQUIRE_TOOL(!python.isEmpty(), "python3 is not installed");
    QProcess checker;
    checker.start(python, { QStringLiteral(THIDUA_ND30_CHECKER), pdf });
    QVERIFY(checker.waitForFinished(60000));
    const QString verdict = QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError());
    QVERIFY2(checker.exitCode() == 0 && verdict.trimmed().endsWith(u"ND30 rules hold"_s), qPrintable(verdict));

    // The same report as DOCX keeps its number (issued again, not numbered anew) and LibreOffice lays it out.
    const QString docx = m_dir.filePath(u"bao-cao.docx"_s);
    const Run written = cli({ u"report"_s,
        u"annual"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--out"_s,
        docx,
        u"--date"_s,
        u"2025-11-20"_s,
        u"--recipient"_s,
        u"Phòng Giáo dục và Đào tạo quận Hải Châu"_s });
    QVERIFY(ok(written, "report annual docx"));
    QVERIFY2(written.out.startsWith(u"Number 01/BC-TP"_s), qPrintable(written.out));
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    THIDUA_REQUIRE_TOOL(!soffice.isEmpty(), "LibreOffice (soffice) is not installed");
    const QString out = m_dir.filePath(u"libreoffice"_s);
    QProcess process;
    process.start(soffice,
        { u"-env:UserInstallation="_s + QUrl::fromLocalFile(m_dir.filePath(u"lo-profile"_s)).toString(),
            u"--headless"_s,
            u"--convert-to"_s,
            u"pdf"_s,
            u"--outdir"_s,
            out,
            docx });
    QVERIFY(process.waitForFinished(600000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = pdfText(QDir(out).filePath(u"bao-cao.pdf"_s));
    QVERIFY2(text.contains(u"BÁO CÁO"_s) && text.contains(u"đạt 86,3 % (chỉ tiêu 95 %)"_s), qPrintable(text));
}

void TestReportCommand::stageReview()
{
    THIDUA_REQUIRE_TOOL(thidua::test::PdfProbe::toolsAvailable(), "poppler-utils are not installed");
    const QString pdf = m_dir.filePath(u"so-ket.pdf"_s);
    QVERIFY(ok(cli({ u"report"_s,
                   u"stage"_s,
                   u"--from"_s,
                   u"2023"_s,
                   u"--to"_s,
                   u"2025"_s,
                   u"--out"_s,
                   pdf,
                   u"--date"_s,
                   u"2025-08-10"_s }),
        "report stage"));
    const QString text = pdfText(pdf);
    for (const QString& line : { u"Sơ kết giai đoạn 2023 – 2025"_s,
             u"KẾT QUẢ THỰC HIỆN QUA CÁC NĂM HỌC"_s,
             // The one school year of the stage the database holds: 3 activities, 452 people; models, initiatives,
             // nominations.
             u"2024-2025 3 1 1 452"_s,
             u"2024-2025 1 1/2 1"_s,
             u"2024-2025 2 0 1 0 0"_s,
             u"2024-2025 3 2 1 0"_s,
             u"Năm học 2024-2025: toàn trường đạt 86,3 % (chỉ tiêu 95 %): chưa đạt chỉ tiêu."_s })
        QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_s + text));
}

void TestReportCommand::statsWorkbook()
{
    const QString xlsx = m_dir.filePath(u"thong-ke.xlsx"_s);
    QVERIFY(ok(cli({ u"report"_s, u"stats"_s, u"--year"_s, u"2024-2025"_s, u"--out"_s, xlsx }), "report stats"));
    // Read back by openpyxl, independently of the program: the sheets, and the rows as values (no formula anywhere).
    // Debian's python3 (python3-openpyxl) may not be the first on the PATH (pyenv): take the first with openpyxl.
    QString python;
    for (const QString& candidate : { u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s) }) {
        if (python.isEmpty() && !candidate.isEmpty()
            && QProcess::execute(candidate, { u"-c"_s, u"import openpyxl"_s }) == 0)
            python = candidate;
    }
    THIDUA_REQUIRE_TOOL(!python.isEmpty(), "python3 with openpyxl is not installed (apt-get install python3-openpyxl)");
    const QString script = uR"(import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        assert not any(isinstance(v, str) and v.startswith('=') for v in row)
        print(ws.title + '|' + '|'.join('' if v is None else (str(v) if not isinstance(v, float) or v != int(v) else str(int(v))) for v in row))
)"_s;
    QProcess process;
    process.start(python, { u"-c"_s, script, xlsx });
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    for (const QString& line :
        { u"Tổng hợp|Đơn vị|Năm học|Đối tượng|Tổng số|Đạt Công dân học tập|Tỉ lệ (%)|Chỉ tiêu (%)|Kết quả"_s,
            u"Tổng hợp|Trường THCS Trần Phú|2024-2025|Cán bộ, giáo viên, nhân viên|12|10|83.3|95|Chưa đạt"_s,
            u"Tổng hợp|Trường THCS Trần Phú|2024-2025|Học sinh|10|9|90|95|Chưa đạt"_s,
            u"Tổng hợp|Trường THCS Trần Phú|2024-2025|Toàn trường|22|19|86.3|95|Chưa đạt"_s,
            u"Theo tổ|1|Tổ Toán|6|6|100|100|Đạt|1"_s,
            u"Theo tổ|2|Tổ Văn|6|4|66.6|100|Chưa đạt|0"_s,
            u"Theo lớp|1|6A|5|5|100|95|Đạt"_s,
            u"Theo lớp|2|6B|5|4|80|95|Chưa đạt"_s,
            u"Hoạt động|1|Tập huấn chuyển đổi số|Tập huấn|2024-09-20 00:00:00|2024-09-20 00:00:00|Nhà trường|2"_s,
            u"Mô hình học tập|1|Tổ Toán|Tổ học tập số||Mỗi giáo viên một khóa học trực tuyến"_s,
            u"Sáng kiến|1|Dạy học hình học bằng GeoGebra|Phan Thị Ánh, Lý Văn Bảo|Huyện|125/QĐ-PGDĐT|2025-05-15 00:00:00|Phòng GDĐT quận Hải Châu"_s,
            u"Khen thưởng|Lao động tiên tiến|2|2|0|0"_s,
            u"Khen thưởng|Giấy khen của Hiệu trưởng|1|0|1|0"_s })
        QVERIFY2(out.contains(line + u'\n'), qPrintable(line + u"\n---\n"_s + out));
}

void TestReportCommand::wrongInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such year") << QStringList {
        u"report"_s, u"annual"_s, u"--year"_s, u"2030-2031"_s, u"--out"_s, u"x.pdf"_s
    } << 1 << u"2030-2031"_s;
    QTest::newRow("wrong suffix") << QStringList {
        u"report"_s, u"annual"_s, u"--year"_s, u"2024-2025"_s, u"--out"_s, u"x.txt"_s
    } << 2 << u".pdf or .docx"_s;
    QTest::newRow("stage backwards") << QStringList {
        u"report"_s, u"stage"_s, u"--from"_s, u"2025"_s, u"--to"_s, u"2023"_s, u"--out"_s, u"x.pdf"_s
    } << 2 << u"--from and --to"_s;
    QTest::newRow("stage without years") << QStringList {
        u"report"_s, u"stage"_s, u"--from"_s, u"2010"_s, u"--to"_s, u"2012"_s, u"--out"_s, u"x.pdf"_s
    } << 1 << u"2010"_s;
    QTest::newRow("stats not xlsx") << QStringList {
        u"report"_s, u"stats"_s, u"--year"_s, u"2024-2025"_s, u"--out"_s, u"x.csv"_s
    } << 2 << u".xlsx"_s;
}

void TestReportCommand::wrongInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = thidua::test::fileHash(m_db);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(thidua::test::fileHash(m_db), before);
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
