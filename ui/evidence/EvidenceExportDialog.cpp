#include "ui/evidence/EvidenceExportDialog.h"

#include "core/criteria/CriteriaQuery.h"
#include "core/evidence/EvidenceDossier.h"
#include "core/evidence/EvidenceIndex.h"
#include "ui/common/WindowSize.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/EvidenceTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace thidua {

namespace {

// The latest version of each set, by name.
QList<CriteriaSet> latestSets(const QSqlDatabase& db)
{
    auto all = CriteriaQuery(db).sets();
    QList<CriteriaSet> latest;
    if (!all)
        return latest;
    for (const CriteriaSet& set : std::as_const(*all)) {
        auto same = std::find_if(latest.begin(), latest.end(), [&](const CriteriaSet& s) { return s.key == set.key; });
        if (same == latest.end())
            latest << set;
        else if (same->version < set.version)
            *same = set;
    }
    return latest;
}

} // namespace

EvidenceExportDialog::EvidenceExportDialog(Kind kind, Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_workspace(workspace)
    , m_setList(latestSets(workspace.connection()))
    , m_sets(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    const QString year = workspace.currentYear().name();
    setWindowTitle(kind == Kind::Index ? tr("Evidence index – %1").arg(year) : tr("Evidence dossier – %1").arg(year));
    if (kind == Kind::Index)
        m_sets->addItem(tr("(none: grouped by what the files back)"));
    for (const CriteriaSet& set : std::as_const(m_setList))
        m_sets->addItem(set.name);
    // Start on the district Đơn vị học tập set, the dossier a school hands over most often.
    for (qsizetype i = 0; i < m_setList.size(); ++i) {
        if (m_setList.at(i).key == CriteriaQuery::learningUnitKeys().value(0))
            m_sets->setCurrentIndex(int(i) + (kind == Kind::Index ? 1 : 0));
    }
    m_path->setPlaceholderText(
        kind == Kind::Index ? tr("A .pdf, .docx or .xlsx file") : tr("A new (or empty) folder, or a .zip file"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &EvidenceExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Criteria &set:"), m_sets);
    auto* pathLabel = new QLabel(tr("&Write to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { start(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(kind == Kind::Index
            ? tr("The list of the year's evidence files (code, description, số/ngày/cơ quan ban hành, what each "
                 "backs), grouped per tiêu chí of the set.")
            : tr("A folder (or .zip) with the danh mục at the top, one sub-folder per tiêu chí with the files named by "
                 "their code, and SHA256SUMS, which the receiving side checks with “sha256sum -c SHA256SUMS”."),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    WindowSize::fit(this, QSize(640, sizeHint().height()));
}

const CriteriaSet* EvidenceExportDialog::chosenSet() const
{
    const int index = m_sets->currentIndex() - (m_kind == Kind::Index ? 1 : 0);
    return index >= 0 && index < m_setList.size() ? &m_setList.at(index) : nullptr;
}

void EvidenceExportDialog::browse()
{
    QString path;
    if (m_kind == Kind::Index) {
        path = QFileDialog::getSaveFileName(this,
            windowTitle(),
            QDir::home().filePath(QStringLiteral("danh_muc_minh_chung.pdf")),
            tr("PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)"));
    } else {
        path = QFileDialog::getSaveFileName(this,
            windowTitle(),
            QDir::home().filePath(QStringLiteral("ho_so_minh_chung.zip")),
            tr("ZIP archive (*.zip);;Folder (*)"),
            nullptr,
            QFileDialog::DontConfirmOverwrite);
    }
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

EvidenceTask* EvidenceExportDialog::start()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const CriteriaSet* set = chosenSet();
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose where to write.");
    else if (m_kind == Kind::Index && !EvidenceIndex::isIndexPath(path))
        problem = tr("The danh mục is written as a .pdf, .docx or .xlsx file.");
    else if (m_kind == Kind::Dossier && !set)
        problem = tr("Choose the criteria set whose dossier is written.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return nullptr;

    const SchoolYear year = m_workspace.currentYear();
    const QString database = m_workspace.databasePath();
    const QDate today = m_workspace.today();
    const std::optional<CriteriaSet> chosen = set ? std::optional<CriteriaSet>(*set) : std::nullopt;
    auto* task = new EvidenceTask(
        database, m_kind == Kind::Index ? tr("Writing the evidence index…") : tr("Writing the dossier…"), this);
    connect(task, &EvidenceTask::finished, this, [this, path](const Status& status) {
        if (status) {
            emit exported(path);
            accept();
        } else if (status.error().code != Error::Code::Cancelled) {
            m_problem->setText(status.error().toString());
            m_problem->show();
        }
    });
    const Kind kind = m_kind;
    task->start([=](QSqlDatabase db, const EvidenceStore::Progress& progress) -> Status {
        if (kind == Kind::Index) {
            auto written = EvidenceIndex::save(db,
                { year.id, EvidenceIndex::schoolYearText(year.startYear), chosen ? &*chosen : nullptr, path, today });
            return written ? Status() : Status(written.error());
        }
        EvidenceDossier::Request request;
        request.target = path;
        request.schoolYearId = year.id;
        request.schoolYear = EvidenceIndex::schoolYearText(year.startYear);
        request.set = *chosen;
        request.today = today;
        auto written = EvidenceDossier(db, EvidenceStore::forDatabase(database)).write(request, progress);
        return written ? Status() : Status(written.error());
    });
    return task;
}

} // namespace thidua
