#include "alertengine.h"

#include "util/timeutil.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fd {

namespace {

// Not named tr(): lupdate would swallow the QT_TRANSLATE_NOOP inside tr(…) and miss the string.
QString trAlerts(const char *s, int n = -1) { return QCoreApplication::translate("Alerts", s, nullptr, n); }

// Orders older than this (event time, behind the newest order seen) are history, not news.
constexpr int64_t kOrderHorizonNs = 2 * 3600 * kNsPerSec;
constexpr size_t kMaxRememberedOrders = 20000;
// Snapshot sequence numbers: a new engine's first snapshots are at most kFreshSequence;
// a view up to kLateSequence behind the newest one seen is a late delivery.
constexpr uint64_t kFreshSequence = 100;
// The shell keeps one snapshot per view in flight, so an old engine leaves at most a few
// behind; never skip more than this (a new engine that got far ahead is still heard).
constexpr int kMaxStaleSnapshots = 6;
constexpr uint64_t kLateSequence = 50;

QString q(const std::string &s) { return QString::fromStdString(s); }

QString priceText(double v)
{
    static const QLocale en(QLocale::English, QLocale::UnitedStates);
    const double a = std::abs(v);
    QString t = en.toString(v, 'f', a >= 1000 ? 1 : (a >= 1 ? 2 : 4));
    if (a >= 1000 && t.endsWith(QLatin1String(".0")))
        t.chop(2); // round levels read as 90,000, not 90,000.0
    return t;
}

QString pctText(double v, int prec = 3)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', prec) + QStringLiteral(" %");
}

AlertSeverity maxSeverity(AlertSeverity a, AlertSeverity b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

bool isWhaleKind(AlertKind k) { return k == AlertKind::Whale || k == AlertKind::MegaWhale; }
bool isLevelKind(AlertKind k)
{
    switch (k) {
    case AlertKind::CascadeRisk:
    case AlertKind::LiqClusterDanger:
    case AlertKind::Funding:
    case AlertKind::Basis:
    case AlertKind::RegimeChange:
    case AlertKind::LiquidityThin: return true;
    default: return false;
    }
}

// "12 whale orders": only used for two or more, so the English source can be plural.
QString countNoun(AlertKind k, int n)
{
    switch (k) {
    case AlertKind::Whale: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n whale orders"), n);
    case AlertKind::MegaWhale: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n mega whale orders"), n);
    case AlertKind::CascadeRisk: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n cascade risk alerts"), n);
    case AlertKind::LiqClusterDanger: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n liquidation DANGER alerts"), n);
    case AlertKind::Funding: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n funding alerts"), n);
    case AlertKind::Basis: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n basis alerts"), n);
    case AlertKind::RegimeChange: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n regime changes"), n);
    case AlertKind::LiquidityThin: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n thin-liquidity alerts"), n);
    case AlertKind::StreamStale: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n stale-stream alerts"), n);
    case AlertKind::RelayDisconnected: return trAlerts(QT_TRANSLATE_N_NOOP("Alerts", "%n relay disconnections"), n);
    }
    return QString::number(n);
}

} // namespace

AlertEngine::AlertEngine() { setRules(defaultAlertRules()); }

bool AlertEngine::isDisconnected(ConnectionState s)
{
    // Stale is a connected but quiet socket: the stale-stream rule covers it.
    return s == ConnectionState::Offline || s == ConnectionState::Connecting || s == ConnectionState::Reconnecting
           || s == ConnectionState::Unauthorised;
}

