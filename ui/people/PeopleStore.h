#pragma once

#include "core/common/Result.h"

#include <QObject>

namespace thidua {

class PeopleTableModel;
class Workspace;

// Owns the one PeopleTableModel that the staff and student pages (and any other page that lists people) share,
// so the people are read once. Loads it on first use and keeps it current: another school year in the toolbar
// reloads the units, an announced change reloads the people concerned.
class PeopleStore : public QObject
{
    Q_OBJECT

public:
    explicit PeopleStore(Workspace& workspace, QObject* parent = nullptr);

    PeopleTableModel* model() const { return m_model; }
    // Reads everything the first time; later calls do nothing.
    Status ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    // Reads everything again (after an import, for example).
    Status reload();

signals:
    // The people or their units changed (counts in the status bar).
    void changed();

private:
    Status reloadYear();
    Status reloadPeople(const QList<qint64>& personIds);

    Workspace& m_workspace;
    PeopleTableModel* m_model;
    bool m_loaded = false;
};

} // namespace thidua
