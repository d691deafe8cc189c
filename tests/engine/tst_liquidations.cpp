// Liquidations (METRICS.md §4), hand-computed: side normalisation per venue
// through the real decoder (relay frames), windows, the cluster step rule,
// bucket edges and DANGER thresholds.
#include "metricfeed.h"

#include <cstdio>

using namespace fd;
using namespace fdtest;

namespace {
constexpr auto Buy = Side::Buy;
constexpr auto Perp = MarketType::Perp;

std::string liqFrame(const char *exchange, const char *base, int64_t ns, double price, double qty, const char *side)
{
    char data[160];
    std::snprintf(data, sizeof data, R"({"price":%.10g,"quantity":%.10g,"side":"%s"})", price, qty, side);
    return relayFrame("liquidation", exchange, base, "Perpetual", ns, data);
}

// The cluster bucket [low, high) holding `low` (exactly one expected).
const LiqBucket *bucketAt(const SymbolSnapshot &s, double low)
{
    const LiqBucket *found = nullptr;
    for (const LiqBucket &b : s.clusters)
        if (std::abs(b.low - low) <= 1e-9 * std::max(1.0, std::abs(low)))
            found = &b;
    return found;
}
} // namespace

class TstLiquidations : public QObject
{
    Q_OBJECT

private slots:
    void sideNormalisationAndWindows();
    void clusterStep_data();
    void clusterStep();
    void clusterStepFixedAndOverride();
    void bucketEdges();
    void dangerThresholds_data();
    void dangerThresholds();
};