const AlertRule *AlertEngine::rule(const QString &id) const
{
    for (const AlertRule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

void AlertEngine::setRules(const std::vector<AlertRule> &rules)
{
    std::map<QString, RuleState> next;
    for (const AlertRule &r : rules) {
        const AlertRule *old = rule(r.id);
        auto it = m_state.find(r.id);
        if (old && it != m_state.end() && old->sameCondition(r)) {
            next[r.id] = std::move(it->second);
            continue;
        }
        RuleState st;
        // Added or re-armed while data flows: what is already true is not news.
        st.baseline = m_seenData;
        if (it != m_state.end()) {
            // A changed threshold does not reset the cool-down: no burst of notifications by editing.
            st.everNotified = it->second.everNotified;
            st.lastNotifyNs = it->second.lastNotifyNs;
        }
        next[r.id] = std::move(st);
    }
    m_rules = rules;
    m_state = std::move(next);
    // Orders remember which rules fired on them; forget ids that no longer exist.
    for (auto &[key, o] : m_orders)
        for (auto i = o.firedFor.begin(); i != o.firedFor.end();)
            i = m_state.count(*i) ? std::next(i) : o.firedFor.erase(i);
}

void AlertEngine::resetState()
{
    for (auto &[id, st] : m_state) {
        st.active.clear();
        st.baseline = false; // a new source starts empty: everything it shows is new
        st.relayFired = false;
    }
    m_orders.clear();
    m_newestOrderNs = 0;
    m_lastSequence = 0;
    m_staleSnapshotsToSkip = kMaxStaleSnapshots;
    m_seenData = false;
    m_connKnown = false;
    m_conn = ConnectionState::Offline;
    m_disconnectedSinceNs = -1;
    m_connDetail.clear();
}

AlertEngine::Output AlertEngine::onSnapshot(const ViewSnapshot &s, int64_t nowNs)
{
    // After a reset, snapshots of the previous engine may still be queued: a new engine
    // numbers its snapshots from 1, so a high number is the old one (its orders are not news).
    if (m_staleSnapshotsToSkip > 0) {
        if (s.sequence > kFreshSequence) {
            --m_staleSnapshotsToSkip;
            return {};
        }
        m_staleSnapshotsToSkip = 0;
    }
    std::map<QString, std::vector<Firing>> firings;
    whales(s, firings);
    // The three views are built one after another from the same aggregator; a view
    // delivered a little late must not move a condition back in time (that would re-cross).
    // Far behind is a new engine that was not announced with resetState().
    const bool late = s.sequence != 0 && s.sequence <= m_lastSequence && m_lastSequence - s.sequence < kLateSequence;
    if (!late) {
        m_lastSequence = s.sequence;
        levels(s, firings);
    }
    m_seenData = true;
    return deliver(firings, nowNs);
}

void AlertEngine::whales(const ViewSnapshot &s, std::map<QString, std::vector<Firing>> &firings)
{
    std::vector<const AlertRule *> rules;
    for (const AlertRule &r : m_rules)
        if (r.enabled && isWhaleKind(r.kind))
            rules.push_back(&r);
    for (const TakerOrder &o : s.whales)
        m_newestOrderNs = std::max(m_newestOrderNs, o.timeNs);
    const int64_t horizon = m_newestOrderNs - kOrderHorizonNs;
    if (!rules.empty()) {
        // Oldest first, so a burst reads in order in the log.
        for (auto it = s.whales.rbegin(); it != s.whales.rend(); ++it) {
            const TakerOrder &o = *it;
            if (o.timeNs < horizon)
                continue;
            const std::string key = o.exchange + '|' + o.symbol + '|' + std::to_string(static_cast<int>(o.type)) + '|'
                                    + std::to_string(static_cast<int>(o.side)) + '|' + std::to_string(o.timeNs);
            SeenOrder &seen = m_orders[key];
            seen.timeNs = o.timeNs;
            for (const AlertRule *r : rules) {
                if (!r->matchesSymbol(o.symbol) || seen.firedFor.count(r->id))
                    continue;
                const bool hit = r->kind == AlertKind::Whale ? o.usd >= r->threshold : o.tier == "mega";
                if (!hit)
                    continue; // may still grow into it with more prints of the same order
                seen.firedFor.insert(r->id);
                if (m_state[r->id].baseline)
                    continue;
                Firing f;
                f.timeNs = o.timeNs;
                f.symbol = q(o.symbol);
                f.usd = o.usd;
                const QString side = o.side == Side::Buy ? trAlerts(QT_TRANSLATE_NOOP("Alerts", "buy")) : trAlerts(QT_TRANSLATE_NOOP("Alerts", "sell"));
                f.orderText = QStringLiteral("%1 %2 %3").arg(alertUsd(o.usd), f.symbol, side);
                f.severity = o.tier == "mega" ? AlertSeverity::Critical : AlertSeverity::Warning;
                f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "%1 on %2 %3 at %4"))
                                .arg(f.orderText, q(o.venue.empty() ? o.exchange : o.venue),
                                     o.type == MarketType::Spot ? QStringLiteral("spot") : QStringLiteral("perp"), priceText(o.price));
                firings[r->id].push_back(f);
            }
        }
    }
    for (const AlertRule *r : rules)
        m_state[r->id].baseline = false;
    if (m_orders.size() > kMaxRememberedOrders / 2) {
        for (auto it = m_orders.begin(); it != m_orders.end();)
            it = it->second.timeNs < horizon ? m_orders.erase(it) : std::next(it);
        if (m_orders.size() > kMaxRememberedOrders) {
            // A firehose of large orders: keep the newest half.
            std::vector<int64_t> times;
            for (const auto &[k, o] : m_orders)
                times.push_back(o.timeNs);
            std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2), times.end());
            const int64_t cut = times[times.size() / 2];
            for (auto it = m_orders.begin(); it != m_orders.end();)
                it = it->second.timeNs < cut ? m_orders.erase(it) : std::next(it);
        }
    }
}

