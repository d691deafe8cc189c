#pragma once
// Common frame of the FlowDesk panels: a header (title/symbol, status, "?"),
// a body, and the snapshot discipline of Panel: keep only the newest snapshot,
// render it when visible, and render on show if one arrived while hidden.
#include "panel.h"
#include "panels/style.h"

class QHBoxLayout;
class QVBoxLayout;

namespace fd {

class PanelBase : public Panel
{
    Q_OBJECT

public:
    PanelBase(const QString &id, View view, QWidget *parent = nullptr);

    QString panelId() const override { return m_id; }
    View view() const override { return m_view; }
    void applySnapshot(const ViewSnapshotPtr &snapshot) override;
    bool ingestsWhenHidden() const override { return true; } // rendering waits for visibility

    // Renders the pending snapshot now (tests, benchmarks, the shell after a tab switch).
    void renderNow();
    int renderCount() const { return m_renders; }
    bool hasPendingRender() const { return m_dirty; }
    const ViewSnapshotPtr &latest() const { return m_latest; }
    ValueLabel *statusLabel() const { return m_status; }
    ValueLabel *headerLabel() const { return m_heading; }

protected:
    // Paint-free bookkeeping done for every snapshot, visible or not (histories).
    virtual void ingest(const ViewSnapshot &) {}
    // Update the widgets from the snapshot (only called while visible).
    virtual void render(const ViewSnapshot &s) = 0;
    // Shown when there is no snapshot yet or the symbol is missing.
    virtual void renderEmpty(const QString &why) { Q_UNUSED(why) }

    void showEvent(QShowEvent *e) override;
    void symbolChanged() override;

    QVBoxLayout *body() const { return m_body; }
    QHBoxLayout *headerRow() const { return m_header; }
    // Status line under the header ("waiting for data", "L1 fallback"…); empty hides it.
    void setStatus(const QString &text, Tone tone = Tone::Muted, const QString &tip = {});
    void setHeading(const QString &text, Tone tone = Tone::Normal, const QString &tip = {});
    // The symbol this panel shows (override/global), or nullptr with a status.
    const SymbolSnapshot *pickSymbol(const ViewSnapshot &s);
    // Per-symbol tables: false (with "waiting for data" as status) until a market was seen.
    bool hasMarkets(const ViewSnapshot &s);

private:
    void renderIfVisible();
    QString m_id;
    View m_view;
    ViewSnapshotPtr m_latest;
    bool m_dirty = false;
    int m_renders = 0;
    QVBoxLayout *m_body;
    QHBoxLayout *m_header;
    ValueLabel *m_heading;
    ValueLabel *m_status;
};

} // namespace fd
