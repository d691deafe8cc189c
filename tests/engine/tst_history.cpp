// Price & CVD history and volume profile (issue 5 §15/§16), hand-computed:
// series points per 5 s bar (composite and per venue), the profile buckets,
// point of control and value area, the 15 m / 1 h window edges (a window W at
// clock t holds the seconds (t − W, t]), late prints, and bounded memory.
#include "core/snapshotjson.h"
#include "metricfeed.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace fd;
using namespace fdtest;

namespace {

constexpr auto Buy = Side::Buy;
constexpr auto Sell = Side::Sell;

void bybit(Feed &f, int64_t ns, double price, double qty, Side side)
{
    f.trade("BybitPerpetualsUsd", "BTC", MarketType::Perp, ns, price, qty, side);
}

// Moves the engine clock with a Binance perp quote (mid 100 000).
void clockTo(Feed &f, int64_t ns)
{
    f.quote("BinanceFuturesUsd", "BTC", MarketType::Perp, ns, 99'999.5, 1, 100'000.5, 1);
}

const PriceCvdSeries *seriesOf(const SymbolSnapshot &s, const char *venue)
{
    for (const auto &x : s.priceHistory.series)
        if (x.venue == venue)
            return &x;
    return nullptr;
}

const ProfileBucket *bucketAt(const VolumeProfile &vp, double low)
{
    for (const auto &b : vp.buckets)
        if (b.low == low)
            return &b;
    return nullptr;
}

} // namespace

class TstHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Binance and Bybit perp prints over four 5 s bars; the clock ends at 17 s,
    // inside the bar (15 s, 20 s].
    void priceCvdSeries()
    {
        Feed f;
        clockTo(f, t(1));                       // L1 mid 100 000, fresh for 5 s
        f.btc(t(2), 100'000, 1, Buy);            // +100 000
        f.btc(t(3), 100'010, 2, Sell);           // −200 020
        f.trade("BinanceSpot", "BTC", MarketType::Spot, t(4), 99'000, 5, Buy); // spot: not in the history
        f.btc(t(7), 100'020, 1, Buy);            // +100 020
        bybit(f, t(8), 100'050, 2, Buy);         // +200 100
        f.btc(t(17), 99'990, 1, Sell);           // −99 990
        const auto snap = f.snap();
        const SymbolSnapshot *s = snap->find("BTC");
        QVERIFY(s);
        const PriceHistory &h = s->priceHistory;
        QCOMPARE(h.barSec, 5);
        QCOMPARE(h.lastBarEndSec, sec(20));
        QCOMPARE(h.series.size(), size_t(3));
        FD_STR(h.series[0].venue, "composite");
        FD_STR(h.series[1].venue, "Binance");
        FD_STR(h.series[2].venue, "Bybit");
        for (const auto &x : h.series) {
            QCOMPARE(x.price.size(), size_t(kHistoryBars));
            QCOMPARE(x.cvd.size(), size_t(kHistoryBars));
        }
        // Bars end at 0, 5, 10, 15, 20 s: indices 715 … 719.
        const PriceCvdSeries &bin = *seriesOf(*s, "Binance"), &byb = *seriesOf(*s, "Bybit"), &comp = h.series[0];
        QVERIFY(std::isnan(bin.price[715]) && std::isnan(bin.cvd[715])); // before its first print
        FD_EQ(bin.price[716], (100'000.0 + 200'020.0) / 3.0);           // VWAP of (0, 5]
        FD_EQ(bin.cvd[716], -100'020);
        FD_EQ(bin.price[717], 100'020);
        FD_EQ(bin.cvd[717], 0);
        FD_EQ(bin.price[718], 100'020); // no prints in (10, 15]: carried
        FD_EQ(bin.cvd[718], 0);
        FD_EQ(bin.price[719], 99'990);
        FD_EQ(bin.cvd[719], -99'990);
        FD_EQ(bin.cvd[719], s->cvd.venues[0].tradeSinceStart);
        QVERIFY(std::isnan(byb.price[716]) && std::isnan(byb.cvd[716]));
        FD_EQ(byb.price[717], 100'050);
        FD_EQ(byb.cvd[717], 200'100);
        FD_EQ(byb.price[719], 100'050);
        FD_EQ(byb.cvd[719], 200'100);
        // Composite: perp reference at each bar's end (the L1 mid while fresh, then
        // the last perp trade), CVD summed over the venues that have one.
        QVERIFY(std::isnan(comp.price[715]) && std::isnan(comp.cvd[715]));
        FD_EQ(comp.price[716], 100'000);
        FD_EQ(comp.cvd[716], -100'020);
        FD_EQ(comp.price[717], 100'050);
        FD_EQ(comp.cvd[717], 200'100);
        FD_EQ(comp.price[718], 100'050);
        FD_EQ(comp.cvd[718], 200'100);
        FD_EQ(comp.price[719], 99'990); // bar in progress: the reference now
        FD_EQ(comp.cvd[719], 100'110);
        for (int i = 0; i < 715; ++i)
            QVERIFY(std::isnan(comp.price[size_t(i)]) && std::isnan(comp.cvd[size_t(i)]));

        // The micro view carries it, the flow view does not; the JSON has the same numbers.
        SnapshotBuilder b(f.agg);
        QCOMPARE(b.build(View::Microstructure)->find("BTC")->priceHistory.series.size(), size_t(3));
        QVERIFY(b.build(View::Flow)->find("BTC")->priceHistory.series.empty());
        const QJsonObject j = symbolToJson(*s).value(QStringLiteral("price_cvd_history")).toObject();
        QCOMPARE(j.value(QStringLiteral("bar_s")).toInt(), 5);
        QCOMPARE(j.value(QStringLiteral("last_bar_end")).toString(), QStringLiteral("2025-12-12T10:00:20Z"));
        const QJsonObject jb = j.value(QStringLiteral("series")).toObject().value(QStringLiteral("Bybit")).toObject();
        QCOMPARE(jb.value(QStringLiteral("cvd_usd")).toArray().size(), kHistoryBars);
        QVERIFY(jb.value(QStringLiteral("cvd_usd")).toArray().at(716).isNull());
        QCOMPARE(jb.value(QStringLiteral("cvd_usd")).toArray().at(717).toDouble(), 200'100.0);
    }

    void noPerpTradesNoSeries()
    {
        Feed f;
        f.trade("BinanceSpot", "BTC", MarketType::Spot, t(1), 100'000, 1, Buy);
        const auto snap = f.snap();
        QVERIFY(snap->find("BTC")->priceHistory.series.empty());
        const VolumeProfile &vp = snap->find("BTC")->volumeProfile[0];
        QVERIFY(vp.buckets.empty());
        QVERIFY(!vp.pocLow.ok());
        FD_STR(vp.pocLow.na.format(), "no perp trades in the window");
    }

    // Step 20 (niceStep of 0.02 % of 100 000). Buckets, $:
    //   [99 960, 99 980)   sell  49 985
    //   [99 980, 100 000)  sell 199 980
    //   [100 000, 100 020) buy 300 030 + sell 100 010 = 400 040  ← POC
    //   [100 020, 100 040) buy 100 030 (Binance) + 100 030 (Bybit) = 200 060
    //   [100 040, 100 060) buy  50 025
    // total 900 090, 70 % = 630 063. From the POC: up 200 060 > down 199 980 → 600 100;
    // then down 199 980 > up 50 025 → 800 080 ≥ 630 063: value area [99 980, 100 040).
    void profileBucketsPocValueArea()
    {
        Feed f;
        f.btc(t(1), 99'990, 2, Sell);
        f.btc(t(2), 100'010, 3, Buy);
        f.btc(t(2, 500), 100'010, 1, Sell);
        f.btc(t(3), 100'030, 1, Buy);
        bybit(f, t(3, 200), 100'030, 1, Buy);
        f.btc(t(4), 100'050, 0.5, Buy);
        f.btc(t(5), 99'970, 0.5, Sell);
        f.trade("BinanceSpot", "BTC", MarketType::Spot, t(5), 100'010, 10, Buy); // spot: not in the profile
        const auto snap = f.snap();
        const SymbolSnapshot *s = snap->find("BTC");
        for (int w = 0; w < kProfileCount; ++w) {
            const VolumeProfile &vp = s->volumeProfile[size_t(w)];
            QCOMPARE(vp.windowSec, w == 0 ? 900 : 3600);
            QCOMPARE(vp.step, 20.0);
            QCOMPARE(vp.buckets.size(), size_t(5));
            QCOMPARE(vp.buckets.front().low, 99'960.0);
            QCOMPARE(vp.buckets.back().high, 100'060.0);
            const ProfileBucket *poc = bucketAt(vp, 100'000);
            QVERIFY(poc);
            FD_EQ(poc->buyUsd, 300'030);
            FD_EQ(poc->sellUsd, 100'010);
            QCOMPARE(poc->prints, int64_t(2));
            FD_EQ(bucketAt(vp, 100'020)->buyUsd, 200'060);
            FD_EQ(bucketAt(vp, 99'980)->sellUsd, 199'980);
            FD_EQ(vp.totalUsd, 900'090);
            QCOMPARE(vp.pocIndex, 2);
            FD_EQ(vp.pocLow.v, 100'000);
            FD_EQ(vp.pocHigh.v, 100'020);
            FD_EQ(vp.pocUsd, 400'040);
            FD_EQ(vp.valueAreaLow.v, 99'980);
            FD_EQ(vp.valueAreaHigh.v, 100'040);
            FD_EQ(vp.valueAreaUsd, 800'080);
        }
        // Only the flow view (and buildAll) carries the profile; the JSON has the same numbers.
        SnapshotBuilder b(f.agg);
        QCOMPARE(b.build(View::Flow)->find("BTC")->volumeProfile[0].buckets.size(), size_t(5));
        QVERIFY(b.build(View::Microstructure)->find("BTC")->volumeProfile[0].buckets.empty());
        const QJsonObject j = symbolToJson(*s).value(QStringLiteral("volume_profile")).toObject().value(QStringLiteral("15m")).toObject();
        QCOMPARE(j.value(QStringLiteral("poc_low")).toDouble(), 100'000.0);
        QCOMPARE(j.value(QStringLiteral("value_area_high")).toDouble(), 100'040.0);
        QCOMPARE(j.value(QStringLiteral("buckets")).toArray().size(), 5);
    }

    // Ties. 100 000 × 2 499 = 99 960 × 2 500 = $249 900 000 exactly.
    void profileTies()
    {
        // Two buckets with the most USD: the lower is the POC.
        Feed f;
        f.btc(t(1), 100'000, 2'499, Buy); // [100 000, 100 020)
        f.btc(t(2), 99'960, 2'500, Sell); // [99 960, 99 980)
        VolumeProfile vp = f.snap()->find("BTC")->volumeProfile[0];
        FD_EQ(vp.pocLow.v, 99'960);
        FD_EQ(vp.pocUsd, 249'900'000);

        // Equal neighbours join the value area together. POC [99 980, 100 000) 399 960 000,
        // neighbours 249 900 000 each, then 100 030 above and 199 900 below: total
        // 900 059 930, 70 % = 630 041 951. One neighbour would reach it (649 860 000);
        // the tie adds both: 899 760 000, value area [99 960, 100 020).
        Feed g;
        g.btc(t(1), 99'990, 4'000, Buy);
        g.btc(t(2), 100'000, 2'499, Buy);
        g.btc(t(3), 99'960, 2'500, Sell);
        g.btc(t(4), 100'030, 1, Buy);
        g.btc(t(5), 99'950, 2, Sell);
        vp = g.snap()->find("BTC")->volumeProfile[0];
        FD_EQ(vp.totalUsd, 900'059'930);
        FD_EQ(vp.pocLow.v, 99'980);
        FD_EQ(vp.valueAreaLow.v, 99'960);
        FD_EQ(vp.valueAreaHigh.v, 100'020);
        FD_EQ(vp.valueAreaUsd, 899'760'000);
    }

    // A window W at clock t holds the seconds (t − W, t]: a print at 1 s leaves the
    // 15 m profile when the clock passes 900 s and the 1 h profile after 3 600 s.
    void windowEdges()
    {
        Feed f;
        f.btc(t(1), 100'010, 1, Buy);    // [100 000, 100 020) 100 010
        f.btc(t(600), 100'030, 2, Sell); // [100 020, 100 040) 200 060
        auto at = [&](int64_t ns) {
            clockTo(f, ns);
            return f.snap()->find("BTC")->volumeProfile;
        };
        auto vp = at(t(900));
        QCOMPARE(vp[0].buckets.size(), size_t(2));
        FD_EQ(vp[0].totalUsd, 300'070);
        FD_EQ(vp[0].pocLow.v, 100'020);
        vp = at(t(900, 0, 1)); // one nanosecond later: second 901 → (1 s, 901 s]
        QCOMPARE(vp[0].buckets.size(), size_t(1));
        FD_EQ(vp[0].totalUsd, 200'060);
        FD_EQ(vp[0].valueAreaLow.v, 100'020);
        QCOMPARE(vp[1].buckets.size(), size_t(2));
        FD_EQ(vp[1].totalUsd, 300'070);
        // A late print stamped 50 s at clock 1 000 s: too old for 15 m, inside the hour.
        vp = at(t(1000));
        f.btc(t(50), 99'990, 1, Buy);
        vp = f.snap()->find("BTC")->volumeProfile;
        FD_EQ(vp[0].totalUsd, 200'060);
        FD_EQ(vp[1].totalUsd, 400'060);
        vp = at(t(1499)); // (599 s, 1 499 s]: the print at 600 s is still in
        FD_EQ(vp[0].totalUsd, 200'060);
        vp = at(t(1499, 0, 1));
        QVERIFY(vp[0].buckets.empty());
        QVERIFY(!vp[0].pocLow.ok());
        FD_EQ(vp[1].totalUsd, 400'060);
        vp = at(t(3600));
        FD_EQ(vp[1].totalUsd, 400'060);
        vp = at(t(3600, 0, 1));
        FD_EQ(vp[1].totalUsd, 300'050); // 1 s gone; 50 s and 600 s remain
        vp = at(t(3650, 0, 1));
        FD_EQ(vp[1].totalUsd, 200'060);
        QCOMPARE(vp[1].buckets.size(), size_t(1));
        vp = at(t(4200, 0, 1));
        QVERIFY(vp[1].buckets.empty());
        FD_EQ(vp[1].totalUsd, 0);
        // The running sums hold no residue once a bucket is empty.
        QVERIFY(f.agg.symbols().front().profile.window[0].empty());
        QVERIFY(f.agg.symbols().front().profile.window[1].empty());
        // A long silence (clock jump of 2 h) empties both windows too.
        f.btc(t(4300), 100'010, 1, Buy);
        vp = at(t(4300 + 7200));
        QVERIFY(vp[0].buckets.empty() && vp[1].buckets.empty());
    }

    // Two hours of one $50 000 buy per second: the history stays 720 bars (the
    // last hour), its CVD is the running total at each bar's end, and the
    // profile windows hold exactly 900 and 3 600 prints.
    void boundedMemory()
    {
        Feed f;
        for (int64_t s = 1; s <= 7200; ++s)
            f.btc(t(s), 100'000, 0.5, Buy);
        const auto snap = f.snap();
        const SymbolSnapshot &s = *snap->find("BTC");
        const PriceCvdSeries &bin = *seriesOf(s, "Binance");
        QCOMPARE(bin.cvd.size(), size_t(kHistoryBars));
        QCOMPARE(s.priceHistory.lastBarEndSec, sec(7200));
        FD_EQ(bin.cvd.front(), 50'000.0 * (7200 - 719 * 5)); // first bar ends at 3 605 s
        FD_EQ(bin.cvd.back(), 360'000'000);
        FD_EQ(bin.price.front(), 100'000);
        FD_EQ(s.volumeProfile[0].totalUsd, 45'000'000);
        QCOMPARE(s.volumeProfile[0].buckets.front().prints, int64_t(900));
        FD_EQ(s.volumeProfile[1].totalUsd, 180'000'000);
        QCOMPARE(s.volumeProfile[1].buckets.front().prints, int64_t(3600));
        const ProfileState &p = f.agg.symbols().front().profile;
        QCOMPARE(p.ring.size(), size_t(ProfileState::kSlots));
        QCOMPARE(p.window[1].size(), size_t(1));

        // At most kMaxPerSecond distinct buckets per second; the rest is counted as dropped.
        Feed g;
        for (int i = 0; i < 70; ++i)
            g.btc(t(1, i + 1), 100'000 + 20.0 * i, 0.001, Buy); // all in second 2
        const auto vp = g.snap()->find("BTC")->volumeProfile[0];
        QCOMPARE(vp.buckets.size(), ProfileState::kMaxPerSecond);
        QCOMPARE(g.agg.symbols().front().profile.dropped, uint64_t(70 - ProfileState::kMaxPerSecond));
    }
};

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
