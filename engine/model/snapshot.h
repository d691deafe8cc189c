#pragma once
// Immutable per-view snapshots: everything a panel shows, with the inputs that
// explain each number (window, thresholds in force, sample counts) and an
// "n/a + reason" for whatever cannot be computed. Built in the engine, never
// mutated afterwards, handed to the GUI as std::shared_ptr<const ViewSnapshot>.
#include "model/marketevent.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fd {

// Why a value is n/a: an untranslated source text (context "Metrics") with up
// to two numbers (%1, %2), so the GUI can translate and the headless JSON can print it.
struct NaReason {
    const char *text = nullptr;
    double a = 0, b = 0;
    std::string format() const; // English with %1/%2 substituted
};

struct Val {
    double v = kNaN;
    NaReason na;
    bool ok() const { return !std::isnan(v); }
    static Val of(double x) { return Val{x, {}}; }
    static Val missing(const char *why, double a = 0, double b = 0) { return Val{kNaN, {why, a, b}}; }
};

enum class Arrow : int8_t { DownDownDown = -3, DownDown = -2, Down = -1, Flat = 0, Up = 1, UpUp = 2, UpUpUp = 3 };
const char *arrowText(Arrow a); // "→", "↑↑", …

enum class View : uint8_t { Microstructure, Flow, Risk };
const char *viewName(View v); // "micro", "flow", "risk"

constexpr int kWindowCount = 3;         // 1m, 5m, 15m
constexpr int kWindowSec[kWindowCount] = {60, 300, 900};
constexpr int kTypeCount = 3;           // perp, spot, combined
enum class TypeSel : uint8_t { Perp = 0, Spot = 1, Combined = 2 };

struct VenueVolume {
    std::string venue;
    double usd = 0;
    double sharePct = 0;
    int64_t tradeCount = 0;
};

// METRICS.md §1 and §6 for one window and one market type.
struct VolumeStats {
    double buyUsd = 0, sellUsd = 0, totalUsd = 0;
    double netFlowUsd = 0, netFlowUsdPerMin = 0;
    Val buySharePct, imbalancePct, vwap;
    double baseVolume = 0;
    int64_t tradeCount = 0, buyTradeCount = 0, sellTradeCount = 0;
    double volumeRateUsdPerS = 0, tradesPerS = 0;
    std::string intensity; // HIGH / MEDIUM / LOW
    std::vector<VenueVolume> perVenue;
    // taker orders
    int64_t orderCount = 0, buyOrderCount = 0, sellOrderCount = 0;
    Val avgOrderUsd, avgBuyOrderUsd, avgSellOrderUsd;
    double maxOrderUsd = 0;
    Val aggressorRatioCount, aggressorRatioUsd, sizeImbalance;
    int64_t countGe100k = 0, countGe500k = 0, countGe5m = 0;
    // tick rule (prints, summed across venues)
    int64_t upTicks = 0, downTicks = 0;
    Val tickRatio;
};

struct TakerOrder {
    int64_t timeNs = 0;
    std::string symbol, venue, exchange;
    MarketType type = MarketType::Perp;
    Side side = Side::Buy;
    double usd = 0, baseQty = 0, price = 0; // price = last print
    int prints = 0;
    std::string tier; // large / whale / mega / outlier
    bool outlier = false;
};

struct LiquidationWindow {
    double longUsd = 0, shortUsd = 0, totalUsd = 0;
    int64_t longCount = 0, shortCount = 0, totalCount = 0;
    Val avgUsd;
    double usdPerMin = 0;
    struct Venue {
        std::string venue;
        double longUsd = 0, shortUsd = 0;
        int64_t longCount = 0, shortCount = 0;
    };
    std::vector<Venue> perVenue;
};

struct LiqBucket {
    double low = 0, high = 0;
    double usd = 0, longUsd = 0, shortUsd = 0;
    int64_t longCount = 0, shortCount = 0;
    bool danger = false;
};

struct LiquidationPrint {
    int64_t timeNs = 0;
    std::string venue;
    double price = 0, qty = 0, usd = 0;
    bool longLiquidated = false;
};

struct OiVenue {
    std::string venue, exchange;
    int64_t timeNs = 0;
    double wire = 0, base = 0;
    Val usd;
    std::string usdSource; // notional / base_x_perp_reference / n/a
    Val sharePct;
};

struct OpenInterest {
    std::vector<OiVenue> venues;
    Val totalUsd;
    double totalBase = 0;
    bool complete = false;
    std::array<Val, kWindowCount> deltaUsd, deltaPct; // 1m, 5m, 15m
    Val rateUsdPerS, momentum, oiVolumeRatio;
};

struct CvdVenue {
    std::string venue;
    double tradeSinceStart = 0, trade30s = 0, trade1m = 0, trade5m = 0, trade15m = 0;
    Val relayLast, relayAdjusted;
    std::vector<int64_t> resets;
    int64_t relayMessages = 0;
};

