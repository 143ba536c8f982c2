#include "ui/evidence/EvidencePage.h"

#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceService.h"
#include "core/people/PeopleQuery.h"
#include "core/text/VietnameseCollator.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/CheckReportDialog.h"
#include "ui/evidence/EvidenceDialog.h"
#include "ui/evidence/EvidenceDrop.h"
#include "ui/evidence/EvidenceExportDialog.h"
#include "ui/evidence/EvidenceListModel.h"
#include "ui/evidence/EvidenceTask.h"
#include "ui/evidence/ThumbnailCache.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace thidua {

EvidencePage::EvidencePage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_thumbnails(new ThumbnailCache([store = EvidenceStore::forDatabase(workspace.databasePath())](
                                          const QString& sha256) { return store.objectPath(sha256); },
          ThumbnailCache::defaultDiskFolder(),
          this))
    , m_model(new EvidenceListModel(m_thumbnails, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_backsFilter(new QComboBox(this))
    , m_showTrash(new QCheckBox(tr("&Trash (kept %n day(s))", nullptr, EvidenceService::TrashDays), this))
    , m_table(new QTableView(this))
    , m_addAction(new QAction(tr("&Add files…"), this))
    , m_openAction(new QAction(tr("&Open"), this))
    , m_saveCopyAction(new QAction(tr("&Save a copy…"), this))
    , m_editAction(new QAction(tr("&Details…"), this))
    , m_unlinkAction(new QAction(tr("&Unlink…"), this))
    , m_restoreAction(new QAction(tr("&Restore"), this))
    , m_checkAction(new QAction(tr("&Check evidence files…"), this))
    , m_indexAction(new QAction(tr("&Index…"), this))
    , m_dossierAction(new QAction(tr("Do&ssier…"), this))
{
    setObjectName(key());
    m_model->setDescriber([this](const EvidenceLink& link) { return describe(link); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidenceListModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("To add files, drag them (or a whole folder) onto a person, a collective or an item of the "
                       "school's assessment (Criteria sets › Assess the school)."));
    m_backsFilter->setObjectName(QStringLiteral("backsFilter"));
    m_backsFilter->setMinimumContentsLength(28);
    m_backsFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_showTrash->setObjectName(QStringLiteral("showTrash"));

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setIconSize(QSize(ThumbnailCache::Edge, ThumbnailCache::Edge));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ThumbnailCache::Edge + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(
        EvidenceListModel::CodeColumn, metrics.horizontalAdvance(QStringLiteral("H1.TC2.CT1-03")) + 24);
    m_table->setColumnWidth(EvidenceListModel::NameColumn, 280);
    m_table->setColumnWidth(EvidenceListModel::DescriptionColumn, 210);
    m_table->setColumnWidth(EvidenceListModel::PaperColumn, 190);
    m_table->setColumnWidth(EvidenceListModel::BacksColumn, 200);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceListModel::BacksColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(
        EvidenceListModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("1.023,9 KB")) + 16);

    m_addAction->setObjectName(QStringLiteral("addEvidence"));
    m_addAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_addAction->setToolTip(tr("Adds files backing what “Backs” shows"));
    connect(m_addAction, &QAction::triggered, this, &EvidencePage::addFiles);
    m_openAction->setObjectName(QStringLiteral("openEvidence"));
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveCopyAction->setObjectName(QStringLiteral("saveEvidenceCopy"));
    m_saveCopyAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_editAction->setObjectName(QStringLiteral("editEvidence"));
    m_unlinkAction->setObjectName(QStringLiteral("unlinkEvidence"));
    m_unlinkAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_restoreAction->setObjectName(QStringLiteral("restoreEvidence"));
    m_checkAction->setObjectName(QStringLiteral("checkEvidence"));
    m_checkAction->setToolTip(tr("Checks the database and that every stored file is present and unaltered"));
    connect(m_openAction, &QAction::triggered, this, &EvidencePage::openCurrent);
    connect(m_saveCopyAction, &QAction::triggered, this, &EvidencePage::saveCopyOfCurrent);
    connect(m_editAction, &QAction::triggered, this, &EvidencePage::editCurrent);
    connect(m_unlinkAction, &QAction::triggered, this, &EvidencePage::unlinkCurrent);
    connect(m_restoreAction, &QAction::triggered, this, &EvidencePage::restoreCurrent);
    connect(m_checkAction, &QAction::triggered, this, [this] { runCheck(); });
    m_indexAction->setToolTip(tr("Writes the danh mục minh chứng of the year as PDF, DOCX or Excel"));
    m_dossierAction->setToolTip(tr("Writes the dossier of a criteria set: a folder or .zip with SHA256SUMS"));
    for (QAction* action : { m_indexAction, m_dossierAction }) {
        const auto kind =
            action == m_indexAction ? EvidenceExportDialog::Kind::Index : EvidenceExportDialog::Kind::Dossier;
        connect(action, &QAction::triggered, this, [this, kind] {
            auto* dialog = new EvidenceExportDialog(kind, this->workspace(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }

    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_addAction,
             m_openAction,
             m_saveCopyAction,
             m_editAction,
             m_unlinkAction,
             m_restoreAction,
             m_indexAction,
             m_dossierAction,
             m_checkAction }) {
        if (action != m_checkAction && action != m_addAction && action != m_indexAction && action != m_dossierAction)
            m_table->addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (action == m_indexAction)
            buttons->addStretch(1);
        buttons->addWidget(button);
    }
    auto* filters = new QHBoxLayout;
    auto* backsLabel = new QLabel(tr("&Backs:"), this);
    backsLabel->setBuddy(m_backsFilter);
    filters->addWidget(backsLabel);
    filters->addWidget(m_backsFilter, 1);
    filters->addSpacing(12);
    filters->addWidget(m_showTrash);
    filters->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_backsFilter, &QComboBox::currentIndexChanged, this, &EvidencePage::applyFilter);
    connect(m_showTrash, &QCheckBox::toggled, this, [this] {
        if (isLoaded())
            reload();
    });
    connect(m_table, &QTableView::activated, this, &EvidencePage::openCurrent);
    EvidenceDrop::install(m_table->viewport(), workspace, [this](const QPoint&) {
        EvidenceDrop::Target target;
        target.onRecord = !m_showTrash->isChecked();
        if (const auto link = filteredLink())
            target.link = *link;
        else
            target.refusal = tr("Choose in “Backs” what the files are evidence of, or drop them on a person, a "
                                "collective or an item of the school's assessment.");
        return target;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidencePage::updateActions);
    Workspace* ws = &workspace;
    connect(ws, &Workspace::evidenceChanged, this, [this] {
        if (isLoaded())
            reload();
    });
    connect(ws, &Workspace::currentYearChanged, this, [this] {
        if (isLoaded())
            reload();
    });
    connect(ws, &Workspace::peopleChanged, this, [this] {
        if (isLoaded())
            reload();
    });
    connect(ws, &Workspace::collectivesChanged, this, [this] {
        if (isLoaded())
            reload();
    });
    updateActions();
}

EvidencePage::~EvidencePage() = default;

QString EvidencePage::title() const
{
    return tr("Evidence");
}

QIcon EvidencePage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileIcon);
}

QString EvidencePage::statusText() const
{
    qint64 bytes = 0;
    for (const Evidence& e : m_model->evidence())
        bytes += e.size;
    const int count = m_model->rowCount();
    return m_showTrash->isChecked()
        ? tr("%n file(s) in the trash, %1", nullptr, count).arg(EvidenceListModel::sizeText(bytes))
        : tr("%n evidence file(s), %1", nullptr, count).arg(EvidenceListModel::sizeText(bytes));
}

QList<QAction*> EvidencePage::editActions() const
{
    return { m_addAction, m_openAction, m_saveCopyAction, m_editAction, m_unlinkAction, m_restoreAction };
}

void EvidencePage::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("header"), isLoaded() ? m_table->horizontalHeader()->saveState() : m_headerState);
}

