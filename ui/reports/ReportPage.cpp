#include "ui/reports/ReportPage.h"

#include "core/reports/MovementReportService.h"
#include "core/reports/ReportTextService.h"
#include "ui/charts/ReportChartPainter.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/documents/DocumentPreviewDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace thidua {

namespace {
// The movement's stages (Quyết định 1315/QĐ-TTg: 2023–2030, with a sơ kết in 2025).
constexpr int StageStart = 2023;
constexpr int MidTermEnd = 2025;
constexpr int FinalEnd = 2030;
} // namespace

ReportPage::ReportPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_heading(new QLabel(this))
    , m_periodCombo(new QComboBox(this))
    , m_sections(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_suggestion(new QLabel(this))
    , m_save(new QPushButton(tr("&Save this section"), this))
    , m_preview(new QPushButton(tr("&Preview, print, export…"), this))
    , m_stats(new QPushButton(tr("Export &statistics (.xlsx)…"), this))
{
    setObjectName(key());
    m_periodCombo->setObjectName(QStringLiteral("reportPeriod"));
    m_sections->setObjectName(QStringLiteral("reportSections"));
    m_editor->setObjectName(QStringLiteral("reportSectionText"));
    m_suggestion->setObjectName(QStringLiteral("reportSuggestion"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_stats->setObjectName(QStringLiteral("reportStats"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_suggestion->setWordWrap(true);
    m_sections->setMaximumWidth(300);
    m_save->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Report:"), this));
    top->addWidget(m_periodCombo, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_suggestion);
    right->addWidget(m_editor, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_stats);
    buttons->addWidget(m_preview);
    right->addLayout(buttons);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_sections);
    middle->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("The figures, tables and charts come from the records; the sections below are "
                                    "the school's own assessment."),
        this));
    layout->addLayout(middle, 1);

    connect(m_periodCombo, &QComboBox::activated, this, &ReportPage::setPeriod);
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < ReportTextSections::all().size())
            selectSection(ReportTextSections::all().at(row));
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_dirty = true;
        m_save->setEnabled(true);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (auto saved = saveSection(); !saved)
            ErrorMessage::show(this, tr("The section could not be saved."), saved.error());
    });
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, m_save, &QPushButton::click);
    connect(m_preview, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_stats, &QPushButton::clicked, this, &ReportPage::chooseStatsFile);
    connect(&workspace, &Workspace::currentYearChanged, this, [this] {
        if (isLoaded())
            reload();
    });
}

QString ReportPage::title() const
{
    return tr("Reports");
}

QIcon ReportPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileIcon);
}

QString ReportPage::statusText() const
{
    int written = 0;
    for (const ReportText& text : m_draft)
        written += text.isWritten() ? 1 : 0;
    return tr("%1 of %2 sections written").arg(written).arg(ReportTextSections::all().size());
}

QList<ReportPeriod> ReportPage::periods() const
{
    QList<ReportPeriod> list;
    if (workspace().currentYear().id != 0)
        list << ReportPeriod::annual(workspace().currentYear().startYear);
    list << ReportPeriod::stage(StageStart, MidTermEnd) << ReportPeriod::stage(StageStart, FinalEnd);
    return list;
}

ReportPeriod ReportPage::period() const
{
    return periods().value(qMax(0, m_periodCombo->currentIndex()));
}

void ReportPage::load()
{
    reload();
}

void ReportPage::fillPeriods()
{
    const int index = qMax(0, m_periodCombo->currentIndex());
    m_periodCombo->clear();
    for (const ReportPeriod& p : periods()) {
        if (p.isAnnual())
            m_periodCombo->addItem(tr("Annual report, school year %1").arg(p.name()));
        else
            m_periodCombo->addItem(
                (p.toYear + 1 >= FinalEnd ? tr("Final review of the stage %1") : tr("Mid-term review of the stage %1"))
                    .arg(p.name()));
    }
    m_periodCombo->setCurrentIndex(qMin(index, m_periodCombo->count() - 1));
}

void ReportPage::setPeriod(int index)
{
    if (m_dirty) {
        if (auto saved = saveSection(); !saved)
            ErrorMessage::show(this, tr("The section could not be saved."), saved.error());
    }
    m_periodCombo->setCurrentIndex(index);
    reload();
}

void ReportPage::reload()
{
    fillPeriods(); // the current year may have changed
    const ReportPeriod p = period();
    m_heading->setText(m_periodCombo->currentText());
    m_stats->setEnabled(p.isAnnual());
    auto draft = ReportTextService(workspace().connection()).draft(p);
    if (!draft) {
        ErrorMessage::show(this, tr("The report's sections could not be read."), draft.error());
        m_draft.clear();
    } else {
        m_draft = *draft;
    }
    if (m_sections->count() == 0) {
        for (int i = 0; i < ReportTextSections::all().size(); ++i)
            m_sections->addItem(QString());
    }
    updateSectionNames();
    m_sections->setCurrentRow(int(ReportTextSections::all().indexOf(m_section)));
    showSection();
    emit statusTextChanged();
}