struct Cvd {
    std::vector<CvdVenue> venues;
    double totalSinceStart = 0, total30s = 0, total1m = 0, total5m = 0, total15m = 0;
    double velocity1m = 0, velocity5m = 0; // USD per minute
    Val priceChangePct, normFlowPct;
    std::string divergence; // BULLISH / BEARISH / ALIGNED / NEUTRAL / n/a
    NaReason divergenceNa;
    Val exchangeCorrelation;
    int64_t resetsTotal = 0;
};

struct Quote {
    std::string venue, exchange;
    MarketType type = MarketType::Perp;
    bool hasBid = false, hasAsk = false;
    double bid = 0, ask = 0, bidQty = 0, askQty = 0;
    Val mid, spreadUsd, spreadBps, microprice, depthImbalance, bidPressurePct;
    double ageSec = 0;
    bool fresh = false;
    std::string signal; // BUY / SELL / NEUTRAL (10 s micro-structure signal)
    Val bidPressureAvg10s, takerBuyShare10s;
};

struct DepthBand {
    double pct = 0;
    Val bidUsd, askUsd, ratio;
    std::string label;
};

struct Depth {
    std::string venue, exchange;
    bool fromL2 = false; // false: L1 fallback
    NaReason fallbackWhy;
    double bestBid = 0, bestAsk = 0, mid = 0;
    int64_t bidLevels = 0, askLevels = 0;
    Val reachPct;
    int64_t snapshotTimeNs = 0;
    double ageSec = 0;
    int64_t updatesApplied = 0, updatesIgnored = 0;
    std::array<DepthBand, 3> bands;
};

struct RefPrice {
    Val price;
    std::string source; // median_fresh_l1_mid / last_trade / none
    struct Venue {
        std::string venue, exchange;
        double mid = 0, ageSec = 0;
    };
    std::vector<Venue> venues;
};

struct Basis {
    RefPrice perp, spot;
    Val basisUsd, basisPct;
    std::string state; // CONTANGO / BACKWARDATION / FLAT
    bool steep = false, arbitrage = false;
    Arrow trend = Arrow::Flat;
    Val trendSlopePctPer5m;
    struct Venue {
        std::string venue;
        double perpMid = 0, spotMid = 0, basisUsd = 0, basisPct = 0;
    };
    std::vector<Venue> perVenue;
    struct Spread {
        std::string venue;
        double mid = 0, vsMedianUsd = 0, vsMedianBps = 0;
    };
    std::vector<Spread> exchangeSpreads;
    Val spreadMaxMinPct;
    bool spreadFlag = false;
    std::string migrationVenue; // venue gaining share (5 m vs 60 m)
    Val migrationDeltaPct;
    Val priceCorrelation; // mean pairwise Pearson of 1 s mid returns between venues, 5 m
};

struct FundingVenue {
    std::string venue;
    double rate = 0, ratePct = 0;
    double intervalH = 8, rate8hPct = 0;
    int64_t timeNs = 0, nextTimeNs = 0;
    bool hasTime = false, hasNextTime = false;
    std::string payer, intensity;
    Arrow arrow = Arrow::Flat;
    Val deltaPerHourPct;
};

struct Funding {
    std::vector<FundingVenue> venues;
    Val oiWeightedPct8h;
    Val differentialPct;
    bool arb = false;
    bool estimated = false; // no funding feed: est. from premium
    Val estRatePct, premiumPct;
    int64_t premiumSamples = 0;
};

struct EstLevel {
    double price = 0;
    double longUsd = 0, shortUsd = 0;
};

struct CascadeRisk {
    Val score;
    std::string label;
    Val I, N, D, F;
    Val nextLevelPrice, nextLevelPct, nextLevelUsd;
    Val protectionPrice, protectionPct, protectionUsd;
    std::vector<EstLevel> levels; // model, by price
};

struct Regime {
    std::string state; // TRENDING / VOLATILE / RANGE-BOUND / RANGING / n/a
    NaReason na;
    Val confidence, er, rv15, rv60, volRatio, impliedVol;
    std::string direction, volState;
    int bars = 0;
};

struct Liquidity {
    Val score;
    std::string label;
    Val tobPct, invSpreadPct, tradesPct;
    int samples = 0;
};

struct SizeTrend {
    Val avg1m, avg15m, ratio;
    std::string label;
};

// Price & CVD history (issue 5 §15; perp only): one point per bar of barSec
// seconds over the last hour, oldest first. Bar i ends at
// lastBarEndSec − (n − 1 − i)·barSec; the last bar is in progress (its end may
// lie ahead of the clock).
struct PriceCvdSeries {
    std::string venue;         // "composite" or the venue name
    std::vector<double> price; // composite: perp reference at the bar's end; venue: VWAP of its prints
                               // in the bar, carried over bars without prints; NaN before the first
    std::vector<double> cvd;   // trade CVD since start (USD) at the bar's end; composite = Σ venues;
                               // NaN before the venue's first print
};

