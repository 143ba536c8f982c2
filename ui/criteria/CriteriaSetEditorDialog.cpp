#include "ui/criteria/CriteriaSetEditorDialog.h"

#include "ui/common/WindowSize.h"
#include "ui/criteria/CriteriaTreeModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace thidua {

CriteriaSetEditorDialog::CriteriaSetEditorDialog(QSqlDatabase db, const CriteriaSet& set, qint64 uses, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_original(set)
    , m_uses(uses)
    , m_model(new CriteriaTreeModel(CriteriaTreeModel::Mode::Edit, this))
    , m_name(new QLineEdit(set.name, this))
    , m_legalBasis(new QLineEdit(set.legalBasis, this))
    , m_note(new QPlainTextEdit(set.note, this))
    , m_tree(new QTreeView(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("criteriaSetEditor"));
    setWindowTitle(tr("Edit the criteria set — version %1").arg(set.version));
    m_name->setObjectName(QStringLiteral("name"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    m_model->setSet(set);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->setColumnWidth(CriteriaTreeModel::CodeColumn,
        metrics.horizontalAdvance(QStringLiteral("H2.TC3.CT1.b")) + 3 * m_tree->indentation() + 16);
    m_tree->setColumnWidth(CriteriaTreeModel::TextColumn, 480);
    m_tree->setColumnWidth(
        CriteriaTreeModel::RequirementColumn, metrics.horizontalAdvance(QStringLiteral("tối đa 1000 điểm")) + 24);
    m_tree->setColumnWidth(
        CriteriaTreeModel::CheckColumn, metrics.horizontalAdvance(QStringLiteral("cần đối chiếu văn bản gốc")) + 16);
    m_tree->header()->moveSection(CriteriaTreeModel::CheckColumn, CriteriaTreeModel::EvidenceColumn);
    m_tree->expandAll();

    auto* versionNote = new QLabel(this);
    versionNote->setObjectName(QStringLiteral("versionNote"));
    versionNote->setWordWrap(true);
    versionNote->setText(uses > 0 ? tr("This version is used by %n assessment(s). Saving keeps it as it is and stores "
                                       "your changes as version %1; those assessments keep version %2 and their "
                                       "results.",
                             nullptr,
                             int(uses))
                                        .arg(set.version + 1)
                                        .arg(set.version)
                                  : tr("No assessment uses this version yet: saving changes it in place."));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Legal basis:"), m_legalBasis);
    form->addRow(tr("Note:"), m_note);
    auto* hint = new QLabel(tr("Double-click a text, a threshold or the evidence expected to change it."), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(versionNote);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    WindowSize::fit(this, QSize(1180, 660));
}

bool CriteriaSetEditorDialog::save()
{
    CriteriaSet set = m_model->set();
    set.name = m_name->text().trimmed();
    set.legalBasis = m_legalBasis->text().trimmed();
    set.note = m_note->toPlainText().trimmed();
    auto saved = CriteriaService(m_db).saveSet(set);
    if (!saved) {
        m_problem->setText(tr("The criteria set was not saved: %1").arg(saved.error().message));
        return false;
    }
    m_outcome = CriteriaService::describe(*saved, m_original.version, m_uses);
    m_savedId = saved->set.id;
    return true;
}

} // namespace thidua
