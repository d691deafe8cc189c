#pragma once
// Per-market aggregation on the event-time clock (METRICS.md §0): O(1) work
// per event into 1 s / 1 min bucket rings plus bounded lists, and a
// once-per-event-second sampler for the series that need a time grid
// (reference prices, mids, basis, bars). Plain C++: no event loop needed.
#include "core/bucketring.h"
#include "core/metricsettings.h"
#include "model/marketevent.h"
#include "model/marketregistry.h"
#include "model/snapshot.h"

#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace fd {

// What one second (or one minute) of a market holds. Taker orders are added
// print by print: the order count rises on the first print and a tier count
// when the order's running USD crosses that tier.
struct TradeBucket {
    double buyUsd = 0, sellUsd = 0, buyQty = 0, sellQty = 0;
    double maxOrderUsd = 0;
    double sumLogOrder = 0, sumLog2Order = 0;
    double liqLongUsd = 0, liqShortUsd = 0;
    int32_t buyPrints = 0, sellPrints = 0, buyOrders = 0, sellOrders = 0;
    int32_t ge100k = 0, ge500k = 0, ge5m = 0;
    int32_t upTicks = 0, downTicks = 0;
    int32_t liqLongCount = 0, liqShortCount = 0;

    TradeBucket &operator+=(const TradeBucket &o);
};

struct PendingOrder {
    bool active = false;
    Side side = Side::Buy;
    int64_t ms = 0;
    int64_t timeNs = 0;
    int64_t bucketSec = 0;
    double usd = 0, qty = 0, lastPrice = 0;
    int prints = 0;
    double lastLog = 0;
    int listIndex = -1; // index into the symbol's large-order list once it crosses the large tier
};

template<class T, size_t N>
struct Ring { // fixed-size ring of per-second (or per-bar) samples, indexed by sample number
    std::array<T, N> v{};
    std::array<int64_t, N> id{};
    void put(int64_t i, T x)
    {
        v[static_cast<size_t>(i) % N] = x;
        id[static_cast<size_t>(i) % N] = i + 1;
    }
    bool has(int64_t i) const { return i >= 0 && id[static_cast<size_t>(i) % N] == i + 1; }
    T at(int64_t i) const { return v[static_cast<size_t>(i) % N]; }
};

struct MarketState {
    uint16_t venue = 0, symbol = 0, exchange = 0;
    MarketType type = MarketType::Perp;
    BucketRing<TradeBucket> ring;
    PendingOrder order;
    // tick rule
    double lastTradePrice = 0;
    int64_t lastTradeNs = 0;
    int lastDir = 0, streakDir = 0, streakLen = 0;
    int64_t tradesSeen = 0;
    int64_t firstTradeNs = 0; // earliest print seen (Price & CVD history: no CVD before it)
    // CVD
    double tradeCvd = 0;       // Σ signed USD of prints since start
    std::deque<double> pendingTradeDeltas; // signed USD of trades not yet paired with a relay CVD frame
    bool relaySeen = false;
    double relayLast = 0, relayAdjusted = 0;
    int64_t relayMessages = 0;
    std::vector<int64_t> relayResets; // bounded
    // L1
    bool hasBid = false, hasAsk = false;
    double bidPx = 0, bidQty = 0, askPx = 0, askQty = 0;
    int64_t quoteNs = 0; // event time of the last quote
    bool hasQuote = false;
    // OI
    bool hasOi = false;
    int64_t oiNs = 0;
    double oiWire = 0, oiBase = 0, oiNotional = kNaN;
    struct OiSample {
        int64_t ns;
        double base, usd;
    };
    std::deque<OiSample> oiHistory; // ≤ 1 h
    // funding
    bool hasFunding = false;
    double fundingRate = 0;
    bool fundingHasTime = false, fundingHasNext = false;
    int64_t fundingTimeNs = 0, fundingNextNs = 0;
    int64_t lastDistinctNext = 0;
    double fundingIntervalH = 0; // from two distinct next_time values, else 0
    std::deque<std::pair<int64_t, double>> fundingHistory; // (engine clock ns, rate), ≤ 2 h
    // L2 best-effort book
    bool hasBook = false;
    std::map<double, double, std::greater<>> bids;
    std::map<double, double> asks;
    int64_t bookSnapshotNs = 0;
    int64_t bookUpdates = 0, bookIgnored = 0;
    // per-second samples
    Ring<double, 1024> mid;         // L1 mid at each second (NaN if none)
    Ring<float, 16> bidPressure;    // bid pressure % each second
    // OI at each minute close (estimated liquidation levels)
    double oiAtLastMinute = kNaN;
};

// Volume profile (issue 5 §16): perp taker USD per price bucket as running sums
// for the 15 m and 1 h windows. Each second's contributions also sit in a ring
// slot, so they are taken out again when that second leaves a window: one add
// and one removal per window for each print (O(1) amortised), bounded memory.
struct ProfileCell {
    double buyUsd = 0, sellUsd = 0;
    int64_t prints = 0; // a cell whose prints fall to 0 is erased: no float residue
};

struct ProfileState {
    static constexpr int kSlots = 4096;          // seconds, ≥ the 1 h window
    static constexpr size_t kMaxPerSecond = 64;  // distinct buckets per second (a 1.3 % move in one second)
    struct Entry {
        int64_t bucket;
        ProfileCell cell;
    };
    struct Slot {
        int64_t sec = 0;
        std::vector<Entry> entries;
    };
    double step = 0;          // fixed at the first perp print: niceStep(kProfileStepFraction × price)
    std::vector<Slot> ring;   // kSlots seconds once the first print arrives
    std::array<std::unordered_map<int64_t, ProfileCell>, kProfileCount> window;
    std::array<int64_t, kProfileCount> removedUpTo{}; // seconds ≤ this have left window w
    uint64_t dropped = 0;     // prints beyond kMaxPerSecond buckets in one second
};

