#include "ui/people/ImportTables.h"

#include "ui/common/ComboBoxDelegate.h"
#include "ui/people/ImportDialog.h"
#include "ui/people/ImportMappingModel.h"
#include "ui/people/ImportPreviewModel.h"
#include "ui/people/ImportProblemModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

namespace {

constexpr auto EditTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed;

void setWidths(QTableView* view, const QList<std::pair<int, int>>& widths)
{
    for (const auto& [column, width] : widths)
        view->setColumnWidth(column, width);
}

} // namespace

QTableView* ImportTables::makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel* ImportTables::makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget* ImportTables::titled(QLabel* heading, QWidget* body, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(body);
    return box;
}

void ImportTables::setUpMapping(QTableView* view, ImportMappingModel* model)
{
    view->setModel(model);
    QList<ComboBoxDelegate::Choice> fields { { ImportDialog::tr("(not imported)"), QString() } };
    for (RosterColumns::Field field : RosterColumns::allFields())
        fields.append({ RosterColumns::fieldName(field), RosterColumns::fieldKey(field) });
    view->setItemDelegateForColumn(ImportMappingModel::FieldColumn, new ComboBoxDelegate(fields, view));
    view->setEditTriggers(EditTriggers);
    view->horizontalHeader()->setSectionResizeMode(ImportMappingModel::Letter, QHeaderView::ResizeToContents);
    setWidths(view, { { ImportMappingModel::Header, 120 }, { ImportMappingModel::Sample, 96 } });
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ImportTables::setUpPreview(QTableView* view, ImportPreviewModel* model)
{
    using Choice = ImportPreviewModel::DuplicateChoice;
    view->setModel(model);
    QList<ComboBoxDelegate::Choice> choices;
    for (Choice c : { Choice::AddNew, Choice::UpdateExisting, Choice::Skip })
        choices.append({ ImportPreviewModel::choiceName(c), int(c) });
    view->setItemDelegateForColumn(ImportPreviewModel::DuplicateColumn, new ComboBoxDelegate(choices, view));
    view->setEditTriggers(EditTriggers);
    setWidths(view,
        { { ImportPreviewModel::SourceRow, 46 },
            { ImportPreviewModel::FamilyName, 70 },
            { ImportPreviewModel::MiddleName, 80 },
            { ImportPreviewModel::GivenName, 60 },
            { ImportPreviewModel::BirthDate, 84 },
            { ImportPreviewModel::GenderColumn, 60 },
            { ImportPreviewModel::Code, 80 },
            { ImportPreviewModel::CollectiveColumn, 100 },
            { ImportPreviewModel::ActionColumn, 74 },
            { ImportPreviewModel::DuplicateColumn, 150 } });
}

void ImportTables::setUpProblems(QTableView* view, ImportProblemModel* model)
{
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWidths(view,
        { { ImportProblemModel::SheetColumn, 110 },
            { ImportProblemModel::RowColumn, 48 },
            { ImportProblemModel::ColumnColumn, 48 },
            { ImportProblemModel::SeverityColumn, 70 } });
}

} // namespace thidua