std::optional<AlertEngine::Active> AlertEngine::evaluate(const AlertRule &r, const SymbolSnapshot &s,
                                                         const std::set<std::string> &prev) const
{
    Active a;
    switch (r.kind) {
    case AlertKind::CascadeRisk: {
        if (!s.cascade.score.ok())
            return std::nullopt; // not in this view, or warming up
        if (s.cascade.score.v >= r.threshold) {
            Firing f;
            f.severity = s.cascade.label == "HIGH" ? AlertSeverity::Critical : AlertSeverity::Warning;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Cascade risk %1 (%2) ≥ %3"))
                            .arg(QString::number(s.cascade.score.v, 'f', 0), q(s.cascade.label), QString::number(r.threshold, 'g', 4));
            if (s.cascade.nextLevelPrice.ok() && s.cascade.nextLevelPct.ok())
                f.message += trAlerts(QT_TRANSLATE_NOOP("Alerts", "; next cascade level %1 (%2 from price)"))
                                 .arg(priceText(s.cascade.nextLevelPrice.v), pctText(s.cascade.nextLevelPct.v, 2));
            a.emplace("on", f);
        }
        break;
    }
    case AlertKind::LiqClusterDanger:
        for (const LiqBucket &b : s.clusters) {
            if (!b.danger)
                continue;
            Firing f;
            f.severity = AlertSeverity::Critical;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "DANGER ZONE %1–%2: %3 liquidated in 15 m (threshold %4)"))
                            .arg(priceText(b.low), priceText(b.high), alertUsd(b.usd), alertUsd(s.dangerThresholdUsd));
            a.emplace(std::to_string(std::llround(b.low * 1e6)), f);
        }
        break;
    case AlertKind::Funding: {
        QStringList extreme;
        for (const FundingVenue &v : s.funding.venues)
            if (v.intensity == "EXTREME")
                extreme << QStringLiteral("%1 %2/8 h").arg(q(v.venue), pctText(v.rate8hPct, 4));
        if (!extreme.isEmpty()) {
            Firing f;
            f.severity = AlertSeverity::Critical;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Funding EXTREME: %1")).arg(extreme.join(QStringLiteral(", ")));
            a.emplace("EXTREME", f);
        }
        if (s.funding.arb) {
            Firing f;
            f.severity = AlertSeverity::Info;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Funding ARB: cross-venue differential %1"))
                            .arg(s.funding.differentialPct.ok() ? pctText(s.funding.differentialPct.v, 4) : QStringLiteral("n/a"));
            a.emplace("ARB", f);
        }
        break;
    }
    case AlertKind::Basis: {
        if (!s.basis.basisPct.ok())
            return std::nullopt;
        if (s.basis.steep) {
            Firing f;
            f.severity = AlertSeverity::Critical;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Basis STEEP: %1 (%2)")).arg(pctText(s.basis.basisPct.v), q(s.basis.state));
            a.emplace("STEEP", f);
        }
        if (s.basis.arbitrage) {
            Firing f;
            f.severity = AlertSeverity::Info;
            // Steep basis is always over the arbitrage line: STEEP says it already.
            if (!s.basis.steep)
                f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Basis arbitrage: %1 (%2)")).arg(pctText(s.basis.basisPct.v), q(s.basis.state));
            a.emplace("ARB", f);
        }
        break;
    }
    case AlertKind::RegimeChange: {
        if (s.regime.state.empty() || s.regime.state == "n/a")
            return std::nullopt;
        Firing f;
        f.severity = s.regime.state == "VOLATILE" ? AlertSeverity::Warning : AlertSeverity::Info;
        const QString from = prev.empty() ? QStringLiteral("?") : q(*prev.begin());
        f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Regime %1 → %2 (%3, confidence %4)"))
                        .arg(from, q(s.regime.state), q(s.regime.direction),
                             s.regime.confidence.ok() ? QString::number(s.regime.confidence.v, 'f', 0) : QStringLiteral("n/a"));
        a.emplace(s.regime.state, f);
        break;
    }
    case AlertKind::LiquidityThin:
        if (!s.liquidity.score.ok())
            return std::nullopt;
        if (s.liquidity.label == "THIN") {
            Firing f;
            f.severity = AlertSeverity::Warning;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Liquidity THIN: score %1 of 100")).arg(QString::number(s.liquidity.score.v, 'f', 0));
            a.emplace("THIN", f);
        }
        break;
    default: return std::nullopt;
    }
    for (auto &[k, f] : a)
        f.symbol = q(s.symbol);
    return a;
}

