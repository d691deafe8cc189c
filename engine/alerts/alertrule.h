#pragma once
// Alert rules (issue 6 §1): what the user wants to be told about, per rule a
// symbol filter, sound, desktop notification and cool-down; JSON for the
// workspace's "alerts" entry with validation that names the reason.
// Qt Core only: the engine and the headless tests use it without a GUI.
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace fd {

enum class AlertKind : uint8_t {
    Whale,             // taker order ≥ threshold USD (event)
    MegaWhale,         // taker order in the mega tier (event)
    CascadeRisk,       // cascade risk score ≥ threshold
    LiqClusterDanger,  // a liquidation cluster bucket in the DANGER ZONE
    Funding,           // funding EXTREME on a venue, or cross-venue ARB
    Basis,             // basis STEEP, or arbitrage
    RegimeChange,      // market regime moved from one state to another
    LiquidityThin,     // liquidity score THIN
    StreamStale,       // any feed stream stale (receive clock)
    RelayDisconnected, // relay not connected for more than threshold seconds
};
constexpr int kAlertKindCount = 10;

enum class AlertSeverity : uint8_t { Info, Warning, Critical };

const char *alertKindKey(AlertKind kind);              // stable JSON name: "whale", "cascade_risk", …
bool alertKindFromKey(const QString &key, AlertKind *kind);
QString alertKindLabel(AlertKind kind);                // translated: "Whale order ≥ X"
const char *alertSeverityKey(AlertSeverity s);         // "info" / "warning" / "critical" (CSV, JSON)
QString alertSeverityLabel(AlertSeverity s);           // translated
bool alertKindHasThreshold(AlertKind kind);            // whale, cascade risk, relay disconnected
bool alertKindUsesSymbol(AlertKind kind);              // all but relay disconnected
QString alertThresholdLabel(AlertKind kind);           // translated: "Minimum order (USD)", …
// USD for messages, data-independent of the locale: $8.1M, $850K, $1.25B.
QString alertUsd(double usd);

struct AlertRule {
    QString id;              // stable, unique within a set
    QString name;            // the user's label; empty: described from kind and threshold
    AlertKind kind = AlertKind::Whale;
    bool enabled = true;
    QString symbol;          // empty: any symbol; else an upper-case base ("BTC")
    bool sound = false;
    bool desktop = true;
    int cooldownSec = 60;
    double threshold = 0;    // whale: min USD; cascade risk: min score 0–100; relay: seconds; else unused

    static constexpr int kMaxCooldownSec = 86400;
    static AlertRule make(AlertKind kind); // defaults for the kind and a fresh id
    static double defaultThreshold(AlertKind kind);
    static QString newId();

    QString displayName() const;     // name, or e.g. "Whale ≥ $1M", "Relay disconnected > 30 s"
    QString validate() const;        // empty when valid, else the reason (translated)
    bool matchesSymbol(const std::string &symbol) const;
    // Same condition (kind, threshold, symbol, enabled): its crossing state stays valid.
    bool sameCondition(const AlertRule &o) const;

    QJsonObject toJson() const;
    // false with a reason for a missing or wrong-typed field or an invalid value.
    static bool fromJson(const QJsonObject &o, AlertRule *out, QString *why);

    bool operator==(const AlertRule &o) const = default;
};

// The workspace's "alerts" entry: {"version": 1, "rules": [...]}.
constexpr int kAlertRulesVersion = 1;
std::vector<AlertRule> defaultAlertRules();
QJsonObject alertRulesToJson(const std::vector<AlertRule> &rules);
// Reads an "alerts" entry. A rule with a bad value is skipped and `problems` says
// which and why; an entry that is not readable at all (wrong type, too new, no
// rule array) gives the default rules, sets *usedDefaults and says why.
std::vector<AlertRule> alertRulesFromJson(const QJsonValue &entry, QStringList *problems, bool *usedDefaults = nullptr);
int activeAlertRuleCount(const std::vector<AlertRule> &rules);

} // namespace fd
