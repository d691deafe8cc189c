// Risk (METRICS.md §9), correlation (§10) and depth bands (§5), hand-computed
// or checked against a second computation written here: regime (ER, RV, vol
// ratio) on constructed 1 m bar paths, cascade risk components on a built
// case, the liquidity score label, correlation ±1, lead/lag by 3 s, depth
// bands from an L2 snapshot + update with reach and the L1 fallback.
#include "metricfeed.h"

#include <functional>

using namespace fd;
using namespace fdtest;

namespace {
constexpr auto Buy = Side::Buy;
constexpr auto Sell = Side::Sell;
constexpr auto Perp = MarketType::Perp;
const char *const kBinance = "BinanceFuturesUsd";
const char *const kBybit = "BybitPerpetualsUsd";

// Deterministic returns in [−0.002, 0.002].
struct Lcg {
    uint32_t x;
    double next()
    {
        x = x * 1664525u + 1013904223u;
        return (static_cast<double>(x >> 8) / static_cast<double>(1u << 24) - 0.5) * 0.004;
    }
};

// Second computation of RV_n: sample standard deviation (n − 1) of the last n
// one-minute log returns of `c`, two-pass, × √525600.
double rvTest(const std::vector<double> &c, size_t n)
{
    std::vector<double> r;
    for (size_t i = c.size() - n; i < c.size(); ++i)
        r.push_back(std::log(c[i] / c[i - 1]));
    double mean = 0;
    for (double x : r)
        mean += x;
    mean /= static_cast<double>(n);
    double ss = 0;
    for (double x : r)
        ss += (x - mean) * (x - mean);
    return std::sqrt(ss / static_cast<double>(n - 1)) * std::sqrt(525600.0);
}

// ER over the last 30 bars: |c_last − c_last−30| / Σ|Δc|.
double erTest(const std::vector<double> &c)
{
    const size_t n = c.size();
    double path = 0;
    for (size_t i = n - 30; i < n; ++i)
        path += std::abs(c[i] - c[i - 1]);
    return path > 0 ? std::abs(c[n - 1] - c[n - 31]) / path : 0.0;
}

// Feeds one Binance BTC perp trade per minute at t(60 j) with price c[j]; the perp
// reference (last trade) at each minute close is c[j]. `extraMs` > 0 adds a trade at
// the same price `extraMs` after the last one, so that the last bar is closed.
void feedBars(Feed &f, const std::vector<double> &c, int extraMs)
{
    for (size_t j = 0; j < c.size(); ++j)
        f.btc(t(60 * static_cast<int64_t>(j)), c[j], 0.01, j % 2 ? Buy : Sell);
    if (extraMs > 0)
        f.btc(t(60 * static_cast<int64_t>(c.size() - 1), extraMs), c.back(), 0.01, Buy);
}

std::vector<double> path(int n, const std::function<double(int)> &g)
{
    std::vector<double> c;
    for (int j = 0; j < n; ++j)
        c.push_back(g(j));
    return c;
}
} // namespace

class TstRisk : public QObject
{
    Q_OBJECT

private slots:
    void regime_data();
    void regime();
    void regimeWarmingUp();
    void regimeAtMinuteBoundary();
    void cascadeRisk();
    void cascadeRiskNothing();
    void liquidity_data();
    void liquidity();
    void liquidityWarmingUp();
    void correlationPlusMinusOne();
    void leadLag_data();
    void leadLag();
    void depthBands();
};