void EvidencePage::restoreLayout(QSettings& settings)
{
    m_headerState = settings.value(QStringLiteral("header")).toByteArray();
    if (isLoaded() && !m_headerState.isEmpty())
        m_table->horizontalHeader()->restoreState(m_headerState);
}

void EvidencePage::load()
{
    if (!m_headerState.isEmpty())
        m_table->horizontalHeader()->restoreState(m_headerState);
    m_table->sortByColumn(EvidenceListModel::CodeColumn, Qt::AscendingOrder);
    reload();
}

void EvidencePage::reload()
{
    const qint64 keep = currentEvidence() ? currentEvidence()->id : 0;
    const SchoolYear& year = workspace().currentYear();
    m_heading->setText(year.id > 0 ? tr("%1 – school year %2").arg(title(), year.name()) : title());
    const PeopleQuery people(workspace().connection());
    m_personNames.clear();
    m_collectiveNames.clear();
    if (auto persons = people.people())
        for (const Person& p : *persons)
            m_personNames.insert(p.id, p.fullName());
    if (auto collectives = people.collectives())
        for (const Collective& c : *collectives)
            m_collectiveNames.insert(c.id, c.name);
    EvidenceFilter filter;
    filter.schoolYearId = m_showTrash->isChecked() ? 0 : year.id;
    filter.trashed = m_showTrash->isChecked();
    auto list = EvidenceQuery(workspace().connection()).list(filter);
    if (!list) {
        showProblem(tr("The evidence files could not be read."), list.error());
        m_all.clear();
    } else {
        m_all = *list;
    }
    if (!m_showTrash->isChecked() && year.id <= 0)
        m_all.clear();
    rebuildFilter();
    applyFilter();
    selectEvidence(keep);
}

