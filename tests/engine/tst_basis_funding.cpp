// Reference prices (§0), basis and cross-market (§7) and funding (§8),
// hand-computed: median of fresh L1 mids with the 5 s staleness edge and
// one-sided quotes; basis state, STEEP and arbitrage; exchange spreads;
// funding payer, interval, 8 h normalisation, intensity and differential;
// estimated funding from the premium when there is no funding feed.
#include "metricfeed.h"

using namespace fd;
using namespace fdtest;

namespace {
constexpr auto Buy = Side::Buy;
constexpr auto Perp = MarketType::Perp;
constexpr auto Spot = MarketType::Spot;
const char *const kBinance = "BinanceFuturesUsd";
const char *const kBybit = "BybitPerpetualsUsd";
const char *const kOkx = "Okx";

// A two-sided quote 1 USD either side of `mid`.
void quoteAround(Feed &f, const char *exchange, MarketType type, int64_t ns, double mid)
{
    f.quote(exchange, "BTC", type, ns, mid - 1, 1, mid + 1, 1);
}

const Quote *quoteOf(const SymbolSnapshot &s, const char *venue, MarketType type)
{
    for (const Quote &q : s.quotes)
        if (q.venue == venue && q.type == type)
            return &q;
    return nullptr;
}
} // namespace

class TstBasisFunding : public QObject
{
    Q_OBJECT

private slots:
    void referenceMedianAndStaleness();
    void referenceFreshJustInside();
    void basisState_data();
    void basisState();
    void exchangeSpreads();
    void fundingPerVenue();
    void fundingIntensity_data();
    void fundingIntensity();
    void fundingDifferentialNoArb();
    void estimatedFunding_data();
    void estimatedFunding();
    void estimatedFundingResetsAt8h();
};

