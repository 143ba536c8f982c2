#include "ui/criteria/AssessmentDialog.h"

#include "core/criteria/AssessmentService.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/text/VietnameseFormat.h"
#include "ui/common/WindowSize.h"
#include "ui/common/Workspace.h"
#include "ui/criteria/CriteriaTreeModel.h"
#include "ui/evidence/EvidenceDrop.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace thidua {

AssessmentDialog::AssessmentDialog(Workspace& workspace, const QStringList& setKeys, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new CriteriaTreeModel(CriteriaTreeModel::Mode::Answer, this))
    , m_setChoice(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_result(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_by(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("&Save answers"), this))
    , m_advanceButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Assess the school — %1").arg(workspace.currentYear().name()));
    m_setChoice->setObjectName(QStringLiteral("setChoice"));
    m_state->setObjectName(QStringLiteral("state"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    m_problem->setPalette(palette);
    m_by->setObjectName(QStringLiteral("by"));
    m_by->setPlaceholderText(tr("Name and position, e.g. Nguyễn Văn An, Hiệu trưởng"));
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_advanceButton->setObjectName(QStringLiteral("advance"));

    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->setColumnWidth(CriteriaTreeModel::CodeColumn,
        metrics.horizontalAdvance(QStringLiteral("H2.TC3.CT1.b")) + 3 * m_tree->indentation() + 16);
    m_tree->setColumnWidth(CriteriaTreeModel::TextColumn, 330);
    m_tree->setColumnWidth(
        CriteriaTreeModel::RequirementColumn, metrics.horizontalAdvance(QStringLiteral("đạt / không đạt")) + 16);
    m_tree->setColumnWidth(CriteriaTreeModel::EvidenceColumn, 150);
    m_tree->setColumnWidth(
        CriteriaTreeModel::CheckColumn, metrics.horizontalAdvance(QStringLiteral("cần đối chiếu văn bản gốc")) + 16);
    m_tree->setColumnWidth(CriteriaTreeModel::NoteColumn, 130);
    // The answer and its note next to what passes; the source mark and the evidence expected after them.
    m_tree->header()->moveSection(CriteriaTreeModel::AnswerColumn, CriteriaTreeModel::EvidenceColumn);
    m_tree->header()->moveSection(CriteriaTreeModel::NoteColumn, CriteriaTreeModel::CheckColumn + 1);
    m_tree->setColumnWidth(
        CriteriaTreeModel::AnswerColumn, metrics.horizontalAdvance(QStringLiteral("1000/1000 (100,0 %)")) + 16);
    // How many evidence files back each item, after the answer; files dropped on an item become its evidence.
    m_tree->header()->moveSection(m_tree->header()->visualIndex(CriteriaTreeModel::FilesColumn),
        m_tree->header()->visualIndex(CriteriaTreeModel::AnswerColumn) + 1);
    m_tree->setColumnWidth(CriteriaTreeModel::FilesColumn, metrics.horizontalAdvance(tr("Evidence files")) + 24);
    EvidenceDrop::install(m_tree->viewport(), m_workspace, [this](const QPoint& position) {
        EvidenceDrop::Target target;
        const CriteriaItem* item = m_model->item(m_tree->indexAt(position));
        if (!item)
            return target;
        target.onRecord = true;
        if (m_assessment.id == 0) {
            target.refusal = tr("Save the answers first: evidence files back the items of a saved assessment.");
            return target;
        }
        target.link.kind = EvidenceLink::Kind::AssessmentItem;
        target.link.targetId = m_assessment.id;
        target.link.itemCode = item->code;
        return target;
    });
    connect(&m_workspace, &Workspace::evidenceChanged, this, &AssessmentDialog::updateEvidenceCounts);

    auto* form = new QFormLayout;
    form->addRow(tr("Criteria set:"), m_setChoice);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("By:"), m_by);
    auto* hint = new QLabel(tr("Answer each indicator: type đ (met) or k (not met), met/counted for a rate (45/50), a "
                               "number, or - when it does not apply to the school. Indicators without suitable "
                               "evidence are not met (Điều 9 khoản 3): drop the files on the item to add them."),
        this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_advanceButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_advanceButton, &QPushButton::clicked, this, [this] { advance(); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_model, &CriteriaTreeModel::answersChanged, this, &AssessmentDialog::updateResult);
    connect(m_setChoice, &QComboBox::currentIndexChanged, this, &AssessmentDialog::loadAssessment);
    loadSets(setKeys);
    WindowSize::fit(this, QSize(1200, 680));
}

void AssessmentDialog::loadSets(const QStringList& setKeys)
{
    const CriteriaQuery query(m_workspace.connection());
    for (const QString& key : setKeys) {
        auto set = query.latest(key);
        if (!set) {
            showError(tr("The criteria sets could not be read"), set.error());
            continue;
        }
        if (set->id == 0)
            continue;
        m_sets << *set;
        m_setChoice->addItem(tr("%1 — version %2").arg(set->name).arg(set->version));
    }
    loadAssessment();
}

void AssessmentDialog::loadAssessment()
{
    m_problem->clear();
    const int row = m_setChoice->currentIndex();
    m_assessment = Assessment();
    if (row < 0 || row >= m_sets.size()) {
        m_model->setSet(CriteriaSet());
        updateState();
        return;
    }
    const CriteriaSet& set = m_sets[row];
    m_assessment.criteriaSetId = set.id;
    m_assessment.schoolYearId = m_workspace.currentYear().id;
    m_assessment.subject = Assessment::Subject::School;
    auto stored = CriteriaQuery(m_workspace.connection())
                      .assessment(set.id, m_assessment.schoolYearId, Assessment::Subject::School);
    if (!stored)
        showError(tr("The assessment could not be read"), stored.error());
    else if (stored->id != 0)
        m_assessment = *stored;
    m_model->setSet(set);
    m_model->setAnswers(m_assessment.answers);
    m_tree->expandAll();
    updateState();
    updateEvidenceCounts();
}

void AssessmentDialog::updateEvidenceCounts()
{
    if (m_assessment.id == 0) {
        m_model->setEvidenceCounts({});
        return;
    }
    auto counts = EvidenceQuery(m_workspace.connection()).countsByItem(m_assessment.id);
    if (!counts) {
        showError(tr("The evidence files could not be counted"), counts.error());
        return;
    }
    m_model->setEvidenceCounts(*counts);
}

QString AssessmentDialog::resultText() const
{
    return m_result->text();
}

QString AssessmentDialog::stateText() const
{
    return m_state->text();
}

void AssessmentDialog::updateResult()
{
    const CriteriaOutcome outcome = CriteriaRule::evaluate(m_model->set(), m_model->answers());
    QString verdict = Assessment::verdictName(outcome.verdict);
    for (const CriteriaRule::Level& level : m_model->set().rule.levels) {
        if (level.number == outcome.level)
            verdict += QLatin1Char(' ') + level.name;
    }
    m_result->setText(tr("Result: %1 — %2").arg(verdict, outcome.reason));
}

void AssessmentDialog::updateState()
{
    auto step = [](const QString& name, const Assessment::Step& s) {
        return tr("%1: %2, %3").arg(name, s.by, VietnameseFormat::shortDate(s.at.date()));
    };
    QStringList steps;
    if (m_assessment.id == 0) {
        steps << tr("not saved yet");
    } else {
        steps << step(Assessment::stateName(Assessment::State::SelfAssessed), m_assessment.selfAssessed);
        if (m_assessment.state != Assessment::State::SelfAssessed)
            steps << step(Assessment::stateName(Assessment::State::Verified), m_assessment.verified);
        if (m_assessment.state == Assessment::State::Recognised)
            steps << step(Assessment::stateName(Assessment::State::Recognised), m_assessment.recognised);
    }
    m_state->setText(steps.join(QStringLiteral(" → ")));
    const bool saved = m_assessment.id != 0;
    const bool recognised = m_assessment.state == Assessment::State::Recognised;
    m_advanceButton->setText(m_assessment.state == Assessment::State::SelfAssessed ? tr("&Verify (group / unit)")
                                                                                   : tr("&Recognise (council)"));
    m_advanceButton->setEnabled(saved && !recognised);
    m_saveButton->setEnabled(!m_model->set().items.isEmpty() && !recognised);
    m_tree->setEditTriggers(recognised ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    updateResult();
}

bool AssessmentDialog::save()
{
    m_problem->clear();
    if (m_by->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Type who answers in “By”."));
        m_by->setFocus();
        return false;
    }
    Assessment assessment = m_assessment;
    assessment.answers = m_model->answers();
    auto saved =
        AssessmentService(m_workspace.connection())
            .saveAnswers(assessment, m_by->text().trimmed(), QDateTime(m_workspace.today(), QTime::currentTime()));
    if (!saved) {
        showError(tr("The answers could not be saved"), saved.error());
        return false;
    }
    m_assessment = *saved;
    updateState();
    updateEvidenceCounts();
    return true;
}

bool AssessmentDialog::advance()
{
    m_problem->clear();
    auto moved =
        AssessmentService(m_workspace.connection())
            .advance(m_assessment.id, m_by->text().trimmed(), QDateTime(m_workspace.today(), QTime::currentTime()));
    if (!moved) {
        showError(tr("The assessment could not move on"), moved.error());
        return false;
    }
    m_assessment.state = moved->state;
    m_assessment.verified = moved->verified;
    m_assessment.recognised = moved->recognised;
    updateState();
    return true;
}

void AssessmentDialog::showError(const QString& what, const Error& error)
{
    m_problem->setText(QStringLiteral("%1: %2").arg(what, error.message));
}

} // namespace thidua