struct SymbolState {
    uint16_t symbol = 0;
    std::vector<int> markets; // indices into Aggregator::m_markets
    double clusterStep = 0;   // fixed at the first reference price of the session
    struct Liq {
        int64_t ns;
        uint16_t venue;
        double price, qty, usd;
        bool isLong;
    };
    std::deque<Liq> liqs; // last 15 min, bounded
    // per-second reference prices and derived series
    Ring<double, 4096> perpRef, spotRef;
    Ring<double, 1024> basisPct;
    // 1 min bars of the perp reference (regime), 5 s bars (correlation)
    Ring<double, 128> minuteClose;
    Ring<double, 512> fiveSecClose;
    Ring<double, 128> minuteImbalance; // 1m imbalance at each minute close
    Ring<double, 128> minuteFunding;   // mean funding rate at each minute close
    // liquidity samples each 5 s (last hour)
    struct LiqSample {
        double tobUsd, invSpread, tradesPerS;
    };
    Ring<LiqSample, 720> liquidity;
    // estimated funding premium since the last 8 h boundary
    int64_t premiumPeriod = -1;
    double premiumSum = 0;
    int64_t premiumCount = 0;
    // estimated liquidation levels: bucket index → USD
    std::map<int64_t, std::pair<double, double>> estLevels; // (long, short)
    double estOiLast = kNaN;
    ProfileState profile;
};

// §4 cluster bucket of a price: floor(price / step), read as decimals: 100.1 / 0.1
// is 1000.9999999999999 in binary, but the price opens bucket [100.1, 100.2).
// Clamped to ±1e15 buckets: a hostile price (1e300) would overflow the cast to
// int64 (undefined behaviour; found by fuzzing, docs/fuzzing.md).
inline int64_t clusterBucket(double price, double step)
{
    const double k = std::floor(price / step + 1e-9);
    constexpr double kLimit = 1e15;
    return static_cast<int64_t>(k > kLimit ? kLimit : (k > -kLimit ? k : -kLimit)); // NaN → −limit
}

struct TakerOrderRec {
    int64_t ns = 0;
    int market = 0;
    Side side = Side::Buy;
    double usd = 0, qty = 0, price = 0;
    int prints = 0;
    bool outlier = false;
};

class Aggregator
{
public:
    explicit Aggregator(const MarketRegistry &registry, MetricSettings settings = {});

    void apply(const MarketEvent &e);

    int64_t clockNs() const { return m_clockNs; }
    uint64_t eventsApplied() const { return m_events; }
    uint64_t lateDropped() const { return m_lateDropped; }
    const MetricSettings &settings() const { return m_settings; }
    void setSettings(const MetricSettings &s) { m_settings = s; }
    const MarketRegistry &registry() const { return m_registry; }

    const std::vector<std::unique_ptr<MarketState>> &markets() const { return m_markets; }
    const std::vector<SymbolState> &symbols() const { return m_symbols; }
    const std::deque<TakerOrderRec> &largeOrders() const { return m_largeOrders; }
    int marketIndex(uint16_t venue, uint16_t symbol, MarketType type) const;

    // Reference price at the clock: median of fresh L1 mids, else last trade.
    // `lastTrade` tells which source was used.
    double referencePrice(const SymbolState &s, MarketType type, int64_t atNs, bool *fromL1 = nullptr) const;
    double outlierThreshold(uint16_t symbol) const;

private:
    MarketState &market(const MarketEvent &e);
    SymbolState &symbolState(uint16_t symbol);
    void advanceClock(int64_t ns);
    void sampleSecond(int64_t sec, bool latest);
    void onTrade(MarketState &m, const MarketEvent &e);
    void onLiquidation(MarketState &m, const MarketEvent &e);
    void onOpenInterest(MarketState &m, const MarketEvent &e);
    void onCvd(MarketState &m, const MarketEvent &e);
    void onL1(MarketState &m, const MarketEvent &e);
    void onL2(MarketState &m, const MarketEvent &e);
    void onFunding(MarketState &m, const MarketEvent &e);
    void updateEstLevels(SymbolState &s, int64_t minute);
    void addToProfile(SymbolState &s, int64_t sec, double price, double usd, bool buy);
    void expireProfile(SymbolState &s, int64_t nowSec);

    const MarketRegistry &m_registry;
    MetricSettings m_settings;
    std::vector<std::unique_ptr<MarketState>> m_markets; // stable addresses: each holds ~0.5 MB of rings
    std::vector<SymbolState> m_symbols;
    std::vector<int> m_symbolIndex;                // symbol id → m_symbols index
    std::vector<int> m_marketIndex;                // (venue, symbol, type) → m_markets index
    std::deque<TakerOrderRec> m_largeOrders;       // ≥ large tier or outliers, bounded
    int64_t m_largePopped = 0;                     // orders dropped from the front (absolute ids)
    std::vector<double> m_outlierThreshold;        // per symbol id, refreshed each second
    int64_t m_clockNs = 0;
    int64_t m_lastSampledSec = 0;
    uint64_t m_events = 0;
    uint64_t m_lateDropped = 0;
};

} // namespace fd
