// The Documents menu of the main window (offscreen): each kind made from its template and the school profile, shown
// in the preview and exported to PDF through the dialog's export seam (no file dialog); the register listing the
// number given and exporting it; the legal bases listed, added and removed; the templates made the school's own.
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/documents/DocumentRegisterRepository.h"
#include "core/documents/DocumentTemplates.h"
#include "core/documents/LegalBasisRepository.h"
#include "core/school/SchoolRepository.h"
#include "tests/support/ExampleSpecs.h"
#include "tests/support/PdfProbe.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/MainWindow.h"
#include "ui/common/Workspace.h"
#include "ui/documents/DocumentActions.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/documents/DocumentRegisterDialog.h"
#include "ui/documents/LegalBasesDialog.h"
#include "ui/documents/LegalBasisDialog.h"
#include "ui/documents/LegalBasisTableModel.h"
#include "ui/documents/RegisterTableModel.h"
#include "ui/documents/SubjectPickerDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thidua;
using thidua::test::ExampleSpecs;
using thidua::test::PdfProbe;
using thidua::test::smallDemoSchool;

class TestDocumentsMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuHoldsEveryKind();
    void proposalFromMenuToPdf();
    void everyKindOpens_data();
    void everyKindOpens();
    void openDescription();
    void registerListsAndExports();
    void legalBasesEditable();
    void templateTakesTheSchool();
    void emptySchoolShowsTheExample();

private:
    QAction* action(const QString& name) const;
    // THIDUA_KEEP_OUTPUT=DIR saves a picture of `widget` there, to look at.
    static void keepPicture(QWidget* widget, const QString& name);
    DocumentPreviewDialog* openFromMenu(const QString& templateId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestDocumentsMenu::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), QStringLiteral("vi")));
}

void TestDocumentsMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 1, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDocumentsMenu::cleanup()
{
    m_window.reset(); // the dialogs are its children
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDocumentsMenu::keepPicture(QWidget* widget, const QString& name)
{
    const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT");
    if (!keep.isEmpty())
        widget->grab().save(QDir(keep).filePath(name + QStringLiteral(".png")));
}

QAction* TestDocumentsMenu::action(const QString& name) const
{
    // The menu and its submenus (Nâng cao).
    QList<QAction*> actions = m_window->menu(MainWindow::Menu::Documents)->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i]->objectName() == QStringLiteral("document.") + name)
            return actions[i];
        if (actions[i]->menu())
            actions << actions[i]->menu()->actions();
    }
    return nullptr;
}

DocumentPreviewDialog* TestDocumentsMenu::openFromMenu(const QString& templateId)
{
    QAction* menuAction = action(QStringLiteral("new.") + templateId);
    if (!menuAction)
        return nullptr;
    DocumentPreviewDialog* opened = nullptr;
    QObject context;
    connect(m_window->documentActions(), &DocumentActions::previewOpened, &context, [&opened](auto* dialog) {
        opened = dialog;
    });
    // A báo cáo thành tích asks whom it is about first: the first of the list.
    connect(m_window->documentActions(), &DocumentActions::pickerOpened, &context, [](SubjectPickerDialog* picker) {
        picker->choose({ 0 });
    });
    menuAction->trigger();
    return opened;
}

void TestDocumentsMenu::menuHoldsEveryKind()
{
    QMenu* menu = m_window->menu(MainWindow::Menu::Documents);
    QVERIFY(menu->menuAction()->isVisible());
    QCOMPARE(menu->title(), QStringLiteral("&Văn bản"));
    for (const QString& id : DocumentTemplates::ids())
        QVERIFY2(action(QStringLiteral("new.") + id), qPrintable(id));
    for (const QString& name : { QStringLiteral("open"),
             QStringLiteral("register"),
             QStringLiteral("bases"),
             QStringLiteral("certificatePositions") })
        QVERIFY2(action(name), qPrintable(name));
}

