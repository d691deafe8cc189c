// Alerts (issue 6 §1): every rule kind fires exactly when its condition crosses
// (not while it stays true; again after it falls and rises), once per whale
// order, with the symbol filter, the cool-down (fire at t, held at
// t + cool-down − 1, fires at t + cool-down), coalesced counts in a burst, the
// relay-disconnected timer, and the JSON round trip with bad values rejected.
// Snapshots are built by hand so every expected value is known.
#include "alerts/alertengine.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fd;

namespace {

int64_t sec(double s) { return static_cast<int64_t>(s * 1e9); }

AlertRule rule(AlertKind k, const QString &id, int cooldownSec = 0, double threshold = -1, const QString &symbol = {})
{
    AlertRule r = AlertRule::make(k);
    r.id = id;
    r.cooldownSec = cooldownSec;
    if (threshold >= 0)
        r.threshold = threshold;
    r.symbol = symbol;
    return r;
}

TakerOrder order(double tSec, const std::string &symbol, double usd, Side side = Side::Buy, const std::string &venue = "Binance")
{
    TakerOrder o;
    o.timeNs = sec(tSec);
    o.symbol = symbol;
    o.venue = venue;
    o.exchange = venue == "Binance" ? "BinanceFuturesUsd" : venue;
    o.type = MarketType::Perp;
    o.side = side;
    o.usd = usd;
    o.price = 90'000;
    o.tier = usd >= 5e6 ? "mega" : usd >= 5e5 ? "whale" : "large";
    return o;
}

// A symbol with every condition false and the Risk sections present.
SymbolSnapshot calm(const std::string &symbol)
{
    SymbolSnapshot s;
    s.symbol = symbol;
    s.cascade.score = Val::of(20);
    s.cascade.label = "LOW";
    s.dangerThresholdUsd = 1e6;
    s.basis.basisPct = Val::of(0.01);
    s.basis.state = "FLAT";
    s.regime.state = "RANGING";
    s.regime.direction = "NEUTRAL";
    s.regime.confidence = Val::of(55);
    s.liquidity.score = Val::of(50);
    s.liquidity.label = "NORMAL";
    return s;
}

uint64_t g_sequence = 0; // the engine's snapshot counter (a new engine restarts it)

ViewSnapshot view(std::vector<SymbolSnapshot> symbols, std::vector<TakerOrder> whales = {})
{
    ViewSnapshot v;
    v.view = View::Risk;
    v.sequence = ++g_sequence;
    v.symbols = std::move(symbols);
    v.whales = std::move(whales);
    std::sort(v.whales.begin(), v.whales.end(), [](const TakerOrder &a, const TakerOrder &b) { return a.timeNs > b.timeNs; });
    return v;
}

// Sets a kind's condition on a symbol.
void setCondition(AlertKind k, SymbolSnapshot &s, bool on)
{
    switch (k) {
    case AlertKind::CascadeRisk:
        s.cascade.score = Val::of(on ? 75 : 40);
        s.cascade.label = on ? "HIGH" : "MEDIUM";
        break;
    case AlertKind::LiqClusterDanger:
        s.clusters.clear();
        s.clusters.push_back({89'900, 90'000, on ? 1.4e6 : 0.3e6, on ? 1.4e6 : 0.3e6, 0, 3, 0, on});
        break;
    case AlertKind::Funding:
        s.funding.venues.clear();
        s.funding.venues.push_back(FundingVenue{});
        s.funding.venues.back().venue = "Binance";
        s.funding.venues.back().rate8hPct = on ? 0.05 : 0.01;
        s.funding.venues.back().intensity = on ? "EXTREME" : "NORMAL";
        break;
    case AlertKind::Basis:
        s.basis.basisPct = Val::of(on ? 0.62 : 0.01);
        s.basis.steep = on;
        s.basis.arbitrage = on;
        s.basis.state = on ? "CONTANGO" : "FLAT";
        break;
    case AlertKind::LiquidityThin:
        s.liquidity.score = Val::of(on ? 20 : 50);
        s.liquidity.label = on ? "THIN" : "NORMAL";
        break;
    default: QFAIL("not a state kind");
    }
}

StreamHealth stream(const std::string &symbol, bool stale, double age = 12)
{
    StreamHealth h;
    h.exchange = "BinanceFuturesUsd";
    h.venue = "Binance";
    h.symbol = symbol;
    h.type = "perp";
    h.kind = "trade";
    h.stale = stale;
    h.ageSec = stale ? age : 0.2;
    return h;
}

} // namespace

class TstAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { g_sequence = 0; }

    // Each state kind: fires on false → true, not while true, not on true → false,
    // again on the next false → true.
    void stateRuleFiresOnCrossing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("cascade") << int(AlertKind::CascadeRisk)
                                 << QStringLiteral("Cascade risk 75 (HIGH) ≥ 70");
        QTest::newRow("liq cluster") << int(AlertKind::LiqClusterDanger)
                                     << QStringLiteral("DANGER ZONE 89,900–90,000: $1.4M liquidated in 15 m (threshold $1M)");
        QTest::newRow("funding") << int(AlertKind::Funding) << QStringLiteral("Funding EXTREME: Binance +0.0500 %/8 h");
        QTest::newRow("basis") << int(AlertKind::Basis) << QStringLiteral("Basis STEEP: +0.620 % (CONTANGO)");
        QTest::newRow("liquidity") << int(AlertKind::LiquidityThin) << QStringLiteral("Liquidity THIN: score 20 of 100");
    }
    void stateRuleFiresOnCrossing()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto k = static_cast<AlertKind>(kind);
        AlertEngine e;
        e.setRules({rule(k, QStringLiteral("r1"))});
        SymbolSnapshot s = calm("BTC");
        const bool pattern[] = {false, true, true, true, false, false, true, true};
        const int expected[] = {0, 1, 0, 0, 0, 0, 1, 0};
        int t = 0;
        for (size_t i = 0; i < std::size(pattern); ++i) {
            setCondition(k, s, pattern[i]);
            const auto out = e.onSnapshot(view({s}), sec(++t));
            QCOMPARE(int(out.records.size()), expected[i]);
            if (expected[i]) {
                QCOMPARE(out.records.front().message, message);
                QCOMPARE(out.records.front().symbol, QStringLiteral("BTC"));
                QCOMPARE(out.records.front().ruleId, QStringLiteral("r1"));
                QCOMPARE(out.records.front().firedNs, sec(t));
                QCOMPARE(out.records.front().timeNs, sec(t)); // a hand-built snapshot has no clock: the caller's time
                QCOMPARE(out.notifications.size(), size_t(1)); // cool-down 0
            }
        }
    }

    // The other half of "funding EXTREME or ARB" and "basis STEEP or arbitrage".
    void arbitrageHalves()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Funding, QStringLiteral("f")), rule(AlertKind::Basis, QStringLiteral("b"))});
        SymbolSnapshot s = calm("ETH");
        QCOMPARE(e.onSnapshot(view({s}), sec(1)).records.size(), size_t(0));
        s.funding.arb = true;
        s.funding.differentialPct = Val::of(0.015);
        s.basis.basisPct = Val::of(0.04);
        s.basis.arbitrage = true;
        s.basis.state = "CONTANGO";
        auto out = e.onSnapshot(view({s}), sec(2));
        QCOMPARE(out.records.size(), size_t(2));
        QCOMPARE(out.records[0].message, QStringLiteral("Basis arbitrage: +0.040 % (CONTANGO)"));
        QCOMPARE(out.records[0].severity, AlertSeverity::Info);
        QCOMPARE(out.records[1].message, QStringLiteral("Funding ARB: cross-venue differential +0.0150 %"));
        // Arbitrage → STEEP is a new crossing (STEEP); STEEP → arbitrage is not.
        s.basis.basisPct = Val::of(0.7);
        s.basis.steep = true;
        out = e.onSnapshot(view({s}), sec(3));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].message, QStringLiteral("Basis STEEP: +0.700 % (CONTANGO)"));
        QCOMPARE(out.records[0].severity, AlertSeverity::Critical);
        s.basis.basisPct = Val::of(0.04);
        s.basis.steep = false;
        QCOMPARE(e.onSnapshot(view({s}), sec(4)).records.size(), size_t(0));
    }

    // Regime: the first known state is no change; each later change fires once.
    void regimeChange()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::RegimeChange, QStringLiteral("g"))});
        SymbolSnapshot s = calm("BTC");
        s.regime.state = "n/a"; // warming up: nothing known yet
        ViewSnapshot withClock = view({s});
        withClock.clockNs = sec(5000);
        QCOMPARE(e.onSnapshot(withClock, sec(0.5)).records.size(), size_t(0));
        QCOMPARE(e.onSnapshot(view({s}), sec(1)).records.size(), size_t(0));
        s.regime.state = "RANGING";
        QCOMPARE(e.onSnapshot(view({s}), sec(2)).records.size(), size_t(0));
        QCOMPARE(e.onSnapshot(view({s}), sec(3)).records.size(), size_t(0));
        s.regime.state = "TRENDING";
        s.regime.direction = "BULLISH";
        s.regime.confidence = Val::of(64);
        auto out = e.onSnapshot(view({s}), sec(4));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].message, QStringLiteral("Regime RANGING → TRENDING (BULLISH, confidence 64)"));
        QCOMPARE(e.onSnapshot(view({s}), sec(5)).records.size(), size_t(0));
        s.regime.state = "n/a"; // n/a between two equal states is no change
        QCOMPARE(e.onSnapshot(view({s}), sec(6)).records.size(), size_t(0));
        s.regime.state = "TRENDING";
        QCOMPARE(e.onSnapshot(view({s}), sec(7)).records.size(), size_t(0));
        s.regime.state = "RANGING";
        s.regime.direction = "NEUTRAL";
        ViewSnapshot later = view({s});
        later.clockNs = sec(6000);
        out = e.onSnapshot(later, sec(8));
        QCOMPARE(out.records.size(), size_t(1));
        QVERIFY(out.records[0].message.startsWith(QStringLiteral("Regime TRENDING → RANGING")));
        QCOMPARE(out.records[0].timeNs, sec(6000)); // the snapshot's (exchange) clock
    }

    // n/a (a view without the Risk section, or warming up) keeps the state: no re-cross.
    void naKeepsState()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::CascadeRisk, QStringLiteral("c"))});
        SymbolSnapshot s = calm("BTC");
        setCondition(AlertKind::CascadeRisk, s, true);
        QCOMPARE(e.onSnapshot(view({s}), sec(1)).records.size(), size_t(1));
        SymbolSnapshot micro;
        micro.symbol = "BTC"; // Microstructure view: no cascade section
        QCOMPARE(e.onSnapshot(view({micro}), sec(2)).records.size(), size_t(0));
        QCOMPARE(e.onSnapshot(view({s}), sec(3)).records.size(), size_t(0));
    }

    // A view delivered late (older sequence) must not move a condition back in time.
    void olderSnapshotIgnoredForStates()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::LiquidityThin, QStringLiteral("l"))});
        SymbolSnapshot thin = calm("BTC"), normal = calm("BTC");
        setCondition(AlertKind::LiquidityThin, thin, true);
        ViewSnapshot older = view({normal});
        ViewSnapshot newer = view({thin});
        QCOMPARE(e.onSnapshot(newer, sec(1)).records.size(), size_t(1));
        QCOMPARE(e.onSnapshot(older, sec(1)).records.size(), size_t(0)); // ignored, not a fall
        QCOMPARE(e.onSnapshot(view({thin}), sec(2)).records.size(), size_t(0));
    }

    void symbolFilter()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::CascadeRisk, QStringLiteral("eth"), 0, 70, QStringLiteral("ETH")),
                    rule(AlertKind::Whale, QStringLiteral("w-sol"), 0, 1e6, QStringLiteral("SOL"))});
        SymbolSnapshot btc = calm("BTC"), eth = calm("ETH");
        setCondition(AlertKind::CascadeRisk, btc, true);
        auto out = e.onSnapshot(view({btc, eth}, {order(1, "BTC", 3e6)}), sec(1));
        QCOMPARE(out.records.size(), size_t(0));
        setCondition(AlertKind::CascadeRisk, eth, true);
        out = e.onSnapshot(view({btc, eth}, {order(1, "BTC", 3e6), order(2, "SOL", 2e6, Side::Sell, "Bybit")}), sec(2));
        QCOMPARE(out.records.size(), size_t(2));
        QCOMPARE(out.records[0].symbol, QStringLiteral("ETH"));
        QCOMPARE(out.records[0].ruleId, QStringLiteral("eth"));
        QCOMPARE(out.records[1].symbol, QStringLiteral("SOL"));
        QCOMPARE(out.records[1].message, QStringLiteral("$2M SOL sell on Bybit perp at 90,000"));
    }

    // Whale orders: once per order and rule, across views; an order that grows
    // past the threshold with more prints fires then.
    void whaleOncePerOrder()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Whale, QStringLiteral("w"), 0, 1e6), rule(AlertKind::MegaWhale, QStringLiteral("m"))});
        const TakerOrder a = order(10, "BTC", 2e6);
        TakerOrder b = order(11, "BTC", 6e5, Side::Sell);
        auto out = e.onSnapshot(view({}, {a, b}), sec(1));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].message, QStringLiteral("$2M BTC buy on Binance perp at 90,000"));
        QCOMPARE(out.records[0].timeNs, sec(10)); // the order's exchange time …
        QCOMPARE(out.records[0].firedNs, sec(1)); // … and when it was raised
        QCOMPARE(out.records[0].severity, AlertSeverity::Warning);
        // The same orders in the next snapshot and in another view: nothing new.
        QCOMPARE(e.onSnapshot(view({}, {a, b}), sec(2)).records.size(), size_t(0));
        ViewSnapshot micro = view({}, {a, b});
        micro.view = View::Microstructure;
        QCOMPARE(e.onSnapshot(micro, sec(2)).records.size(), size_t(0));
        // b grows to $5.5M with more prints of the same order: whale and mega fire once each.
        b.usd = 5.5e6;
        b.tier = "mega";
        out = e.onSnapshot(view({}, {a, b}), sec(3));
        QCOMPARE(out.records.size(), size_t(2));
        QCOMPARE(out.records[0].ruleId, QStringLiteral("m"));
        QCOMPARE(out.records[0].message, QStringLiteral("$5.5M BTC sell on Binance perp at 90,000"));
        QCOMPARE(out.records[0].severity, AlertSeverity::Critical);
        QCOMPARE(out.records[1].ruleId, QStringLiteral("w"));
        QCOMPARE(e.onSnapshot(view({}, {a, b}), sec(4)).records.size(), size_t(0));
        // Same size and time on another venue is another order.
        QCOMPARE(e.onSnapshot(view({}, {a, b, order(10, "BTC", 2e6, Side::Buy, "OKX")}), sec(5)).records.size(), size_t(1));
    }

    // Cool-down 30 s: notify at t, hold at t + 29, notify at t + 30 counting the held one.
    void cooldownHolds()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Whale, QStringLiteral("w"), 30, 1e6)});
        const int64_t t = sec(1000);
        auto out = e.onSnapshot(view({}, {order(1, "BTC", 2e6)}), t);
        QCOMPARE(out.notifications.size(), size_t(1));
        QCOMPARE(out.notifications[0].count, 1);
        QCOMPARE(out.notifications[0].title, QStringLiteral("Whale ≥ $1M · BTC"));
        QCOMPARE(out.notifications[0].message, QStringLiteral("$2M BTC buy on Binance perp at 90,000"));
        QVERIFY(out.records[0].notified);

        out = e.onSnapshot(view({}, {order(1, "BTC", 2e6), order(2, "ETH", 3e6, Side::Sell)}), t + sec(29));
        QCOMPARE(out.records.size(), size_t(1)); // logged …
        QVERIFY(!out.records[0].notified);
        QCOMPARE(out.notifications.size(), size_t(0)); // … not notified
        QCOMPARE(e.tick(t + sec(29)).notifications.size(), size_t(0));

        out = e.onSnapshot(view({}, {order(3, "BTC", 1.5e6)}), t + sec(30));
        QCOMPARE(out.notifications.size(), size_t(1));
        QCOMPARE(out.notifications[0].count, 2);
        QCOMPARE(out.notifications[0].message, QStringLiteral("2 whale orders in 30 s, largest $3M ETH sell"));
        QCOMPARE(out.notifications[0].title, QStringLiteral("Whale ≥ $1M")); // ETH and BTC: no one symbol
        QCOMPARE(e.tick(t + sec(61)).notifications.size(), size_t(0)); // nothing pending
    }

    // A burst inside the cool-down: every order is logged, one summary when it ends.
    void burstCoalesced()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Whale, QStringLiteral("w"), 30, 1e6)});
        QCOMPARE(e.onSnapshot(view({}, {order(0, "BTC", 1.2e6)}), sec(0)).notifications.size(), size_t(1));
        const double sizes[] = {1.1e6, 2e6, 8.1e6, 1.3e6, 4e6, 1e6, 2.2e6, 3.3e6, 1.7e6, 5e6, 1.05e6};
        std::vector<TakerOrder> list;
        int logged = 0;
        for (int i = 0; i < 11; ++i) {
            list.push_back(order(1 + i, i == 2 ? "BTC" : "ETH", sizes[i]));
            const auto out = e.onSnapshot(view({}, list), sec(1 + i));
            logged += int(out.records.size());
            QCOMPARE(out.notifications.size(), size_t(0));
        }
        QCOMPARE(logged, 11);
        QCOMPARE(e.tick(sec(29)).notifications.size(), size_t(0));
        const auto out = e.tick(sec(30));
        QCOMPARE(out.notifications.size(), size_t(1));
        QCOMPARE(out.notifications[0].count, 11);
        QVERIFY(out.notifications[0].summary);
        QCOMPARE(out.notifications[0].message, QStringLiteral("11 whale orders in 30 s, largest $8.1M BTC buy"));
        QCOMPARE(out.notifications[0].severity, AlertSeverity::Critical); // 8.1M and 5M are mega tier
        // The summary starts a new cool-down.
        QCOMPARE(e.onSnapshot(view({}, {order(40, "BTC", 2e6)}), sec(45)).notifications.size(), size_t(0));
        QCOMPARE(e.tick(sec(60)).notifications.size(), size_t(1));
    }

    // Twelve orders in one snapshot of a quiet rule: one notification says how many.
    void burstInOneSnapshot()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Whale, QStringLiteral("w"), 30, 1e6)});
        std::vector<TakerOrder> list;
        for (int i = 0; i < 12; ++i)
            list.push_back(order(1 + i * 0.1, "BTC", i == 7 ? 8.1e6 : 1e6 + i * 1e5, i % 2 ? Side::Sell : Side::Buy));
        const auto out = e.onSnapshot(view({}, list), sec(100));
        QCOMPARE(out.records.size(), size_t(12));
        QCOMPARE(out.notifications.size(), size_t(1));
        QCOMPARE(out.notifications[0].count, 12);
        QCOMPARE(out.notifications[0].message, QStringLiteral("12 whale orders, largest $8.1M BTC sell"));
        QCOMPARE(out.notifications[0].title, QStringLiteral("Whale ≥ $1M · BTC"));
        for (const AlertRecord &r : out.records)
            QVERIFY(r.notified);
    }

    // Relay disconnected > 30 s: measured from the first disconnected state; once per disconnection.
    void relayDisconnectedTiming()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::RelayDisconnected, QStringLiteral("r"), 0, 30)});
        QVERIFY(e.onConnectionState(ConnectionState::Live, sec(0)).empty());
        QVERIFY(e.onConnectionState(ConnectionState::Reconnecting, sec(10), QStringLiteral("closed by peer")).empty());
        QVERIFY(e.onConnectionState(ConnectionState::Connecting, sec(12)).empty()); // same disconnection
        QVERIFY(e.tick(sec(39)).empty());
        QVERIFY(e.tick(sec(39.999)).empty());
        auto out = e.tick(sec(40));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].message, QStringLiteral("Relay disconnected for 30 s (Connecting: closed by peer)"));
        QCOMPARE(out.records[0].severity, AlertSeverity::Critical);
        QVERIFY(out.records[0].symbol.isEmpty());
        QVERIFY(e.tick(sec(100)).empty());
        // Stale is connected-but-quiet, not disconnected.
        QVERIFY(e.onConnectionState(ConnectionState::Live, sec(110)).empty());
        QVERIFY(e.onConnectionState(ConnectionState::Stale, sec(115)).empty());
        QVERIFY(e.tick(sec(200)).empty());
        // A second disconnection fires again after its own 30 s.
        QVERIFY(e.onConnectionState(ConnectionState::Offline, sec(300)).empty());
        QVERIFY(e.tick(sec(329)).empty());
        out = e.tick(sec(330));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].message, QStringLiteral("Relay disconnected for 30 s (Offline)"));
        // Reconnecting within N s never fires.
        QVERIFY(e.onConnectionState(ConnectionState::Live, sec(400)).empty());
        QVERIFY(e.onConnectionState(ConnectionState::Reconnecting, sec(500)).empty());
        QVERIFY(e.onConnectionState(ConnectionState::Live, sec(529)).empty());
        QVERIFY(e.tick(sec(600)).empty());
    }

    // Any stream stale (receive clock): per stream, with the symbol filter.
    void streamStale()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::StreamStale, QStringLiteral("s")), rule(AlertKind::StreamStale, QStringLiteral("eth"), 0, 0, QStringLiteral("ETH"))});
        HealthSnapshot h;
        h.streams = {stream("BTC", false), stream("ETH", false)};
        QVERIFY(e.onHealth(h, sec(1)).empty());
        h.streams = {stream("BTC", true, 12), stream("ETH", false)};
        auto out = e.onHealth(h, sec(2));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].ruleId, QStringLiteral("s"));
        QCOMPARE(out.records[0].message, QStringLiteral("Stream stale: Binance BTC perp trade, no message for 12 s"));
        QCOMPARE(out.records[0].timeNs, sec(2)); // health without a time: the caller's
        QVERIFY(e.onHealth(h, sec(3)).empty()); // still stale
        h.streams = {stream("BTC", true, 14), stream("ETH", true, 11)};
        out = e.onHealth(h, sec(4));
        QCOMPARE(out.records.size(), size_t(2)); // both rules on ETH
        QCOMPARE(out.records[0].symbol, QStringLiteral("ETH"));
        QCOMPARE(out.records[1].symbol, QStringLiteral("ETH"));
        h.streams = {stream("BTC", false), stream("ETH", false)};
        QVERIFY(e.onHealth(h, sec(5)).empty());
        h.streams = {stream("BTC", true), stream("ETH", false)};
        QCOMPARE(e.onHealth(h, sec(6)).records.size(), size_t(1));
    }

    // A rule added while data flows starts from what it sees: no report of what is already there.
    void ruleAddedMidStreamStartsFromNow()
    {
        AlertEngine e;
        e.setRules({});
        SymbolSnapshot s = calm("BTC");
        setCondition(AlertKind::CascadeRisk, s, true);
        const TakerOrder old = order(1, "BTC", 9e6);
        QVERIFY(e.onSnapshot(view({s}, {old}), sec(1)).empty());
        e.setRules({rule(AlertKind::CascadeRisk, QStringLiteral("c")), rule(AlertKind::Whale, QStringLiteral("w"), 0, 1e6)});
        QVERIFY(e.onSnapshot(view({s}, {old}), sec(2)).empty());
        auto out = e.onSnapshot(view({s}, {old, order(2, "BTC", 1.5e6)}), sec(3));
        QCOMPARE(out.records.size(), size_t(1));
        QCOMPARE(out.records[0].ruleId, QStringLiteral("w"));
        setCondition(AlertKind::CascadeRisk, s, false);
        QVERIFY(e.onSnapshot(view({s}), sec(4)).empty());
        setCondition(AlertKind::CascadeRisk, s, true);
        QCOMPARE(e.onSnapshot(view({s}), sec(5)).records.size(), size_t(1));
        // Renaming a rule keeps its state (no re-fire); a new threshold re-arms it from now.
        std::vector<AlertRule> rules = e.rules();
        rules[0].name = QStringLiteral("Cascade!");
        e.setRules(rules);
        QVERIFY(e.onSnapshot(view({s}), sec(6)).empty());
        rules[0].threshold = 60;
        e.setRules(rules);
        QVERIFY(e.onSnapshot(view({s}), sec(7)).empty());
        // A new source: everything it shows is news again.
        e.resetState();
        g_sequence = 0;
        QCOMPARE(e.onSnapshot(view({s}), sec(8)).records.size(), size_t(1));
    }

    // After a reset the old engine's queued snapshots (high sequence numbers) are not news;
    // the new engine's (numbered from 1) are.
    void oldEngineSnapshotsAfterReset()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Whale, QStringLiteral("w"), 0, 1e6)});
        g_sequence = 500;
        QCOMPARE(e.onSnapshot(view({}, {order(1, "BTC", 2e6)}), sec(1)).records.size(), size_t(1));
        e.resetState();
        QVERIFY(e.onSnapshot(view({}, {order(1, "BTC", 2e6), order(2, "BTC", 3e6)}), sec(2)).empty());
        QVERIFY(e.onSnapshot(view({}, {order(1, "BTC", 2e6), order(2, "BTC", 3e6)}), sec(2)).empty());
        g_sequence = 0;
        QCOMPARE(e.onSnapshot(view({}, {order(5, "ETH", 4e6)}), sec(3)).records.size(), size_t(1));
        // A late view (a few numbers behind) does not move states back; far behind is a new engine.
        SymbolSnapshot thin = calm("BTC"), normal = calm("BTC");
        setCondition(AlertKind::LiquidityThin, thin, true);
        e.setRules({rule(AlertKind::LiquidityThin, QStringLiteral("l"))});
        g_sequence = 1000;
        QCOMPARE(e.onSnapshot(view({thin}), sec(4)).records.size(), size_t(0)); // re-armed mid-stream: baseline
        g_sequence = 2000;
        QCOMPARE(e.onSnapshot(view({normal}), sec(5)).records.size(), size_t(0));
        QCOMPARE(e.onSnapshot(view({thin}), sec(6)).records.size(), size_t(1));
        g_sequence = 1990;
        QCOMPARE(e.onSnapshot(view({normal}), sec(7)).records.size(), size_t(0)); // late: ignored
        g_sequence = 2002;
        QCOMPARE(e.onSnapshot(view({thin}), sec(8)).records.size(), size_t(0));  // still thin: no re-cross
        g_sequence = 3;
        QCOMPARE(e.onSnapshot(view({normal}), sec(9)).records.size(), size_t(0)); // new engine: judged
        QCOMPARE(e.onSnapshot(view({thin}), sec(10)).records.size(), size_t(1));
    }

    // A new engine whose first delivered snapshot is already past 100 is still heard after a few.
    void staleSkipIsBounded()
    {
        AlertEngine e;
        e.setRules({rule(AlertKind::Whale, QStringLiteral("w"), 0, 1e6)});
        e.resetState();
        g_sequence = 200;
        int skipped = 0;
        for (int i = 0; i < 10; ++i) {
            const auto out = e.onSnapshot(view({}, {order(1, "BTC", 2e6)}), sec(1 + i));
            if (!out.records.empty())
                break;
            ++skipped;
        }
        QCOMPARE(skipped, 6);
    }

    void disabledRuleIsSilent()
    {
        AlertEngine e;
        AlertRule r = rule(AlertKind::Whale, QStringLiteral("w"), 0, 1e6);
        r.enabled = false;
        e.setRules({r});
        QCOMPARE(e.activeRuleCount(), 0);
        QVERIFY(e.onSnapshot(view({}, {order(1, "BTC", 9e6)}), sec(1)).empty());
    }

    void defaults()
    {
        const auto d = defaultAlertRules();
        QCOMPARE(int(d.size()), 4);
        QCOMPARE(activeAlertRuleCount(d), 4);
        QCOMPARE(d[0].kind, AlertKind::MegaWhale);
        QCOMPARE(d[1].displayName(), QStringLiteral("Cascade risk ≥ 70"));
        QCOMPARE(d[2].displayName(), QStringLiteral("Relay disconnected > 30 s"));
        for (const AlertRule &r : d)
            QVERIFY2(r.validate().isEmpty(), qPrintable(r.validate()));
        AlertEngine e;
        QCOMPARE(e.rules(), d);
    }

    void usdText()
    {
        QCOMPARE(alertUsd(8.1e6), QStringLiteral("$8.1M"));
        QCOMPARE(alertUsd(1e6), QStringLiteral("$1M"));
        QCOMPARE(alertUsd(850'000), QStringLiteral("$850K"));
        QCOMPARE(alertUsd(1.25e9), QStringLiteral("$1.25B"));
        QCOMPARE(alertUsd(250e6), QStringLiteral("$250M"));
    }

    void jsonRoundTrip()
    {
        std::vector<AlertRule> rules;
        for (int k = 0; k < kAlertKindCount; ++k) {
            AlertRule r = AlertRule::make(static_cast<AlertKind>(k));
            r.name = k % 3 ? QString() : QStringLiteral("rule %1").arg(k);
            r.enabled = k % 2;
            r.symbol = k % 4 == 1 ? QStringLiteral("ETH") : QString();
            r.sound = k % 3 == 1;
            r.desktop = k % 5 != 2;
            r.cooldownSec = 15 * k;
            rules.push_back(r);
        }
        rules[0].threshold = 2.5e6;
        rules[2].threshold = 55;
        rules[9].threshold = 90;
        rules[9].symbol.clear();
        // Through bytes, as in a workspace file.
        const QByteArray bytes = QJsonDocument(alertRulesToJson(rules)).toJson();
        QStringList problems;
        bool defaultsUsed = true;
        const auto back = alertRulesFromJson(QJsonDocument::fromJson(bytes).object(), &problems, &defaultsUsed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!defaultsUsed);
        QCOMPARE(back, rules);
        QVERIFY(bytes.contains("\"minUsd\": 2500000"));
        QVERIFY(bytes.contains("\"kind\": \"relay_disconnected\""));
        QVERIFY(bytes.contains("\"symbol\": \"any\""));
    }

    void badValuesRejected_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative cool-down") << R"({"kind":"whale","id":"a","cooldownSec":-5})"
                                            << QStringLiteral("the cool-down must be a whole number of seconds 0–86400, not -5");
        QTest::newRow("fractional cool-down") << R"({"kind":"whale","id":"a","cooldownSec":2.5})"
                                              << QStringLiteral("the cool-down must be a whole number of seconds 0–86400, not 2.50");
        QTest::newRow("score over 100") << R"({"kind":"cascade_risk","id":"a","minScore":150})"
                                        << QStringLiteral("the cascade risk score runs 0–100: the minimum must be above 0 and at most 100, not 150");
        QTest::newRow("usd as text") << R"({"kind":"whale","id":"a","minUsd":"1M"})" << QStringLiteral("\"minUsd\" must be a number");
        QTest::newRow("zero usd") << R"({"kind":"whale","id":"a","minUsd":0})"
                                  << QStringLiteral("the minimum order must be more than $0 and at most $100B, not 0");
        QTest::newRow("relay 0 s") << R"({"kind":"relay_disconnected","id":"a","afterSec":0})"
                                   << QStringLiteral("the disconnection time must be 1–86400 s, not 0");
        QTest::newRow("unknown kind") << R"({"kind":"moon","id":"a"})" << QStringLiteral("unknown kind \"moon\"");
        QTest::newRow("no kind") << R"({"id":"a"})" << QStringLiteral("it has no kind");
        QTest::newRow("bad symbol") << R"({"kind":"basis","id":"a","symbol":"BT C"})"
                                    << QStringLiteral("symbol \"BT C\" is not a base asset (1–15 capital letters or digits, e.g. BTC), "
                                                      "or leave it empty for any symbol");
        QTest::newRow("enabled as text") << R"({"kind":"basis","id":"a","enabled":"yes"})" << QStringLiteral("\"enabled\" must be true or false");
    }
    void badValuesRejected()
    {
        QFETCH(QString, json);
        QFETCH(QString, reason);
        AlertRule r;
        QString why;
        QVERIFY(!AlertRule::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &r, &why));
        QCOMPARE(why, reason);
        // In a rule list: that rule is skipped with its number and reason, the others are kept.
        const QByteArray list = "{\"version\":1,\"rules\":[{\"kind\":\"mega_whale\",\"id\":\"ok\"}," + json.toUtf8() + "]}";
        QStringList problems;
        bool defaultsUsed = true;
        const auto rules = alertRulesFromJson(QJsonDocument::fromJson(list).object(), &problems, &defaultsUsed);
        QVERIFY(!defaultsUsed);
        QCOMPARE(int(rules.size()), 1);
        QCOMPARE(rules[0].id, QStringLiteral("ok"));
        QCOMPARE(problems, QStringList{QStringLiteral("alert rule 2 was skipped: ") + reason});
    }

    void unreadableEntryGivesDefaults_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("array") << R"([1,2])" << QStringLiteral("not a JSON object");
        QTest::newRow("too new") << R"({"version":9,"rules":[]})"
                                 << QStringLiteral("written by a newer FlowDesk: rules format 9, this version reads 1");
        QTest::newRow("no version") << R"({"rules":[]})" << QStringLiteral("no valid version");
        QTest::newRow("rules not a list") << R"({"version":1,"rules":{}})" << QStringLiteral("no rule list");
    }
    void unreadableEntryGivesDefaults()
    {
        QFETCH(QString, json);
        QFETCH(QString, reason);
        const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8());
        const QJsonValue v = d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
        QStringList problems;
        bool defaultsUsed = false;
        QCOMPARE(alertRulesFromJson(v, &problems, &defaultsUsed), defaultAlertRules());
        QVERIFY(defaultsUsed);
        QCOMPARE(problems, QStringList{QStringLiteral("the alert rules are unreadable (%1); the default rules are used").arg(reason)});
    }

    void duplicateIdsKeptApart()
    {
        const QByteArray list = R"({"version":1,"rules":[{"kind":"whale","id":"x"},{"kind":"basis","id":"x"}]})";
        QStringList problems;
        const auto rules = alertRulesFromJson(QJsonDocument::fromJson(list).object(), &problems);
        QCOMPARE(int(rules.size()), 2);
        QVERIFY(rules[0].id != rules[1].id);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAlerts)
#include "tst_alerts.moc"
