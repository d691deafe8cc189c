// METRICS.md §11 signals: one signal per threshold crossing, no re-fire within the
// cool-down (MetricSettings::signalCooldownSec) while a value oscillates around the
// threshold, a re-fire once the state has been left for the cool-down, and the
// "stream stale" signal on the engine clock. Hand-built L1 quotes on Binance BTC.
#include "metricfeed.h"

using namespace fd;
using namespace fdtest;

namespace {
int count(const ViewSnapshot &s, const std::string &kindPrefix)
{
    int n = 0;
    for (const Signal &x : s.signalFeed)
        n += x.kind.rfind(kindPrefix, 0) == 0 ? 1 : 0;
    return n;
}
// The newest signal of a kind (the feed is newest first).
const Signal &newest(const ViewSnapshot &s, const std::string &kind)
{
    static const Signal none;
    for (const Signal &x : s.signalFeed)
        if (x.kind == kind)
            return x;
    return none;
}
} // namespace

class TstSignals : public QObject
{
    Q_OBJECT

    // Spot mid 100 000; perp mid 100 040 (basis +0.04 %, over the 0.03 % arbitrage
    // threshold) or 100 010 (+0.01 %, under it).
    static void quotes(Feed &f, int64_t s, bool arb, bool spot = true)
    {
        const double perp = arb ? 100'040 : 100'010;
        f.quote("BinanceFuturesUsd", "BTC", MarketType::Perp, t(s), perp - 0.5, 1, perp + 0.5, 1);
        if (spot)
            f.quote("BinanceSpot", "BTC", MarketType::Spot, t(s), 99'999.5, 1, 100'000.5, 1);
    }

private Q_SLOTS:
    void oneSignalPerCrossingWithCooldown()
    {
        MetricSettings st;
        st.signalCooldownSec = 60;
        Feed f(st);
        SnapshotBuilder b(f.agg);
        ViewSnapshotPtr snap;
        auto at = [&](int64_t s, bool arb) {
            quotes(f, s, arb);
            snap = b.build(View::Microstructure);
        };
        for (int64_t s = 1; s <= 10; ++s)
            at(s, false);
        QCOMPARE(count(*snap, "basis"), 0);
        at(11, true); // first crossing
        QCOMPARE(count(*snap, "basis"), 1);
        QCOMPARE(QString::fromStdString(snap->signalFeed.front().message), QStringLiteral("basis ARB"));
        QCOMPARE(snap->signalFeed.front().timeNs, t(11));
        // Oscillating across the threshold every second for 30 s: no new signal.
        for (int64_t s = 12; s <= 40; ++s)
            at(s, s % 2 == 1);
        QCOMPARE(count(*snap, "basis"), 1);
        // Below the threshold for 70 s (longer than the cool-down), then above again: fires again.
        for (int64_t s = 41; s <= 110; ++s)
            at(s, false);
        QCOMPARE(count(*snap, "basis"), 1);
        at(111, true);
        QCOMPARE(count(*snap, "basis"), 2);
        QCOMPARE(snap->signalFeed.front().timeNs, t(111));
        // Left for less than the cool-down (30 s), back: the same crossing.
        for (int64_t s = 112; s <= 141; ++s)
            at(s, false);
        at(142, true);
        QCOMPARE(count(*snap, "basis"), 2);
    }

    void cooldownZeroFiresEveryCrossing()
    {
        MetricSettings st;
        st.signalCooldownSec = 0;
        Feed f(st);
        SnapshotBuilder b(f.agg);
        ViewSnapshotPtr snap;
        for (int64_t s = 1; s <= 10; ++s) {
            quotes(f, s, s % 2 == 0); // ARB at 2, 4, 6, 8, 10
            snap = b.build(View::Microstructure);
        }
        QCOMPARE(count(*snap, "basis"), 5);
    }

