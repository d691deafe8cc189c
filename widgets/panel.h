#pragma once
// Base of every dockable panel. A panel renders the latest snapshot of its
// view, updates in place, skips rendering while hidden or tabbed away, and can
// explain itself ("?"), save its own settings and export what it shows.
#include "model/snapshot.h"
#include "core/feedhealth.h"

#include <QJsonObject>
#include <QWidget>

class QTextStream;

namespace fd {

class Panel : public QWidget
{
    Q_OBJECT

public:
    explicit Panel(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }

    // Stable, namespaced id used as the dock's objectName ("panel.orderflow").
    virtual QString panelId() const = 0;
    // Translated title shown on the dock.
    virtual QString title() const = 0;
    // Which snapshot stream feeds it.
    virtual View view() const = 0;
    // The "?" text: formula, inputs, window and the thresholds in force.
    virtual QString explanation() const = 0;

    // Called with every published snapshot of view(); keep only the newest and
    // render it when visible (isVisibleToUser()).
    virtual void applySnapshot(const ViewSnapshotPtr &snapshot) = 0;
    // True when applySnapshot() is cheap while hidden (it only records what the panel's
    // history needs and defers rendering): the shell then feeds it even when hidden or
    // tabbed away, so its charts have no gap. Others get the newest snapshot when shown.
    virtual bool ingestsWhenHidden() const { return false; }
    // Feed health (status bar, Feed Health panel); most panels ignore it.
    virtual void applyHealth(const HealthSnapshotPtr &) {}

    // Per-panel settings persisted with the workspace (symbol override, filters…).
    virtual QJsonObject saveSettings() const { return {}; }
    virtual void restoreSettings(const QJsonObject &) {}
    // CSV of what the panel shows; false when it has nothing tabular.
    virtual bool exportCsv(QTextStream &) const { return false; }

    // Global symbol selector; a panel may override it per panel (saved in its settings).
    void setGlobalSymbol(const QString &symbol)
    {
        m_globalSymbol = symbol;
        symbolChanged();
    }
    QString symbol() const { return m_symbolOverride.isEmpty() ? m_globalSymbol : m_symbolOverride; }
    void setSymbolOverride(const QString &symbol)
    {
        m_symbolOverride = symbol;
        symbolChanged();
    }
    QString symbolOverride() const { return m_symbolOverride; }

    bool isVisibleToUser() const { return isVisible() && !visibleRegion().isEmpty(); }

protected:
    virtual void symbolChanged() {}

private:
    QString m_globalSymbol = QStringLiteral("BTC");
    QString m_symbolOverride;
};

} // namespace fd
