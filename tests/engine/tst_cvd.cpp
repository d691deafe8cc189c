// CVD and flow (METRICS.md §3), hand-computed: trade CVD per venue and its
// windows; the relay's running CVD taken by increments with reset detection
// (a total that restarts at its trade's own delta) and joining mid-stream;
// divergence BULLISH / BEARISH / ALIGNED / NEUTRAL at the threshold edges.
#include "metricfeed.h"

using namespace fd;
using namespace fdtest;

namespace {
constexpr auto Buy = Side::Buy;
constexpr auto Sell = Side::Sell;
constexpr auto Perp = MarketType::Perp;
const char *const kBinance = "BinanceFuturesUsd";
const char *const kBybit = "BybitPerpetualsUsd";
} // namespace

class TstCvd : public QObject
{
    Q_OBJECT

private slots:
    void tradeCvdWindows();
    void relayResetDetected();
    void relayJoinMidStream();
    void divergence_data();
    void divergence();
    void divergenceWarmingUp();
};

// Binance perp at $100, clock t(900):
//   t(0) +1000 (since start only) · t(1) −500 (15m) · t(600) +300 (15m: exactly t − 5m) ·
//   t(601) −200 (5m) · t(840) +400 (5m: exactly t − 1m) · t(841) −100 (1m) ·
//   t(870) +600 (1m: exactly t − 30s) · t(871) +700 (30s) · t(900) −50 (30s)
// Bybit perp t(880) −1000. Binance spot t(880) +5000 (spot: not in CVD).
// Binance: start 2150, 15m 1150, 5m 1350, 1m 1150, 30s 650. Bybit −1000 everywhere.
void TstCvd::tradeCvdWindows()
{
    Feed f;
    f.btc(t(0), 100, 10, Buy);
    f.btc(t(1), 100, 5, Sell);
    f.btc(t(600), 100, 3, Buy);
    f.btc(t(601), 100, 2, Sell);
    f.btc(t(840), 100, 4, Buy);
    f.btc(t(841), 100, 1, Sell);
    f.btc(t(870), 100, 6, Buy);
    f.btc(t(871), 100, 7, Buy);
    f.trade(kBybit, "BTC", Perp, t(880), 100, 10, Sell);
    f.trade("BinanceSpot", "BTC", MarketType::Spot, t(880), 100, 50, Buy);
    f.btc(t(900), 100, 0.5, Sell);
    const auto snap = f.snap();
    const Cvd &c = snap->find("BTC")->cvd;
    QCOMPARE(c.venues.size(), size_t(2)); // perp venues only
    const CvdVenue *bn = byVenue(c.venues, "Binance");
    QVERIFY(bn);
    FD_EQ(bn->tradeSinceStart, 2150);
    FD_EQ(bn->trade15m, 1150);
    FD_EQ(bn->trade5m, 1350);
    FD_EQ(bn->trade1m, 1150);
    FD_EQ(bn->trade30s, 650);
    const CvdVenue *by = byVenue(c.venues, "Bybit");
    QVERIFY(by);
    FD_EQ(by->tradeSinceStart, -1000);
    FD_EQ(by->trade30s, -1000);
    // totals: start 1150, 15m 150, 5m 350, 1m 150, 30s −350
    FD_EQ(c.totalSinceStart, 1150);
    FD_EQ(c.total15m, 150);
    FD_EQ(c.total5m, 350);
    FD_EQ(c.total1m, 150);
    FD_EQ(c.total30s, -350);
    // velocity: per minute over 1m (150) and over 5m (350 / 5)
    FD_EQ(c.velocity1m, 150);
    FD_EQ(c.velocity5m, 70);
    // No relay CVD frames: n/a with a reason, never a number.
    QVERIFY(!bn->relayLast.ok());
    QVERIFY(bn->relayLast.na.text);
}

// One relay CVD frame follows each trade. Totals:
//   +100 → 100 · −40 → 60 · +200 → 260 · reconnect: −30 → −30 (restarts at its own delta;
//   the increment −290 is not the trade's −30) · +50 → 20
// Adjusted relay CVD = 100 − 40 + 200 + (−30) + 50 = 280 = trade CVD.
void TstCvd::relayResetDetected()
{
    Feed f;
    const double px = 100;
    const struct {
        double qty;
        Side side;
        double total;
    } steps[] = {{1, Buy, 100}, {0.4, Sell, 60}, {2, Buy, 260}, {0.3, Sell, -30}, {0.5, Buy, 20}};
    for (int i = 0; i < 5; ++i) {
        f.btc(t(10 + i), px, steps[i].qty, steps[i].side);
        f.cvd(kBinance, "BTC", t(10 + i), steps[i].total);
    }
    const auto snap = f.snap();
    const Cvd &c = snap->find("BTC")->cvd;
    const CvdVenue *bn = byVenue(c.venues, "Binance");
    QVERIFY(bn);
    FD_EQ(bn->tradeSinceStart, 280);
    FD_EQ(bn->relayLast.v, 20);
    FD_EQ(bn->relayAdjusted.v, 280);
    QCOMPARE(bn->relayMessages, int64_t(5));
    QCOMPARE(bn->resets.size(), size_t(1));
    QCOMPARE(qint64(bn->resets[0]), qint64(t(13)));
    QCOMPARE(c.resetsTotal, int64_t(1));
}

