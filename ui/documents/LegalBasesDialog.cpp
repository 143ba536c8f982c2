#include "ui/documents/LegalBasesDialog.h"

#include "core/documents/DocumentQuery.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/WindowSize.h"
#include "ui/common/Workspace.h"
#include "ui/documents/LegalBasisDialog.h"
#include "ui/documents/LegalBasisTableModel.h"
#include "ui/documents/RemoveLegalBasisCommand.h"
#include "ui/documents/SaveLegalBasisCommand.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua {

LegalBasesDialog::LegalBasesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new LegalBasisTableModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("legalBasesDialog"));
    setWindowTitle(tr("Legal bases (căn cứ)"));
    WindowSize::fit(this, QSize(1000, 520));

    m_view->setObjectName(QStringLiteral("basesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // One line a row, all rows alike (wrapped citations made uneven, very tall rows); the whole text is in the
    // tooltip and in the edit dialog.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(LegalBasisTableModel::Citation, QHeaderView::Stretch);
    const int dateWidth = m_view->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24;
    m_view->setColumnWidth(LegalBasisTableModel::ValidFrom, dateWidth + 30);
    m_view->setColumnWidth(LegalBasisTableModel::ValidTo, dateWidth + 30);
    m_view->setColumnWidth(LegalBasisTableModel::Kinds, 220);
    connect(m_view, &QTableView::doubleClicked, this, &LegalBasesDialog::editCurrent);

    auto* hint =
        new QLabel(tr("A document cites the bases in force on its date and meant for its kind, in this order."), this);
    hint->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // one line, cut at the right

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_editButton = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_removeButton = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] { edit(LegalBasis()); });
    connect(m_editButton, &QPushButton::clicked, this, &LegalBasesDialog::editCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &LegalBasesDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(&m_workspace, &Workspace::documentsChanged, this, [this] { reload(); }); // also undo and redo
    reload();
}

void LegalBasesDialog::reload()
{
    auto bases = DocumentQuery(m_workspace.connection()).legalBases();
    if (!bases) {
        m_status->setText(bases.error().toString());
        return;
    }
    m_model->setBases(*bases);
    m_editButton->setEnabled(!bases->isEmpty());
    m_removeButton->setEnabled(!bases->isEmpty());
}

int LegalBasesDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LegalBasesDialog::edit(const LegalBasis& basis)
{
    auto* dialog = new LegalBasisDialog(basis, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->basis()); });
    dialog->open();
}

void LegalBasesDialog::editCurrent()
{
    const int row = currentRow();
    if (row >= 0)
        edit(m_model->bases().at(row));
}

void LegalBasesDialog::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const LegalBasis basis = m_model->bases().at(row);
    auto* box = new QMessageBox(QMessageBox::Question,
        tr("Remove legal basis"),
        tr("Remove “%1”? Documents made later will no longer cite it.").arg(basis.citation()),
        QMessageBox::Yes | QMessageBox::No,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = basis.id](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            remove(id);
    });
    box->open();
}

bool LegalBasesDialog::save(LegalBasis basis)
{
    LegalBasis before;
    for (const LegalBasis& shown : m_model->bases()) {
        if (basis.id != 0 && shown.id == basis.id)
            before = shown;
    }
    if (basis.id != 0 && before.id == 0) {
        ErrorMessage::show(this,
            tr("The legal basis could not be saved."),
            Error(Error::Code::NotFound, tr("The legal basis is no longer in the list.")));
        return false;
    }
    auto command = std::make_unique<SaveLegalBasisCommand>(m_workspace, before, basis);
    if (const Status saved = m_workspace.execute(std::move(command)); !saved) {
        ErrorMessage::show(
            this, tr("The legal basis could not be saved."), saved.error(), [this, basis] { save(basis); });
        return false;
    }
    m_status->setText(tr("Saved: %1").arg(basis.citation()));
    m_status->setToolTip(m_status->text());
    return true;
}

bool LegalBasesDialog::remove(qint64 id)
{
    const LegalBases& bases = m_model->bases();
    const auto found =
        std::find_if(bases.cbegin(), bases.cend(), [id](const LegalBasis& basis) { return basis.id == id; });
    if (found == bases.cend()) {
        ErrorMessage::show(this,
            tr("The legal basis could not be removed."),
            Error(Error::Code::NotFound, tr("The legal basis is no longer in the list.")));
        return false;
    }
    if (const Status removed = m_workspace.execute(std::make_unique<RemoveLegalBasisCommand>(m_workspace, *found));
        !removed) {
        ErrorMessage::show(
            this, tr("The legal basis could not be removed."), removed.error(), [this, id] { remove(id); });
        return false;
    }
    m_status->clear();
    return true;
}

} // namespace thidua
