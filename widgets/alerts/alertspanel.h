#pragma once
// Alerts Log (issue 6 §1): every alert that fired, newest first, with time,
// rule, symbol, severity (coloured) and message; clear, CSV export (through
// Panel::exportCsv, the shell's export path) and a way to the rules editor.
// Fed by the shell's AlertEngine, not by snapshots: the log keeps filling
// while the panel is hidden or tabbed away.
#include "alerts/alertengine.h"
#include "panels/panelbase.h"

#include <deque>

class QPushButton;
class QTableWidget;

namespace fd {

class AlertsPanel : public PanelBase
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 2000;

    explicit AlertsPanel(QWidget *parent = nullptr);

    QString title() const override { return tr("Alerts Log"); }
    QString explanation() const override;
    void applySnapshot(const ViewSnapshotPtr &) override {} // the shell feeds addRecords()
    bool exportCsv(QTextStream &out) const override;

    // Appends firings (given oldest first); the table shows the newest on top.
    void addRecords(const std::vector<AlertRecord> &records);
    void clear();
    // For the empty log's reason: "No alerts yet — rules: 3 active".
    void setRuleCounts(int active, int total);

    int recordCount() const { return static_cast<int>(m_records.size()); }
    const std::deque<AlertRecord> &records() const { return m_records; } // newest first
    QTableWidget *table() const { return m_table; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *rulesButton() const { return m_rules; }
    QPushButton *exportButton() const { return m_export; }
    // Meaning of a severity's colour (METRICS.md §0: red danger, yellow caution, cyan info/arbitrage).
    static Tone severityTone(AlertSeverity s);

Q_SIGNALS:
    void editRulesRequested();
    void exportRequested();

protected:
    void render(const ViewSnapshot &) override {}

private:
    void insertRow(const AlertRecord &r);
    void updateStatus();

    QTableWidget *m_table;
    QPushButton *m_rules, *m_clear, *m_export;
    std::deque<AlertRecord> m_records; // newest first
    int m_activeRules = 0, m_totalRules = 0;
};

} // namespace fd
