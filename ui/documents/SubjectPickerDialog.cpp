#include "ui/documents/SubjectPickerDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

SubjectPickerDialog::SubjectPickerDialog(
    QList<DraftSubject> subjects, SubjectTableModel::Show show, bool several, QWidget* parent)
    : QDialog(parent)
    , m_model(new SubjectTableModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(show == SubjectTableModel::Show::Collectives ? tr("Choose a collective")
            : show == SubjectTableModel::Show::People           ? tr("Choose a person")
                                                                : tr("Choose people and collectives"));
    resize(760, 520);
    m_model->setSubjects(std::move(subjects), show);
    m_search->setPlaceholderText(tr("Search by name, position or unit (with or without diacritics)"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(several ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SubjectTableModel::Name, 220);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(several ? tr("Add") : tr("Open"));
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectPickerDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &SubjectPickerDialog::setFilterText);
    connect(m_view, &QTableView::doubleClicked, this, &SubjectPickerDialog::confirm);
    connect(m_model, &QAbstractItemModel::modelReset, this, [ok] { ok->setEnabled(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, ok] {
        ok->setEnabled(m_view->selectionModel()->hasSelection());
    });

    auto* layout = new QVBoxLayout(this);
    if (several)
        layout->addWidget(new QLabel(tr("Select one or more rows (Ctrl or Shift with a click)."), this));
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void SubjectPickerDialog::setFilterText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    else
        m_model->setFilterText(text);
}

void SubjectPickerDialog::choose(const QList<int>& rows)
{
    m_view->clearSelection();
    for (int row : rows)
        m_view->selectionModel()->select(
            m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    confirm();
}

void SubjectPickerDialog::confirm()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QList<DraftSubject> subjects;
    for (int row : std::as_const(rows))
        subjects << m_model->subject(row);
    accept();
    emit chosen(subjects);
}

} // namespace thidua