// 61 one-minute bars (60 returns). ER, RV_15, RV_60 and the ratio are compared with
// the second computation above; the labels are derived by hand:
//  up       100,000 + 10 j: ER = 300/300 = 1 → TRENDING, 30 m return > 0 → BULLISH. Returns
//           ≈ 10⁻⁴ falling linearly, so σ ∝ √(n(n+1)/12): ratio ≈ √(20/305) = 0.26 → DECREASING.
//  down     100,000 − 10 j: ER 1 → TRENDING, BEARISH; returns' magnitude grows linearly: also 0.26.
//  zigzag   100,000 + 100·(j mod 2): c60 = c30 → ER 0; returns ±x: RV_60 = x√(60/59),
//           RV_15 (8 × −x, 7 × +x) = x√((15 − 1/15)/14) → ratio 1.024 → RANGING (not < 0.8), STABLE.
//  volatile zigzag of 20 before bar 45 and 200 from bar 45: ER 0; RV_15 ≈ 0.00207, RV_60 ≈ 0.00106
//           (16 big returns of 60) → ratio ≈ 1.96 > 1.5 → VOLATILE, INCREASING, NEUTRAL.
//  range    zigzag of 200 before bar 45 and 20 from bar 45: ER 0, ratio ≈ 0.12 < 0.8 →
//           RANGE-BOUND, DECREASING, NEUTRAL.
void TstRisk::regime_data()
{
    QTest::addColumn<std::vector<double>>("closes");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("volState");
    QTest::newRow("up") << path(61, [](int j) { return 100'000.0 + 10 * j; }) << QStringLiteral("TRENDING")
                        << QStringLiteral("BULLISH") << QStringLiteral("DECREASING");
    QTest::newRow("down") << path(61, [](int j) { return 100'000.0 - 10 * j; }) << QStringLiteral("TRENDING")
                          << QStringLiteral("BEARISH") << QStringLiteral("DECREASING");
    QTest::newRow("zigzag") << path(61, [](int j) { return 100'000.0 + 100 * (j % 2); }) << QStringLiteral("RANGING")
                            << QStringLiteral("NEUTRAL") << QStringLiteral("STABLE");
    QTest::newRow("volatile") << path(61, [](int j) { return 100'000.0 + (j < 45 ? 20 : 200) * (j % 2); })
                              << QStringLiteral("VOLATILE") << QStringLiteral("NEUTRAL") << QStringLiteral("INCREASING");
    QTest::newRow("range") << path(61, [](int j) { return 100'000.0 + (j < 45 ? 200 : 20) * (j % 2); })
                           << QStringLiteral("RANGE-BOUND") << QStringLiteral("NEUTRAL") << QStringLiteral("DECREASING");
}

void TstRisk::regime()
{
    QFETCH(std::vector<double>, closes);
    QFETCH(QString, state);
    QFETCH(QString, direction);
    QFETCH(QString, volState);
    Feed f;
    feedBars(f, closes, 500);
    const auto snap = f.snap();
    const Regime &r = snap->find("BTC")->regime;
    QCOMPARE(r.bars, 61);
    const double rv15 = rvTest(closes, 15), rv60 = rvTest(closes, 60);
    FD_NEAR(r.er.v, erTest(closes), 1e-12);
    FD_NEAR(r.rv15.v, rv15, 1e-6 * rv15);
    FD_NEAR(r.rv60.v, rv60, 1e-6 * rv60);
    FD_NEAR(r.volRatio.v, rv15 / rv60, 1e-6);
    QCOMPARE(qs(r.state), state);
    QCOMPARE(qs(r.direction), direction);
    QCOMPARE(qs(r.volState), volState);
    QVERIFY(r.confidence.v >= 0 && r.confidence.v <= 100);
    if (state == QLatin1String("TRENDING")) {
        FD_EQ(r.er.v, 1);
        FD_EQ(r.confidence.v, 100); // ER 1 is far from 0.4 and 61 bars are a full hour
    } else {
        FD_NEAR(r.er.v, 0, 1e-12);
    }
    QVERIFY(!r.impliedVol.ok()); // no options data
}

// 15 bars: n/a with the reason. 20 bars: computed, confidence capped by 20/60.
void TstRisk::regimeWarmingUp()
{
    Feed f;
    feedBars(f, path(15, [](int j) { return 100'000.0 + 10 * j; }), 500);
    auto snap = f.snap();
    const Regime *r = &snap->find("BTC")->regime;
    FD_STR(r->state, "n/a");
    QCOMPARE(r->bars, 15);
    QVERIFY(r->na.text);
    QVERIFY(!r->er.ok());

    Feed g;
    feedBars(g, path(20, [](int j) { return 100'000.0 + 10 * j; }), 500);
    snap = g.snap();
    r = &snap->find("BTC")->regime;
    QCOMPARE(r->bars, 20);
    FD_STR(r->state, "TRENDING");
    QVERIFY(r->confidence.v > 0);
    QVERIFY(r->confidence.v <= 100.0 * 20 / 60);
}

// Clock exactly on a minute (the last trade at t(3600)): the bar of that minute closes
// only when the clock moves past it, so the regime uses the 60 closed bars before it.
// It must not fall back to "warming up 0/16".
void TstRisk::regimeAtMinuteBoundary()
{
    const auto closes = path(61, [](int j) { return 100'000.0 + 10 * j; });
    Feed f;
    feedBars(f, closes, 0);
    QCOMPARE(qint64(f.agg.clockNs()), qint64(t(3600)));
    const auto snap = f.snap();
    const Regime &r = snap->find("BTC")->regime;
    QCOMPARE(r.bars, 60);
    FD_STR(r.state, "TRENDING");
    FD_STR(r.direction, "BULLISH");
    const std::vector<double> closed(closes.begin(), closes.end() - 1);
    FD_NEAR(r.rv15.v, rvTest(closed, 15), 1e-6 * rvTest(closed, 15));
    FD_NEAR(r.rv60.v, rvTest(closed, 59), 1e-6 * rvTest(closed, 59)); // 60 bars: 59 returns
}

// Built case, step 100 (first price 100,000), times in s after T0:
//   −200 trade 100,000 · −150 trade 97,000 · −140 trade 100,000  (15 m range 97,000 … 100,000)
//   −10  Binance OI 1,000 BTC (no notional: × 100,000 = $1e8); minute close 0: remembered
//   30   Binance buy 3 and sell 1 at 100,000: bar VWAP 100,000, buy share 0.75
//   40   Binance OI 1,010 → at the minute close 60: ΔOI = 10 × 100,000 = $1,000,000
//        longs 750,000 × (0.35, 0.3, 0.2, 0.15) at 100,000·(1 − 1/L), L = 10/25/50/100:
//          90,000: 262,500 · 96,000: 225,000 · 98,000: 150,000 · 99,000: 112,500
//        shorts 250,000 × weights at 100,000·(1 + 1/L):
//          110,000: 87,500 · 104,000: 75,000 · 102,000: 50,000 · 101,000: 37,500
//   50   Bybit OI $2e8 (2,000 BTC)
//   70   Binance long liquidation 0.75 × 100,000 = $75,000
//   125  sell 0.3 ($30,000) · 130 Bybit OI $1.97e8 · 140 buy 0.1 ($10,000) = clock
// I = 75,000 / (3 × max(75,000/12, 50,000)) = 0.5
// next level: the long bucket below with most USD within 5 %: [96,000, 96,100), mid 96,050
// N = 1 − (100,000 − 96,050)/(2 × 3,000) = 1 − 3,950/6,000
// D: ΔOI 5m = (1.01e8 − 1e8) + (1.97e8 − 2e8) = −2e6 of 3e8 = −0.667 % → 0.667
// F: imbalance 1m (10,000 − 30,000)/40,000 = −50 %, toward the level below → 0.5
// score = 100 (0.35·0.5 + 0.25·0.341667 + 0.2·0.666667 + 0.2·0.5) = 49.375 → MEDIUM
void TstRisk::cascadeRisk()
{
    Feed f;
    f.btc(t(-200), 100'000, 0.01, Buy);
    f.btc(t(-150), 97'000, 0.01, Sell);
    f.btc(t(-140), 100'000, 0.01, Buy);
    f.oi(kBinance, "BTC", t(-10), 1000);
    f.btc(t(30), 100'000, 3, Buy);
    f.btc(t(30), 100'000, 1, Sell);
    f.oi(kBinance, "BTC", t(40), 1010);
    f.oi(kBybit, "BTC", t(50), 2000, 2e8);
    MarketEvent liq = f.ev(EventKind::Liquidation, kBinance, "BTC", Perp, t(70));
    liq.price = 100'000;
    liq.qty = 0.75;
    liq.side = Sell;
    liq.longLiquidated = true;
    f.agg.apply(liq);
    f.btc(t(125), 100'000, 0.3, Sell);
    f.oi(kBybit, "BTC", t(130), 1970, 1.97e8);
    f.btc(t(140), 100'000, 0.1, Buy);
    const auto snap = f.snap();
    const SymbolSnapshot *s = snap->find("BTC");
    FD_EQ(s->clusterStep, 100);
    const CascadeRisk &c = s->cascade;

    // The model levels (nonzero ones), by price.
    QCOMPARE(c.levels.size(), size_t(8));
    const struct {
        double price, longUsd, shortUsd;
    } levels[] = {{90'000, 262'500, 0}, {96'000, 225'000, 0}, {98'000, 150'000, 0}, {99'000, 112'500, 0},
                  {101'000, 0, 37'500}, {102'000, 0, 50'000}, {104'000, 0, 75'000}, {110'000, 0, 87'500}};
    for (size_t i = 0; i < 8; ++i) {
        FD_EQ(c.levels[i].price, levels[i].price);
        FD_NEAR(c.levels[i].longUsd, levels[i].longUsd, 1e-6);
        FD_NEAR(c.levels[i].shortUsd, levels[i].shortUsd, 1e-6);
    }
    FD_EQ(c.nextLevelPrice.v, 96'050);
    FD_NEAR(c.nextLevelUsd.v, 225'000, 1e-6);
    FD_NEAR(c.nextLevelPct.v, -3.95, 1e-9);
    FD_EQ(c.protectionPrice.v, 104'050);
    FD_NEAR(c.protectionUsd.v, 75'000, 1e-6);
    FD_NEAR(c.protectionPct.v, 4.05, 1e-9);

    FD_NEAR(s->oi.deltaPct[1].v, -2.0 / 3, 1e-12);
    FD_NEAR(c.I.v, 0.5, 1e-12);
    FD_NEAR(c.N.v, 1 - 3950.0 / 6000, 1e-12);
    FD_NEAR(c.D.v, 2.0 / 3, 1e-12);
    FD_NEAR(c.F.v, 0.5, 1e-12);
    FD_NEAR(c.score.v, 49.375, 1e-9);
    FD_STR(c.label, "MEDIUM");
}

// No OI growth, no liquidations, balanced flow: every component 0 → LOW.
void TstRisk::cascadeRiskNothing()
{
    Feed f;
    f.btc(t(0), 100'000, 1, Buy);
    f.btc(t(10), 100'000, 1, Sell);
    const auto snap = f.snap();
    const CascadeRisk &c = snap->find("BTC")->cascade;
    QVERIFY(c.levels.empty());
    QVERIFY(!c.nextLevelPrice.ok());
    FD_EQ(c.I.v, 0);
    FD_EQ(c.N.v, 0);
    FD_EQ(c.D.v, 0);
    FD_EQ(c.F.v, 0);
    FD_EQ(c.score.v, 0);
    FD_STR(c.label, "LOW");
}

// Liquidity score = mean of three percentile ranks (share of the hour's 5 s samples ≤ now):
// top-of-book USD, 1/spread, trades/s. One trade at t(1); Binance perp quotes each second
// t(1) … t(71): bid 99,999 × 10, ask 100,001 × 10 (tob $2,000,000, spread 0.2 bps) up to t(65),
// then the row's quote. 14 samples (5 … 70 s); now = the one at 70 s.
//   trades/s: samples 5 … 60 hold the print (1/60), 65 and 70 hold none: now 0 → 2/14.
//   THIN   Q 1, spread 12 (99,994/100,006): tob 1/14, 1/spread 1/14 → (1 + 1 + 2)/14/3 = 9.52
//   NORMAL Q 10, spread 12: tob $2,000,000 like all → 14/14; (14 + 1 + 2)/14/3 = 40.48
//   THICK  Q 100, spread 2: tob highest 14/14, 1/spread equal 14/14 → (14 + 14 + 2)/14/3 = 71.43
void TstRisk::liquidity_data()
{
    QTest::addColumn<double>("qty");
    QTest::addColumn<double>("halfSpread");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("label");
    QTest::newRow("thin") << 1.0 << 6.0 << 100.0 * 4 / 14 / 3 << QStringLiteral("THIN");
    QTest::newRow("normal") << 10.0 << 6.0 << 100.0 * 17 / 14 / 3 << QStringLiteral("NORMAL");
    QTest::newRow("thick") << 100.0 << 1.0 << 100.0 * 30 / 14 / 3 << QStringLiteral("THICK");
}

void TstRisk::liquidity()
{
    QFETCH(double, qty);
    QFETCH(double, halfSpread);
    QFETCH(double, score);
    QFETCH(QString, label);
    Feed f;
    f.btc(t(1), 100'000, 0.01, Buy);
    for (int s = 1; s <= 71; ++s) {
        if (s <= 65)
            f.quote(kBinance, "BTC", Perp, t(s), 99'999, 10, 100'001, 10);
        else
            f.quote(kBinance, "BTC", Perp, t(s), 100'000 - halfSpread, qty, 100'000 + halfSpread, qty);
    }
    const auto snap = f.snap();
    const Liquidity &l = snap->find("BTC")->liquidity;
    QCOMPARE(l.samples, 14);
    FD_NEAR(l.tradesPct.v, 100.0 * 2 / 14, 1e-9);
    FD_NEAR(l.score.v, score, 1e-9);
    QCOMPARE(qs(l.label), label);
}

// Fewer than 12 samples: n/a with the reason.
void TstRisk::liquidityWarmingUp()
{
    Feed f;
    for (int s = 1; s <= 56; ++s)
        f.quote(kBinance, "BTC", Perp, t(s), 99'999, 10, 100'001, 10);
    const auto snap = f.snap();
    const Liquidity &l = snap->find("BTC")->liquidity;
    QCOMPARE(l.samples, 11);
    QVERIFY(!l.score.ok());
    FD_STR(l.label, "n/a");
}

// Perp trades every 5 s for BTC, ETH and SOL with log prices Σr (BTC, ETH) and −Σr (SOL):
// identical returns → +1, negated → −1. Bars 0 … 295 s are closed at clock t(300): 59 returns.
void TstRisk::correlationPlusMinusOne()
{
    Feed f;
    Lcg g{7};
    double cum = 0;
    for (int j = 0; j <= 60; ++j) {
        if (j > 0)
            cum += g.next();
        f.btc(t(5 * j), 100'000 * std::exp(cum), 0.01, Buy);
        f.trade(kBinance, "ETH", Perp, t(5 * j), 4'000 * std::exp(cum), 0.1, Buy);
        f.trade(kBinance, "SOL", Perp, t(5 * j), 150 * std::exp(-cum), 1, Buy);
    }
    const auto snap = f.snap();
    const Correlation &c = snap->correlation;
    QCOMPARE(c.symbols.size(), size_t(3));
    FD_STR(c.symbols[0], "BTC");
    FD_STR(c.symbols[1], "ETH");
    FD_STR(c.symbols[2], "SOL");
    QCOMPARE(c.bars, 59);
    FD_NEAR(c.matrix[0 * 3 + 1].v, 1, 1e-9);
    FD_NEAR(c.matrix[1 * 3 + 0].v, 1, 1e-9);
    FD_NEAR(c.matrix[0 * 3 + 2].v, -1, 1e-9);
    FD_NEAR(c.matrix[1 * 3 + 2].v, -1, 1e-9);
    FD_EQ(c.matrix[0].v, 1);

    // 20 bars (19 returns) < 30: n/a.
    Feed h;
    for (int j = 0; j <= 20; ++j) {
        h.btc(t(5 * j), 100'000 + j, 0.01, Buy);
        h.trade(kBinance, "ETH", Perp, t(5 * j), 4'000 + j, 0.1, Buy);
    }
    const auto snap2 = h.snap();
    QVERIFY(!snap2->correlation.matrix[1].ok());
    QVERIFY(snap2->correlation.matrix[1].na.text);
}

// 1 s perp references over 400 s. `shift` > 0: ETH's return at second s is BTC's at
// s − shift (BTC leads); < 0: BTC's is ETH's at s + shift (ETH leads); 0: identical.
void TstRisk::leadLag_data()
{
    QTest::addColumn<int>("shift");
    QTest::addColumn<QString>("leader");
    QTest::addColumn<int>("lag");
    QTest::addColumn<QString>("text");
    QTest::newRow("BTC leads 3") << 3 << QStringLiteral("BTC") << 3 << QStringLiteral("BTC leads by 3 s");
    QTest::newRow("ETH leads 3") << -3 << QStringLiteral("ETH") << 3 << QStringLiteral("ETH leads by 3 s");
    QTest::newRow("together") << 0 << QString() << 0 << QStringLiteral("no lead");
}

void TstRisk::leadLag()
{
    QFETCH(int, shift);
    QFETCH(QString, leader);
    QFETCH(int, lag);
    QFETCH(QString, text);
    Lcg g{42};
    std::vector<double> r(401, 0.0);
    for (int j = 1; j <= 400; ++j)
        r[static_cast<size_t>(j)] = g.next();
    auto ret = [&](int j) { return j >= 1 && j <= 400 ? r[static_cast<size_t>(j)] : 0.0; };
    Feed f;
    double lb = 0, le = 0;
    for (int j = 0; j <= 400; ++j) {
        if (j > 0) {
            lb += shift >= 0 ? ret(j) : ret(j + shift);
            le += shift >= 0 ? ret(j - shift) : ret(j);
        }
        f.btc(t(j), 100'000 * std::exp(lb), 0.01, Buy);
        f.trade(kBinance, "ETH", Perp, t(j), 4'000 * std::exp(le), 0.1, Buy);
    }
    const auto snap = f.snap();
    const Correlation &c = snap->correlation;
    QCOMPARE(c.leadLag.size(), size_t(1));
    const auto &ll = c.leadLag[0];
    FD_STR(ll.a, "BTC");
    FD_STR(ll.b, "ETH");
    QCOMPARE(qs(ll.leader), leader);
    QCOMPARE(ll.lagSec, lag);
    QCOMPARE(qs(ll.text), text);
    FD_NEAR(ll.corr.v, 1, 1e-9);
}

// L2 book, Binance BTC perp, mid (99,990 + 100,010)/2 = 100,000:
//   bids 99,990×1  99,500×2  99,000×3 (1 % edge)  98,500×4  98,000×5 (2 % edge)  96,000×6
//   asks 100,010×1.5  100,500×2  101,000×1 (1 %)  101,500×3  102,000×2 (2 %)  103,000×1
// reach min(100,000 − 96,000, 103,000 − 100,000)/100,000 = 3 % → the 5 % band is n/a.
//   1 %: bid 99,990 + 199,000 + 297,000 = 595,990; ask 150,015 + 201,000 + 101,000 = 452,015
//        ratio 1.3185 → STRONG BID
//   2 %: bid + 394,000 + 490,000 = 1,479,990; ask + 304,500 + 204,000 = 960,515 → 1.5408 STRONG BID
// Update (absolute sizes, zero deletes): bid 99,500 → 0; ask 100,500 → 5; ask 100,200 × 1 new;
// ask 103,000 → 0: reach min(4,000, 2,000) = 2 %.
//   1 %: bid 99,990 + 297,000 = 396,990; ask 150,015 + 100,200 + 502,500 + 101,000 = 853,715
//        ratio 0.4650 → STRONG ASK
//   2 %: bid 396,990 + 884,000 = 1,280,990; ask 853,715 + 508,500 = 1,362,215 → 0.9404 BALANCED
// Bybit has only L1 (99,995 × 3 / 100,005 × 2): the L1 ratio 1.5, marked as the fallback.
void TstRisk::depthBands()
{
    Feed f;
    f.btc(t(0), 100'000, 0.01, Buy);
    f.l2(kBinance, "BTC", t(1), true,
         {{99'990, 1}, {99'500, 2}, {99'000, 3}, {98'500, 4}, {98'000, 5}, {96'000, 6}},
         {{100'010, 1.5}, {100'500, 2}, {101'000, 1}, {101'500, 3}, {102'000, 2}, {103'000, 1}});
    f.quote(kBybit, "BTC", Perp, t(3), 99'995, 3, 100'005, 2);
    f.l2(kBinance, "ETH", t(3), false, {{3'000, 1}}, {}); // an Update before any snapshot
    f.quote(kBinance, "ETH", Perp, t(3), 2'999, 1, 3'001, 1);
    auto snap = f.snap();
    const Depth *d = byVenue(snap->find("BTC")->depth, "Binance");
    QVERIFY(d);
    QVERIFY(d->fromL2);
    FD_EQ(d->mid, 100'000);
    FD_EQ(d->reachPct.v, 3);
    FD_EQ(d->ageSec, 2);
    FD_EQ(d->bands[0].bidUsd.v, 595'990);
    FD_EQ(d->bands[0].askUsd.v, 452'015);
    FD_EQ(d->bands[0].ratio.v, 595'990.0 / 452'015);
    FD_STR(d->bands[0].label, "STRONG BID");
    FD_EQ(d->bands[1].bidUsd.v, 1'479'990);
    FD_EQ(d->bands[1].askUsd.v, 960'515);
    FD_STR(d->bands[1].label, "STRONG BID");
    QVERIFY(!d->bands[2].ratio.ok());
    FD_STR(d->bands[2].label, "n/a");
    QCOMPARE(QString::fromUtf8(d->bands[2].bidUsd.na.text), QStringLiteral("book covers only ±%1 %"));
    FD_EQ(d->bands[2].bidUsd.na.a, 3);

    f.l2(kBinance, "BTC", t(4), false, {{99'500, 0}}, {{100'500, 5}, {100'200, 1}, {103'000, 0}});
    f.btc(t(5), 100'000, 0.01, Buy);
    snap = f.snap();
    d = byVenue(snap->find("BTC")->depth, "Binance");
    QVERIFY(d->fromL2);
    QCOMPARE(d->bidLevels, int64_t(5));
    QCOMPARE(d->askLevels, int64_t(6));
    QCOMPARE(d->updatesApplied, int64_t(1));
    FD_EQ(d->reachPct.v, 2);
    FD_EQ(d->ageSec, 4); // since the snapshot, not the update
    FD_EQ(d->bands[0].bidUsd.v, 396'990);
    FD_EQ(d->bands[0].askUsd.v, 853'715);
    FD_STR(d->bands[0].label, "STRONG ASK");
    FD_EQ(d->bands[1].bidUsd.v, 1'280'990);
    FD_EQ(d->bands[1].askUsd.v, 1'362'215);
    FD_EQ(d->bands[1].ratio.v, 1'280'990.0 / 1'362'215);
    FD_STR(d->bands[1].label, "BALANCED");
    QVERIFY(!d->bands[2].ratio.ok());

    const Depth *by = byVenue(snap->find("BTC")->depth, "Bybit");
    QVERIFY(by);
    QVERIFY(!by->fromL2);
    QCOMPARE(QString::fromLatin1(by->fallbackWhy.text), QStringLiteral("no L2 snapshot yet: top-of-book ratio"));
    QVERIFY(!by->reachPct.ok());
    FD_EQ(by->bands[0].ratio.v, 1.5);
    FD_STR(by->bands[0].label, "STRONG BID");
    FD_EQ(by->bands[0].bidUsd.v, 299'985);
    FD_EQ(by->bands[0].askUsd.v, 200'010);

    const Depth *eth = byVenue(snap->find("ETH")->depth, "Binance");
    QVERIFY(eth);
    QVERIFY(!eth->fromL2);
    QCOMPARE(eth->updatesIgnored, int64_t(1));
}

QTEST_APPLESS_MAIN(TstRisk)
#include "tst_risk.moc"
