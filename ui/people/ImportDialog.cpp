#include "ui/people/ImportDialog.h"

#include "core/spreadsheet/WorkbookReader.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/WindowSize.h"
#include "ui/common/Workspace.h"
#include "ui/people/ImportEncoding.h"
#include "ui/people/ImportMappingModel.h"
#include "ui/people/ImportPreviewModel.h"
#include "ui/people/ImportProblemModel.h"
#include "ui/people/ImportRunner.h"
#include "ui/people/ImportTables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace thidua {

ImportDialog::ImportDialog(Workspace& workspace, PersonKind kind, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fileEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("&Choose…"), this))
    , m_sheetCombo(new QComboBox(this))
    , m_encodingCombo(new QComboBox(this))
    , m_encodingLabel(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_yearCombo(new QComboBox(this))
    , m_headerRowSpin(new QSpinBox(this))
    , m_headerLabel(new QLabel(this))
    , m_mappingView(ImportTables::makeTable(this, QStringLiteral("mappingView")))
    , m_previewView(ImportTables::makeTable(this, QStringLiteral("previewView")))
    , m_problemView(ImportTables::makeTable(this, QStringLiteral("problemView")))
    , m_previewLabel(ImportTables::makeHeading(tr("Rows as they will be stored"), this))
    , m_problemLabel(ImportTables::makeHeading(tr("Problems"), this))
    , m_summary(new QLabel(this))
    , m_skipBadRows(new QCheckBox(tr("&Skip rows with errors (import the others)"), this))
    , m_dryRunButton(new QPushButton(tr("&Dry run"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_cancelButton(new QPushButton(tr("Cance&l"), this))
    , m_progress(new QProgressBar(this))
    , m_mappingModel(new ImportMappingModel(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_problemModel(new ImportProblemModel(this))
    , m_runner(new ImportRunner(workspace.databasePath(), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a list of people"));
    setSizeGripEnabled(true);

    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("An Excel (.xlsx, .xls) or text (.csv, .txt) file"));
    m_chooseButton->setObjectName(QStringLiteral("chooseButton"));
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setMinimumContentsLength(16);
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Automatic"), QVariant());
    for (LegacyEncoding::Encoding encoding : LegacyEncoding::all())
        m_encodingCombo->addItem(LegacyEncoding::displayName(encoding), int(encoding));
    m_encodingCombo->setToolTip(tr("How the text of the file is encoded. Old files typed with .VnTime (TCVN3) or "
                                   "VNI-Times fonts are recognised automatically; choose another encoding when the "
                                   "names in the preview look garbled."));
    m_encodingLabel->setObjectName(QStringLiteral("encodingLabel"));
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Staff"), int(PersonKind::Staff));
    m_kindCombo->addItem(tr("Students"), int(PersonKind::Student));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    const SchoolYears& years = m_workspace.years();
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        m_yearCombo->addItem(it->name(), it->id);
    if (years.isEmpty())
        m_yearCombo->addItem(tr("(no school year yet)"), qint64(0));
    m_yearCombo->setCurrentIndex(qMax(0, m_yearCombo->findData(m_workspace.currentYear().id)));
    m_yearCombo->setToolTip(tr("The groups and classes of the list are recorded for this school year"));
    m_headerRowSpin->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerRowSpin->setRange(1, 1);
    m_headerRowSpin->setToolTip(tr("The row of the sheet that holds the column names (found automatically)"));
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_chooseButton);
    auto* sheetLabel = new QLabel(tr("S&heet:"), this);
    sheetLabel->setBuddy(m_sheetCombo);
    m_encodingCaption = new QLabel(tr("&Encoding:"), this);
    m_encodingCaption->setBuddy(m_encodingCombo);
    auto* kindLabel = new QLabel(tr("&List of:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto* yearLabel = new QLabel(tr("School &year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    auto* headerRowLabel = new QLabel(tr("Header &row:"), this);
    headerRowLabel->setBuddy(m_headerRowSpin);

    auto* top = new QGridLayout;
    top->setHorizontalSpacing(8);
    top->addWidget(fileLabel, 0, 0);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    top->addLayout(fileRow, 0, 1, 1, 5);
    top->addWidget(sheetLabel, 1, 0);
    top->addWidget(m_sheetCombo, 1, 1);
    top->addWidget(m_encodingCaption, 1, 2);
    top->addWidget(m_encodingCombo, 1, 3);
    top->addWidget(m_encodingLabel, 1, 4, 1, 2);
    top->addWidget(kindLabel, 2, 0);
    top->addWidget(m_kindCombo, 2, 1);
    top->addWidget(yearLabel, 2, 2);
    top->addWidget(m_yearCombo, 2, 3);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(headerRowLabel);
    headerRow->addWidget(m_headerRowSpin);
    headerRow->addWidget(m_headerLabel, 1);
    top->addLayout(headerRow, 2, 4, 1, 2);
    top->setColumnStretch(4, 1);

    // Mapping on the left; the preview over the problems on the right.
    ImportTables::setUpMapping(m_mappingView, m_mappingModel);
    ImportTables::setUpPreview(m_previewView, m_previewModel);
    ImportTables::setUpProblems(m_problemView, m_problemModel);
    auto* mappingBox = ImportTables::titled(ImportTables::makeHeading(tr("Columns"), this), m_mappingView, this);
    auto* previewBox = ImportTables::titled(m_previewLabel, m_previewView, this);
    auto* problemBox = ImportTables::titled(m_problemLabel, m_problemView, this);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(previewBox);
    right->addWidget(problemBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->addWidget(mappingBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 360, 800 });

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    m_skipBadRows->setToolTip(tr("Without this, any error stops the import and nothing is written"));
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRunButton->setToolTip(tr("Show what the import would do, without writing anything"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dryRunButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    m_importButton->setDefault(true);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop checking or importing the rows; a stopped import writes nothing"));
    m_cancelButton->hide();

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_skipBadRows);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancelButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addLayout(bottom);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::showSheet);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::readFile);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_headerRowSpin, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_replanning)
            m_mappingModel->setHeaderRow(row - 1);
    });
    connect(m_mappingModel, &ImportMappingModel::mappingChanged, this, &ImportDialog::replan);
    connect(m_previewModel, &ImportPreviewModel::choicesChanged, this, &ImportDialog::showDecidedPlan);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_problemView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showProblem(index.row());
    });
    connect(m_dryRunButton, &QPushButton::clicked, this, &ImportDialog::dryRun);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::requestImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_reader, &QFutureWatcher<Result<Workbook>>::finished, this, &ImportDialog::readFinished);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_runner, &ImportRunner::progress, this, &ImportDialog::showProgress);
    connect(m_runner, &ImportRunner::planned, this, &ImportDialog::showPlan);
    connect(m_runner, &ImportRunner::applied, this, &ImportDialog::importFinished);

    updateEncodingLabel();
    updateButtons();
    m_summary->setText(tr("Choose the file that holds the list. Nothing is written before you press Import."));

    WindowSize::fit(this, QSize(1200, 700));
}

