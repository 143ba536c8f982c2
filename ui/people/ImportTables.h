#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace thidua {

class ImportMappingModel;
class ImportPreviewModel;
class ImportProblemModel;

// The tables of the import dialog, set up alike: compact rows selected whole, and per table its model, its
// delegates (the field of a column; what to do with a likely duplicate) and column widths that fit a 1366×768
// screen.
class ImportTables
{
public:
    static QTableView* makeTable(QWidget* parent, const QString& name);
    static QLabel* makeHeading(const QString& text, QWidget* parent);
    // A heading over a widget, in a box without margins.
    static QWidget* titled(QLabel* heading, QWidget* body, QWidget* parent);

    static void setUpMapping(QTableView* view, ImportMappingModel* model);
    static void setUpPreview(QTableView* view, ImportPreviewModel* model);
    static void setUpProblems(QTableView* view, ImportProblemModel* model);
};

} // namespace thidua
