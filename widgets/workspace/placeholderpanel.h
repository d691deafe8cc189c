#pragma once
// Stand-in for a panel the panel factory does not (yet) provide: shows its
// title and a read-only tree of the snapshot fields the real panel will draw.
#include "panel.h"

class QLabel;
class QTreeWidget;

namespace fd {

class PlaceholderPanel : public Panel
{
    Q_OBJECT

public:
    PlaceholderPanel(const QString &id, const QString &title, View view, QWidget *parent = nullptr);

    QString panelId() const override { return m_id; }
    QString title() const override { return m_title; }
    View view() const override { return m_view; }
    QString explanation() const override;
    void applySnapshot(const ViewSnapshotPtr &snapshot) override;
    QJsonObject saveSettings() const override;
    void restoreSettings(const QJsonObject &settings) override;
    bool exportCsv(QTextStream &out) const override;

    // The snapshot JSON keys this panel dumps (symbol-level and view-level).
    QStringList symbolKeys() const { return m_symbolKeys; }
    QStringList viewKeys() const { return m_viewKeys; }
    int renderCount() const { return m_renders; }
    QTreeWidget *tree() const { return m_tree; }

protected:
    void symbolChanged() override;
    void showEvent(QShowEvent *event) override;

private:
    void render();

    QString m_id, m_title;
    View m_view;
    QStringList m_symbolKeys, m_viewKeys;
    QLabel *m_header = nullptr;
    QTreeWidget *m_tree = nullptr;
    ViewSnapshotPtr m_latest;
    ViewSnapshotPtr m_rendered;
    int m_renders = 0;
    QStringList m_expanded; // top-level items the user expanded (persisted)
};

} // namespace fd