const ReportText* ReportPage::current() const
{
    for (const ReportText& text : m_draft) {
        if (text.section == m_section)
            return &text;
    }
    return nullptr;
}

void ReportPage::updateSectionNames()
{
    const QList<ReportTextSection> all = ReportTextSections::all();
    for (int i = 0; i < all.size(); ++i) {
        QString state = tr("not written");
        for (const ReportText& text : std::as_const(m_draft)) {
            if (text.section != all[i])
                continue;
            if (text.isWritten())
                state = tr("written");
            else if (text.offered && !text.body.isEmpty())
                state = tr("suggestion from %1").arg(text.source.name());
        }
        m_sections->item(i)->setText(
            QStringLiteral("%1. %2\n    %3").arg(i + 1).arg(ReportTextSections::heading(all[i]), state));
    }
}

void ReportPage::selectSection(ReportTextSection section)
{
    if (section == m_section && isLoaded() && !m_dirty && m_sections->currentRow() >= 0)
        return;
    if (m_dirty) {
        if (auto saved = saveSection(); !saved) {
            ErrorMessage::show(this, tr("The section could not be saved."), saved.error());
            return;
        }
    }
    m_section = section;
    m_sections->setCurrentRow(int(ReportTextSections::all().indexOf(section)));
    showSection();
}

void ReportPage::showSection()
{
    const ReportText* text = current();
    m_filling = true;
    m_editor->setPlainText(text ? text->body : QString());
    m_filling = false;
    m_dirty = false;
    m_save->setEnabled(false);
    const bool offered = text && text->offered && !text->body.isEmpty();
    m_save->setEnabled(offered); // saving a suggestion as it is takes it for this period
    if (offered)
        m_suggestion->setText(tr("Not written yet. Below is what was written for %1, as a start: change it and save "
                                 "to use it, or clear it.")
                                  .arg(text->source.name()));
    else if (text && text->isWritten())
        m_suggestion->setText(ReportTextSections::heading(m_section));
    else
        m_suggestion->setText(
            tr("Not written yet: the report prints a marked blank here. Lines starting with “-” are bullets."));
}

Status ReportPage::saveSection()
{
    if (!m_dirty && !(current() && current()->offered && !current()->body.isEmpty()))
        return {};
    const Status saved = ReportTextService(workspace().connection()).save(period(), m_section, m_editor->toPlainText());
    if (!saved)
        return saved;
    m_dirty = false;
    const ReportTextSection section = m_section;
    auto draft = ReportTextService(workspace().connection()).draft(period());
    if (draft)
        m_draft = *draft;
    m_section = section;
    updateSectionNames();
    showSection();
    emit statusTextChanged();
    return {};
}

DocumentPreviewDialog* ReportPage::preview()
{
    if (m_dirty) {
        if (auto saved = saveSection(); !saved) {
            ErrorMessage::show(this, tr("The section could not be saved."), saved.error());
            return nullptr;
        }
    }
    const ReportPeriod p = period();
    MovementReportService::Request request;
    request.stage = !p.isAnnual();
    request.startYear = p.fromYear;
    request.fromYear = p.fromYear;
    request.toYear = p.toYear + 1;
    const BusyCursor busy;
    MovementReportService service(workspace().connection(), workspace().today(), reportChartPainter());
    auto description = service.describe(request);
    Error error;
    DocumentPreviewDialog* dialog = description ? DocumentPreviewDialog::fromSpecs(
                                        { *description }, workspace().connection(), workspace().today(), this, &error)
                                                : nullptr;
    if (!dialog) {
        ErrorMessage::show(this, tr("The report could not be made."), description ? error : description.error());
        return nullptr;
    }
    connect(dialog, &DocumentPreviewDialog::issued, &workspace(), [this] { workspace().notifyDocumentsChanged(); });
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    emit previewOpened(dialog);
    return dialog;
}

Status ReportPage::exportStats(const QString& path)
{
    const BusyCursor busy;
    return MovementReportService(workspace().connection(), workspace().today(), {}).writeStats(period().fromYear, path);
}

void ReportPage::chooseStatsFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + QStringLiteral("/thong-ke-phong-trao-%1.xlsx").arg(period().name());
    auto* dialog = new QFileDialog(this, tr("Export statistics"), suggested, tr("Excel workbook (*.xlsx)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("xlsx"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (auto written = exportStats(path); !written)
            ErrorMessage::show(this, tr("The statistics could not be written."), written.error());
    });
    dialog->open();
}

} // namespace thidua
