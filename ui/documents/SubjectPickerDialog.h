#pragma once

#include "ui/documents/SubjectTableModel.h"

#include <QDialog>

class QLineEdit;
class QTableView;

namespace thidua {

// Picks people and collectives of the school for a document (nominees of a tờ trình, the subject of a báo cáo thành
// tích): a list with search as you type. Emits chosen() with the rows selected when the user confirms.
//     auto* picker = new SubjectPickerDialog(subjects, SubjectTableModel::Show::People, false, this);
//     connect(picker, &SubjectPickerDialog::chosen, this, …); picker->open();
class SubjectPickerDialog : public QDialog
{
    Q_OBJECT

public:
    SubjectPickerDialog(
        QList<DraftSubject> subjects, SubjectTableModel::Show show, bool several, QWidget* parent = nullptr);

    SubjectTableModel* model() const { return m_model; }
    void setFilterText(const QString& text);
    // Selects the rows (of the filtered list) and confirms, as the user does (a test seam).
    void choose(const QList<int>& rows);

signals:
    void chosen(const QList<thidua::DraftSubject>& subjects);

private:
    void confirm();

    SubjectTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
};

} // namespace thidua