QString EvidencePage::describe(const EvidenceLink& link) const
{
    switch (link.kind) {
    case EvidenceLink::Kind::Person:
        return m_personNames.value(link.targetId, tr("person #%1").arg(link.targetId));
    case EvidenceLink::Kind::Collective:
        return m_collectiveNames.value(link.targetId, tr("collective #%1").arg(link.targetId));
    case EvidenceLink::Kind::AssessmentItem:
        return tr("item %1").arg(link.itemCode);
    default:
        break;
    }
    return QStringLiteral("%1 #%2").arg(EvidenceListModel::kindName(link.kind)).arg(link.targetId);
}

QString EvidencePage::filterKey(const EvidenceLink& link)
{
    return QStringLiteral("%1|%2|%3").arg(EvidenceLink::kindKey(link.kind)).arg(link.targetId).arg(link.itemCode);
}

void EvidencePage::rebuildFilter()
{
    const QString chosen = m_backsFilter->currentData().toString();
    // Criteria items first (by code), then people, then collectives, each in Vietnamese order.
    QMap<QString, EvidenceLink> links;
    for (const Evidence& e : std::as_const(m_all))
        for (const EvidenceLink& link : e.links)
            links.insert(filterKey(link), link);
    QList<std::pair<QString, QString>> entries[3]; // (text, key) per group
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const EvidenceLink& link = it.value();
        const int group = link.kind == EvidenceLink::Kind::AssessmentItem ? 0
            : link.kind == EvidenceLink::Kind::Person                     ? 1
                                                                          : 2;
        entries[group].append({ describe(link), it.key() });
    }
    const VietnameseCollator collator;
    for (auto& group : entries)
        std::sort(group.begin(), group.end(), [&collator](const auto& a, const auto& b) {
            return collator.compare(a.first, b.first) < 0;
        });
    const QSignalBlocker blocker(m_backsFilter);
    m_backsFilter->clear();
    m_backsFilter->addItem(tr("everything"), QString());
    for (const auto& group : entries)
        for (const auto& [text, key] : group)
            m_backsFilter->addItem(text, key);
    m_backsFilter->setCurrentIndex(qMax(0, m_backsFilter->findData(chosen)));
}

void EvidencePage::applyFilter()
{
    const QString chosen = m_backsFilter->currentData().toString();
    EvidenceList shown;
    for (const Evidence& e : std::as_const(m_all)) {
        const bool backs =
            chosen.isEmpty() || std::any_of(e.links.cbegin(), e.links.cend(), [&chosen](const EvidenceLink& link) {
                return filterKey(link) == chosen;
            });
        if (backs)
            shown << e;
    }
    m_model->setEvidence(shown);
    updateActions();
    emit statusTextChanged();
}

bool EvidencePage::filterBy(const EvidenceLink& link)
{
    const int index = m_backsFilter->findData(filterKey(link));
    if (index < 0)
        return false;
    m_backsFilter->setCurrentIndex(index);
    return true;
}

const Evidence* EvidencePage::currentEvidence() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->at(m_proxy->mapToSource(current).row()) : nullptr;
}

