#pragma once

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"
#include "core/evidence/EvidenceCheck.h"
#include "ui/common/Page.h"

#include <QHash>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTemporaryDir;

namespace thidua {

class EvidenceListModel;
class EvidenceTask;
class ThumbnailCache;

// Minh chứng: the evidence files of the school year chosen in the toolbar, with thumbnails, filtered by what they
// back (a criteria item, a person, a collective); open one with the system's program, save a copy out, edit its
// details, unlink it (the last link asks, then the file goes to the trash for 30 days), the trash with restore, and
// the integrity check of the database and every stored file on demand.
class EvidencePage : public Page
{
    Q_OBJECT

public:
    explicit EvidencePage(Workspace& workspace, QWidget* parent = nullptr);
    ~EvidencePage() override;

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("evidence"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(QSettings& settings) override;

    EvidenceListModel* model() const { return m_model; }
    ThumbnailCache* thumbnails() const { return m_thumbnails; }
    QTableView* table() const { return m_table; }
    QComboBox* backsFilter() const { return m_backsFilter; }
    QCheckBox* trashToggle() const { return m_showTrash; }
    QAction* checkAction() const { return m_checkAction; }
    QAction* indexAction() const { return m_indexAction; }
    QAction* dossierAction() const { return m_dossierAction; }

    // The evidence of the current row (null when none).
    const Evidence* currentEvidence() const;
    bool selectEvidence(qint64 evidenceId);
    // Shows only the files backing `link` (kind, target, item code), when such a filter entry exists.
    bool filterBy(const EvidenceLink& link);

    // The actions, also driven by the tests. exportForOpening copies the file to a temporary folder under a name with
    // its extension and returns that path (openCurrent hands it to the system).
    Result<QString> exportForOpening(qint64 evidenceId);
    // Adds files to what the “Backs” filter shows (a file dialog); the list also takes files dropped on it then.
    void addFiles();
    // What the “Backs” filter shows (kind none when it shows everything).
    std::optional<EvidenceLink> filteredLink() const;
    void openCurrent();
    void saveCopyOfCurrent();
    Status saveCopy(qint64 evidenceId, const QString& targetPath);
    void editCurrent();
    void unlinkCurrent();
    Status unlink(qint64 evidenceId, const EvidenceLink& link);
    void restoreCurrent();
    // Runs the check off the UI thread with a progress dialog, then shows the report.
    EvidenceTask* runCheck();

signals:
    void checked(const thidua::CheckReport& report);

protected:
    void load() override;

private:
    void reload();
    void rebuildFilter();
    void applyFilter();
    void updateActions();
    void askToUnlink(const Evidence& evidence, const EvidenceLink& link);
    QString describe(const EvidenceLink& link) const;
    static QString filterKey(const EvidenceLink& link);
    void showProblem(const QString& what, const Error& error);

    ThumbnailCache* m_thumbnails;
    EvidenceListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_heading;
    QLabel* m_hint;
    QComboBox* m_backsFilter;
    QCheckBox* m_showTrash;
    QTableView* m_table;
    QAction* m_addAction;
    QAction* m_openAction;
    QAction* m_saveCopyAction;
    QAction* m_editAction;
    QAction* m_unlinkAction;
    QAction* m_restoreAction;
    QAction* m_checkAction;
    QAction* m_indexAction; // the danh mục minh chứng of the year (EvidenceExportDialog)
    QAction* m_dossierAction;
    EvidenceList m_all; // the year's evidence (or the trash) before the filter
    QHash<qint64, QString> m_personNames;
    QHash<qint64, QString> m_collectiveNames;
    std::unique_ptr<QTemporaryDir> m_openFolder; // copies handed to the system's programs
    QByteArray m_headerState;
};

} // namespace thidua