void AlertEngine::cross(RuleState &st, const std::string &scope, const Active &now, bool fireFromEmpty,
                        std::vector<Firing> &out)
{
    std::set<std::string> &prev = st.active[scope];
    const bool wasEmpty = prev.empty();
    std::optional<Firing> merged;
    for (const auto &[key, f] : now) {
        if (prev.count(key) || f.message.isEmpty())
            continue;
        if (!merged) {
            merged = f;
        } else {
            merged->message += QStringLiteral(" · ") + f.message;
            merged->severity = maxSeverity(merged->severity, f.severity);
        }
    }
    prev.clear();
    for (const auto &[key, f] : now)
        prev.insert(key);
    if (!merged || st.baseline || (!fireFromEmpty && wasEmpty))
        return;
    out.push_back(*merged);
}

void AlertEngine::levels(const ViewSnapshot &s, std::map<QString, std::vector<Firing>> &firings)
{
    for (const AlertRule &r : m_rules) {
        if (!r.enabled || !isLevelKind(r.kind))
            continue;
        RuleState &st = m_state[r.id];
        bool judged = false;
        for (const SymbolSnapshot &sym : s.symbols) {
            if (!r.matchesSymbol(sym.symbol))
                continue;
            std::optional<Active> a = evaluate(r, sym, st.active[sym.symbol]);
            if (!a)
                continue; // n/a: the state stays as it was
            for (auto &[key, f] : *a)
                f.timeNs = s.clockNs;
            judged = true;
            // A regime's first known state is not a change.
            cross(st, sym.symbol, *a, r.kind != AlertKind::RegimeChange, firings[r.id]);
        }
        if (judged)
            st.baseline = false;
    }
}

