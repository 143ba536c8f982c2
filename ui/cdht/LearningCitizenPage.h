#pragma once

#include "core/criteria/LearningCitizenResult.h"
#include "core/people/Collective.h"
#include "ui/common/Page.h"

class QComboBox;
class QLabel;

namespace thidua {

class LearningCitizenGrid;
class LearningCitizenModel;

// Công dân học tập: the bulk grid for the results of one class or tổ in the school year chosen in the toolbar. The
// members are listed in Vietnamese name order; the keyboard records (LearningCitizenGrid), each key or paste one
// undoable command; the counts above the grid follow.
class LearningCitizenPage : public Page
{
    Q_OBJECT

public:
    explicit LearningCitizenPage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("learningCitizen"); }
    QString statusText() const override;

    // Shows the members of this class or tổ (its collective id); false when it is not one of the year's.
    bool showUnit(qint64 collectiveId);
    // Shows the person's class or tổ of the toolbar's year with their row current (from the dashboard's list of who
    // is still missing); false when they have no unit that year.
    bool selectPerson(qint64 personId);
    LearningCitizenModel* model() const { return m_model; }
    LearningCitizenGrid* grid() const { return m_grid; }

protected:
    void load() override;

private:
    void reloadUnits();
    void reloadMembers();
    void refreshPeople(const QList<qint64>& personIds);
    void updateCounts();
    Status write(const LearningCitizenResults& results);

    LearningCitizenModel* m_model;
    LearningCitizenGrid* m_grid;
    QLabel* m_heading;
    QComboBox* m_units;
    QLabel* m_counts;
};

} // namespace thidua
