#include "alertspanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

namespace fd {

namespace {

enum Column { ColTime, ColRule, ColSymbol, ColSeverity, ColMessage, ColCount };

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

bool isWhale(AlertKind k) { return k == AlertKind::Whale || k == AlertKind::MegaWhale; }

} // namespace

AlertsPanel::AlertsPanel(QWidget *parent)
    : PanelBase(QStringLiteral("panel.alerts"), View::Microstructure, parent)
{
    setHeading(title());
    // Header: heading … [Rules…] [Clear] [Export CSV…] ?
    m_rules = new QPushButton(tr("Rules…"), this);
    m_rules->setObjectName(QStringLiteral("alerts.rules"));
    m_rules->setToolTip(tr("Add, edit, enable or delete alert rules"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("alerts.clear"));
    m_clear->setToolTip(tr("Remove every entry from the log (the rules stay)"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("alerts.export"));
    for (QPushButton *b : {m_rules, m_clear, m_export}) {
        b->setFlat(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    const int helpAt = headerRow()->count() - 1; // the "?" stays last
    headerRow()->insertWidget(helpAt, m_rules);
    headerRow()->insertWidget(helpAt + 1, m_clear);
    headerRow()->insertWidget(helpAt + 2, m_export);
    connect(m_rules, &QPushButton::clicked, this, &AlertsPanel::editRulesRequested);
    connect(m_clear, &QPushButton::clicked, this, &AlertsPanel::clear);
    connect(m_export, &QPushButton::clicked, this, &AlertsPanel::exportRequested);

    m_table = new QTableWidget(0, ColCount, this);
    m_table->setObjectName(QStringLiteral("alerts.table"));
    m_table->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("Rule"), tr("Symbol"), tr("Severity"), tr("Message")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeaderItem(ColTime)->setToolTip(
        tr("When it happened: exchange time for market alerts (as in the other panels, also in a replay), "
           "the local clock for relay and feed alerts"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c : {ColTime, ColSymbol, ColSeverity})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Rule names can be long; the message matters more in a narrow dock.
    m_table->horizontalHeader()->setSectionResizeMode(ColRule, QHeaderView::Interactive);
    m_table->setColumnWidth(ColRule, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Liquidation DANGER ")) + 12);
    m_table->setMinimumHeight(80);
    body()->addWidget(m_table, 1);
    updateStatus();
}

QString AlertsPanel::explanation() const
{
    return explainHtml(tr("Every alert that fired, newest first (up to %1 entries). Rules are edited with \"Rules…\" or "
                          "the Alerts menu and saved with the workspace.")
                           .arg(kMaxRows),
                       tr("A rule fires when its condition crosses from false to true (not while it stays true), and "
                          "once per new whale order. Each rule notifies at most once per cool-down; alerts inside the "
                          "cool-down are still logged here and counted in the next notification."),
                       tr("the snapshots of every view (whale orders, cascade risk, liquidation clusters, funding, "
                          "basis, regime, liquidity), feed health (stale streams) and the relay connection"),
                       tr("time (UTC) is when it happened: exchange time for market alerts, the local clock for relay "
                          "and feed alerts; the CSV also has when FlowDesk raised it"),
                       tr("each rule's own: whale ≥ X, cascade risk ≥ Y, relay disconnected > N s; the others use "
                          "the thresholds of their metric (see that panel's ?)"));
}

Tone AlertsPanel::severityTone(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Critical: return Tone::Sell;
    case AlertSeverity::Warning: return Tone::Caution;
    case AlertSeverity::Info: return Tone::Arb;
    }
    return Tone::Normal;
}

void AlertsPanel::insertRow(const AlertRecord &r)
{
    m_table->insertRow(0);
    auto *time = item(fmt::time(r.timeNs));
    time->setData(Qt::UserRole, static_cast<qlonglong>(r.timeNs));
    m_table->setItem(0, ColTime, time);
    auto *rule = item(r.ruleName);
    rule->setToolTip(r.ruleName);
    m_table->setItem(0, ColRule, rule);
    m_table->setItem(0, ColSymbol, item(r.symbol.isEmpty() ? QStringLiteral("—") : r.symbol));
    auto *sev = item(alertSeverityLabel(r.severity));
    sev->setForeground(toneColor(severityTone(r.severity), this));
    m_table->setItem(0, ColSeverity, sev);
    auto *msg = item(r.message);
    msg->setToolTip(r.notified ? r.message
                               : r.message + QStringLiteral("\n") + tr("Held back by the rule's cool-down: counted in its next notification."));
    if (isWhale(r.kind))
        msg->setForeground(toneColor(Tone::Whale, this)); // purple = whale activity (METRICS.md §0)
    m_table->setItem(0, ColMessage, msg);
}

void AlertsPanel::addRecords(const std::vector<AlertRecord> &records)
{
    if (records.empty())
        return;
    m_table->setUpdatesEnabled(false);
    for (const AlertRecord &r : records) {
        m_records.push_front(r);
        insertRow(r);
    }
    while (m_records.size() > static_cast<size_t>(kMaxRows)) {
        m_records.pop_back();
        m_table->removeRow(m_table->rowCount() - 1);
    }
    m_table->setUpdatesEnabled(true);
    updateStatus();
}

void AlertsPanel::clear()
{
    m_records.clear();
    m_table->setRowCount(0);
    updateStatus();
}

void AlertsPanel::setRuleCounts(int active, int total)
{
    m_activeRules = active;
    m_totalRules = total;
    updateStatus();
}

void AlertsPanel::updateStatus()
{
    const QString rules = m_totalRules > m_activeRules ? tr("rules: %1 active, %2 off").arg(m_activeRules).arg(m_totalRules - m_activeRules)
                                                       : tr("rules: %1 active").arg(m_activeRules);
    if (m_records.empty()) {
        // An empty log says why: no rule fired yet, or no rule is on.
        setStatus(m_activeRules == 0 ? tr("No alerts — no rule is active; add or enable one with \"Rules…\"")
                                     : tr("No alerts yet — %1").arg(rules),
                  m_activeRules == 0 ? Tone::Caution : Tone::Muted);
    } else {
        const int n = static_cast<int>(m_records.size());
        setStatus(n == 1 ? tr("1 alert · %1").arg(rules) : tr("%1 alerts · %2").arg(n).arg(rules), Tone::Muted);
    }
    m_clear->setEnabled(!m_records.empty());
}

bool AlertsPanel::exportCsv(QTextStream &out) const
{
    // Data file: ISO times, severity keys, no locale (issue 6 §2).
    auto iso = [](int64_t ns) { return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC).toString(Qt::ISODateWithMs); };
    out << "time_utc,rule,symbol,severity,message,notified,raised_utc\n";
    for (const AlertRecord &r : m_records)
        out << iso(r.timeNs) << ',' << csvField(r.ruleName) << ',' << csvField(r.symbol) << ',' << alertSeverityKey(r.severity) << ','
            << csvField(r.message) << ',' << (r.notified ? "yes" : "no") << ',' << iso(r.firedNs ? r.firedNs : r.timeNs) << '\n';
    return true;
}

} // namespace fd