bool EvidencePage::selectEvidence(qint64 evidenceId)
{
    const int row = m_model->rowOf(evidenceId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_table->selectRow(m_table->currentIndex().row());
    return true;
}

void EvidencePage::updateActions()
{
    const bool any = currentEvidence() != nullptr;
    const bool trash = m_showTrash->isChecked();
    m_addAction->setEnabled(!trash && filteredLink().has_value());
    m_openAction->setEnabled(any);
    m_saveCopyAction->setEnabled(any);
    m_editAction->setEnabled(any && !trash);
    m_unlinkAction->setEnabled(any && !trash);
    m_restoreAction->setEnabled(any && trash);
    m_restoreAction->setVisible(trash);
    m_unlinkAction->setVisible(!trash);
}

void EvidencePage::showProblem(const QString& what, const Error& error)
{
    ErrorMessage::show(this, what, error);
}

Result<QString> EvidencePage::exportForOpening(qint64 evidenceId)
{
    auto evidence = EvidenceQuery(workspace().connection()).get(evidenceId);
    if (!evidence)
        return evidence.error();
    if (!m_openFolder)
        m_openFolder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("thidua-evidence-XXXXXX")));
    if (!m_openFolder->isValid())
        return Error(Error::Code::Io, tr("No temporary folder could be made: %1").arg(m_openFolder->errorString()));
    QString name = evidence->displayName();
    const QString suffix = QMimeDatabase().mimeTypeForName(evidence->mediaType).preferredSuffix();
    if (QFileInfo(name).suffix().isEmpty() && !suffix.isEmpty())
        name += QLatin1Char('.') + suffix;
    const QString folder = m_openFolder->filePath(QString::number(evidence->id));
    if (!QDir().mkpath(folder))
        return Error(Error::Code::Io, tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder)));
    const QString target = QDir(folder).filePath(name);
    if (QFileInfo::exists(target))
        QFile::remove(target);
    EvidenceService service(workspace().connection(), EvidenceStore::forDatabase(workspace().databasePath()));
    if (auto copied = service.exportCopy(evidence->id, target); !copied)
        return copied.error();
    return target;
}

std::optional<EvidenceLink> EvidencePage::filteredLink() const
{
    const QString chosen = m_backsFilter->currentData().toString();
    if (chosen.isEmpty())
        return std::nullopt;
    for (const Evidence& e : std::as_const(m_all))
        for (const EvidenceLink& link : e.links)
            if (filterKey(link) == chosen)
                return link;
    return std::nullopt;
}

