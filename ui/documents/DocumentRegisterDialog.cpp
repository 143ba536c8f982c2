#include "ui/documents/DocumentRegisterDialog.h"

#include "core/documents/DocumentQuery.h"
#include "core/documents/RegisterExport.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/WindowSize.h"
#include "ui/common/Workspace.h"
#include "ui/documents/RegisterTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua {

DocumentRegisterDialog::DocumentRegisterDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_db(workspace.connection())
    , m_model(new RegisterTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_year(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("documentRegisterDialog"));
    setWindowTitle(tr("Document register"));
    WindowSize::fit(this, QSize(1000, 560));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("registerView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegisterTableModel::Symbol, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RegisterTableModel::Summary, QHeaderView::Stretch);

    m_year->setObjectName(QStringLiteral("registerYear"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setToolTip(tr("Save the listed entries as a spreadsheet (.xlsx) or as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &DocumentRegisterDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // The years in the register, the latest first.
    auto all = DocumentQuery(m_db).registerEntries();
    QList<int> years;
    if (all) {
        for (const RegisterEntry& entry : std::as_const(*all)) {
            if (!years.contains(entry.year))
                years.append(entry.year);
        }
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    m_year->addItem(tr("All years"), 0);
    for (int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    connect(m_year, &QComboBox::activated, this, [this](int index) { reload(m_year->itemData(index).toInt()); });
    // A number issued (or a document printed again) while the register is open shows at once.
    connect(&workspace, &Workspace::documentsChanged, this, [this] { reload(m_year->currentData().toInt()); });
    reload(0);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(RegisterTableModel::Summary, QHeaderView::Stretch);
}

void DocumentRegisterDialog::reload(int year)
{
    auto entries = DocumentQuery(m_db).registerEntries(year);
    if (!entries) {
        m_status->setText(entries.error().toString());
        m_model->setEntries({});
        return;
    }
    m_model->setEntries(*entries);
    m_status->setText(tr("%n number(s) given", nullptr, int(entries->size())));
}

bool DocumentRegisterDialog::exportTo(const QString& path)
{
    Status status;
    if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0) {
        status = RegisterExport::saveXlsx(m_model->entries(), path);
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(RegisterExport::toCsv(m_model->entries())) < 0
            || !file.commit())
            status = Error(Error::Code::Io, tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    if (!status) {
        m_status->setText(status.error().toString());
        ErrorMessage::show(this, tr("The register could not be exported."), status.error());
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DocumentRegisterDialog::chooseExportFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Export the register"), QString(), tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("xlsx"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(
            filter.contains(QStringLiteral("csv")) ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    dialog->open();
}

} // namespace thidua