ImportDialog::~ImportDialog()
{
    m_reader.disconnect(this);
    m_runner->disconnect(this);
}

void ImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this,
        tr("Import a list of people"),
        m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(),
        tr("Lists (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::openFile);
    dialog->open();
}

void ImportDialog::openFile(const QString& path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_workbook.reset();
    m_previewModel->clear();
    {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->clear();
    }
    readFile();
}

bool ImportDialog::isLoading() const
{
    return m_loading;
}

bool ImportDialog::isBusy() const
{
    return m_loading || m_runner->isRunning();
}

void ImportDialog::cancelWork()
{
    m_runner->cancel();
}

void ImportDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

void ImportDialog::readFile()
{
    if (m_path.isEmpty())
        return;
    WorkbookReader::Options options;
    if (const QVariant encoding = m_encodingCombo->currentData(); encoding.isValid())
        options.encoding = LegacyEncoding::Encoding(encoding.toInt());
    setBusy(true);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_reader.setFuture(QtConcurrent::run([path = m_path, options] { return WorkbookReader::read(path, options); }));
}

void ImportDialog::readFinished()
{
    Result<Workbook> read = m_reader.result();
    setBusy(false);
    if (!read) {
        m_workbook.reset();
        m_mappingModel->setSheet(Sheet(), RosterColumns());
        m_previewModel->clear();
        m_problemModel->setProblems({});
        m_sheetCombo->clear();
        m_summary->setText(tr("The file could not be read: %1").arg(read.error().toString()));
        updateButtons();
        emit loadFailed(read.error());
        return;
    }
    const int previous = m_sheetCombo->currentIndex();
    m_workbook = std::move(read).value();
    // The sheet shown before (another encoding of the same file), else the first that looks like a list.
    int index = previous >= 0 && previous < m_workbook->sheets.size() ? previous : -1;
    for (int i = 0; index < 0 && i < m_workbook->sheets.size(); ++i) {
        if (RosterColumns::detect(m_workbook->sheets.at(i)).headerRow >= 0)
            index = i;
    }
    {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->clear();
        for (const Sheet& sheet : std::as_const(m_workbook->sheets))
            m_sheetCombo->addItem(sheet.name);
        m_sheetCombo->setCurrentIndex(qMax(0, index));
    }
    showSheet(m_sheetCombo->currentIndex());
    emit workbookLoaded();
}