//   OKX t(5) mid 100,050 · Binance t(9) mid 100,000 · Bybit t(10) mid 100,010
// At t(10) OKX is exactly 5 s old: stale (fresh means < 5 s). Median of 100,000 and
// 100,010 = 100,005. Then Bybit sends a null ask (t(10.1)) and a null bid (t(10.2)):
// one-sided, no mid → 100,000. Bybit two-sided again at 100,012 (t(10.3)) →
// (100,000 + 100,012)/2 = 100,006. At t(20) every quote is stale → last perp trade.
void TstBasisFunding::referenceMedianAndStaleness()
{
    Feed f;
    quoteAround(f, kOkx, Perp, t(5), 100'050);
    quoteAround(f, kBinance, Perp, t(9), 100'000);
    quoteAround(f, kBybit, Perp, t(10), 100'010);
    auto snap = f.snap();
    const SymbolSnapshot *s = snap->find("BTC");
    FD_EQ(s->perpRef.v, 100'005);
    FD_STR(s->basis.perp.source, "median_fresh_l1_mid");
    QCOMPARE(s->basis.perp.venues.size(), size_t(2));
    QVERIFY(!quoteOf(*s, "OKX", Perp)->fresh);
    FD_EQ(quoteOf(*s, "OKX", Perp)->ageSec, 5);
    QVERIFY(quoteOf(*s, "Binance", Perp)->fresh);
    FD_STR(s->basis.spot.source, "none");
    QVERIFY(!s->spotRef.ok());

    f.quote(kBybit, "BTC", Perp, t(10, 100), true, 100'009, 1, false, 0, 0);
    snap = f.snap();
    s = snap->find("BTC");
    FD_EQ(s->perpRef.v, 100'000);
    const Quote *by = quoteOf(*s, "Bybit", Perp);
    QVERIFY(by->hasBid && !by->hasAsk);
    QVERIFY(!by->mid.ok());
    QVERIFY(!by->fresh);

    // The bid is cleared now and the ask set: still one-sided.
    f.quote(kBybit, "BTC", Perp, t(10, 200), false, 0, 0, true, 100'013, 1);
    snap = f.snap();
    s = snap->find("BTC");
    FD_EQ(s->perpRef.v, 100'000);
    by = quoteOf(*s, "Bybit", Perp);
    QVERIFY(!by->hasBid && by->hasAsk);

    quoteAround(f, kBybit, Perp, t(10, 300), 100'012);
    snap = f.snap();
    FD_EQ(snap->find("BTC")->perpRef.v, 100'006);

    f.btc(t(20), 99'000, 1, Buy);
    snap = f.snap();
    s = snap->find("BTC");
    FD_EQ(s->perpRef.v, 99'000);
    FD_STR(s->basis.perp.source, "last_trade");
    QVERIFY(s->basis.perp.venues.empty());
}

// The same three quotes with OKX 1 ns younger than 5 s: all fresh, median 100,010.
void TstBasisFunding::referenceFreshJustInside()
{
    Feed f;
    quoteAround(f, kOkx, Perp, t(5, 0, 1), 100'050);
    quoteAround(f, kBinance, Perp, t(9), 100'000);
    quoteAround(f, kBybit, Perp, t(10), 100'010);
    const auto snap = f.snap();
    FD_EQ(snap->find("BTC")->perpRef.v, 100'010);
    QCOMPARE(snap->find("BTC")->basis.perp.venues.size(), size_t(3));
}

// Spot mid 100,000 (Binance spot), perp mid P (Binance perp): basis % = (P − 100,000)/1,000.
// CONTANGO > +0.01 %, BACKWARDATION < −0.01 %, STEEP |b| > 0.5 %, arbitrage |b| > 0.03 %.
void TstBasisFunding::basisState_data()
{
    QTest::addColumn<double>("perp");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("steep");
    QTest::addColumn<bool>("arb");
    QTest::newRow("+0.011") << 100'011.0 << QStringLiteral("CONTANGO") << false << false;
    QTest::newRow("+0.01 edge") << 100'010.0 << QStringLiteral("FLAT") << false << false;
    QTest::newRow("0") << 100'000.0 << QStringLiteral("FLAT") << false << false;
    QTest::newRow("-0.01 edge") << 99'990.0 << QStringLiteral("FLAT") << false << false;
    QTest::newRow("-0.011") << 99'989.0 << QStringLiteral("BACKWARDATION") << false << false;
    QTest::newRow("+0.03 edge") << 100'030.0 << QStringLiteral("CONTANGO") << false << false;
    QTest::newRow("+0.031") << 100'031.0 << QStringLiteral("CONTANGO") << false << true;
    QTest::newRow("-0.031") << 99'969.0 << QStringLiteral("BACKWARDATION") << false << true;
    QTest::newRow("+0.5 edge") << 100'500.0 << QStringLiteral("CONTANGO") << false << true;
    QTest::newRow("+0.501") << 100'501.0 << QStringLiteral("CONTANGO") << true << true;
    QTest::newRow("-0.501") << 99'499.0 << QStringLiteral("BACKWARDATION") << true << true;
}

void TstBasisFunding::basisState()
{
    QFETCH(double, perp);
    QFETCH(QString, state);
    QFETCH(bool, steep);
    QFETCH(bool, arb);
    Feed f;
    quoteAround(f, "BinanceSpot", Spot, t(1), 100'000);
    quoteAround(f, kBinance, Perp, t(1), perp);
    quoteAround(f, kBybit, Perp, t(1), perp); // Bybit has no spot: no per-venue basis
    const auto snap = f.snap();
    const Basis &b = snap->find("BTC")->basis;
    FD_EQ(b.basisUsd.v, perp - 100'000);
    FD_NEAR(b.basisPct.v, (perp - 100'000) / 1'000, 1e-12);
    QCOMPARE(qs(b.state), state);
    QCOMPARE(b.steep, steep);
    QCOMPARE(b.arbitrage, arb);
    QCOMPARE(b.perVenue.size(), size_t(1));
    FD_STR(b.perVenue[0].venue, "Binance");
    FD_EQ(b.perVenue[0].basisUsd, perp - 100'000);
}

// Perp mids Binance 100,000, Bybit 100,020, OKX 100,040: median 100,020; each venue
// −20 / 0 / +20 USD, ±20/100,020 · 10⁴ bps; max − min 40/100,020 = 0.03999 % > 0.03 % → flag.
// With OKX at 100,025: 25/100,020 = 0.02499 % → no flag.
void TstBasisFunding::exchangeSpreads()
{
    Feed f;
    quoteAround(f, kBinance, Perp, t(1), 100'000);
    quoteAround(f, kBybit, Perp, t(1), 100'020);
    quoteAround(f, kOkx, Perp, t(1), 100'040);
    auto snap = f.snap();
    const Basis *b = &snap->find("BTC")->basis;
    QCOMPARE(b->exchangeSpreads.size(), size_t(3));
    for (const auto &sp : b->exchangeSpreads) {
        const double expect = sp.venue == "Binance" ? -20 : (sp.venue == "Bybit" ? 0 : 20);
        FD_EQ(sp.vsMedianUsd, expect);
        FD_NEAR(sp.vsMedianBps, expect / 100'020 * 1e4, 1e-9);
    }
    FD_NEAR(b->spreadMaxMinPct.v, 40.0 / 100'020 * 100, 1e-12);
    QVERIFY(b->spreadFlag);

    quoteAround(f, kOkx, Perp, t(2), 100'025);
    quoteAround(f, kBinance, Perp, t(2), 100'000);
    quoteAround(f, kBybit, Perp, t(2), 100'020);
    snap = f.snap();
    b = &snap->find("BTC")->basis;
    FD_NEAR(b->spreadMaxMinPct.v, 25.0 / 100'020 * 100, 1e-12);
    QVERIFY(!b->spreadFlag);
}

// Funding, clock t(0) = 10:00:
//   Binance rate 0.0001, time 10:00 (fetch), next 16:00 → interval 8 h (default; next − time
//           = 6 h is not the interval for Binance) → 0.01 %/8h, LONGS PAY, NORMAL
//   Bybit   rate 0.00015, next 12:00 then 16:00 → two distinct next_time 4 h apart →
//           0.015 % × 8/4 = 0.03 %/8h, HIGH
//   OKX     rate −0.0003, time 16:00 (settlement), next 20:00 → next − time = 4 h →
//           −0.03 % × 2 = −0.06 %/8h, SHORTS PAY, EXTREME
// OI (notional) 1e9 / 1e9 / 2e9 → OI-weighted (0.01 + 0.03 − 0.12)/4 = −0.02 %.
// Differential 0.03 − (−0.06) = 0.09 % > 0.01 % → ARB.
void TstBasisFunding::fundingPerVenue()
{
    Feed f;
    f.btc(t(0), 100'000, 1, Buy);
    f.funding(kBinance, "BTC", t(0), 0.0001, t(0), t(6 * 3600));
    f.funding(kBybit, "BTC", t(0), 0.00015, t(0), t(2 * 3600));
    f.funding(kBybit, "BTC", t(0), 0.00015, t(0), t(2 * 3600)); // repeated next_time: no interval yet
    QCOMPARE(byVenue(f.snap()->find("BTC")->funding.venues, "Bybit")->intervalH, 8.0);
    f.funding(kBybit, "BTC", t(2 * 3600 + 1), 0.00015, t(2 * 3600 + 1), t(6 * 3600));
    f.funding(kOkx, "BTC", t(6 * 3600), -0.0003, t(6 * 3600), t(10 * 3600));
    f.oi(kBinance, "BTC", t(0), 10'000, 1e9);
    f.oi(kBybit, "BTC", t(0), 10'000, 1e9);
    f.oi(kOkx, "BTC", t(0), 20'000, 2e9);
    const auto snap = f.snap();
    const Funding &fu = snap->find("BTC")->funding;
    QCOMPARE(fu.venues.size(), size_t(3));
    QVERIFY(!fu.estimated);

    const FundingVenue *bn = byVenue(fu.venues, "Binance");
    QCOMPARE(bn->intervalH, 8.0);
    FD_EQ(bn->ratePct, 0.01);
    FD_EQ(bn->rate8hPct, 0.01);
    FD_STR(bn->payer, "LONGS PAY");
    FD_STR(bn->intensity, "NORMAL");

    const FundingVenue *by = byVenue(fu.venues, "Bybit");
    FD_EQ(by->intervalH, 4);
    FD_EQ(by->rate8hPct, 0.03);
    FD_STR(by->payer, "LONGS PAY");
    FD_STR(by->intensity, "HIGH");

    const FundingVenue *ok = byVenue(fu.venues, "OKX");
    FD_EQ(ok->intervalH, 4);
    FD_EQ(ok->rate8hPct, -0.06);
    FD_STR(ok->payer, "SHORTS PAY");
    FD_STR(ok->intensity, "EXTREME");

    FD_EQ(fu.oiWeightedPct8h.v, -0.02);
    FD_EQ(fu.differentialPct.v, 0.09);
    QVERIFY(fu.arb);
    // The funding stamps (16:00) never move the clock (§0).
    QCOMPARE(qint64(snap->clockNs), qint64(t(0)));
}

// Binance (8 h): EXTREME when |8 h rate| > 0.04 %, HIGH > 0.02 %, else NORMAL.
void TstBasisFunding::fundingIntensity_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("intensity");
    QTest::addColumn<QString>("payer");
    QTest::newRow("0.041 %") << 0.00041 << QStringLiteral("EXTREME") << QStringLiteral("LONGS PAY");
    QTest::newRow("0.04 % edge") << 0.0004 << QStringLiteral("HIGH") << QStringLiteral("LONGS PAY");
    QTest::newRow("0.021 %") << 0.00021 << QStringLiteral("HIGH") << QStringLiteral("LONGS PAY");
    QTest::newRow("0.02 % edge") << 0.0002 << QStringLiteral("NORMAL") << QStringLiteral("LONGS PAY");
    QTest::newRow("-0.05 %") << -0.0005 << QStringLiteral("EXTREME") << QStringLiteral("SHORTS PAY");
    QTest::newRow("-0.03 %") << -0.0003 << QStringLiteral("HIGH") << QStringLiteral("SHORTS PAY");
    QTest::newRow("-0.001 %") << -0.00001 << QStringLiteral("NORMAL") << QStringLiteral("SHORTS PAY");
}

void TstBasisFunding::fundingIntensity()
{
    QFETCH(double, rate);
    QFETCH(QString, intensity);
    QFETCH(QString, payer);
    Feed f;
    f.btc(t(0), 100'000, 1, Buy);
    f.funding(kBinance, "BTC", t(0), rate, t(0), t(6 * 3600));
    const auto snap = f.snap();
    const FundingVenue &v = snap->find("BTC")->funding.venues.at(0);
    FD_EQ(v.rate8hPct, rate * 100);
    QCOMPARE(qs(v.intensity), intensity);
    QCOMPARE(qs(v.payer), payer);
}

// Binance 0.01 %/8h, Bybit 0.015 %/8h (no interval seen: 8 h) → differential 0.005 % → no ARB.
void TstBasisFunding::fundingDifferentialNoArb()
{
    Feed f;
    f.btc(t(0), 100'000, 1, Buy);
    f.funding(kBinance, "BTC", t(0), 0.0001, t(0), t(6 * 3600));
    f.funding(kBybit, "BTC", t(0), 0.00015, t(0), t(6 * 3600));
    const auto snap = f.snap();
    const Funding &fu = snap->find("BTC")->funding;
    FD_NEAR(fu.differentialPct.v, 0.005, 1e-12);
    QVERIFY(!fu.arb);
    // No OI: no weighting, with a reason.
    QVERIFY(!fu.oiWeightedPct8h.ok());
}

// No funding feed: P = time-average of (perp mid − spot mid)/spot mid since the last
// 8 h boundary (08:00); est = P + clamp(0.01 % − P, −0.05 %, +0.05 %).
// Quotes each second t(1) … t(40), spot mid 100,000; perp mid 100,000·(1 + a/100) for
// t ≤ 10, (1 + b/100) after. Sampled seconds 1 … 39: 10 at a, 29 at b → P = (10a + 29b)/39.
void TstBasisFunding::estimatedFunding_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("premium");
    QTest::addColumn<double>("est");
    // P 0.02: clamp(−0.01) → 0.01
    QTest::newRow("0.02") << 0.02 << 0.02 << 0.02 << 0.01;
    // P 0.005: clamp(0.005) → 0.01
    QTest::newRow("0.005") << 0.005 << 0.005 << 0.005 << 0.01;
    // P 0.1: clamp(−0.09 → −0.05) → 0.05
    QTest::newRow("0.1") << 0.1 << 0.1 << 0.1 << 0.05;
    // P −0.1: clamp(0.11 → 0.05) → −0.05
    QTest::newRow("-0.1") << -0.1 << -0.1 << -0.1 << -0.05;
    // P (0.2 + 1.74)/39 = 0.04974: clamp(−0.03974) → 0.01
    QTest::newRow("0.02 then 0.06") << 0.02 << 0.06 << 1.94 / 39 << 0.01;
    // P (0.2 + 5.8)/39 = 6/39 = 0.15385: clamp(−0.14385 → −0.05) → 0.10385
    QTest::newRow("0.02 then 0.2") << 0.02 << 0.2 << 6.0 / 39 << 6.0 / 39 - 0.05;
    // P (−0.2 + 0.87)/39 = 0.01718: → 0.01
    QTest::newRow("-0.02 then 0.03") << -0.02 << 0.03 << 0.67 / 39 << 0.01;
}

void TstBasisFunding::estimatedFunding()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, premium);
    QFETCH(double, est);
    Feed f;
    for (int s = 1; s <= 40; ++s) {
        quoteAround(f, "BinanceSpot", Spot, t(s), 100'000);
        quoteAround(f, kBinance, Perp, t(s), 100'000 + 1'000 * (s <= 10 ? a : b));
    }
    const auto snap = f.snap();
    const Funding &fu = snap->find("BTC")->funding;
    QVERIFY(fu.estimated);
    QVERIFY(fu.venues.empty());
    QCOMPARE(fu.premiumSamples, int64_t(39));
    FD_NEAR(fu.premiumPct.v, premium, 1e-12);
    FD_NEAR(fu.estRatePct.v, est, 1e-12);
}

// Crossing 16:00 starts a new premium period: 0.1 % before, 0.02 % from 16:00:00 on.
// Quotes each second 15:59:30 … 16:00:30; samples 16:00:00 … 16:00:29 (30) are the
// new period → P = 0.02 %, est = 0.01 %.
void TstBasisFunding::estimatedFundingResetsAt8h()
{
    Feed f;
    const int64_t boundary = 6 * 3600; // 16:00:00
    for (int64_t s = boundary - 30; s <= boundary + 30; ++s) {
        quoteAround(f, "BinanceSpot", Spot, t(s), 100'000);
        quoteAround(f, kBinance, Perp, t(s), s < boundary ? 100'100 : 100'020);
    }
    const auto snap = f.snap();
    const Funding &fu = snap->find("BTC")->funding;
    QCOMPARE(fu.premiumSamples, int64_t(30));
    FD_NEAR(fu.premiumPct.v, 0.02, 1e-12);
    FD_NEAR(fu.estRatePct.v, 0.01, 1e-12);
}

QTEST_APPLESS_MAIN(TstBasisFunding)
#include "tst_basis_funding.moc"
