#pragma once

#include "core/reports/ReportText.h"
#include "ui/common/Page.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace thidua {

class DocumentPreviewDialog;

// "Báo cáo" (issue 17, point 3): the Báo cáo kết quả thực hiện Phong trào of the school year chosen in the toolbar, or
// the sơ kết 2023–2025 and the tổng kết 2023–2030. The school writes the judgement sections here (kết quả nổi bật,
// tồn tại – hạn chế, nguyên nhân, phương hướng, kiến nghị; ReportTextService), each kept per period; a section not
// written yet shows last period's text as a suggestion to start from. "Xem trước, in, xuất…" composes the report from
// the records (MovementReportService::describe, charts included) and opens it in the document preview, which prints
// and exports PDF and DOCX with the register's number; "Xuất thống kê" writes the year's statistics as .xlsx.
class ReportPage : public Page
{
    Q_OBJECT

public:
    explicit ReportPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("reports"); }
    QString statusText() const override;
    bool hasUnsavedChanges() const override { return m_dirty; }
    Status saveChanges() override { return saveSection(); }

    // The periods the combo offers: the current school year, the sơ kết 2023–2025 and the tổng kết 2023–2030.
    QList<ReportPeriod> periods() const;
    void setPeriod(int index);
    ReportPeriod period() const;
    void selectSection(ReportTextSection section);
    // Saves the editor's text as the current section of the period (one transaction); an empty text removes it.
    Status saveSection();
    // The report of the period composed from the records, in the document preview (modeless, deleted on close); null
    // with the problem shown when it cannot be made.
    DocumentPreviewDialog* preview();
    // The statistics of the current school year written to `path` (.xlsx).
    Status exportStats(const QString& path);

    QComboBox* periodCombo() const { return m_periodCombo; }
    QListWidget* sectionList() const { return m_sections; }
    QPlainTextEdit* editor() const { return m_editor; }
    QLabel* suggestionLabel() const { return m_suggestion; }

signals:
    void previewOpened(DocumentPreviewDialog* dialog);

protected:
    void load() override;

private:
    void reload();
    void fillPeriods();
    void showSection();
    void updateSectionNames();
    void chooseStatsFile();
    const ReportText* current() const;

    ReportTexts m_draft;
    ReportTextSection m_section = ReportTextSection::Highlights;
    bool m_dirty = false;
    bool m_filling = false;

    QLabel* m_heading;
    QComboBox* m_periodCombo;
    QListWidget* m_sections;
    QPlainTextEdit* m_editor;
    QLabel* m_suggestion;
    QPushButton* m_save;
    QPushButton* m_preview;
    QPushButton* m_stats;
};

} // namespace thidua
