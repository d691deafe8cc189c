// Volume (METRICS.md §1) and orderflow (§6), hand-computed; plus the §0 arrow
// rule. Events are built as fd::MarketEvent (tests/engine/metricfeed.h) with
// times as seconds after T0 = 10:00:00Z; t(s, ms) is T0 + s seconds + ms.
#include "metricfeed.h"

using namespace fd;
using namespace fdtest;

Q_DECLARE_METATYPE(fd::Arrow)

namespace {
constexpr auto Buy = Side::Buy;
constexpr auto Sell = Side::Sell;
constexpr auto Perp = MarketType::Perp;
constexpr auto Spot = MarketType::Spot;
constexpr int k1m = 0, k5m = 1, k15m = 2;
constexpr int kPerp = 0, kSpot = 1, kAll = 2;
} // namespace

class TstVolume : public QObject
{
    Q_OBJECT

private slots:
    void windowEdgesAndVwap();
    void takerOrderReconstruction();
    void whaleTiers();
    void outlierBelowWhaleTier();
    void intensity_data();
    void intensity();
    void tickRuleAndStreak();
    void sizeTrend_data();
    void sizeTrend();
    void flowTrend_data();
    void flowTrend();
    void arrowRule_data();
    void arrowRule();
};

// Clock at exactly t(300) (the last trade). 1m = (240, 300], 5m = (0, 300], 15m = all.
//   D  t(0)         Binance perp Buy  90 × 1   =  $90   (exactly t − 5m: only in 15m)
//   A  t(240)       Binance perp Buy 100 × 1   = $100   (exactly t − 1m: in 5m, 15m)
//   B  t(240)+1ms   Binance perp Sell 100 × 2  = $200   (in 1m)
//   Y  t(270)       Bybit perp   Buy 100 × 4.7 = $470   (in 1m)
//   C  t(300)       Binance perp Buy 110 × 3   = $330   (exactly t: in 1m)
//   Z  t(300)       Binance spot Sell 100 × 1  = $100   (spot, in 1m)
void TstVolume::windowEdgesAndVwap()
{
    Feed f;
    f.btc(t(0), 90, 1, Buy);
    f.btc(t(240), 100, 1, Buy);
    f.btc(t(240, 1), 100, 2, Sell);
    f.trade("BybitPerpetualsUsd", "BTC", Perp, t(270), 100, 4.7, Buy);
    f.btc(t(300), 110, 3, Buy);
    f.trade("BinanceSpot", "BTC", Spot, t(300), 100, 1, Sell);
    const auto snap = f.snap();
    const SymbolSnapshot *s = snap->find("BTC");
    QVERIFY(s);

    const VolumeStats &p1 = s->volume[k1m][kPerp];
    // 1m perp: B, Y, C: buy 470 + 330 = 800, sell 200, total 1000
    FD_EQ(p1.buyUsd, 800);
    FD_EQ(p1.sellUsd, 200);
    FD_EQ(p1.totalUsd, 1000);
    QCOMPARE(p1.tradeCount, int64_t(3));
    QCOMPARE(p1.buyTradeCount, int64_t(2));
    // VWAP = 1000 / (2 + 4.7 + 3) = 1000 / 9.7
    FD_EQ(p1.vwap.v, 1000.0 / 9.7);
    FD_EQ(p1.baseVolume, 9.7);
    // buy share 800 / 1000 = 80 %; imbalance (800 − 200) / 1000 = 60 %
    FD_EQ(p1.buySharePct.v, 80);
    FD_EQ(p1.imbalancePct.v, 60);
    FD_EQ(p1.netFlowUsd, 600);
    FD_EQ(p1.netFlowUsdPerMin, 600);
    // rate 1000 / 60 s; 3 prints / 60 s
    FD_EQ(p1.volumeRateUsdPerS, 1000.0 / 60);
    FD_EQ(p1.tradesPerS, 3.0 / 60);
    FD_STR(p1.intensity, "LOW");
    // dominance: Binance 200 + 330 = 530 → 53 %, Bybit 470 → 47 %
    QCOMPARE(p1.perVenue.size(), size_t(2));
    FD_STR(p1.perVenue[0].venue, "Binance");
    FD_EQ(p1.perVenue[0].usd, 530);
    FD_EQ(p1.perVenue[0].sharePct, 53);
    QCOMPARE(p1.perVenue[0].tradeCount, int64_t(2));
    FD_STR(p1.perVenue[1].venue, "Bybit");
    FD_EQ(p1.perVenue[1].sharePct, 47);

    // 5m perp: + A (exactly at t − 1m is inside 5m): buy 900, sell 200, total 1100, qty 10.7
    const VolumeStats &p5 = s->volume[k5m][kPerp];
    FD_EQ(p5.totalUsd, 1100);
    FD_EQ(p5.buyUsd, 900);
    QCOMPARE(p5.tradeCount, int64_t(4));
    FD_EQ(p5.vwap.v, 1100.0 / 10.7);
    FD_EQ(p5.netFlowUsdPerMin, 700.0 / 5);
    FD_EQ(p5.volumeRateUsdPerS, 1100.0 / 300);
    // 15m perp: + D: total 1190, qty 11.7
    const VolumeStats &p15 = s->volume[k15m][kPerp];
    FD_EQ(p15.totalUsd, 1190);
    QCOMPARE(p15.tradeCount, int64_t(5));
    FD_EQ(p15.vwap.v, 1190.0 / 11.7);

    // spot and combined, 1m: spot sell 100 → buy share 0, imbalance −100
    const VolumeStats &s1 = s->volume[k1m][kSpot];
    FD_EQ(s1.totalUsd, 100);
    FD_EQ(s1.buySharePct.v, 0);
    FD_EQ(s1.imbalancePct.v, -100);
    const VolumeStats &c1 = s->volume[k1m][kAll];
    FD_EQ(c1.totalUsd, 1100);
    FD_EQ(c1.buyUsd, 800);
    FD_EQ(c1.sellUsd, 300);
    QCOMPARE(c1.tradeCount, int64_t(4));
    // combined dominance: Binance 530 + 100 = 630 of 1100
    FD_EQ(c1.perVenue[0].sharePct, 100.0 * 630 / 1100);

    // Windows with no trades say so.
    Feed g;
    g.btc(t(0), 100, 1, Buy);
    g.btc(t(120), 100, 1, Buy); // clock t(120): 1m = (60, 120] holds only this one
    g.trade("BinanceSpot", "BTC", Spot, t(10), 100, 1, Buy);
    const auto snap2 = g.snap();
    QVERIFY(!snap2->find("BTC")->volume[k1m][kSpot].vwap.ok());
    QVERIFY(snap2->find("BTC")->volume[k1m][kSpot].vwap.na.text);
    QCOMPARE(snap2->find("BTC")->volume[k1m][kSpot].tradeCount, int64_t(0));
    QCOMPARE(snap2->find("BTC")->volume[k5m][kSpot].tradeCount, int64_t(1));
}

