#pragma once

#include "core/evidence/Evidence.h"

#include <QObject>
#include <QPoint>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace thidua {

class EvidenceTask;
class Workspace;

// Files and whole folders dropped on a record (a person's row or dialog, a collective, a criteria item) become its
// evidence: install() makes a widget (a view's viewport, a dialog) accept drops and asks `target` what lies under the
// drop. Adding runs off the UI thread (EvidenceTask) with a progress dialog that can cancel.
class EvidenceDrop : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        bool onRecord = false; // false: nothing there takes files (the drop is refused)
        EvidenceLink link;
        QString refusal; // not empty: why files cannot be added there yet (shown when dropped)
    };
    using Locate = std::function<Target(const QPoint& position)>;

    static EvidenceDrop* install(QWidget* widget, Workspace& workspace, Locate locate);

    // The local files and folders of a drag; empty when it carries none.
    static QStringList localPaths(const QMimeData* mime);
    // Adds `paths` (folders expanded in the worker) as evidence backing `link`, in the toolbar's school year.
    // Null (and a message shown over `parent`) when it cannot start.
    static EvidenceTask* addFiles(
        Workspace& workspace, QWidget* parent, const QStringList& paths, const EvidenceLink& link);

signals:
    void started(thidua::EvidenceTask* task);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EvidenceDrop(QWidget* widget, Workspace& workspace, Locate locate);

    QWidget* m_widget;
    Workspace& m_workspace;
    Locate m_locate;
};

} // namespace thidua