// Joining mid-stream: the first total (5,000,100) holds history from before we
// connected; only its trade's +100 is ours. Then −40 → 5,000,060: increment −40.
// A later drop by its own delta is ordinary flow, not a reset.
void TstCvd::relayJoinMidStream()
{
    Feed f;
    f.btc(t(10), 100, 1, Buy);
    f.cvd(kBinance, "BTC", t(10), 5'000'100);
    f.btc(t(11), 100, 0.4, Sell);
    f.cvd(kBinance, "BTC", t(11), 5'000'060);
    f.btc(t(12), 100, 0.6, Sell); // −60 → 5,000,000
    f.cvd(kBinance, "BTC", t(12), 5'000'000);
    const auto snap = f.snap();
    const CvdVenue *bn = byVenue(snap->find("BTC")->cvd.venues, "Binance");
    QVERIFY(bn);
    FD_EQ(bn->tradeSinceStart, 0);
    FD_EQ(bn->relayLast.v, 5'000'000);
    FD_EQ(bn->relayAdjusted.v, 0); // 100 − 40 − 60
    QVERIFY(bn->resets.empty());
}

// Divergence over 5 m: p = Δ perp reference / price (%), c = CVD_5m / perp volume_5m (%).
// Reference at t(0) = 100,000 (a trade); at t(300) a buy of a and a sell of b at p1
// (the last trade, so the reference at the clock t(300) is p1); c = (a − b)/(a + b)·100.
void TstCvd::divergence_data()
{
    QTest::addColumn<double>("p1");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("pct");
    QTest::addColumn<double>("flow");
    QTest::addColumn<QString>("label");
    // −60/100,000 = −0.06 %; (22 − 18)/40 = +10 %
    QTest::newRow("bullish") << 99940.0 << 22.0 << 18.0 << -0.06 << 10.0 << QStringLiteral("BULLISH");
    QTest::newRow("bearish") << 100060.0 << 18.0 << 22.0 << 0.06 << -10.0 << QStringLiteral("BEARISH");
    QTest::newRow("aligned up") << 100060.0 << 22.0 << 18.0 << 0.06 << 10.0 << QStringLiteral("ALIGNED");
    QTest::newRow("aligned down") << 99940.0 << 18.0 << 22.0 << -0.06 << -10.0 << QStringLiteral("ALIGNED");
    // −50/100,000 = −0.05 %: not beyond −0.05 %
    QTest::newRow("price at -0.05") << 99950.0 << 22.0 << 18.0 << -0.05 << 10.0 << QStringLiteral("NEUTRAL");
    QTest::newRow("price at +0.05") << 100050.0 << 18.0 << 22.0 << 0.05 << -10.0 << QStringLiteral("NEUTRAL");
    QTest::newRow("price -0.051") << 99949.0 << 22.0 << 18.0 << -0.051 << 10.0 << QStringLiteral("BULLISH");
    // (21 − 19)/40 = 5 %: not beyond +5 %
    QTest::newRow("flow at +5") << 99940.0 << 21.0 << 19.0 << -0.06 << 5.0 << QStringLiteral("NEUTRAL");
    QTest::newRow("flow at -5") << 100060.0 << 19.0 << 21.0 << 0.06 << -5.0 << QStringLiteral("NEUTRAL");
    QTest::newRow("aligned at +5") << 100060.0 << 21.0 << 19.0 << 0.06 << 5.0 << QStringLiteral("NEUTRAL");
    // (21.5 − 18.5)/40 = 7.5 %
    QTest::newRow("flow 7.5") << 99940.0 << 21.5 << 18.5 << -0.06 << 7.5 << QStringLiteral("BULLISH");
    QTest::newRow("flat price") << 100000.0 << 22.0 << 18.0 << 0.0 << 10.0 << QStringLiteral("NEUTRAL");
}

void TstCvd::divergence()
{
    QFETCH(double, p1);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, pct);
    QFETCH(double, flow);
    QFETCH(QString, label);
    Feed f;
    f.btc(t(0), 100'000, 1, Buy); // bucket t(0): outside the 5 m window (0, 300]
    f.btc(t(300), p1, a, Buy);
    f.btc(t(300), p1, b, Sell);
    const auto snap = f.snap();
    const Cvd &c = snap->find("BTC")->cvd;
    FD_NEAR(c.priceChangePct.v, pct, 1e-12);
    FD_NEAR(c.normFlowPct.v, flow, 1e-12);
    QCOMPARE(qs(c.divergence), label);
}

// No perp reference 5 m ago: n/a with the reason.
void TstCvd::divergenceWarmingUp()
{
    Feed f;
    f.btc(t(100), 100'000, 1, Buy);
    f.btc(t(300), 100'100, 1, Sell);
    const auto snap = f.snap();
    const Cvd &c = snap->find("BTC")->cvd;
    FD_STR(c.divergence, "n/a");
    QVERIFY(!c.priceChangePct.ok());
    QVERIFY(c.divergenceNa.text);
    // the flow part is still known: (100,000 − 100,100) / 200,100
    FD_EQ(c.normFlowPct.v, 100.0 * -100 / 200'100);
}

QTEST_APPLESS_MAIN(TstCvd)
#include "tst_cvd.moc"