void TestDocumentsMenu::proposalFromMenuToPdf()
{
    DocumentPreviewDialog* dialog = openFromMenu(QStringLiteral("to_trinh"));
    QVERIFY(dialog);
    QCOMPARE(dialog->parent(), m_window.get());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QSignalSpy laidOut(dialog, &DocumentPreviewDialog::laidOut);
    QVERIFY(laidOut.wait(30000));
    // It opens with no nominee; people and collectives of the school are picked into its list.
    QVERIFY(dialog->canAddNominees());
    SubjectPickerDialog* picker = dialog->chooseNominees();
    QVERIFY(picker);
    const QString chosen = picker->model()->subject(0).name;
    picker->choose({ 0, 1 });
    QVERIFY(laidOut.wait(30000));
    QVERIFY(laidOut.constLast().constFirst().toInt() >= 2); // the letter and its list
    QVERIFY(dialog->editorCount() > 0);
    keepPicture(dialog, QStringLiteral("preview"));

    // The free text edited, then exported through the seam the file dialog calls.
    dialog->setEditedText(0, QStringLiteral("Đoạn mở đầu đã sửa trong xem trước."));
    QVERIFY(laidOut.wait(30000));
    const QString pdf = m_dir->filePath(QStringLiteral("to_trinh.pdf"));
    QSignalSpy exported(dialog, &DocumentPreviewDialog::exported);
    QSignalSpy failed(dialog, &DocumentPreviewDialog::failed);
    dialog->exportPdf(pdf);
    QVERIFY(exported.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(exported.constFirst().constFirst().toString(), pdf);

    QVERIFY2(PdfProbe::toolsAvailable(), "poppler-utils must be installed");
    PdfProbe probe;
    QVERIFY2(probe.load(pdf), qPrintable(probe.error()));
    const QString text = probe.layoutText().simplified();
    // The header comes from the demo school's profile, not from the example (Trường THPT Nguyễn Khuyến).
    QVERIFY2(text.contains(QStringLiteral("TRƯỜNG THPT NGUYỄN TRÃI")), qPrintable(text.left(400)));
    QVERIFY(!text.contains(QStringLiteral("Nguyễn Khuyến"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("Số: 01/TTr-NTr")));
    QVERIFY(text.contains(QStringLiteral("ngày 20 tháng 11 năm 2025")));
    QVERIFY(text.contains(QStringLiteral("TỜ TRÌNH")));
    QVERIFY(text.contains(QStringLiteral("Đoạn mở đầu đã sửa trong xem trước.")));
    QVERIFY2(text.contains(chosen), qPrintable(chosen));
    // The head of the school signs.
    auto profile = SchoolRepository(m_db->connection()).profile();
    QVERIFY(profile.ok() && !profile->leaders.isEmpty());
    QVERIFY(text.contains(profile->leaders.constFirst().fullName));
}

void TestDocumentsMenu::everyKindOpens_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : DocumentTemplates::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestDocumentsMenu::everyKindOpens()
{
    QFETCH(QString, id);
    DocumentPreviewDialog* dialog = openFromMenu(id);
    QVERIFY(dialog);
    QSignalSpy laidOut(dialog, &DocumentPreviewDialog::laidOut);
    if (!dialog->pages())
        QVERIFY(laidOut.wait(30000));
    QVERIFY(dialog->pages());
    QVERIFY(!dialog->pages()->pages.isEmpty());
    dialog->close();
}

void TestDocumentsMenu::openDescription()
{
    DocumentActions* actions = m_window->documentActions();
    DocumentPreviewDialog* dialog =
        actions->openDescription(ExampleSpecs::directory() + QStringLiteral("/bao_cao_thanh_tich_tap_the.json"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->parent(), m_window.get());

    // A broken description: no dialog, a message box (modeless) naming the file and the line, nothing crashes.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"kind\": \"to_trinh\",\n  \"nominees\": [}\n");
    file.close();
    QVERIFY(!actions->openDescription(broken));
    QMessageBox* box = nullptr;
    for (QMessageBox* candidate : m_window->findChildren<QMessageBox*>()) {
        if (candidate->isVisible())
            box = candidate;
    }
    QVERIFY(box);
    QVERIFY2((box->text() + box->informativeText()).contains(QStringLiteral("broken.json")),
        qPrintable(box->text() + u'|' + box->informativeText()));
    box->close();
}

void TestDocumentsMenu::registerListsAndExports()
{
    // Looking takes no number: each preview shows the number the register would give.
    DocumentPreviewDialog* proposal = openFromMenu(QStringLiteral("to_trinh"));
    QVERIFY(proposal);
    DocumentPreviewDialog* proposalAgain = openFromMenu(QStringLiteral("to_trinh"));
    QVERIFY(proposalAgain);
    DocumentPreviewDialog* decision = openFromMenu(QStringLiteral("quyet_dinh"));
    QVERIFY(decision);
    QCOMPARE(proposal->numbers().constFirst().symbol, QStringLiteral("01/TTr-NTr"));
    QCOMPARE(decision->numbers().constFirst().symbol, QStringLiteral("01/QĐ-NTr"));

    QAction* registerAction = action(QStringLiteral("register"));
    QVERIFY(registerAction);
    registerAction->trigger();
    auto* dialog = m_window->findChild<DocumentRegisterDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    RegisterTableModel* model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);

    // Exporting issues, and the open register shows it at once. The same template again keeps its number (printing
    // again); the decision takes the next number of the school's sequence (one sequence per issuer and year,
    // whatever the type).
    auto exportPdf = [this](DocumentPreviewDialog* preview, const QString& name) {
        QSignalSpy exported(preview, &DocumentPreviewDialog::exported);
        preview->exportPdf(m_dir->filePath(name));
        return exported.wait(30000);
    };
    QVERIFY(exportPdf(proposal, QStringLiteral("p1.pdf")));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(exportPdf(proposalAgain, QStringLiteral("p2.pdf")));
    QVERIFY(exportPdf(decision, QStringLiteral("d.pdf")));
    QCOMPARE(model->rowCount(), 2);
    keepPicture(dialog, QStringLiteral("register"));
    QStringList symbols;
    for (int row = 0; row < model->rowCount(); ++row)
        symbols << model->index(row, RegisterTableModel::Symbol).data().toString();
    symbols.sort();
    QCOMPARE(symbols, (QStringList { QStringLiteral("01/TTr-NTr"), QStringLiteral("02/QĐ-NTr") }));
    QCOMPARE(decision->numbers().constFirst().symbol, QStringLiteral("02/QĐ-NTr"));

    const QString csv = m_dir->filePath(QStringLiteral("register.csv"));
    QVERIFY(dialog->exportTo(csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    QVERIFY(csvText.contains(QStringLiteral("01/TTr-NTr")));
    QVERIFY(csvText.contains(QStringLiteral("Số, ký hiệu")));

    const QString xlsx = m_dir->filePath(QStringLiteral("register.xlsx"));
    QVERIFY(dialog->exportTo(xlsx));
    QFile xlsxFile(xlsx);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QCOMPARE(xlsxFile.read(2), QByteArray("PK")); // a zip package

    dialog->reload(2024);
    QCOMPARE(model->rowCount(), 0);
}

void TestDocumentsMenu::legalBasesEditable()
{
    QAction* basesAction = action(QStringLiteral("bases"));
    QVERIFY(basesAction);
    basesAction->trigger();
    auto* dialog = m_window->findChild<LegalBasesDialog*>();
    QVERIFY(dialog);
    LegalBasisTableModel* model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int defaults = model->rowCount();
    QVERIFY(defaults >= 3);
    QStringList citations;
    for (int row = 0; row < defaults; ++row)
        citations << model->index(row, LegalBasisTableModel::Citation).data().toString();
    QVERIFY(citations.join(u'\n').contains(QStringLiteral("152/2025/NĐ-CP")));

    LegalBasis plan;
    plan.docType = QStringLiteral("Kế hoạch");
    plan.number = QStringLiteral("282/KH-NK");
    plan.issuedOn = QDate(2024, 9, 20);
    plan.issuer = QStringLiteral("Trường THPT Nguyễn Trãi");
    plan.title = QStringLiteral("thực hiện Phong trào thi đua xây dựng xã hội học tập năm học 2024 - 2025");
    plan.appliesTo = { QStringLiteral("to_trinh") };
    plan.sortOrder = 100;
    QVERIFY(dialog->save(plan));
    QCOMPARE(model->rowCount(), defaults + 1);
    keepPicture(dialog, QStringLiteral("bases"));
    LegalBasisDialog editor(plan);
    keepPicture(&editor, QStringLiteral("basis"));
    // The editor gives back what it was given; a kind unticked, a date mistyped.
    QString problem;
    LegalBasis again = editor.basis(&problem);
    QVERIFY(problem.isEmpty());
    QCOMPARE(again.appliesTo, plan.appliesTo);
    QCOMPARE(again.issuedOn, plan.issuedOn);
    QCOMPARE(again.number, plan.number);
    auto* proposals = editor.findChild<QCheckBox*>(QStringLiteral("to_trinh"));
    QVERIFY(proposals && proposals->isChecked());
    proposals->setChecked(false);
    QVERIFY(editor.basis().appliesTo.isEmpty()); // every kind
    auto* validFrom = editor.findChild<QLineEdit*>(QStringLiteral("validFrom"));
    QVERIFY(validFrom);
    validFrom->setText(QStringLiteral("31/02/2025"));
    editor.basis(&problem);
    QVERIFY2(problem.contains(QStringLiteral("31/02/2025")), qPrintable(problem));
    auto valid = LegalBasisRepository(m_db->connection()).validOn(QDate(2025, 11, 20), QStringLiteral("to_trinh"));
    QVERIFY(valid.ok());
    const auto added = std::find_if(
        valid->cbegin(), valid->cend(), [](const LegalBasis& b) { return b.number == QStringLiteral("282/KH-NK"); });
    QVERIFY(added != valid->cend());

    // A basis without a title is refused and nothing changes.
    LegalBasis untitled = plan;
    untitled.title.clear();
    QVERIFY(!LegalBasisRepository::validate(untitled));

    QVERIFY(dialog->remove(added->id));
    QCOMPARE(model->rowCount(), defaults);

    // Each change is a command of the workspace: undo and redo reach the database and the open dialog.
    QUndoStack* undo = m_workspace->undoStack();
    QCOMPARE(undo->count(), 2); // added, removed
    QSignalSpy changed(m_workspace.get(), &Workspace::documentsChanged);
    undo->undo();
    QCOMPARE(model->rowCount(), defaults + 1);
    QCOMPARE(changed.size(), 1);
    undo->undo();
    QCOMPARE(model->rowCount(), defaults);
    undo->redo();
    QCOMPARE(model->rowCount(), defaults + 1);
    auto all = LegalBasisRepository(m_db->connection()).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), defaults + 1);
}

void TestDocumentsMenu::templateTakesTheSchool()
{
    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường MN Hoa Mai");
    profile.governingBody = QStringLiteral("UBND Quận 3");
    profile.placeName = QStringLiteral("Quận 3");
    const QJsonObject example = DocumentTemplates::example(QStringLiteral("to_trinh"));
    QVERIFY(!example.isEmpty());
    const QJsonObject adapted = DocumentTemplates::adapt(example, profile);
    QVERIFY(!adapted.contains(QStringLiteral("organization")));
    QVERIFY(!adapted.contains(QStringLiteral("key")));
    QVERIFY(!adapted.contains(QStringLiteral("date")));
    const QString minutes = adapted.value(QStringLiteral("minutes_reference")).toString();
    QVERIFY2(minutes.contains(QStringLiteral("Trường MN Hoa Mai")), qPrintable(minutes));
    QVERIFY(!minutes.contains(QStringLiteral("Nguyễn Khuyến")));
    // The example's governing body is replaced whole, not through the place name inside it.
    const QString addressee = adapted.value(QStringLiteral("addressees")).toArray().at(0).toString();
    QCOMPARE(addressee, QStringLiteral("UBND Quận 3"));

    // Without a school name the example's organization stays, so that every kind can still be shown.
    const QJsonObject unchanged = DocumentTemplates::adapt(example, SchoolProfile());
    QCOMPARE(unchanged.value(QStringLiteral("organization")), example.value(QStringLiteral("organization")));
    QCOMPARE(unchanged.value(QStringLiteral("number")).toString(), QStringLiteral("blank"));
    QVERIFY(!DocumentTemplates::load(QStringLiteral("no_such_kind"), profile));
}

// A new database whose profile names no school yet: the example is shown as it is and nothing enters the register.
void TestDocumentsMenu::emptySchoolShowsTheExample()
{
    m_window.reset();
    m_workspace.reset();
    auto db = Database::open(m_dir->filePath(QStringLiteral("new.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = std::move(db).value();
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    m_window = std::make_unique<MainWindow>(*m_workspace);
    DocumentPreviewDialog* dialog = openFromMenu(QStringLiteral("to_trinh"));
    QVERIFY(dialog);
    auto entries = DocumentRegisterRepository(m_db->connection()).list();
    QVERIFY(entries.ok());
    QVERIFY(entries->isEmpty());
}

QTEST_MAIN(TestDocumentsMenu)
#include "TestDocumentsMenu.moc"