    void streamStale()
    {
        MetricSettings st; // l1FreshSec 5, cool-down 60
        Feed f(st);
        SnapshotBuilder b(f.agg);
        ViewSnapshotPtr snap;
        for (int64_t s = 1; s <= 10; ++s) {
            quotes(f, s, false);
            snap = b.build(View::Microstructure);
        }
        QCOMPARE(count(*snap, "stale|"), 0);
        // A fresh one-sided quote (no ask) is not a stale stream.
        f.quote("BinanceSpot", "BTC", MarketType::Spot, t(10) + 500'000'000, true, 99'999.5, 1, false, 0, 0);
        snap = b.build(View::Microstructure);
        QCOMPARE(count(*snap, "stale|"), 0);
        // The spot stream stops; the perp keeps the engine clock moving.
        for (int64_t s = 11; s <= 30; ++s) {
            quotes(f, s, false, false);
            snap = b.build(View::Microstructure);
        }
        QCOMPARE(count(*snap, "stale|"), 1);
        const Signal &sig = snap->signalFeed.front();
        QCOMPARE(QString::fromStdString(sig.kind), QStringLiteral("stale|Binance|spot"));
        QCOMPARE(sig.timeNs, t(16)); // last spot quote at 10.5 s: stale from 15.5 s, seen at the 16 s build
        QVERIFY(QString::fromStdString(sig.message).startsWith(QStringLiteral("stream stale: Binance spot")));
    }

    // Net-flow leader: the venue with the largest |net flow 5m|; the venue in place keeps
    // the lead until another's is 25 % larger, so near-equal venues do not flap.
    void netFlowLeaderHoldsUntilClearlyPassed()
    {
        MetricSettings st;
        st.signalCooldownSec = 0; // every change of leader would fire
        Feed f(st);
        SnapshotBuilder b(f.agg);
        ViewSnapshotPtr snap;
        auto buy = [&](const char *ex, int64_t sec, double qty) { f.trade(ex, "BTC", MarketType::Perp, t(sec), 100'000, qty, Side::Buy); };
        buy("BinanceFuturesUsd", 1, 1.0); // Binance $100K
        buy("BybitPerpetualsUsd", 1, 0.5);
        snap = b.build(View::Microstructure);
        QCOMPARE(count(*snap, "netflow_leader"), 1);
        QCOMPARE(QString::fromStdString(newest(*snap, "netflow_leader").message), QStringLiteral("net-flow leader Binance"));
        // Bybit passes Binance by 10 % (110K vs 100K): Binance keeps the lead
        buy("BybitPerpetualsUsd", 2, 0.6);
        snap = b.build(View::Microstructure);
        QCOMPARE(count(*snap, "netflow_leader"), 1);
        // by 30 % (130K vs 100K): Bybit leads
        buy("BybitPerpetualsUsd", 3, 0.2);
        snap = b.build(View::Microstructure);
        QCOMPARE(count(*snap, "netflow_leader"), 2);
        QCOMPARE(QString::fromStdString(newest(*snap, "netflow_leader").message), QStringLiteral("net-flow leader Bybit"));
        // Binance to 150K (Bybit 130K): ahead, but by less than 25 %: Bybit keeps it
        buy("BinanceFuturesUsd", 4, 0.5);
        snap = b.build(View::Microstructure);
        QCOMPARE(count(*snap, "netflow_leader"), 2);
        // Binance to 170K: 31 % ahead, Binance leads again
        buy("BinanceFuturesUsd", 5, 0.2);
        snap = b.build(View::Microstructure);
        QCOMPARE(count(*snap, "netflow_leader"), 3);
        QCOMPARE(QString::fromStdString(newest(*snap, "netflow_leader").message), QStringLiteral("net-flow leader Binance"));
        // the leader's flow leaves the 5 m window: whoever has flow leads, no hold on nothing
        buy("BybitPerpetualsUsd", 200, 0.01); // 200 s: all of it still in the window
        buy("BybitPerpetualsUsd", 306, 0.01); // 306 s: Binance's buys of 1–5 s are out, Bybit's at 200 s and 306 s are in
        snap = b.build(View::Microstructure);
        QCOMPARE(QString::fromStdString(newest(*snap, "netflow_leader").message), QStringLiteral("net-flow leader Bybit"));
    }

    // Volume-profile node: the 15 m point of control. One signal when it appears, none
    // while it stays in its bucket, a new one when it moves to another bucket (after
    // the cool-down), none from views that carry no profile.
    void volumeProfileNode()
    {
        MetricSettings st; // cool-down 60 s
        Feed f(st);
        SnapshotBuilder b(f.agg);
        ViewSnapshotPtr snap;
        f.btc(t(1), 100'010, 1, Side::Buy); // [100 000, 100 020) $100 010 (step 20)
        snap = b.build(View::Flow);
        QCOMPARE(count(*snap, "volume_node"), 1);
        QCOMPARE(QString::fromStdString(newest(*snap, "volume_node").message),
                 QStringLiteral("volume-profile node 100000–100020: $100K in 15 m"));
        QCOMPARE(QString::fromStdString(newest(*snap, "volume_node").symbol), QStringLiteral("BTC"));
        QCOMPARE(newest(*snap, "volume_node").timeNs, t(1));
        // More volume in the same bucket every second: the same node, no new signal.
        for (int64_t s = 2; s <= 10; ++s) {
            f.btc(t(s), 100'005, 0.1, Side::Sell);
            snap = b.build(View::Flow);
        }
        QCOMPARE(count(*snap, "volume_node"), 1);
        // The neighbouring bucket [100 020, 100 040) takes over after the cool-down: the same node.
        for (int64_t s = 11; s <= 80; ++s) {
            f.btc(t(s), 100'030, s == 11 ? 2.0 : 0.001, Side::Buy);
            snap = b.build(View::Flow);
        }
        QCOMPARE(snap->find("BTC")->volumeProfile[0].pocLow.v, 100'020.0);
        QCOMPARE(count(*snap, "volume_node"), 1);
        // 81 s: $400 200 at [100 040, 100 060) takes over: a new node …
        f.btc(t(81), 100'050, 4, Side::Buy);
        snap = b.build(View::Flow);
        QCOMPARE(count(*snap, "volume_node"), 2);
        QVERIFY(QString::fromStdString(newest(*snap, "volume_node").message).startsWith(QStringLiteral("volume-profile node 100040–100060: ")));
        // … inside the cool-down, 100 000 (two buckets away) taking over stays quiet …
        f.btc(t(82), 100'010, 4, Side::Sell);
        snap = b.build(View::Flow);
        QCOMPARE(snap->find("BTC")->volumeProfile[0].pocLow.v, 100'000.0);
        QCOMPARE(count(*snap, "volume_node"), 2);
        // … the micro view has no profile and changes nothing …
        for (int64_t s = 83; s <= 141; ++s) {
            f.btc(t(s), 100'010, 0.01, Side::Buy);
            snap = b.build(View::Microstructure);
        }
        QCOMPARE(count(*snap, "volume_node"), 2);
        // … and the first flow snapshot after the cool-down reports the node at 100 000.
        snap = b.build(View::Flow);
        QCOMPARE(count(*snap, "volume_node"), 3);
        QVERIFY(QString::fromStdString(newest(*snap, "volume_node").message).startsWith(QStringLiteral("volume-profile node 100000–100020: ")));
        QCOMPARE(newest(*snap, "volume_node").timeNs, t(141));
        // Staying there: no more signals.
        for (int64_t s = 142; s <= 300; ++s) {
            f.btc(t(s), 100'010, 0.01, Side::Buy);
            snap = b.build(View::Flow);
        }
        QCOMPARE(count(*snap, "volume_node"), 3);
    }
};

QTEST_GUILESS_MAIN(TstSignals)
#include "tst_signals.moc"