void ImportDialog::showSheet(int index)
{
    if (!m_workbook || index < 0 || index >= m_workbook->sheets.size())
        return;
    const Sheet& sheet = m_workbook->sheets.at(index);
    const RosterColumns columns = RosterColumns::detect(sheet);
    m_mappingModel->setSheet(sheet, columns);
    // The kind follows the sheet's title and columns; when they say nothing it stays as chosen.
    {
        const QSignalBlocker blocker(m_kindCombo);
        const PersonKind kind = RosterImport::guessKind(sheet, columns, PersonKind(m_kindCombo->currentData().toInt()));
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    }
    {
        const QSignalBlocker blocker(m_headerRowSpin);
        m_headerRowSpin->setRange(1, qMax(1, sheet.rowCount()));
        m_headerRowSpin->setValue(columns.headerRow >= 0 ? columns.headerRow + 1 : 1);
    }
    updateEncodingLabel();
    replan();
}

void ImportDialog::updateEncodingLabel()
{
    const int index = m_sheetCombo->currentIndex();
    const bool loaded = m_workbook && index >= 0 && index < m_workbook->sheets.size();
    const bool chosen = m_encodingCombo->currentData().isValid();
    const bool shown = !loaded || ImportEncoding::isShown(m_path, m_workbook->sheets.at(index), chosen);
    for (QWidget* w : std::initializer_list<QWidget*> { m_encodingCaption, m_encodingCombo, m_encodingLabel })
        w->setVisible(shown);
    m_encodingLabel->setText(loaded ? ImportEncoding::describe(m_workbook->sheets.at(index), chosen) : QString());
}

ImportService::Request ImportDialog::request() const
{
    ImportService::Request request;
    const int index = m_sheetCombo->currentIndex();
    if (!m_workbook || index < 0 || index >= m_workbook->sheets.size())
        return request;
    const Sheet& sheet = m_workbook->sheets.at(index);
    const auto kind = PersonKind(m_kindCombo->currentData().toInt());
    request.sheets.append({ sheet, m_mappingModel->columns(), kind, RosterImport::defaultCollective(sheet, kind) });
    const qint64 yearId = m_yearCombo->currentData().toLongLong();
    for (const SchoolYear& year : m_workspace.years()) {
        if (year.id == yearId && yearId > 0)
            request.schoolYearStart = year.startYear;
    }
    request.skipBadRows = m_skipBadRows->isChecked();
    request.today = m_workspace.today();
    return request;
}

void ImportDialog::replan()
{
    const int index = m_sheetCombo->currentIndex();
    if (!m_workbook || index < 0 || index >= m_workbook->sheets.size())
        return;
    const RosterColumns columns = m_mappingModel->columns();
    m_replanning = true;
    if (columns.headerRow >= 0) {
        const QSignalBlocker blocker(m_headerRowSpin);
        m_headerRowSpin->setValue(columns.headerRow + 1);
    }
    m_headerLabel->setText(
        QStringLiteral("(%1)").arg(columns.headerRow >= 0 ? tr("data from row %1").arg(columns.firstDataRow + 1)
                                                          : tr("no header found: choose the row of the column names")));
    m_replanning = false;

    m_summary->setText(tr("Checking the rows…"));
    m_runner->plan(request());
    updateButtons();
}

