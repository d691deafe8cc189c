#pragma once
// Evaluates the alert rules against the per-view snapshots, the feed health and
// the relay connection state, and rate-limits what reaches the user.
//
// - A state rule fires when its condition crosses from false to true (edge, not
//   level); a value that is n/a (warming up, or a section the view does not
//   carry, e.g. cascade risk outside the Risk view) leaves the state as it was.
// - An event rule (whale orders) fires once per new order and rule; orders are
//   identified by market, side and exchange time (their USD grows while more
//   prints of the same order arrive, so it is not part of the identity).
// - Every firing is an AlertRecord for the log. A rule notifies at most once per
//   cool-down; firings inside it are coalesced and counted in the next
//   notification, or in a summary that tick() sends when the cool-down ends.
// - A rule added or re-armed while data flows starts from what it sees then: it
//   reports later crossings and orders, not the ones already on screen.
//
// Cool-downs run on the caller's clock (the GUI passes the wall clock, so they
// are real seconds at any replay speed); a record also carries the time of what
// triggered it (exchange time, so the log lines up with the other panels in a
// replay). Times are nanoseconds since the epoch. GUI-free: Qt Core only.
#include "alerts/alertrule.h"
#include "core/feedhealth.h"
#include "model/connectionhealth.h"
#include "model/snapshot.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace fd {

struct AlertRecord {
    int64_t timeNs = 0;      // when it happened: exchange time (orders, snapshot clock), receive clock (health, relay)
    int64_t firedNs = 0;     // when the engine raised it, on the caller's clock (cool-downs run on this one)
    QString ruleId, ruleName;
    AlertKind kind = AlertKind::Whale;
    QString symbol;          // empty when the alert is not about one symbol
    AlertSeverity severity = AlertSeverity::Info;
    QString message;
    bool notified = false;   // false: held back by the cool-down (counted in a later notification)
};

struct AlertNotification {
    int64_t timeNs = 0;
    QString ruleId, title, message; // title: the rule, and the symbol when all firings are about one
    AlertSeverity severity = AlertSeverity::Info;
    bool sound = false, desktop = false;
    int count = 1;           // firings it stands for
    bool summary = false;    // sent by tick() when a cool-down ended
};

class AlertEngine
{
public:
    struct Output {
        std::vector<AlertRecord> records;
        std::vector<AlertNotification> notifications;
        bool empty() const { return records.empty() && notifications.empty(); }
    };

    AlertEngine();

    // Keeps the crossing state and cool-down of rules whose condition is unchanged
    // (same id, kind, threshold, symbol, enabled); others start afresh.
    void setRules(const std::vector<AlertRule> &rules);
    const std::vector<AlertRule> &rules() const { return m_rules; }
    int activeRuleCount() const { return activeAlertRuleCount(m_rules); }

    // A new source (demo, replay, another relay): forget conditions, orders and
    // the connection clock; cool-downs and pending counts are kept. A few
    // snapshots numbered above 100 (the old engine's, still queued) are then
    // ignored until the new engine's first arrive.
    void resetState();

    Output onSnapshot(const ViewSnapshot &snapshot, int64_t nowNs);
    Output onHealth(const HealthSnapshot &health, int64_t nowNs);     // streams (stale)
    Output onConnectionState(ConnectionState state, int64_t nowNs, const QString &detail = {});
    // Call about once a second: relay-disconnected timing and end-of-cool-down summaries.
    Output tick(int64_t nowNs);

    static bool isDisconnected(ConnectionState s);

private:
    struct Firing {
        int64_t timeNs = 0;  // 0: the caller's now
        QString symbol;
        AlertSeverity severity = AlertSeverity::Info;
        QString message;
        double usd = 0;      // whale orders: for "largest …"
        QString orderText;   // whale orders: "$8.1M BTC buy"
    };
    struct RuleState {
        // Active condition keys per scope (a symbol; "" for global conditions).
        std::map<std::string, std::set<std::string>> active;
        bool baseline = false;        // next evaluation only records the state
        bool relayFired = false;
        bool everNotified = false;
        int64_t lastNotifyNs = 0;
        int pending = 0;              // firings held back by the cool-down
        AlertSeverity pendingSeverity = AlertSeverity::Info;
        double pendingLargestUsd = 0;
        QString pendingLargestText, pendingLastMessage;
        QString pendingSymbol;        // the one symbol of the pending firings, empty when several
    };
    struct SeenOrder {
        int64_t timeNs = 0;
        std::set<QString> firedFor; // rule ids
    };
    // A symbol's active keys with their firing text; nullopt: cannot be judged now.
    using Active = std::map<std::string, Firing>;

    std::optional<Active> evaluate(const AlertRule &r, const SymbolSnapshot &s, const std::set<std::string> &prev) const;
    void whales(const ViewSnapshot &s, std::map<QString, std::vector<Firing>> &firings);
    void levels(const ViewSnapshot &s, std::map<QString, std::vector<Firing>> &firings);
    // Edge detection for one rule and scope; appends the merged firing of newly active keys.
    void cross(RuleState &st, const std::string &scope, const Active &now, bool fireFromEmpty, std::vector<Firing> &out);
    Output relay(int64_t nowNs);
    // The notification for a rule's pending firings; resets them and starts the cool-down.
    AlertNotification notify(const AlertRule &r, RuleState &st, int64_t nowNs, int64_t spanNs, bool summary);
    Output deliver(const std::map<QString, std::vector<Firing>> &firings, int64_t nowNs);
    const AlertRule *rule(const QString &id) const;

    std::vector<AlertRule> m_rules;
    std::map<QString, RuleState> m_state;
    std::unordered_map<std::string, SeenOrder> m_orders;
    int64_t m_newestOrderNs = 0;
    uint64_t m_lastSequence = 0;
    int m_staleSnapshotsToSkip = 0;       // after resetState(): the old engine's last snapshots
    bool m_seenData = false;              // a snapshot or health arrived since the last reset
    ConnectionState m_conn = ConnectionState::Offline;
    bool m_connKnown = false;
    int64_t m_disconnectedSinceNs = -1;   // start of the current disconnection
    QString m_connDetail;
};

} // namespace fd