void EvidencePage::addFiles()
{
    const auto link = filteredLink();
    if (!link || m_showTrash->isChecked())
        return;
    auto* dialog = new QFileDialog(this, tr("Add evidence files for %1").arg(describe(*link)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    const EvidenceLink target = *link;
    connect(dialog, &QFileDialog::filesSelected, this, [this, target](const QStringList& files) {
        if (!files.isEmpty())
            EvidenceDrop::addFiles(workspace(), this, files, target);
    });
    dialog->open();
}

void EvidencePage::openCurrent()
{
    const Evidence* evidence = currentEvidence();
    if (!evidence)
        return;
    auto path = exportForOpening(evidence->id);
    if (!path) {
        showProblem(tr("The file could not be opened."), path.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        showProblem(tr("The file could not be opened."),
            Error(Error::Code::Generic, tr("No program on this computer opens %1.").arg(QFileInfo(*path).fileName())));
}

Status EvidencePage::saveCopy(qint64 evidenceId, const QString& targetPath)
{
    EvidenceService service(workspace().connection(), EvidenceStore::forDatabase(workspace().databasePath()));
    return service.exportCopy(evidenceId, targetPath);
}

void EvidencePage::saveCopyOfCurrent()
{
    const Evidence* evidence = currentEvidence();
    if (!evidence)
        return;
    const qint64 id = evidence->id;
    auto* dialog = new QFileDialog(this, tr("Save a copy"), QDir::home().filePath(evidence->displayName()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& path) {
        if (auto saved = saveCopy(id, path); !saved)
            showProblem(tr("The copy could not be saved."), saved.error());
    });
    dialog->open();
}

void EvidencePage::editCurrent()
{
    const Evidence* evidence = currentEvidence();
    if (!evidence || m_showTrash->isChecked())
        return;
    auto* dialog = new EvidenceDialog(*evidence, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Workspace* ws = &workspace();
    dialog->setSaver([ws](const Evidence& changed) -> Status {
        auto saved = EvidenceService(ws->connection(), EvidenceStore::forDatabase(ws->databasePath())).update(changed);
        if (!saved)
            return saved.error();
        ws->notifyEvidenceChanged();
        return {};
    });
    dialog->open();
}

void EvidencePage::unlinkCurrent()
{
    const Evidence* evidence = currentEvidence();
    if (!evidence || evidence->links.isEmpty() || m_showTrash->isChecked())
        return;
    const Evidence chosen = *evidence;
    const QString filter = m_backsFilter->currentData().toString();
    for (const EvidenceLink& link : chosen.links) {
        if (chosen.links.size() == 1 || filterKey(link) == filter) {
            askToUnlink(chosen, link);
            return;
        }
    }
    QStringList names;
    for (const EvidenceLink& link : chosen.links)
        names << describe(link);
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Unlink"));
    ask->setLabelText(tr("%1 backs several records. Unlink it from:").arg(chosen.code));
    ask->setComboBoxItems(names);
    ask->setComboBoxEditable(false);
    connect(ask, &QInputDialog::textValueSelected, this, [this, chosen, names](const QString& name) {
        const qsizetype index = names.indexOf(name);
        if (index >= 0)
            askToUnlink(chosen, chosen.links[index]);
    });
    ask->open();
}

void EvidencePage::askToUnlink(const Evidence& evidence, const EvidenceLink& link)
{
    EvidenceService service(workspace().connection(), EvidenceStore::forDatabase(workspace().databasePath()));
    auto last = service.isLastLink(evidence.id, link);
    if (!last) {
        showProblem(tr("The evidence could not be unlinked."), last.error());
        return;
    }
    if (!*last) {
        if (auto done = unlink(evidence.id, link); !done)
            showProblem(tr("The evidence could not be unlinked."), done.error());
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
        tr("Unlink"),
        tr("%1 (%2) backs nothing else: unlinked from %3, it goes to the trash, where it is kept %n day(s) and can "
           "be restored.",
            nullptr,
            EvidenceService::TrashDays)
            .arg(evidence.code, evidence.displayName(), describe(link)),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("confirmUnlink"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Move to the trash"));
    const qint64 id = evidence.id;
    connect(box, &QMessageBox::finished, this, [this, box, id, link](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        if (auto done = unlink(id, link); !done)
            showProblem(tr("The evidence could not be unlinked."), done.error());
    });
    box->open();
}

Status EvidencePage::unlink(qint64 evidenceId, const EvidenceLink& link)
{
    EvidenceService service(workspace().connection(), EvidenceStore::forDatabase(workspace().databasePath()));
    if (auto done = service.unlink(evidenceId, link, QDateTime(workspace().today(), QTime::currentTime())); !done)
        return done;
    workspace().notifyEvidenceChanged();
    return {};
}

void EvidencePage::restoreCurrent()
{
    const Evidence* evidence = currentEvidence();
    if (!evidence || !m_showTrash->isChecked())
        return;
    EvidenceService service(workspace().connection(), EvidenceStore::forDatabase(workspace().databasePath()));
    if (auto done = service.restore(evidence->id); !done) {
        showProblem(tr("The evidence could not be restored."), done.error());
        return;
    }
    workspace().notifyEvidenceChanged();
}

EvidenceTask* EvidencePage::runCheck()
{
    const QString path = workspace().databasePath();
    auto report = std::make_shared<CheckReport>();
    auto* task = new EvidenceTask(path, tr("Checking the database and every evidence file…"), this);
    connect(task, &EvidenceTask::finished, this, [this, report](const Status& status) {
        if (!status) {
            if (status.error().code != Error::Code::Cancelled)
                showProblem(tr("The check could not run."), status.error());
            return;
        }
        emit checked(*report);
        auto* dialog = new CheckReportDialog(*report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    task->start([path, report](QSqlDatabase db, const EvidenceStore::Progress& progress) -> Status {
        auto done = EvidenceCheck(db, EvidenceStore::forDatabase(path)).run(progress);
        if (!done)
            return done.error();
        *report = *done;
        return {};
    });
    return task;
}

} // namespace thidua