void ImportDialog::showPlan(const Result<ImportService::Plan>& plan)
{
    if (!plan && plan.error().code == Error::Code::Cancelled) { // by the user: the preview stays as it was
        m_summary->setText(plan.error().message);
        updateButtons();
        return;
    }
    const auto kind = plan && !plan->sheets.isEmpty() ? plan->sheets.constFirst().options.kind
                                                      : PersonKind(m_kindCombo->currentData().toInt());
    if (!plan || plan->sheets.isEmpty()) {
        m_plan = ImportService::Plan();
        m_previewModel->setPlan(RosterImport::Plan(), kind);
        m_problemModel->setProblems({});
        m_previewLabel->setText(tr("Rows as they will be stored"));
        m_problemLabel->setText(tr("Problems"));
        m_summary->setText(plan ? QString() : plan.error().message);
        updateButtons();
        emit planned();
        return;
    }
    m_plan = *plan;
    const RosterImport::Plan& sheetPlan = m_plan.sheets.constFirst().plan;
    m_previewModel->setPlan(sheetPlan, kind);
    // The choice about people already stored only when there is one to make.
    m_previewView->setColumnHidden(ImportPreviewModel::DuplicateColumn, m_previewModel->duplicateCount() == 0);
    m_previewLabel->setText(tr("Rows as they will be stored (%n row(s))", nullptr, int(sheetPlan.rows.size())));
    showDecidedPlan();
    emit planned();
}

// The problems and the summary of the plan with the choices made about likely duplicates.
void ImportDialog::showDecidedPlan()
{
    const RosterImport::Plan& plan = m_previewModel->decidedPlan();
    m_problemModel->setProblems(plan.problems);
    const int warnings = int(plan.problems.size()) - plan.errors;
    m_problemLabel->setText(plan.problems.isEmpty()
            ? tr("Problems: none")
            : tr("Problems: %1 error(s), %2 warning(s) (double-click one to see its row)")
                  .arg(plan.errors)
                  .arg(warnings));
    QString text = planSummary(plan);
    if (const int duplicates = m_previewModel->duplicateCount(); duplicates > 0)
        text += QLatin1Char(' ')
            + tr("%n row(s) may be people already stored: choose in the column “If already stored”.",
                nullptr,
                duplicates);
    m_summary->setText(text);
    updateButtons();
}

RosterImport::Plan ImportDialog::decidedPlan() const
{
    return m_previewModel->decidedPlan();
}

QString ImportDialog::planSummary(const RosterImport::Plan& plan) const
{
    QString text = tr("%1 row(s): add %2, update %3, unchanged %4, skip %5; %6 error(s).")
                       .arg(plan.rows.size())
                       .arg(plan.added)
                       .arg(plan.updated)
                       .arg(plan.unchanged)
                       .arg(plan.skipped)
                       .arg(plan.errors);
    if (!plan.newCollectives.isEmpty())
        text += QLatin1Char(' ') + tr("New groups or classes: %1.").arg(plan.newCollectives.join(QStringLiteral(", ")));
    return text;
}

void ImportDialog::dryRun()
{
    if (!m_workbook || isBusy() || m_previewModel->rowCount() == 0)
        return;
    const RosterImport::Plan plan = decidedPlan();
    QString text = tr("Dry run, nothing was written. The import would do this: %1").arg(planSummary(plan));
    if (plan.errors > 0 && !m_skipBadRows->isChecked())
        text += QLatin1Char(' ')
            + tr("With errors nothing would be imported: correct the file, or tick “Skip rows with errors”.");
    m_summary->setText(text);
}

void ImportDialog::requestImport()
{
    const RosterImport::Plan plan = decidedPlan();
    auto* box = new QMessageBox(QMessageBox::Question,
        tr("Import a list of people"),
        tr("Import the list into the school's database?"),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("confirmImport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(planSummary(plan) + QStringLiteral("\n\n")
        + tr("An import cannot be undone with Undo: the undo history is cleared after it."));
    box->button(QMessageBox::Yes)->setText(tr("&Import"));
    box->setDefaultButton(QMessageBox::Yes);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            startImport();
    });
    box->open();
}

