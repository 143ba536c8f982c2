#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace thidua {

class RegisterTableModel;
class Workspace;

// The register of the numbers given to documents (sổ đăng ký văn bản đi), by year, with export to CSV and XLSX.
class DocumentRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentRegisterDialog(Workspace& workspace, QWidget* parent = nullptr);

    RegisterTableModel* model() const { return m_model; }
    // Lists the entries of `year` (0 = every year) again.
    void reload(int year = 0);
    // Writes the listed entries to `path`, CSV or XLSX by its suffix; what the export button does once a file is
    // chosen. False (and a message on the dialog) when it fails.
    bool exportTo(const QString& path);

private:
    void chooseExportFile();

    QSqlDatabase m_db;
    RegisterTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_year;
    QLabel* m_status;
};

} // namespace thidua
