#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentSpec.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace thidua {

class DocumentPreviewDialog;
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

    // In menu order; separators included. Each action's objectName is "document.<what>" ("document.new.to_trinh").
    QList<QAction*> actions() const { return m_actions; }

    // What the actions do (also the seams the tests call).
    DocumentPreviewDialog* newDocument(const QString& templateId);
    DocumentPreviewDialog* openDescription(const QString& path);
    void showRegister();
    void showLegalBases();
    void showCertificatePositions();

signals:
    void previewOpened(DocumentPreviewDialog* dialog);

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