// BTC at $90,000. Binance and OKX send the order side (Sell = long liquidated),
// Bybit the position side (Buy = long liquidated); OKX quantity is contracts × 0.01.
//   t(100) Binance Sell 1          → long  90,000   (5m, 15m)
//   t(250) Binance Sell 0.5        → long  45,000
//   t(260) Binance Buy  0.2        → short 18,000
//   t(270) Bybit   Buy  1          → long  90,000
//   t(280) Bybit   Sell 0.1        → short  9,000
//   t(290) OKX     Sell 30 ct = 0.3 → long  27,000
//   t(300) OKX     Buy  10 ct = 0.1 → short  9,000   (clock)
// 1m (240, 300]: long 162,000 × 3, short 36,000 × 3, total 198,000, avg 33,000.
// 5m: + 90,000 long: long 252,000 × 4, total 288,000 over 7, 57,600 / min.
void TstLiquidations::sideNormalisationAndWindows()
{
    Feed f;
    struct L {
        const char *ex;
        int64_t s;
        double qty;
        const char *side;
        bool isLong;
        double baseQty;
    };
    const L liqs[] = {
        {"BinanceFuturesUsd", 100, 1, "Sell", true, 1},   {"BinanceFuturesUsd", 250, 0.5, "Sell", true, 0.5},
        {"BinanceFuturesUsd", 260, 0.2, "Buy", false, 0.2}, {"BybitPerpetualsUsd", 270, 1, "Buy", true, 1},
        {"BybitPerpetualsUsd", 280, 0.1, "Sell", false, 0.1}, {"Okx", 290, 30, "Sell", true, 0.3},
        {"Okx", 300, 10, "Buy", false, 0.1},
    };
    for (const L &l : liqs) {
        const std::string fr = liqFrame(l.ex, "btc", t(l.s), 90'000, l.qty, l.side);
        MarketEvent e;
        QCOMPARE(f.dec.decode(fr, e), DecodeStatus::Event);
        QCOMPARE(e.kind, EventKind::Liquidation);
        QCOMPARE(e.longLiquidated, l.isLong);
        FD_EQ(e.qty, l.baseQty);
        f.agg.apply(e);
    }
    const auto snap = f.snap();
    const SymbolSnapshot *s = snap->find("BTC");
    QVERIFY(s);
    const LiquidationWindow &w1 = s->liquidations[0];
    FD_EQ(w1.longUsd, 162'000);
    FD_EQ(w1.shortUsd, 36'000);
    FD_EQ(w1.totalUsd, 198'000);
    QCOMPARE(w1.longCount, int64_t(3));
    QCOMPARE(w1.shortCount, int64_t(3));
    QCOMPARE(w1.totalCount, int64_t(6));
    FD_EQ(w1.avgUsd.v, 33'000);
    FD_EQ(w1.usdPerMin, 198'000);
    QCOMPARE(w1.perVenue.size(), size_t(3));
    for (const auto &v : w1.perVenue) {
        if (v.venue == "Binance") {
            FD_EQ(v.longUsd, 45'000);
            FD_EQ(v.shortUsd, 18'000);
        } else if (v.venue == "Bybit") {
            FD_EQ(v.longUsd, 90'000);
            FD_EQ(v.shortUsd, 9'000);
        } else {
            FD_STR(v.venue, "OKX");
            FD_EQ(v.longUsd, 27'000);
            FD_EQ(v.shortUsd, 9'000);
        }
        QCOMPARE(v.longCount, int64_t(1));
        QCOMPARE(v.shortCount, int64_t(1));
    }
    const LiquidationWindow &w5 = s->liquidations[1];
    FD_EQ(w5.longUsd, 252'000);
    QCOMPARE(w5.longCount, int64_t(4));
    FD_EQ(w5.totalUsd, 288'000);
    FD_EQ(w5.avgUsd.v, 288'000.0 / 7);
    FD_EQ(w5.usdPerMin, 288'000.0 / 5);
    FD_EQ(s->liquidations[2].usdPerMin, 288'000.0 / 15);
    // Newest first: the OKX short, 0.1 BTC.
    QVERIFY(!s->recentLiquidations.empty());
    FD_STR(s->recentLiquidations.front().venue, "OKX");
    QVERIFY(!s->recentLiquidations.front().longLiquidated);
    FD_EQ(s->recentLiquidations.front().qty, 0.1);
    FD_EQ(s->recentLiquidations.front().usd, 9'000);
}

// Step = the 1/2/5 × 10^k nearest in log scale to 0.1 % of the first price:
//   89,750 → 89.75:  ln(100/89.75) = 0.108 < ln(89.75/50) = 0.585       → 100
//   3,775  → 3.775:  ln(5/3.775) = 0.281 < ln(3.775/2) = 0.635          → 5
//   130    → 0.13:   ln(0.13/0.1) = 0.262 < ln(0.2/0.13) = 0.431        → 0.1
//   2.5    → 0.0025: ln(0.0025/0.002) = 0.223 < ln(0.005/0.0025) = 0.693 → 0.002
//   7,000  → 7:      ln(7/5) = 0.336 < ln(10/7) = 0.357                 → 5
//   7,100  → 7.1:    ln(10/7.1) = 0.342 < ln(7.1/5) = 0.351             → 10
//   0.3    → 0.0003: ln(3/2) = 0.405 < ln(5/3) = 0.511                  → 0.0002
//   1      → 0.001 exactly                                              → 0.001
//   450,000 → 450:   ln(500/450) = 0.105 < ln(450/200) = 0.811          → 500
void TstLiquidations::clusterStep_data()
{
    QTest::addColumn<double>("price");
    QTest::addColumn<double>("step");
    QTest::newRow("BTC 89750") << 89750.0 << 100.0;
    QTest::newRow("ETH 3775") << 3775.0 << 5.0;
    QTest::newRow("SOL 130") << 130.0 << 0.1;
    QTest::newRow("2.5") << 2.5 << 0.002;
    QTest::newRow("7000") << 7000.0 << 5.0;
    QTest::newRow("7100") << 7100.0 << 10.0;
    QTest::newRow("0.3") << 0.3 << 0.0002;
    QTest::newRow("1") << 1.0 << 0.001;
    QTest::newRow("450000") << 450000.0 << 500.0;
}

void TstLiquidations::clusterStep()
{
    QFETCH(double, price);
    QFETCH(double, step);
    Feed f;
    f.trade("BinanceFuturesUsd", "X", Perp, t(0, 100), price, 1, Buy);
    f.trade("BinanceFuturesUsd", "X", Perp, t(2), price, 1, Buy); // samples second 1: step fixed
    const auto snap = f.snap();
    FD_NEAR(snap->find("X")->clusterStep, step, 1e-12 * step);
    FD_EQ(snap->find("X")->dangerThresholdUsd, 100'000);
}

// The step is fixed at the first reference price of the session; a setting overrides it.
void TstLiquidations::clusterStepFixedAndOverride()
{
    Feed f;
    f.btc(t(0, 100), 89'750, 1, Buy);
    f.btc(t(2), 200'000, 1, Buy);  // 0.1 % = 200 would give 200
    f.btc(t(10), 200'000, 1, Buy); // samples seconds 2..9 at 200,000
    FD_EQ(f.snap()->find("BTC")->clusterStep, 100);

    MetricSettings st;
    st.clusterStepOverride["BTC"] = 250;
    Feed g(st);
    g.btc(t(0, 100), 89'750, 1, Buy);
    g.btc(t(2), 89'750, 1, Buy);
    FD_EQ(g.snap()->find("BTC")->clusterStep, 250);
}

// bucket = [floor(price/step)·step, +step), over 15 m (t − 900 excluded).
// BTC, step 100 (first price 89,750), clock t(900):
//   t(0)  Binance Sell 89,750 × 100    long  8,975,000  exactly t − 15m: excluded
//   t(10) Binance Sell 89,700 × 2      long    179,400  → [89,700, 89,800)
//   t(11) Bybit   Sell 89,799.99 × 1   short    89,799.99 → [89,700, 89,800)
//   t(12) Binance Buy  89,800 × 10     short   898,000  → [89,800, 89,900)
//   t(13) Binance Sell 89,699.99 × 1   long     89,699.99 → [89,600, 89,700)
// SOL, step 0.1 (first price 130): 100.1 and 100.19 → [100.1, 100.2); 100.09 → [100.0, 100.1);
// 100.2 → [100.2, 100.3) — decimal prices on an edge belong to the bucket they open.
void TstLiquidations::bucketEdges()
{
    Feed f;
    f.btc(t(0), 89'750, 1, Buy);
    f.trade("BinanceFuturesUsd", "SOL", Perp, t(0), 130, 1, Buy);
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "btc", t(0), 89'750, 100, "Sell")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "btc", t(10), 89'700, 2, "Sell")));
    QVERIFY(f.frame(liqFrame("BybitPerpetualsUsd", "btc", t(11), 89'799.99, 1, "Sell")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "btc", t(12), 89'800, 10, "Buy")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "btc", t(13), 89'699.99, 1, "Sell")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "sol", t(20), 100.1, 10, "Sell")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "sol", t(21), 100.19, 10, "Sell")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "sol", t(22), 100.09, 10, "Buy")));
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", "sol", t(23), 100.2, 10, "Buy")));
    f.btc(t(900), 89'750, 1, Buy);
    const auto snap = f.snap();

    const SymbolSnapshot *btc = snap->find("BTC");
    FD_EQ(btc->clusterStep, 100);
    QCOMPARE(btc->clusterBucketCount, int64_t(3)); // the t(0) liquidation is outside
    QCOMPARE(btc->clusters.size(), size_t(3));
    // sorted by USD
    FD_EQ(btc->clusters[0].low, 89'800);
    FD_EQ(btc->clusters[0].high, 89'900);
    FD_EQ(btc->clusters[0].usd, 898'000);
    QCOMPARE(btc->clusters[0].shortCount, int64_t(1));
    QCOMPARE(btc->clusters[0].longCount, int64_t(0));
    FD_EQ(btc->clusters[1].low, 89'700);
    FD_NEAR(btc->clusters[1].usd, 179'400 + 89'799.99, 1e-6);
    FD_EQ(btc->clusters[1].longUsd, 179'400);
    FD_NEAR(btc->clusters[1].shortUsd, 89'799.99, 1e-6);
    QCOMPARE(btc->clusters[1].longCount, int64_t(1));
    QCOMPARE(btc->clusters[1].shortCount, int64_t(1));
    FD_EQ(btc->clusters[2].low, 89'600);
    FD_NEAR(btc->clusters[2].usd, 89'699.99, 1e-6);
    for (const LiqBucket &b : btc->clusters)
        QVERIFY(!b.danger); // all below $1M
    // The 15 m window total agrees: 179,400 + 89,799.99 + 898,000 + 89,699.99
    FD_NEAR(btc->liquidations[2].totalUsd, 1'256'899.98, 1e-6);

    const SymbolSnapshot *sol = snap->find("SOL");
    FD_NEAR(sol->clusterStep, 0.1, 1e-15);
    QCOMPARE(sol->clusterBucketCount, int64_t(3));
    const LiqBucket *b1001 = bucketAt(*sol, 100.1);
    QVERIFY(b1001);
    FD_NEAR(b1001->high, 100.2, 1e-9);
    FD_NEAR(b1001->usd, 1001 + 1001.9, 1e-6); // 100.1 × 10 + 100.19 × 10
    QCOMPARE(b1001->longCount, int64_t(2));
    const LiqBucket *b1000 = bucketAt(*sol, 100.0);
    QVERIFY(b1000);
    FD_NEAR(b1000->usd, 1000.9, 1e-6);
    QCOMPARE(b1000->shortCount, int64_t(1));
    const LiqBucket *b1002 = bucketAt(*sol, 100.2);
    QVERIFY(b1002);
    FD_NEAR(b1002->usd, 1002, 1e-6);
}

// DANGER ZONE when a bucket ≥ $1M (BTC), $250K (ETH), $100K (others).
void TstLiquidations::dangerThresholds_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<double>("firstPrice");
    QTest::addColumn<double>("price");
    QTest::addColumn<double>("qty");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("low");
    QTest::addColumn<bool>("danger");
    // 80,000 × 12.5 = 1,000,000 exactly; × 12.49 = 999,200
    QTest::newRow("BTC 1M") << QStringLiteral("BTC") << 89750.0 << 80000.0 << 12.5 << 1e6 << 80000.0 << true;
    QTest::newRow("BTC below") << QStringLiteral("BTC") << 89750.0 << 80000.0 << 12.49 << 1e6 << 80000.0 << false;
    // 4,000 × 62.5 = 250,000; × 62.49 = 249,960 (step 5 from 3,775)
    QTest::newRow("ETH 250K") << QStringLiteral("ETH") << 3775.0 << 4000.0 << 62.5 << 250e3 << 4000.0 << true;
    QTest::newRow("ETH below") << QStringLiteral("ETH") << 3775.0 << 4000.0 << 62.49 << 250e3 << 4000.0 << false;
    // 125 × 800 = 100,000; × 799.99 = 99,998.75 (step 0.1 from 130)
    QTest::newRow("SOL 100K") << QStringLiteral("SOL") << 130.0 << 125.0 << 800.0 << 100e3 << 125.0 << true;
    QTest::newRow("SOL below") << QStringLiteral("SOL") << 130.0 << 125.0 << 799.99 << 100e3 << 125.0 << false;
    // 2.5 × 40,000 = 100,000; × 39,999 = 99,997.5 (step 0.002 from 2.5)
    QTest::newRow("XRP 100K") << QStringLiteral("XRP") << 2.5 << 2.5 << 40000.0 << 100e3 << 2.5 << true;
    QTest::newRow("XRP below") << QStringLiteral("XRP") << 2.5 << 2.5 << 39999.0 << 100e3 << 2.5 << false;
}

void TstLiquidations::dangerThresholds()
{
    QFETCH(QString, symbol);
    QFETCH(double, firstPrice);
    QFETCH(double, price);
    QFETCH(double, qty);
    QFETCH(double, threshold);
    QFETCH(double, low);
    QFETCH(bool, danger);
    const std::string sym = symbol.toStdString();
    Feed f;
    f.trade("BinanceFuturesUsd", sym.c_str(), Perp, t(0), firstPrice, 1, Buy);
    QVERIFY(f.frame(liqFrame("BinanceFuturesUsd", sym.c_str(), t(5), price, qty, "Sell")));
    const auto snap = f.snap();
    const SymbolSnapshot *s = snap->find(sym);
    QVERIFY(s);
    FD_EQ(s->dangerThresholdUsd, threshold);
    QCOMPARE(s->clusters.size(), size_t(1));
    FD_NEAR(s->clusters[0].low, low, 1e-9 * low);
    FD_NEAR(s->clusters[0].usd, price * qty, 1e-6);
    QCOMPARE(s->clusters[0].danger, danger);
    QCOMPARE(s->clusters[0].longCount, int64_t(1));
}

QTEST_APPLESS_MAIN(TstLiquidations)
#include "tst_liquidations.moc"