struct PriceHistory {
    int barSec = 0;
    int64_t lastBarEndSec = 0;          // bucket second that ends the newest bar
    std::vector<PriceCvdSeries> series; // composite first, then venues by name; empty before any perp trade
};

// Volume profile (issue 5 §16): perp taker USD by price bucket over a window.
struct ProfileBucket {
    double low = 0, high = 0; // [low, high)
    double buyUsd = 0, sellUsd = 0;
    int64_t prints = 0;
    double usd() const { return buyUsd + sellUsd; }
};

struct VolumeProfile {
    int windowSec = 0;
    double step = 0; // fixed for the session: niceStep(kProfileStepFraction × the first perp print)
    double totalUsd = 0;
    std::vector<ProfileBucket> buckets; // ascending price; only buckets that hold volume
    int pocIndex = -1;                  // point of control: the bucket with the most USD (ties: the lower)
    Val pocLow, pocHigh;                // its edges, n/a without trades
    double pocUsd = 0;
    Val valueAreaLow, valueAreaHigh;    // ≥ kValueAreaPct of totalUsd around the POC
    double valueAreaUsd = 0;
};

constexpr int kProfileCount = 2; // 15 m, 1 h
constexpr int kProfileSec[kProfileCount] = {900, 3600};
constexpr double kProfileStepFraction = 0.0002; // bucket ≈ 2 bp of price: BTC $20, ETH $1, SOL $0.02
constexpr double kValueAreaPct = 70;            // the value area holds this share of the window's USD
constexpr int kHistoryBarSec = 5;               // Price & CVD history: 5 s bars …
constexpr int kHistoryBars = 720;               // … over one hour

struct SymbolSnapshot {
    std::string symbol;
    Val perpRef, spotRef;
    std::array<std::array<VolumeStats, kTypeCount>, kWindowCount> volume; // [window][type]
    SizeTrend sizeTrend;
    std::vector<TakerOrder> largestOrders5m;     // ≥ large tier, top 10 by USD
    Arrow imbalanceArrow = Arrow::Flat;
    std::string flowTrend; // ACCEL / FADING / STEADY
    int streakDir = 0, streakLen = 0;
    std::string streakVenue;
    Val vwapDeviationPct;
    std::array<LiquidationWindow, kWindowCount> liquidations;
    double clusterStep = 0, dangerThresholdUsd = 0;
    int64_t clusterBucketCount = 0;
    std::vector<LiqBucket> clusters; // sorted by USD desc
    std::vector<LiquidationPrint> recentLiquidations;
    OpenInterest oi;
    Cvd cvd;
    std::vector<Quote> quotes;
    std::vector<Depth> depth;
    Basis basis;
    Funding funding;
    CascadeRisk cascade;
    Regime regime;
    Liquidity liquidity;
    std::vector<double> imbalanceHistory; // 1m imbalance per minute, 15 points, oldest first
    std::vector<double> basisHistory;     // basis % per 5 s, last 15 min
    PriceHistory priceHistory;                               // micro view (and buildAll) only
    std::array<VolumeProfile, kProfileCount> volumeProfile;  // flow view (and buildAll) only
};

struct Correlation {
    std::vector<std::string> symbols;
    std::vector<Val> matrix; // n×n row-major
    int bars = 0;
    struct CrossExchange {
        std::string symbol;
        Val corr;
    };
    std::vector<CrossExchange> crossExchange;
    struct LeadLag {
        std::string a, b, leader;
        int lagSec = 0;
        Val corr;
        std::string text;
    };
    std::vector<LeadLag> leadLag;
};

struct Signal {
    int64_t timeNs = 0;
    std::string symbol, kind, severity, message; // message: English (JSON, CSV)
    // For display: a QT_TRANSLATE_NOOP("Metrics") template with %1… and its arguments
    // (engine labels among them are translated too); null = show message as is.
    const char *text = nullptr;
    std::vector<std::string> args;
};

struct ViewSnapshot {
    View view = View::Microstructure;
    int64_t clockNs = 0;
    uint64_t sequence = 0;
    uint64_t eventsApplied = 0;
    std::vector<SymbolSnapshot> symbols;
    Correlation correlation;
    std::vector<TakerOrder> whales; // recent taker orders ≥ large tier, newest first
    std::vector<Signal> signalFeed; // newest first (METRICS.md §11)
    const SymbolSnapshot *find(const std::string &symbol) const;
};

using ViewSnapshotPtr = std::shared_ptr<const ViewSnapshot>;

} // namespace fd
