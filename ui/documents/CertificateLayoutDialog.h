#pragma once

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPrinter;

namespace thidua {

class CertificateFieldModel;

// Where certificate fields print on the pre-printed blanks of each printer: choose the printer, print the
// calibration sheet on a blank, measure how far the crosses moved, enter that offset and move the fields; the
// positions are saved for that printer.
class CertificateLayoutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateLayoutDialog(QSqlDatabase db, QWidget* parent = nullptr);
    ~CertificateLayoutDialog() override;

    CertificateFieldModel* model() const { return m_model; }
    QString printer() const;
    // Loads the positions saved for `printer` (or the defaults).
    bool loadPrinter(const QString& printer);
    // Saves the shown positions for the chosen printer; false (and a message) when refused.
    bool save();

signals:
    void failed(const QString& message);

private:
    void printCalibration();

    QSqlDatabase m_db;
    CertificateFieldModel* m_model = nullptr;
    QComboBox* m_printer = nullptr;
    QDoubleSpinBox* m_offsetX = nullptr;
    QDoubleSpinBox* m_offsetY = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<QPrinter> m_qprinter;
};

} // namespace thidua
