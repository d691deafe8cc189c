#pragma once
// A main window with every panel dock and a WorkspaceManager on `dir`: the
// shell the workspace and alerts tests save from and restore into.
#include "paneldocks.h"
#include "workspacemanager.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QStringList>
#include <QTest>

namespace fd::test {

struct Shell {
    QMainWindow window;
    PanelDocks *docks;
    WorkspaceManager *manager;
    explicit Shell(const QString &dir)
    {
        window.resize(1400, 900);
        docks = new PanelDocks(&window);
        manager = new WorkspaceManager(docks, dir, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    QStringList openIds() const
    {
        QStringList out;
        for (const QString &id : docks->ids())
            if (!docks->dock(id)->isHidden())
                out << id;
        return out;
    }
};

} // namespace fd::test