void ImportDialog::startImport()
{
    if (auto started = applyImport(); !started)
        ErrorMessage::show(this, tr("Nothing was imported."), started.error(), [this] { startImport(); });
    else
        m_importAsked = true;
}

Status ImportDialog::applyImport()
{
    if (!m_workbook || isBusy() || m_plan.sheets.isEmpty())
        return Error { Error::Code::Usage, tr("No list has been read yet.") };
    ImportService::Plan plan = m_plan;
    plan.sheets.first().plan = decidedPlan();
    plan.skipBadRows = m_skipBadRows->isChecked();
    if (const int errors = plan.errors(); errors > 0 && !plan.skipBadRows) {
        const Error error { Error::Code::Validation,
            tr("The list has %n error(s); nothing was imported.", nullptr, errors),
            plan.sheets.first().plan.sheet };
        m_summary->setText(tr("Nothing was imported: %1").arg(error.message));
        return error;
    }
    m_importAsked = false;
    m_summary->setText(tr("Importing…"));
    m_runner->apply(plan);
    updateButtons();
    return {};
}

void ImportDialog::importFinished(const Result<RosterImport::Summary>& summary)
{
    const bool asked = std::exchange(m_importAsked, false);
    updateButtons();
    if (!summary) {
        const bool cancelled = summary.error().code == Error::Code::Cancelled;
        m_summary->setText(cancelled ? tr("The import was cancelled; nothing was written.")
                                     : tr("Nothing was imported: %1").arg(summary.error().toString()));
        if (asked && !cancelled) // another program held the file: offer to run the import again
            ErrorMessage::show(this, tr("Nothing was imported."), summary.error(), [this] { startImport(); });
        emit importFailed(summary.error());
        return;
    }
    // Commands on the undo stack were made before the import and may no longer fit the people as stored.
    m_workspace.undoStack()->clear();
    m_workspace.notifyCollectivesChanged();
    m_workspace.notifyPeopleChanged();
    replan(); // the rows now show as stored
    m_summary->setText(tr("Imported from %1: added %2, updated %3, unchanged %4, skipped %5.")
                           .arg(QFileInfo(m_path).fileName())
                           .arg(summary->added)
                           .arg(summary->updated)
                           .arg(summary->unchanged)
                           .arg(summary->skipped - summary->unchanged));
    emit imported(*summary);
}

void ImportDialog::showProblem(int problemRow)
{
    if (problemRow < 0 || problemRow >= m_problemModel->rowCount())
        return;
    const RosterImport::Problem& problem = m_problemModel->problem(problemRow);
    if (const int row = m_previewModel->rowOfSourceRow(problem.row); row >= 0) {
        m_previewView->selectRow(row);
        m_previewView->scrollTo(m_previewModel->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    if (problem.column > 0 && problem.column <= m_mappingModel->rowCount())
        m_mappingView->selectRow(problem.column - 1);
}

void ImportDialog::updateButtons()
{
    const RosterImport::Plan& plan = m_previewModel->decidedPlan();
    const bool working = m_runner->isRunning();
    const bool ready = m_workbook && !m_loading && !working && !plan.rows.isEmpty();
    m_dryRunButton->setEnabled(ready);
    const bool blocked = plan.errors > 0 && !m_skipBadRows->isChecked();
    m_importButton->setEnabled(ready && !blocked);
    m_importButton->setToolTip(blocked ? tr("The list has errors: correct the file, or tick “Skip rows with errors”")
                                       : tr("Write the list into the database in one step"));
    // While the rows are written nothing may change the plan.
    const bool applying = m_runner->isApplying();
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_mappingView, m_previewView, m_kindCombo, m_yearCombo, m_headerRowSpin, m_skipBadRows })
        w->setEnabled(!applying);
    for (QWidget* w : std::initializer_list<QWidget*> { m_chooseButton, m_sheetCombo, m_encodingCombo })
        w->setEnabled(!m_loading && !applying);
    m_progress->setVisible(working);
    m_cancelButton->setVisible(working);
    if (!working)
        m_progress->reset();
}

void ImportDialog::setBusy(bool busy)
{
    m_loading = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

} // namespace thidua
