#pragma once

#include "core/school/School.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace thidua {

class PeopleFilterProxy;
class PeopleTableModel;

// Chooses a member of staff for the council (search as you type), with their council role and post.
class AddCouncilMemberDialog : public QDialog
{
    Q_OBJECT

public:
    // The post printed next to a member's council role, from their position and their unit in the year, written as
    // the school writes it: "Tổ trưởng" of the tổ Toán is "Tổ trưởng tổ Toán" (as on the rest of the council);
    // any other position is kept as it is.
    static QString postInSchool(const QString& position, const QString& unit);

    // `taken`: people already on the council.
    AddCouncilMemberDialog(PeopleTableModel& people, const QSet<qint64>& taken, QWidget* parent = nullptr);

    CouncilMember member() const;
    void accept() override;

private:
    qint64 selectedPerson() const;
    void selectionChanged();

    PeopleTableModel& m_people;
    QSet<qint64> m_taken;
    PeopleFilterProxy* m_proxy;
    QLineEdit* m_search;
    QTableView* m_table;
    QComboBox* m_role;
    QLineEdit* m_title;
    QLabel* m_problem;
};

} // namespace thidua