AlertEngine::Output AlertEngine::onHealth(const HealthSnapshot &h, int64_t nowNs)
{
    std::map<QString, std::vector<Firing>> firings;
    for (const AlertRule &r : m_rules) {
        if (!r.enabled || r.kind != AlertKind::StreamStale)
            continue;
        RuleState &st = m_state[r.id];
        std::map<std::string, Active> byScope;
        for (const StreamHealth &sh : h.streams) {
            if (!r.matchesSymbol(sh.symbol) || (sh.symbol.empty() && !r.symbol.isEmpty()))
                continue;
            Active &a = byScope[sh.symbol];
            if (!sh.stale)
                continue;
            Firing f;
            f.timeNs = h.nowNs;
            f.symbol = q(sh.symbol);
            f.severity = AlertSeverity::Warning;
            f.message = trAlerts(QT_TRANSLATE_NOOP("Alerts", "Stream stale: %1 %2 %3 %4, no message for %5 s"))
                            .arg(q(sh.venue.empty() ? sh.exchange : sh.venue), q(sh.symbol), q(sh.type), q(sh.kind))
                            .arg(sh.ageSec, 0, 'f', 0);
            a.emplace(sh.exchange + '|' + sh.type + '|' + sh.kind, f);
        }
        for (const auto &[scope, a] : byScope)
            cross(st, scope, a, true, firings[r.id]);
        st.baseline = false;
    }
    m_seenData = true;
    return deliver(firings, nowNs);
}

AlertEngine::Output AlertEngine::onConnectionState(ConnectionState state, int64_t nowNs, const QString &detail)
{
    const bool disc = isDisconnected(state);
    if (disc && m_disconnectedSinceNs < 0)
        m_disconnectedSinceNs = nowNs;
    if (!disc) {
        m_disconnectedSinceNs = -1;
        m_connDetail.clear();
        for (auto &[id, st] : m_state)
            st.relayFired = false; // connected again: the next disconnection is a new one
    } else if (!detail.isEmpty()) {
        m_connDetail = detail;
    }
    m_conn = state;
    m_connKnown = true;
    return relay(nowNs);
}

AlertEngine::Output AlertEngine::relay(int64_t nowNs)
{
    std::map<QString, std::vector<Firing>> firings;
    if (!m_connKnown)
        return {};
    for (const AlertRule &r : m_rules) {
        if (!r.enabled || r.kind != AlertKind::RelayDisconnected)
            continue;
        RuleState &st = m_state[r.id];
        const int64_t needNs = static_cast<int64_t>(std::llround(r.threshold * 1e9));
        const bool over = m_disconnectedSinceNs >= 0 && nowNs - m_disconnectedSinceNs >= needNs;
        if (!over || st.relayFired) {
            st.baseline = st.baseline && over; // judged: not yet over, so the next crossing is news
            continue;
        }
        st.relayFired = true;
        if (st.baseline) {
            st.baseline = false;
            continue;
        }
        Firing f;
        f.severity = AlertSeverity::Critical;
        const qint64 sec = (nowNs - m_disconnectedSinceNs) / kNsPerSec;
        const QString state = QCoreApplication::translate("Metrics", connectionStateName(m_conn));
        f.message = m_connDetail.isEmpty()
                        ? trAlerts(QT_TRANSLATE_NOOP("Alerts", "Relay disconnected for %1 s (%2)")).arg(sec).arg(state)
                        : trAlerts(QT_TRANSLATE_NOOP("Alerts", "Relay disconnected for %1 s (%2: %3)")).arg(sec).arg(state, m_connDetail);
        firings[r.id].push_back(f);
    }
    return deliver(firings, nowNs);
}

