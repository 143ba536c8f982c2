#include "ui/documents/CertificateLayoutDialog.h"

#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentService.h"
#include "core/documents/kinds/CertificateDocument.h"
#include "ui/common/WindowSize.h"
#include "ui/documents/CertificateFieldModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

CertificateLayoutDialog::CertificateLayoutDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_model(new CertificateFieldModel(this))
{
    setWindowTitle(tr("Certificate positions on pre-printed blanks"));
    WindowSize::fit(this, QSize(760, 520));
    m_printer = new QComboBox;
    m_printer->setEditable(true);
    QStringList printers = QPrinterInfo::availablePrinterNames();
    auto saved = DocumentQuery(m_db).certificatePrinters();
    if (saved) {
        for (const QString& name : std::as_const(*saved)) {
            if (!printers.contains(name))
                printers << name;
        }
    }
    m_printer->addItems(printers);
    m_offsetX = new QDoubleSpinBox;
    m_offsetY = new QDoubleSpinBox;
    for (QDoubleSpinBox* spin : { m_offsetX, m_offsetY }) {
        spin->setRange(-50, 50);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(QStringLiteral(" mm"));
    }
    auto* table = new QTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setSectionResizeMode(CertificateFieldModel::Field, QHeaderView::Stretch);
    m_status =
        new QLabel(tr("Print the calibration sheet on a blank, measure how far the crosses are from 20 mm, enter "
                      "that offset, adjust the fields and save."));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Printer:"), m_printer);
    form->addRow(tr("Shift right (mm):"), m_offsetX);
    form->addRow(tr("Shift down (mm):"), m_offsetY);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    auto* calibration = buttons->addButton(tr("Print calibration sheet…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            m_status->setText(tr("Saved for printer “%1”.").arg(printer()));
    });
    connect(calibration, &QPushButton::clicked, this, &CertificateLayoutDialog::printCalibration);
    connect(m_printer, &QComboBox::currentTextChanged, this, &CertificateLayoutDialog::loadPrinter);
    connect(this, &CertificateLayoutDialog::failed, this, [this](const QString& message) {
        m_status->setText(message);
        if (isVisible())
            QMessageBox::warning(this, windowTitle(), message);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    if (!saved) // the printers known to the database could not be read: say so instead of listing fewer
        m_status->setText(tr("The printers with saved positions could not be read: %1").arg(saved.error().toString()));
    loadPrinter(printer());
}

CertificateLayoutDialog::~CertificateLayoutDialog() = default;

QString CertificateLayoutDialog::printer() const
{
    return m_printer->currentText().trimmed();
}

bool CertificateLayoutDialog::loadPrinter(const QString& printer)
{
    auto layout = DocumentQuery(m_db).certificateLayout(printer.trimmed());
    if (!layout) {
        emit failed(layout.error().toString());
        return false;
    }
    m_model->setLayout(*layout);
    m_offsetX->setValue(layout->offsetXMm);
    m_offsetY->setValue(layout->offsetYMm);
    return true;
}

bool CertificateLayoutDialog::save()
{
    m_model->setOffset(m_offsetX->value(), m_offsetY->value());
    DocumentService service(m_db, QDate::currentDate());
    if (auto saved = service.saveCertificateLayout(printer(), m_model->layout()); !saved) {
        emit failed(saved.error().toString());
        return false;
    }
    return true;
}

void CertificateLayoutDialog::printCalibration()
{
    m_model->setOffset(m_offsetX->value(), m_offsetY->value());
    auto page = CertificateDocument::calibrationPage(m_model->layout());
    if (!page) {
        emit failed(page.error().toString());
        return;
    }
    m_qprinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_qprinter->setFullPage(true);
    if (!printer().isEmpty())
        m_qprinter->setPrinterName(printer());
    auto* preview = new QPrintPreviewDialog(m_qprinter.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, pages = *page](QPrinter* target) {
        if (!pages.paintAll(*target))
            emit failed(tr("The calibration sheet could not be sent to the printer."));
    });
    preview->open();
}

} // namespace thidua