// Taker orders: consecutive prints of one market, same side, same millisecond.
//   p1 t(10,5)        Binance Buy  100 × 1  → O1
//   p2 t(10,5)+300µs  Binance Buy  100 × 2  → O1 ($300: same ms and side)
//   p3 t(10,5)+600µs  Binance Sell 100 × 1  → O2 (side changed)
//   p4 t(10,6)        Binance Sell 100 × 3  → O3 (ms changed)
//   y  t(10,6)        Bybit   Buy  100 × 5  → O4 (another market; does not break Binance's O3)
//   p5 t(10,6)+1µs    Binance Sell 100 × 1  → O3 ($400)
//   p6 t(10,6)+2µs    Binance Buy  100 × 2  → O5
//   p7 t(10,7)        Binance Buy  100 × 1  → O6 (ms changed, same side)
// Orders: buy O1 300, O4 500, O5 200, O6 100 = 1100 over 4; sell O2 100, O3 400 = 500 over 2.
void TstVolume::takerOrderReconstruction()
{
    Feed f;
    f.btc(t(10, 5), 100, 1, Buy);
    f.btc(t(10, 5, 300'000), 100, 2, Buy);
    f.btc(t(10, 5, 600'000), 100, 1, Sell);
    f.btc(t(10, 6), 100, 3, Sell);
    f.trade("BybitPerpetualsUsd", "BTC", Perp, t(10, 6), 100, 5, Buy);
    f.btc(t(10, 6, 1000), 100, 1, Sell);
    f.btc(t(10, 6, 2000), 100, 2, Buy);
    f.btc(t(10, 7), 100, 1, Buy);
    const auto snap = f.snap();
    const VolumeStats &v = snap->find("BTC")->volume[k1m][kPerp];
    QCOMPARE(v.tradeCount, int64_t(8));
    QCOMPARE(v.orderCount, int64_t(6));
    QCOMPARE(v.buyOrderCount, int64_t(4));
    QCOMPARE(v.sellOrderCount, int64_t(2));
    FD_EQ(v.buyUsd, 1100);
    FD_EQ(v.sellUsd, 500);
    // average taker order 1600 / 6; buy 1100 / 4 = 275; sell 500 / 2 = 250
    FD_EQ(v.avgOrderUsd.v, 1600.0 / 6);
    FD_EQ(v.avgBuyOrderUsd.v, 275);
    FD_EQ(v.avgSellOrderUsd.v, 250);
    // size imbalance (275 − 250) / (275 + 250) = 25 / 525
    FD_EQ(v.sizeImbalance.v, 25.0 / 525);
    // aggressor ratio: 4 / 2 orders; 1100 / 500 USD
    FD_EQ(v.aggressorRatioCount.v, 2);
    FD_EQ(v.aggressorRatioUsd.v, 2.2);
    // the largest taker order is Bybit's $500 (no print of Binance reached 500)
    FD_EQ(v.maxOrderUsd, 500);

    // Only buys: no aggressor ratio (no division by zero), with a reason.
    Feed g;
    g.btc(t(1), 100, 1, Buy);
    const auto snap2 = g.snap();
    QVERIFY(!snap2->find("BTC")->volume[k1m][kPerp].aggressorRatioCount.ok());
    QVERIFY(snap2->find("BTC")->volume[k1m][kPerp].aggressorRatioCount.na.text);
}

// Tiers per taker order (≥ 100K large, ≥ 500K whale, ≥ 5M mega), cumulative.
//   O1 t(20,1): Buy 50,000 × 1.5 = 75,000; + 50,000 × 1 = 125,000 (crosses 100K);
//               + 50,000 × 8 = 525,000 (crosses 500K)         → large, whale
//   O2 t(20,2): Sell 50,000 × 120 = 6,000,000 in one print     → large, whale, mega
//   O3 t(21,0): Buy 99,999.99 × 1                               → none (just below)
//   O4 t(21,1): Buy 100,000 × 1 = 100,000 exactly               → large
void TstVolume::whaleTiers()
{
    Feed f;
    f.btc(t(20, 1), 50'000, 1.5, Buy);
    f.btc(t(20, 1, 10), 50'000, 1, Buy);
    f.btc(t(20, 1, 20), 50'000, 8, Buy);
    f.btc(t(20, 2), 50'000, 120, Sell);
    f.btc(t(21, 0), 99'999.99, 1, Buy);
    f.btc(t(21, 1), 100'000, 1, Buy);
    const auto snap = f.snap();
    const SymbolSnapshot *s = snap->find("BTC");
    const VolumeStats &v = s->volume[k5m][kPerp];
    QCOMPARE(v.orderCount, int64_t(4));
    QCOMPARE(v.countGe100k, int64_t(3)); // O1, O2, O4
    QCOMPARE(v.countGe500k, int64_t(2)); // O1, O2: the whale count over 5 m
    QCOMPARE(v.countGe5m, int64_t(1));   // O2
    FD_EQ(v.maxOrderUsd, 6'000'000);

    // The 5 m list of orders ≥ large tier, by USD: O2, O1 (3 prints, 525K), O4.
    QCOMPARE(s->largestOrders5m.size(), size_t(3));
    FD_EQ(s->largestOrders5m[0].usd, 6'000'000);
    FD_STR(s->largestOrders5m[0].tier, "mega");
    QCOMPARE(s->largestOrders5m[0].side, Sell);
    FD_EQ(s->largestOrders5m[1].usd, 525'000);
    QCOMPARE(s->largestOrders5m[1].prints, 3);
    FD_EQ(s->largestOrders5m[1].baseQty, 10.5);
    FD_STR(s->largestOrders5m[1].tier, "whale");
    QCOMPARE(qint64(s->largestOrders5m[1].timeNs), qint64(t(20, 1))); // the first print's time
    FD_EQ(s->largestOrders5m[2].usd, 100'000);
    FD_STR(s->largestOrders5m[2].tier, "large");
    // The whale feed lists the same three orders, newest first.
    QCOMPARE(snap->whales.size(), size_t(3));
    FD_EQ(snap->whales[0].usd, 100'000);
    FD_EQ(snap->whales[2].usd, 525'000);
}

// Outlier: a taker order > exp(mean + 3σ) of log USD over 15 m is flagged below the
// whale tier. 15 orders of $100 and 15 of $1,000: mean log = ln √(100·1000) = ln 316.23,
// σ = ln(10)/2 (population) → threshold = 316.23 · 10^1.5 = 10,000 (sample σ would
// give ≈ 10,600). $20,000 is an outlier under either, $9,000 under neither.
void TstVolume::outlierBelowWhaleTier()
{
    Feed f;
    for (int i = 0; i < 30; ++i)
        f.btc(t(1 + i), 100, i % 2 ? 10 : 1, Buy);
    // Both in bucket t(40): the threshold is the one sampled from the 30 orders above.
    f.btc(t(39, 100), 100, 200, Buy); // $20,000
    f.btc(t(39, 200), 100, 90, Buy);  // $9,000
    FD_NEAR(f.agg.outlierThreshold(f.dec.registry().symbol("BTC")), 10'000, 1e-6);
    const auto snap = f.snap();
    QCOMPARE(snap->whales.size(), size_t(1));
    FD_EQ(snap->whales[0].usd, 20'000);
    QVERIFY(snap->whales[0].outlier);
    FD_STR(snap->whales[0].tier, "outlier");
    QVERIFY(snap->find("BTC")->largestOrders5m.empty()); // below the large tier
}

// trades/s over 1m: HIGH > 100, MEDIUM > 20, else LOW. N prints 1 ms apart after t(0).
void TstVolume::intensity_data()
{
    QTest::addColumn<int>("prints");
    QTest::addColumn<QString>("label");
    QTest::newRow("1200 = 20/s") << 1200 << QStringLiteral("LOW");
    QTest::newRow("1201") << 1201 << QStringLiteral("MEDIUM");
    QTest::newRow("6000 = 100/s") << 6000 << QStringLiteral("MEDIUM");
    QTest::newRow("6001") << 6001 << QStringLiteral("HIGH");
}

void TstVolume::intensity()
{
    QFETCH(int, prints);
    QFETCH(QString, label);
    Feed f;
    for (int i = 0; i < prints; ++i)
        f.btc(t(0, i + 1), 100, 0.01, i % 3 ? Buy : Sell);
    const auto snap = f.snap();
    const VolumeStats &v = snap->find("BTC")->volume[k1m][kPerp];
    QCOMPARE(v.tradeCount, int64_t(prints));
    FD_EQ(v.tradesPerS, prints / 60.0);
    QCOMPARE(qs(v.intensity), label);
}

// Tick rule per venue stream; zero ticks keep the last direction.
//   Binance 100, 101 ↑, 101 (0 → ↑), 101 (↑), 100 ↓, 100 (↓), 102 ↑, 102 (↑)
//     → up 5, down 2, streak ↑ 2
//   Bybit   200, 199 ↓, 199 (↓), 201 ↑   (interleaved: against Binance's prices 199 would be an up-tick)
//     → up 1, down 2
// Sum up 6, down 4 → tick ratio 0.6. Streak from Binance (8 prints > 4).
// Then Bybit 201 (0 → ↑), 202, 203, 204, 205: Bybit up 6, streak ↑ 6 with 9 prints > 8.
void TstVolume::tickRuleAndStreak()
{
    Feed f;
    const char *by = "BybitPerpetualsUsd";
    f.btc(t(1), 100, 1, Buy);
    f.trade(by, "BTC", Perp, t(2), 200, 1, Buy);
    f.btc(t(3), 101, 1, Buy);
    f.trade(by, "BTC", Perp, t(4), 199, 1, Buy);
    f.btc(t(5), 101, 1, Buy);
    f.trade(by, "BTC", Perp, t(6), 199, 1, Buy);
    f.btc(t(7), 101, 1, Buy);
    f.trade(by, "BTC", Perp, t(8), 201, 1, Buy);
    f.btc(t(9), 100, 1, Buy);
    f.btc(t(10), 100, 1, Buy);
    f.btc(t(11), 102, 1, Buy);
    f.btc(t(12), 102, 1, Buy);
    auto snap = f.snap();
    const SymbolSnapshot *s = snap->find("BTC");
    QCOMPARE(s->volume[k1m][kPerp].upTicks, int64_t(6));
    QCOMPARE(s->volume[k1m][kPerp].downTicks, int64_t(4));
    FD_EQ(s->volume[k1m][kPerp].tickRatio.v, 0.6);
    FD_STR(s->streakVenue, "Binance");
    QCOMPARE(s->streakDir, 1);
    QCOMPARE(s->streakLen, 2);

    for (int i = 0; i < 5; ++i)
        f.trade(by, "BTC", Perp, t(13 + i), 201 + i, 1, Buy);
    snap = f.snap();
    s = snap->find("BTC");
    QCOMPARE(s->volume[k1m][kPerp].upTicks, int64_t(11));
    QCOMPARE(s->volume[k1m][kPerp].downTicks, int64_t(4));
    FD_EQ(s->volume[k1m][kPerp].tickRatio.v, 11.0 / 15);
    FD_STR(s->streakVenue, "Bybit");
    QCOMPARE(s->streakDir, 1);
    QCOMPARE(s->streakLen, 6);
}

// Size trend = avg taker order 1m / 15m: > 1.2 Increasing, < 0.8 Decreasing.
// One $1,000 order at t(100) (15m only) and one $X order at t(900) (1m and 15m):
// avg1 = X, avg15 = (1000 + X) / 2.
void TstVolume::sizeTrend_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<QString>("label");
    QTest::newRow("1500: 1500/1250 = 1.2, not above") << 1500.0 << 1.2 << QStringLiteral("Stable");
    QTest::newRow("1600: 1600/1300") << 1600.0 << 1600.0 / 1300 << QStringLiteral("Increasing");
    QTest::newRow("1000: 1") << 1000.0 << 1.0 << QStringLiteral("Stable");
    QTest::newRow("500: 500/750") << 500.0 << 500.0 / 750 << QStringLiteral("Decreasing");
    // 2X/(1000+X) = 0.8 at X = 666.67: 700 → 700/850 = 0.8235
    QTest::newRow("700: 700/850") << 700.0 << 700.0 / 850 << QStringLiteral("Stable");
}

void TstVolume::sizeTrend()
{
    QFETCH(double, x);
    QFETCH(double, ratio);
    QFETCH(QString, label);
    Feed f;
    f.btc(t(100), 100, 10, Buy);
    f.btc(t(900), 100, x / 100, Sell);
    const auto snap = f.snap();
    const SizeTrend &tr = snap->find("BTC")->sizeTrend;
    FD_EQ(tr.avg1m.v, x);
    FD_EQ(tr.avg15m.v, (1000 + x) / 2);
    FD_NEAR(tr.ratio.v, ratio, 1e-12);
    QCOMPARE(qs(tr.label), label);
}

// ACCEL if imbalance 1m > 5m + 5 points, FADING if < 5m − 5. Earlier (in 5m, not 1m)
// buy E_b / sell E_s at t(200); within 1m buy b / sell s at t(300) (clock).
void TstVolume::flowTrend_data()
{
    QTest::addColumn<double>("eb");
    QTest::addColumn<double>("es");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("s");
    QTest::addColumn<double>("imb1");
    QTest::addColumn<double>("imb5");
    QTest::addColumn<QString>("label");
    // 1m (600−400)/1000 = 20; 5m (1000−1000)/2000 = 0
    QTest::newRow("accel") << 400.0 << 600.0 << 600.0 << 400.0 << 20.0 << 0.0 << QStringLiteral("ACCEL");
    QTest::newRow("fading") << 600.0 << 400.0 << 400.0 << 600.0 << -20.0 << 0.0 << QStringLiteral("FADING");
    // 1m (550−450)/1000 = 10; 5m (1050−950)/2000 = 5: exactly 5 points → STEADY
    QTest::newRow("edge +5") << 500.0 << 500.0 << 550.0 << 450.0 << 10.0 << 5.0 << QStringLiteral("STEADY");
    // 1m 10.2, 5m 5.1: 5.1 points
    QTest::newRow("edge +5.1") << 500.0 << 500.0 << 551.0 << 449.0 << 10.2 << 5.1 << QStringLiteral("ACCEL");
    QTest::newRow("edge -5") << 500.0 << 500.0 << 450.0 << 550.0 << -10.0 << -5.0 << QStringLiteral("STEADY");
    QTest::newRow("edge -5.1") << 500.0 << 500.0 << 449.0 << 551.0 << -10.2 << -5.1 << QStringLiteral("FADING");
}

void TstVolume::flowTrend()
{
    QFETCH(double, eb);
    QFETCH(double, es);
    QFETCH(double, b);
    QFETCH(double, s);
    QFETCH(double, imb1);
    QFETCH(double, imb5);
    QFETCH(QString, label);
    Feed f;
    f.btc(t(200), 1, eb, Buy);
    f.btc(t(200, 1), 1, es, Sell);
    f.btc(t(300), 1, b, Buy);
    f.btc(t(300), 1, s, Sell);
    const auto snap = f.snap();
    const SymbolSnapshot *sym = snap->find("BTC");
    FD_NEAR(sym->volume[k1m][kPerp].imbalancePct.v, imb1, 1e-9);
    FD_NEAR(sym->volume[k5m][kPerp].imbalancePct.v, imb5, 1e-9);
    QCOMPARE(qs(sym->flowTrend), label);
}

// §0 arrows. Fewer than 10 samples: the metric's fixed steps (here 10/25/50, the
// orderflow imbalance ones). From 10 samples: z = (x − mean)/σ with 0.5/1/2.
// History {0×5, 10×5}: mean 5, σ 5 (population; the sample σ 5.27 puts every
// value below in the same band too).
void TstVolume::arrowRule_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<std::vector<double>>("hist");
    QTest::addColumn<Arrow>("arrow");
    const std::vector<double> none;
    const std::vector<double> nine(9, 1000.0); // 9 samples: fixed steps, whatever their values
    std::vector<double> nineAndNaN = nine;
    nineAndNaN.push_back(kNaN); // a NaN sample does not count
    const std::vector<double> ten = {0, 0, 0, 0, 0, 10, 10, 10, 10, 10};
    QTest::newRow("fixed 9.99") << 9.99 << none << Arrow::Flat;
    QTest::newRow("fixed 10") << 10.0 << none << Arrow::Up;
    QTest::newRow("fixed -24") << -24.0 << none << Arrow::Down;
    QTest::newRow("fixed 26 (9 samples)") << 26.0 << nine << Arrow::UpUp;
    QTest::newRow("fixed 30 (9 samples)") << 30.0 << nine << Arrow::UpUp;
    QTest::newRow("fixed 30 (9 + NaN)") << 30.0 << nineAndNaN << Arrow::UpUp;
    QTest::newRow("fixed 50") << 50.0 << none << Arrow::UpUp;
    QTest::newRow("fixed 50.01") << 50.01 << none << Arrow::UpUpUp;
    QTest::newRow("fixed -60") << -60.0 << none << Arrow::DownDownDown;
    QTest::newRow("z 0.48") << 7.4 << ten << Arrow::Flat;
    QTest::newRow("z 0.6") << 8.0 << ten << Arrow::Up;
    QTest::newRow("z 1.2") << 11.0 << ten << Arrow::UpUp;
    QTest::newRow("z 2.2") << 16.0 << ten << Arrow::UpUpUp;
    QTest::newRow("z -0.6") << 2.0 << ten << Arrow::Down;
    QTest::newRow("z -1.2") << -1.0 << ten << Arrow::DownDown;
    QTest::newRow("z -2.2") << -6.0 << ten << Arrow::DownDownDown;
    // x = 30 against ten samples: z = 5 → ↑↑↑ (the fixed steps would say ↑↑)
    QTest::newRow("z 5") << 30.0 << ten << Arrow::UpUpUp;
}

void TstVolume::arrowRule()
{
    QFETCH(double, x);
    QFETCH(std::vector<double>, hist);
    QFETCH(Arrow, arrow);
    QCOMPARE(arrowFor(x, hist, 10, 10, 25, 50), arrow);
}

QTEST_APPLESS_MAIN(TstVolume)
#include "tst_volume.moc"
