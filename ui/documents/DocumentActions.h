#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentSpec.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace thidua {

class DocumentPreviewDialog;
class SubjectPickerDialog;
class Workspace;

// The commands of the Văn bản (Documents) menu: a new document of each kind from its template, filled from the
// school profile (DocumentTemplates) and shown in the DocumentPreviewDialog; a description opened from a JSON file;
// the register of numbers given; the căn cứ; the positions of the certificate fields on pre-printed blanks.
// Every dialog is modeless, parented to `window` and deleted on close.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    DocumentActions(Workspace& workspace, QWidget* window);

    // In menu order; separators included. Each action's objectName is "document.<what>" ("document.new.to_trinh");
    // "document.advanced" holds a submenu (Nâng cao) with "document.open".
    QList<QAction*> actions() const { return m_actions; }

    // What the actions do (also the seams the tests call).
    DocumentPreviewDialog* newDocument(const QString& templateId);
    // The báo cáo thành tích of a person or collective of the school, the lý lịch from the record.
    DocumentPreviewDialog* achievementReport(bool collective, qint64 id);
    // The picker whose choice opens achievementReport() (the menu's report entries).
    SubjectPickerDialog* chooseReportSubject(bool collective);
    DocumentPreviewDialog* openDescription(const QString& path);
    void showRegister();
    void showLegalBases();
    void showCertificatePositions();

signals:
    void previewOpened(DocumentPreviewDialog* dialog);
    void pickerOpened(SubjectPickerDialog* picker);

private:
    QAction* add(const QString& name, const QString& text);
    void addSeparator();
    void chooseDescription();
    // Prepares the descriptions and shows their preview; `failure` heads the message when that cannot be done.
    DocumentPreviewDialog* show(const Result<QList<DocumentDescription>>& specs, const QString& failure);

    Workspace& m_workspace;
    QWidget* m_window;
    QList<QAction*> m_actions;
};

} // namespace thidua