AlertEngine::Output AlertEngine::deliver(const std::map<QString, std::vector<Firing>> &firings, int64_t nowNs)
{
    Output out;
    for (const auto &[id, list] : firings) {
        const AlertRule *r = rule(id);
        if (!r || list.empty())
            continue;
        RuleState &st = m_state[id];
        const size_t first = out.records.size();
        for (const Firing &f : list) {
            AlertRecord rec;
            rec.timeNs = f.timeNs ? f.timeNs : nowNs;
            rec.firedNs = nowNs;
            rec.ruleId = r->id;
            rec.ruleName = r->displayName();
            rec.kind = r->kind;
            rec.symbol = f.symbol;
            rec.severity = f.severity;
            rec.message = f.message;
            out.records.push_back(rec);
            // Pending bookkeeping covers every firing (a coalesced burst reports the largest of all).
            st.pendingSeverity = st.pending ? maxSeverity(st.pendingSeverity, f.severity) : f.severity;
            if (!st.pending || f.usd > st.pendingLargestUsd) {
                st.pendingLargestUsd = f.usd;
                st.pendingLargestText = f.orderText;
            }
            st.pendingLastMessage = f.message;
            st.pendingSymbol = !st.pending || st.pendingSymbol == f.symbol ? f.symbol : QString();
            ++st.pending;
        }
        const int64_t cooldownNs = static_cast<int64_t>(r->cooldownSec) * kNsPerSec;
        if (st.everNotified && nowNs - st.lastNotifyNs < cooldownNs)
            continue; // held back: counted in the next notification or the end-of-cool-down summary
        const int64_t spanNs = st.everNotified && st.pending > static_cast<int>(list.size()) ? nowNs - st.lastNotifyNs : 0;
        out.notifications.push_back(notify(*r, st, nowNs, spanNs, false));
        for (size_t i = first; i < out.records.size(); ++i)
            out.records[i].notified = true;
    }
    return out;
}

AlertNotification AlertEngine::notify(const AlertRule &r, RuleState &st, int64_t nowNs, int64_t spanNs, bool summary)
{
    AlertNotification n;
    n.timeNs = nowNs;
    n.ruleId = r.id;
    n.title = st.pendingSymbol.isEmpty() ? r.displayName() : r.displayName() + QStringLiteral(" · ") + st.pendingSymbol;
    n.severity = st.pendingSeverity;
    n.sound = r.sound;
    n.desktop = r.desktop;
    n.count = st.pending;
    n.summary = summary;
    if (st.pending == 1) {
        n.message = st.pendingLastMessage;
    } else {
        // "12 whale orders in 30 s, largest $8.1M BTC buy"
        QString s = countNoun(r.kind, st.pending);
        if (spanNs >= kNsPerSec)
            s = trAlerts(QT_TRANSLATE_NOOP("Alerts", "%1 in %2 s")).arg(s).arg(spanNs / kNsPerSec);
        s += isWhaleKind(r.kind) ? trAlerts(QT_TRANSLATE_NOOP("Alerts", ", largest %1")).arg(st.pendingLargestText)
                                 : trAlerts(QT_TRANSLATE_NOOP("Alerts", "; latest: %1")).arg(st.pendingLastMessage);
        n.message = s;
    }
    st.pending = 0;
    st.everNotified = true;
    st.lastNotifyNs = nowNs;
    return n;
}

AlertEngine::Output AlertEngine::tick(int64_t nowNs)
{
    Output out = relay(nowNs);
    for (const AlertRule &r : m_rules) {
        auto it = m_state.find(r.id);
        if (it == m_state.end() || it->second.pending == 0)
            continue;
        RuleState &st = it->second;
        const int64_t cooldownNs = static_cast<int64_t>(r.cooldownSec) * kNsPerSec;
        if (st.everNotified && nowNs - st.lastNotifyNs < cooldownNs)
            continue;
        out.notifications.push_back(notify(r, st, nowNs, nowNs - st.lastNotifyNs, true));
    }
    return out;
}

} // namespace fd
