#pragma once

#include "core/school/School.h"
#include "ui/common/Page.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace thidua {

class LeadersModel;

// Hồ sơ trường: name, governing body, the abbreviation used in document numbers, the place name of date lines,
// contacts, and Ban giám hiệu. Saved as one undoable edit; previews show how documents will print the
// abbreviation and the date line.
class SchoolProfilePage : public Page
{
    Q_OBJECT

public:
    explicit SchoolProfilePage(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("school"); }
    QString statusText() const override;
    bool hasUnsavedChanges() const override { return m_dirty; }
    Status saveChanges() override;

    // The profile as typed.
    SchoolProfile profile() const;

protected:
    void load() override;

private:
    void reload();
    void setDirty(bool dirty);
    QStringList problems() const;
    void updatePreviews();
    void updateButtons();

    SchoolProfile m_saved;
    QHash<QString, QLineEdit*> m_fields; // by SchoolProfile key
    LeadersModel* m_leaders;
    QTableView* m_leaderTable;
    QLabel* m_numberPreview;
    QLabel* m_datePreview;
    QLabel* m_problems;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QPushButton* m_removeLeader;
    QPushButton* m_upLeader;
    QPushButton* m_downLeader;
    bool m_dirty = false;
};

} // namespace thidua
