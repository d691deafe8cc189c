#pragma once
// One QDockWidget per panel in a QMainWindow (objectName = panel id), the
// built-in arrangements, the global symbol, and delivery of the newest
// snapshot of each view to the panels that are visible (hidden or tabbed-away
// panels get the newest one when they are shown).
#include "model/snapshot.h"
#include "core/feedhealth.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <array>

class QDockWidget;
class QMainWindow;

namespace fd {

class Panel;

class PanelDocks : public QObject
{
    Q_OBJECT

public:
    explicit PanelDocks(QMainWindow *window);

    QMainWindow *window() const { return m_window; }
    QStringList ids() const { return m_ids; }
    QDockWidget *dock(const QString &id) const { return m_docks.value(id); }
    Panel *panel(const QString &id) const { return m_panels.value(id); }
    QList<QDockWidget *> docks() const;

    // Built-in workspaces (0..3), laid out for the window's current size.
    static QStringList builtinNames(); // translated, for menus and titles
    // The untranslated name: what settings and workspace files store, so a
    // language change still finds the built-in workspace.
    static QString builtinKey(int index);
    static int builtinIndex(const QString &name); // translated or untranslated; -1 when not built in
    void applyBuiltin(int index);

    // `text` with '&' doubled: tab bars, menus and actions take a single '&' as a
    // mnemonic ("Price & CVD" would show as "Price _CVD"). Dock titles are set this way.
    static QString mnemonicSafe(const QString &text);

    void setGlobalSymbol(const QString &symbol);
    QString globalSymbol() const { return m_globalSymbol; }

    // Newest snapshot per view; given to visible panels now, to others when shown.
    void deliver(View view, const ViewSnapshotPtr &snapshot);
    void deliverHealth(const HealthSnapshotPtr &health);
    ViewSnapshotPtr latest(View view) const { return m_latest[static_cast<size_t>(view)]; }

    // Docks tabbed together with `id` (including itself), in tab order; just itself when not tabbed.
    QStringList tabGroup(const QString &id) const;

Q_SIGNALS:
    void globalSymbolChanged(const QString &symbol);

private:
    void resetAll();
    void feed(const QString &id);
    static bool showing(const QDockWidget *d);

    QMainWindow *m_window;
    QStringList m_ids;
    QHash<QString, QDockWidget *> m_docks;
    QHash<QString, Panel *> m_panels;
    std::array<ViewSnapshotPtr, 3> m_latest{};
    HealthSnapshotPtr m_health;
    QString m_globalSymbol = QStringLiteral("BTC");
};

} // namespace fd
