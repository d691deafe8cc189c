// Open interest (METRICS.md §2), hand-computed: the latest sample per venue by
// time, notional vs base × perp reference, n/a with a reason when neither
// exists, and Δ per venue from the first and last sample inside each window,
// summed across venues; rate, momentum and the OI / volume ratio.
#include "metricfeed.h"

using namespace fd;
using namespace fdtest;

namespace {
constexpr auto Buy = Side::Buy;
constexpr auto Spot = MarketType::Spot;
constexpr auto Perp = MarketType::Perp;
const char *const kBinance = "BinanceFuturesUsd";
const char *const kBybit = "BybitPerpetualsUsd";
const char *const kOkx = "Okx";
} // namespace

class TstOpenInterest : public QObject
{
    Q_OBJECT

private slots:
    void latestByTime();
    void notionalVsReference();
    void noPriceIsNa();
    void deltasPerVenueSummed();
    void deltaFromDecodedFrames();
};

// Binance OI 100 at t(10), then a sample stamped t(5) arrives: older by time, ignored;
// then 110 at t(20). The latest is 110 (t(20)).
void TstOpenInterest::latestByTime()
{
    Feed f;
    f.btc(t(1), 100'000, 1, Buy); // perp reference 100,000 (last trade)
    f.oi(kBinance, "BTC", t(10), 100);
    f.oi(kBinance, "BTC", t(5), 90);
    auto snap = f.snap();
    QCOMPARE(snap->find("BTC")->oi.venues.size(), size_t(1));
    FD_EQ(snap->find("BTC")->oi.venues[0].base, 100);
    QCOMPARE(qint64(snap->find("BTC")->oi.venues[0].timeNs), qint64(t(10)));
    f.oi(kBinance, "BTC", t(20), 110);
    snap = f.snap();
    FD_EQ(snap->find("BTC")->oi.venues[0].base, 110);
    QCOMPARE(qint64(snap->find("BTC")->oi.venues[0].timeNs), qint64(t(20)));
    // USD = 110 × 100,000 (no notional)
    FD_EQ(snap->find("BTC")->oi.venues[0].usd.v, 11'000'000);
}

// Bybit sends notional 5,000,000,000 (base 50,000); Binance sends none (base 100) and
// gets 100 × perp reference. The reference is the only fresh perp L1 mid
// (99,999.5 + 100,000.5) / 2 = 100,000, not the last trade (99,000).
// Total 5,010,000,000; shares 5e9 / 5.01e9 and 1e7 / 5.01e9; base 50,100.
void TstOpenInterest::notionalVsReference()
{
    Feed f;
    f.btc(t(1), 99'000, 1, Buy);
    f.quote(kBinance, "BTC", Perp, t(2), 99'999.5, 1, 100'000.5, 1);
    f.oi(kBybit, "BTC", t(2), 50'000, 5e9);
    f.oi(kBinance, "BTC", t(2), 100);
    const auto snap = f.snap();
    const OpenInterest &oi = snap->find("BTC")->oi;
    const OiVenue *by = byVenue(oi.venues, "Bybit");
    const OiVenue *bn = byVenue(oi.venues, "Binance");
    QVERIFY(by && bn);
    FD_EQ(by->usd.v, 5e9);
    FD_STR(by->usdSource, "notional");
    FD_EQ(bn->usd.v, 1e7);
    FD_STR(bn->usdSource, "base_x_perp_reference");
    FD_EQ(oi.totalUsd.v, 5.01e9);
    FD_EQ(oi.totalBase, 50'100);
    FD_EQ(by->sharePct.v, 100.0 * 5e9 / 5.01e9);
    FD_EQ(bn->sharePct.v, 100.0 * 1e7 / 5.01e9);
    QVERIFY(oi.complete);
}

// XRP: OI without notional and no perp price at all (a spot trade does not count):
// USD is n/a with the reason, never a number; the total is n/a; incomplete.
void TstOpenInterest::noPriceIsNa()
{
    Feed f;
    f.trade("BinanceSpot", "XRP", Spot, t(1), 2.5, 1000, Buy);
    f.oi(kBinance, "XRP", t(2), 1'000'000);
    const auto snap = f.snap();
    const OpenInterest &oi = snap->find("XRP")->oi;
    QCOMPARE(oi.venues.size(), size_t(1));
    QVERIFY(!oi.venues[0].usd.ok());
    QCOMPARE(QString::fromLatin1(oi.venues[0].usd.na.text), QStringLiteral("no notional and no perp reference price"));
    FD_STR(oi.venues[0].usdSource, "n/a");
    FD_EQ(oi.venues[0].base, 1'000'000);
    QVERIFY(!oi.venues[0].sharePct.ok());
    QVERIFY(!oi.totalUsd.ok());
    QVERIFY(oi.totalUsd.na.text);
    QVERIFY(!oi.complete);
    FD_EQ(oi.totalBase, 1'000'000);
    // One sample: no Δ.
    QVERIFY(!oi.deltaUsd[0].ok());
}

// Notional samples (USD), clock t(900) (a $1,000 perp trade at t(900)):
//   Binance t(0) 1000 · t(100) 1100 · t(650) 1300 · t(790) 1320 · t(830) 1340 ·
//           t(845) 1350 · t(860) 1400 · t(900) 1500
//   Bybit   t(600) 1800 · t(700) 1900 · t(870) 1950
//   OKX     t(880) 500 (one sample: no Δ)
// 1m  (840, 900]: Binance 1350 → 1500 = +150; Bybit one sample           → Δ +150, base 1350
// 5m  (600, 900]: Binance 1300 → 1500 = +200; Bybit 1900 → 1950 = +50
//                 (t(600) is exactly t − 5m: excluded)                   → Δ +250, base 3200
// 15m (0, 900]:   Binance 1100 → 1500 = +400 (t(0) excluded); Bybit 1800 → 1950 = +150
//                                                                       → Δ +550, base 2900
// rate 250 / 300; momentum: last 1m 150/60 − (780, 840]: Binance 1320 → 1340 = 20/60.
// OI / volume = 250 / 1000.
void TstOpenInterest::deltasPerVenueSummed()
{
    Feed f;
    f.btc(t(0), 100, 1, Buy);
    f.oi(kBinance, "BTC", t(0), 10, 1000);
    f.oi(kBinance, "BTC", t(100), 11, 1100);
    f.oi(kBybit, "BTC", t(600), 18, 1800);
    f.oi(kBinance, "BTC", t(650), 13, 1300);
    f.oi(kBybit, "BTC", t(700), 19, 1900);
    f.oi(kBinance, "BTC", t(790), 13.2, 1320);
    f.oi(kBinance, "BTC", t(830), 13.4, 1340);
    f.oi(kBinance, "BTC", t(845), 13.5, 1350);
    f.oi(kBinance, "BTC", t(860), 14, 1400);
    f.oi(kBybit, "BTC", t(870), 19.5, 1950);
    f.oi(kOkx, "BTC", t(880), 5, 500);
    f.oi(kBinance, "BTC", t(900), 15, 1500);
    f.btc(t(900), 100, 10, Buy); // clock t(900); perp volume 5m = 1000 (t(0) is outside)
    const auto snap = f.snap();
    const OpenInterest &oi = snap->find("BTC")->oi;
    FD_EQ(oi.deltaUsd[0].v, 150);
    FD_EQ(oi.deltaPct[0].v, 100.0 * 150 / 1350);
    FD_EQ(oi.deltaUsd[1].v, 250);
    FD_EQ(oi.deltaPct[1].v, 100.0 * 250 / 3200);
    FD_EQ(oi.deltaUsd[2].v, 550);
    FD_EQ(oi.deltaPct[2].v, 100.0 * 550 / 2900);
    FD_EQ(oi.rateUsdPerS.v, 250.0 / 300);
    FD_EQ(oi.momentum.v, 150.0 / 60 - 20.0 / 60);
    FD_EQ(oi.oiVolumeRatio.v, 250.0 / 1000);
    // Latest per venue and total: 1500 + 1950 + 500
    FD_EQ(oi.totalUsd.v, 3950);
    QCOMPARE(oi.venues.size(), size_t(3));
}

// The same rule through decoded relay frames: OKX contracts × 0.01 for the base,
// notional for the USD; Binance without notional at the perp reference.
//   OKX t(10) 1,000,000 ct = 10,000 BTC, $1,000,000,000; t(50) 1,010,000 ct, $1,010,000,000
//   Binance (null notional) t(20) 20,000 BTC, t(55) 19,900 BTC at reference 100,000
// 1m at t(60): OKX +10,000,000; Binance −10,000,000 → Δ 0 (base 1e9 + 2e9 = 3e9)
void TstOpenInterest::deltaFromDecodedFrames()
{
    Feed f;
    f.btc(t(1), 100'000, 0.001, Buy);
    QVERIFY(f.frame(relayFrame("open_interest", "Okx", "btc", "Perpetual", t(10),
                               R"({"contracts":1000000,"notional":1000000000})")));
    QVERIFY(f.frame(relayFrame("open_interest", "BinanceFuturesUsd", "btc", "Perpetual", t(20),
                               R"({"contracts":20000,"notional":null})")));
    QVERIFY(f.frame(relayFrame("open_interest", "Okx", "btc", "Perpetual", t(50),
                               R"({"contracts":1010000,"notional":1010000000})")));
    QVERIFY(f.frame(relayFrame("open_interest", "BinanceFuturesUsd", "btc", "Perpetual", t(55),
                               R"({"contracts":19900,"notional":null})")));
    f.btc(t(60), 100'000, 0.001, Buy);
    const auto snap = f.snap();
    const OpenInterest &oi = snap->find("BTC")->oi;
    const OiVenue *okx = byVenue(oi.venues, "OKX");
    QVERIFY(okx);
    FD_EQ(okx->wire, 1'010'000);
    FD_EQ(okx->base, 10'100);
    FD_EQ(okx->usd.v, 1.01e9);
    FD_EQ(byVenue(oi.venues, "Binance")->usd.v, 1.99e9);
    FD_NEAR(oi.deltaUsd[0].v, 0, 1e-3);
    FD_NEAR(oi.deltaPct[0].v, 0, 1e-12);
    FD_EQ(oi.totalUsd.v, 3e9);
}

QTEST_APPLESS_MAIN(TstOpenInterest)
#include "tst_openinterest.moc"
