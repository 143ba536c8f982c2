#pragma once

#include "core/school/School.h"
#include "ui/common/Page.h"

class QPushButton;
class QTableView;

namespace thidua {

class SchoolYearsModel;

// Năm học: the list of school years with their dates; adds a year and chooses the one the other pages show.
class SchoolYearsPage : public Page
{
    Q_OBJECT

public:
    explicit SchoolYearsPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("years"); }
    QString statusText() const override;
    QList<QAction*> editActions() const override;

    void addYear();

protected:
    void load() override;

private:
    void showSelectedYear();
    // Adds the year through the undo stack; a failure is shown, with "Try again" when another program held the file.
    void addToSchool(const SchoolYear& year);

    SchoolYearsModel* m_model;
    QTableView* m_table;
    QAction* m_addAction;
    QAction* m_showAction;
};

} // namespace thidua
