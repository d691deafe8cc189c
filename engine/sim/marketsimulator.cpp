#include "marketsimulator.h"

#include "core/stats.h"

#include "util/timeutil.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <queue>
#include <random>
#include <vector>

namespace fd {

namespace {

constexpr int kSymbols = 3;
constexpr int kExchanges = 6;
constexpr int kMarkets = kSymbols * kExchanges;
constexpr int64_t kNsPerUs = 1000;
constexpr int64_t kEightHoursNs = 8 * 3600 * kNsPerSec;
constexpr double kPi = 3.14159265358979323846;

enum Ex : int { BinFut = 0, BinSpot, BybPerp, BybSpot, OkxPerp, OkxSpot };
enum VenueId : int { Binance = 0, Bybit, Okx };
enum Stream : int { STrade = 0, SCvd, SLiq, SOi, SL1, SL2, SFunding, SCount };
enum EvType : uint8_t { EvOrder, EvL1, EvL2Snapshot, EvL2Update, EvOi, EvFunding, EvLiqTrickle, EvLiqBurst, EvCascade };

constexpr int64_t kPow10[19] = {1LL,
                                10LL,
                                100LL,
                                1000LL,
                                10000LL,
                                100000LL,
                                1000000LL,
                                10000000LL,
                                100000000LL,
                                1000000000LL,
                                10000000000LL,
                                100000000000LL,
                                1000000000000LL,
                                10000000000000LL,
                                100000000000000LL,
                                1000000000000000LL,
                                10000000000000000LL,
                                100000000000000000LL,
                                1000000000000000000LL};

struct SymbolInfo {
    const char *base;
    double startPx;
    double volPerSqrtS;     // per-second log volatility
    double ctVal;           // OKX contract value (base units)
    int ctValDecimals;      // decimals of ctVal (0.01 → 2)
    double impactPerMUsd;   // log-price impact of $1M of taker flow
    double rateFactor;      // order rate relative to BTC
    double sizeFactor;      // order size relative to BTC
    double l1TopBase[2];    // median top-of-book size (perp, spot), base units
    double oiBase[3];       // starting OI per venue (Binance, Bybit, OKX), base units
    double liqMedianUsd;
    double burstUsd[2];     // cascade burst total USD range
    uint64_t idBase[kExchanges];
};

constexpr SymbolInfo kSym[kSymbols] = {
    {"btc", 90000.0, 0.9e-4, 0.01, 2, 1.5e-4, 1.0, 1.0, {2.0, 0.6}, {89000, 53000, 28000}, 9000, {2.5e6, 7e6},
     {6548213970ULL, 5412339011ULL, 0, 2290000000912833017ULL, 1743289911ULL, 904118233ULL}},
    {"eth", 3800.0, 1.2e-4, 0.1, 1, 3.0e-4, 0.92, 0.6, {40.0, 9.0}, {2050000, 1100000, 650000}, 5500, {0.7e6, 2.5e6},
     {5243991207ULL, 3108822471ULL, 0, 2290000000412118821ULL, 1021873355ULL, 611200937ULL}},
    {"sol", 130.0, 1.6e-4, 1.0, 0, 8.0e-4, 0.85, 0.3, {450.0, 110.0}, {9500000, 5800000, 2700000}, 3200,
     {0.25e6, 1.0e6},
     {2911047723ULL, 1203377455ULL, 0, 2290000000099218830ULL, 633187204ULL, 388021645ULL}},
};

struct ExInfo {
    const char *name;
    bool perp;
    int venue;
    bool hasL1;
    bool hasL2;
    double orderRate;   // mean taker orders/s for BTC at rate 1
    double latMinMs, latMeanMs;
    double sizeMedianUsd; // BTC median order USD
    double offsetBps;   // ± range of the static venue offset
};

constexpr ExInfo kEx[kExchanges] = {
    {"BinanceFuturesUsd", true, Binance, true, true, 1.8, 2.0, 6.0, 2500, 0.0},
    {"BinanceSpot", false, Binance, true, false, 1.35, 1.5, 5.0, 900, 0.0},
    {"BybitPerpetualsUsd", true, Bybit, true, true, 1.45, 4.0, 12.0, 2000, 0.5},
    {"BybitSpot", false, Bybit, true, false, 1.05, 4.0, 12.0, 700, 0.5},
    {"Okx", true, Okx, false, false, 1.3, 7.0, 20.0, 1800, 0.6},
    {"Okx", false, Okx, false, false, 0.95, 7.0, 20.0, 600, 0.6},
};

// Decimal scale of each market: price strings carry `pd` decimals and move in
// steps of `tick` units of 10^-pd; sizes carry `qd` decimals in steps of `qstep`
// (OKX perps: contracts).
struct Scale {
    int pd;
    int64_t tick;
    int qd;
    int64_t qstep;
};

constexpr Scale kScale[kExchanges][kSymbols] = {
    {{2, 10, 3, 1}, {2, 1, 3, 1}, {4, 100, 0, 1}},                               // BinanceFuturesUsd
    {{8, 1000000, 8, 1000}, {8, 1000000, 8, 10000}, {8, 1000000, 8, 100000}},    // BinanceSpot
    {{2, 10, 3, 1}, {2, 1, 2, 1}, {3, 10, 1, 1}},                                // BybitPerpetualsUsd
    {{2, 1, 6, 1}, {2, 1, 5, 1}, {2, 1, 3, 1}},                                  // BybitSpot
    {{1, 1, 2, 1}, {2, 1, 2, 1}, {2, 1, 2, 1}},                                  // Okx perp (contracts)
    {{1, 1, 8, 1}, {2, 1, 6, 1}, {2, 1, 4, 1}},                                  // Okx spot
};

// Hawkes taker-order process: intensity μ·rate·mult + E, each order adds
// kAlpha to E, which decays at kBeta. Branching ratio kAlpha/kBeta.
constexpr double kBeta = 0.5;
constexpr double kBranching = 0.45;
constexpr double kAlpha = kBranching * kBeta;
constexpr double kLiqTrickle = 0.02; // liquidations/s per perp market at rate 1
constexpr double kLiqMaxMult = 3.0;
constexpr double kResetMeanSec = 1800; // CVD upstream reconnect, per perp market
constexpr int kBookLevels = 50;
constexpr double kL2ResyncSec[2] = {60, 240}; // book stream restart (new Snapshot), per book, not scaled by rate
// Far ladder: sparse levels beyond the dense 50 (which reach ~1.1–1.6 %), so the
// 1 %/2 %/5 % depth bands of METRICS.md §5 have a book to read. Kept between
// kFarMinPct and kFarMaxPct from the mid, gaps of kFarGapPct % of the mid, sizes
// growing with distance; drawn from their own random stream (Impl::farRng) so
// every other frame is what it was before the far ladder existed.
constexpr double kFarMinPct = 6.0;
constexpr double kFarMaxPct = 9.0;
constexpr double kFarGapPct[2] = {0.12, 0.32};

// ---------------------------------------------------------------- formatting

void appendInt(std::string &out, int64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void appendUInt(std::string &out, uint64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// rust_decimal string with a fixed scale: 9241520 at 2 → "92415.20"; 0 at 3 → "0.000".
void appendFixed(std::string &out, int64_t units, int decimals)
{
    if (units < 0) {
        out.push_back('-');
        units = -units;
    }
    appendInt(out, units / kPow10[decimals]);
    if (decimals > 0) {
        out.push_back('.');
        int64_t frac = units % kPow10[decimals];
        char buf[20];
        for (int i = decimals - 1; i >= 0; --i) {
            buf[i] = static_cast<char>('0' + frac % 10);
            frac /= 10;
        }
        out.append(buf, static_cast<size_t>(decimals));
    }
}

// f64 as serde_json writes it (ryu shortest round-trip): whole numbers keep
// ".0", exponents outside 1e-5 … 1e16 as "1e-7" / "1.2345e19", NaN/inf null.
void appendF64(std::string &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    if (v == 0) {
        out += std::signbit(v) ? "-0.0" : "0.0";
        return;
    }
    if (v < 0) {
        out.push_back('-');
        v = -v;
    }
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    // buf: d[.ddd]e±XX
    char digits[20];
    int n = 0;
    const char *p = buf;
    for (; p < r.ptr && *p != 'e'; ++p)
        if (*p != '.')
            digits[n++] = *p;
    int exp10 = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), r.ptr, exp10);
    const int kk = exp10 + 1; // value = 0.d1d2… × 10^kk
    const int k = kk - n;     // value = d1d2… × 10^k
    if (k >= 0 && kk <= 16) {
        out.append(digits, static_cast<size_t>(n));
        out.append(static_cast<size_t>(k), '0');
        out += ".0";
    } else if (kk > 0 && kk <= 16) {
        out.append(digits, static_cast<size_t>(kk));
        out.push_back('.');
        out.append(digits + kk, static_cast<size_t>(n - kk));
    } else if (kk > -5 && kk <= 0) {
        out += "0.";
        out.append(static_cast<size_t>(-kk), '0');
        out.append(digits, static_cast<size_t>(n));
    } else {
        out.push_back(digits[0]);
        if (n > 1) {
            out.push_back('.');
            out.append(digits + 1, static_cast<size_t>(n - 1));
        }
        out.push_back('e');
        appendInt(out, kk - 1);
    }
}

void put2(char *p, int64_t v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

// chrono's serde form, as fd::formatRfc3339, without allocating; the date is cached.
class TimeFormatter
{
public:
    void append(std::string &out, int64_t ns)
    {
        const int64_t secs = floorDiv(ns, kNsPerSec);
        int64_t frac = ns - secs * kNsPerSec;
        const int64_t days = floorDiv(secs, 86400);
        const int64_t sod = secs - days * 86400;
        if (days != m_day) {
            int64_t y;
            unsigned mo, d;
            civilFromDays(days, y, mo, d);
            char *p = m_date;
            const auto yy = static_cast<int64_t>(y);
            p[0] = static_cast<char>('0' + yy / 1000 % 10);
            p[1] = static_cast<char>('0' + yy / 100 % 10);
            p[2] = static_cast<char>('0' + yy / 10 % 10);
            p[3] = static_cast<char>('0' + yy % 10);
            p[4] = '-';
            put2(p + 5, mo);
            p[7] = '-';
            put2(p + 8, d);
            p[10] = 'T';
            m_day = days;
        }
        char buf[32];
        std::memcpy(buf, m_date, 11);
        put2(buf + 11, sod / 3600);
        buf[13] = ':';
        put2(buf + 14, sod / 60 % 60);
        buf[16] = ':';
        put2(buf + 17, sod % 60);
        size_t n = 19;
        if (frac != 0) {
            int digits = 9;
            if (frac % kNsPerMs == 0) {
                digits = 3;
                frac /= kNsPerMs;
            } else if (frac % kNsPerUs == 0) {
                digits = 6;
                frac /= kNsPerUs;
            }
            buf[n++] = '.';
            for (int i = digits - 1; i >= 0; --i) {
                buf[n + static_cast<size_t>(i)] = static_cast<char>('0' + frac % 10);
                frac /= 10;
            }
            n += static_cast<size_t>(digits);
        }
        buf[n++] = 'Z';
        out.append(buf, n);
    }

private:
    int64_t m_day = std::numeric_limits<int64_t>::min();
    char m_date[11] = {};
};

// ---------------------------------------------------------------- model state

struct PriceMove {
    int64_t from, to;
    double logMove;
};

struct SymbolState {
    double logPx = 0;
    int64_t lastNs = 0;
    double basis = 0, basisMean = 0; // perp premium (fraction)
    double bias = 0;                 // taker buy bias, OU around 0
    double step = 0;                 // liquidation cluster step (METRICS.md §4)
    double fundingBase = 0;
    std::vector<PriceMove> moves;
    // cascade flow state
    int64_t flowFrom = 0, flowHot = 0, flowTo = 0;
    double flowMult = 1, flowBias = 0;
    int flowDir = 0;
    // OI drop during a cascade (fraction per second)
    int64_t oiDropFrom = 0, oiDropTo = 0;
    double oiDropPerSec = 0;
};

struct MarketState {
    int sym = 0, ex = 0;
    bool perp = false;
    Scale sc{};
    std::string prefix; // ","exchange":…,"kind":"
    double offset = 0;
    double mu = 0; // base order intensity (× rate)
    double excite = 0;
    int64_t exciteNs = 0;
    int64_t lastOrderMs = std::numeric_limits<int64_t>::min();
    uint32_t orderGen = 0; // bumps when a cascade raises the intensity bound
    uint64_t nextId = 0;
    double cvdBase = 0, cvdQuote = 0;
    int64_t nextResetNs = 0;
    double oiBase = 0;
    double fundingOffset = 0, fundingNoise = 0;
    std::array<int64_t, SCount> lastRecv{};
    int64_t lastLiqMs = 0;
    double lotBase = 0;    // base units per size step (OKX perp: contracts × ctVal)
    int64_t wireDiv = 1;   // wire amount = lots × wireMul / wireDiv
    int64_t wireMul = 1;
};

struct Book {
    int market = 0;
    std::map<int64_t, int64_t> bids, asks;       // near ladder: price units → lots
    std::map<int64_t, int64_t> farBids, farAsks; // far ladder, always beyond the near one
    std::vector<int64_t> offsets;                // target near ladder, in ticks from the top
    uint64_t seq = 0;
    int64_t resyncNs = 0; // the stream "restarts" here: the next frame is a Snapshot
};

struct SimEvent {
    int64_t t;
    uint64_t seq;
    EvType type;
    uint8_t idx;
    int8_t dir;
    double a, b;
};

struct EventLater {
    bool operator()(const SimEvent &x, const SimEvent &y) const
    {
        return x.t != y.t ? x.t > y.t : x.seq > y.seq;
    }
};

struct OutFrame {
    int64_t recv;
    uint64_t seq;
    std::string text;
};

struct OutLater {
    bool operator()(const OutFrame &x, const OutFrame &y) const
    {
        return x.recv != y.recv ? x.recv > y.recv : x.seq > y.seq;
    }
};

} // namespace

// ---------------------------------------------------------------- Impl

// Two queues: simulation events by simulated time, and finished frames by
// time_received. Every frame made while handling an event at time t has
// time_received ≥ t (emit() clamps), so the earliest finished frame can be
// handed out once no pending event is earlier than it: prime() runs events
// until that holds. This gives nondecreasing time_received without sorting.
struct MarketSimulator::Impl {
    explicit Impl(const SimulatorSettings &s);

    SimulatorSettings st;
    std::mt19937_64 rng;
    std::mt19937_64 farRng; // the far book ladder only (see kFarMinPct)
    std::array<SymbolState, kSymbols> syms;
    std::array<MarketState, kMarkets> mk;
    std::vector<Book> books;
    std::priority_queue<SimEvent, std::vector<SimEvent>, EventLater> events;
    std::vector<OutFrame> out; // min-heap by (recv, seq)
    uint64_t eventSeq = 0, outSeq = 0, produced = 0;
    int64_t now = 0;
    TimeFormatter tf;
    std::string buf;

    // own distributions: identical on every standard library
    double u01() { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }
    double uopen() { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; }
    double uniform(double a, double b) { return a + (b - a) * u01(); }
    int64_t uniformInt(int64_t a, int64_t b) { return a + static_cast<int64_t>(rng() % static_cast<uint64_t>(b - a + 1)); }
    // Box–Muller, both outputs used
    double normal()
    {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        const double r = std::sqrt(-2.0 * std::log(uopen())), a = 2.0 * kPi * u01();
        spare = r * std::sin(a);
        haveSpare = true;
        return r * std::cos(a);
    }
    double spare = 0;
    bool haveSpare = false;
    double farU01() { return static_cast<double>(farRng() >> 11) * 0x1.0p-53; }
    double farNormal()
    {
        const double u = (static_cast<double>(farRng() >> 11) + 0.5) * 0x1.0p-53;
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * kPi * farU01());
    }
    double expo(double mean) { return -std::log(uopen()) * mean; }
    bool chance(double p) { return u01() < p; }
    int64_t secToNs(double s) { return static_cast<int64_t>(std::llround(s * 1e9)); }

    void schedule(int64_t t, EvType type, int idx, double a = 0, double b = 0, int dir = 0)
    {
        events.push(SimEvent{t, eventSeq++, type, static_cast<uint8_t>(idx), static_cast<int8_t>(dir), a, b});
    }
    void emit(int64_t recv, const std::string &text)
    {
        std::string s;
        if (!pool.empty()) {
            s.swap(pool.back());
            pool.pop_back();
        }
        s.assign(text);
        out.push_back(OutFrame{std::max(recv, now), outSeq++, std::move(s)});
        std::push_heap(out.begin(), out.end(), OutLater{});
    }
    std::vector<std::string> pool; // spent frame buffers, reused
    void step();
    void prime()
    {
        while (out.empty() || out.front().recv > events.top().t)
            step();
    }

    // world
    void advance(int sym, int64_t t);
    double drift(const SymbolState &s, int64_t a, int64_t b) const;
    double fair(int sym) const { return std::exp(syms[static_cast<size_t>(sym)].logPx); }
    double marketMid(const MarketState &m) const
    {
        const SymbolState &s = syms[static_cast<size_t>(m.sym)];
        return std::exp(s.logPx) * (1.0 + m.offset + (m.perp ? s.basis : 0.0));
    }
    void quote(const MarketState &m, int64_t &bid, int64_t &ask);
    int64_t toUnits(const MarketState &m, double px) const
    {
        const double u = px * static_cast<double>(kPow10[m.sc.pd]) / static_cast<double>(m.sc.tick);
        return static_cast<int64_t>(std::llround(u)) * m.sc.tick;
    }
    double priceOf(const MarketState &m, int64_t units) const
    {
        return static_cast<double>(units) / static_cast<double>(kPow10[m.sc.pd]);
    }
    double wireAmount(const MarketState &m, int64_t lots) const
    {
        return static_cast<double>(lots * m.wireMul) / static_cast<double>(m.wireDiv);
    }
    int64_t lotsFor(const MarketState &m, double base)
    {
        return std::max<int64_t>(1, static_cast<int64_t>(std::llround(base / m.lotBase)));
    }
    double latencyNs(const MarketState &m)
    {
        const ExInfo &e = kEx[m.ex];
        const double ms = std::min(80.0, e.latMinMs + expo(e.latMeanMs));
        return ms * 1e6;
    }
    // time_received for a frame of `stream`: ≥ base, strictly after the stream's
    // last frame, with a 9-digit fraction (Utc::now() on Linux).
    int64_t recvTime(MarketState &m, Stream stream, int64_t base)
    {
        int64_t r = std::max({base, now, m.lastRecv[stream] + uniformInt(1, 40) * kNsPerUs + uniformInt(0, 999)});
        if (r % kNsPerUs == 0)
            ++r;
        m.lastRecv[stream] = r;
        return r;
    }
    void header(const MarketState &m, int64_t te, int64_t recv, const char *kind)
    {
        buf.clear();
        buf += "{\"time_exchange\":\"";
        tf.append(buf, te);
        buf += "\",\"time_received\":\"";
        tf.append(buf, recv);
        buf += m.prefix;
        buf += kind;
        buf += "\",\"data\":";
    }
    void appendId(MarketState &m);

    // events
    double flowMult(int sym, int64_t t) const;
    double intensity(MarketState &m, int64_t t);
    void scheduleOrder(MarketState &m, int idx, int64_t t);
    void onOrder(const SimEvent &ev);
    void makeOrder(MarketState &m, int64_t t);
    void onL1(const SimEvent &ev);
    void onL2(const SimEvent &ev, bool snapshot);
    void farLadder(Book &bk, const MarketState &m, std::map<int64_t, int64_t, std::greater<>> &bidCh,
                   std::map<int64_t, int64_t> &askCh);
    void onOi(const SimEvent &ev);
    void onFunding(const SimEvent &ev);
    void onLiqTrickle(const SimEvent &ev);
    void onLiqBurst(const SimEvent &ev);
    void onCascade(const SimEvent &ev);
    void emitLiquidation(MarketState &m, int64_t t, int64_t priceUnits, int64_t lots, bool longLiquidated);
    void appendLevels(std::string &o, const MarketState &m, const std::vector<std::pair<int64_t, int64_t>> &lv);
};

MarketSimulator::Impl::Impl(const SimulatorSettings &s)
    : st(s)
    , rng(s.seed)
    , farRng(s.seed ^ 0x9e3779b97f4a7c15ULL)
{
    if (!(st.rate > 0) || !std::isfinite(st.rate))
        st.rate = 1.0;
    st.rate = std::clamp(st.rate, 1e-3, 1e4);
    now = st.startNs;
    buf.reserve(1024);
    const int64_t t0 = st.startNs;

    for (int i = 0; i < kSymbols; ++i) {
        SymbolState &s = syms[static_cast<size_t>(i)];
        const double p0 = kSym[i].startPx * (1.0 + uniform(-0.003, 0.003));
        s.logPx = std::log(p0);
        s.lastNs = t0;
        s.basisMean = uniform(0.00024, 0.00034);
        s.basis = s.basisMean + 0.00002 * normal();
        s.bias = 0.05 * normal();
        // The 1/2/5 × 10^k step nearest in log scale to 0.1 % of the price (as the aggregator does).
        s.step = niceStep(p0 * 0.001);
        s.fundingBase = i == 0 ? uniform(0.6e-4, 1.3e-4) : (i == 1 ? uniform(0.2e-4, 1.2e-4) : uniform(-0.4e-4, 1.5e-4));
    }

    for (int sym = 0; sym < kSymbols; ++sym) {
        // A venue's premium applies to its perp and its spot alike, so the
        // basis per venue (and the composite) is the symbol's contango.
        std::array<double, 3> venueOffset{};
        for (double &o : venueOffset)
            o = uniform(-1.0, 1.0);
        for (int ex = 0; ex < kExchanges; ++ex) {
            MarketState &m = mk[static_cast<size_t>(sym * kExchanges + ex)];
            const ExInfo &e = kEx[ex];
            const SymbolInfo &si = kSym[sym];
            m.sym = sym;
            m.ex = ex;
            m.perp = e.perp;
            m.sc = kScale[ex][sym];
            m.prefix = std::string("\",\"exchange\":\"") + e.name + "\",\"instrument\":{\"base\":\"" + si.base
                       + "\",\"quote\":\"usdt\",\"kind\":\"" + (e.perp ? "Perpetual" : "Spot") + "\"},\"kind\":\"";
            m.offset = e.offsetBps * 1e-4 * venueOffset[static_cast<size_t>(e.venue)] + 0.05e-4 * uniform(-1.0, 1.0);
            m.mu = e.orderRate * si.rateFactor * (1.0 - kBranching) * st.rate;
            m.exciteNs = t0;
            m.nextId = si.idBase[ex] + rng() % 1000000;
            // sizes: one step is qstep × 10^-qd of the wire unit
            const double step = static_cast<double>(m.sc.qstep) / static_cast<double>(kPow10[m.sc.qd]);
            if (ex == OkxPerp) {
                m.lotBase = step * si.ctVal;
                if (st.okxContracts) {
                    m.wireMul = m.sc.qstep;
                    m.wireDiv = kPow10[m.sc.qd];
                } else { // IDX: contracts × ctVal, exact in decimal
                    m.wireMul = m.sc.qstep;
                    m.wireDiv = kPow10[m.sc.qd + si.ctValDecimals];
                }
            } else {
                m.lotBase = step;
                m.wireMul = m.sc.qstep;
                m.wireDiv = kPow10[m.sc.qd];
            }
            m.nextResetNs = t0 + secToNs(expo(kResetMeanSec));
            if (m.perp)
                m.oiBase = si.oiBase[e.venue] * uniform(0.95, 1.05);
            m.fundingOffset = 1.5e-5 * normal();
            m.lastRecv.fill(t0);
        }
    }

    // Initial schedule.
    for (int i = 0; i < kMarkets; ++i) {
        MarketState &m = mk[static_cast<size_t>(i)];
        scheduleOrder(m, i, t0);
        if (kEx[m.ex].hasL1)
            schedule(t0 + secToNs(uniform(0.0, 0.6) / st.rate), EvL1, i);
        if (m.perp) {
            schedule(t0 + secToNs(uniform(0.05, 5.0)), EvOi, i);
            if (st.funding)
                schedule(t0 + secToNs(uniform(0.2, 30.0)), EvFunding, i);
            const double lb = kLiqTrickle * st.rate * kLiqMaxMult;
            schedule(t0 + secToNs(expo(1.0 / lb)), EvLiqTrickle, i, lb);
        }
        if (st.l2 && kEx[m.ex].hasL2) {
            Book b;
            b.market = i;
            books.push_back(std::move(b));
            schedule(t0 + secToNs(uniform(0.05, 0.5)), EvL2Snapshot, static_cast<int>(books.size() - 1));
        }
    }
    schedule(t0 + secToNs(uniform(240.0, 720.0)), EvCascade, 0);
    prime();
}

// ---------------------------------------------------------------- world

double MarketSimulator::Impl::drift(const SymbolState &s, int64_t a, int64_t b) const
{
    double d = 0;
    for (const PriceMove &mv : s.moves) {
        const int64_t lo = std::max(a, mv.from), hi = std::min(b, mv.to);
        if (hi > lo)
            d += mv.logMove * static_cast<double>(hi - lo) / static_cast<double>(mv.to - mv.from);
    }
    return d;
}

void MarketSimulator::Impl::advance(int sym, int64_t t)
{
    SymbolState &s = syms[static_cast<size_t>(sym)];
    if (t <= s.lastNs)
        return;
    const double dt = static_cast<double>(t - s.lastNs) * 1e-9;
    s.logPx += kSym[sym].volPerSqrtS * std::sqrt(dt) * normal() + drift(s, s.lastNs, t);
    // basis: OU around its mean (5 min), kept inside 1.5–5 bp so perps stay above spot
    const double a = std::exp(-dt / 300.0);
    s.basis = s.basisMean + (s.basis - s.basisMean) * a + 0.00003 * std::sqrt(1.0 - a * a) * normal();
    s.basis = std::clamp(s.basis, 0.00015, 0.0005);
    // taker buy bias: OU around 0 (10 min), sd ≈ 0.08
    const double ab = std::exp(-dt / 600.0);
    s.bias = std::clamp(s.bias * ab + 0.08 * std::sqrt(1.0 - ab * ab) * normal(), -0.3, 0.3);
    s.lastNs = t;
    if (!s.moves.empty())
        s.moves.erase(std::remove_if(s.moves.begin(), s.moves.end(), [t](const PriceMove &mv) { return mv.to <= t; }),
                      s.moves.end());
}

void MarketSimulator::Impl::quote(const MarketState &m, int64_t &bid, int64_t &ask)
{
    const double units = marketMid(m) * static_cast<double>(kPow10[m.sc.pd]) / static_cast<double>(m.sc.tick);
    const int64_t spread = chance(0.12) ? 2 : 1;
    const auto b = static_cast<int64_t>(std::floor(units - 0.5 * static_cast<double>(spread) + 0.5));
    bid = b * m.sc.tick;
    ask = (b + spread) * m.sc.tick;
}

void MarketSimulator::Impl::appendId(MarketState &m)
{
    buf += "\"id\":\"";
    if (m.ex == BybPerp) {
        static constexpr char kHex[] = "0123456789abcdef";
        const uint64_t hi = rng(), lo = rng();
        char u[36];
        int n = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                u[n++] = '-';
            const uint64_t w = i < 16 ? hi : lo;
            int nib = static_cast<int>((w >> (4 * (15 - (i % 16)))) & 0xF);
            if (i == 12)
                nib = 4; // version 4
            else if (i == 16)
                nib = 8 | (nib & 3);
            u[n++] = kHex[nib];
        }
        buf.append(u, 36);
    } else {
        appendUInt(buf, m.nextId);
        m.nextId += (m.ex == BybSpot) ? static_cast<uint64_t>(uniformInt(1, 40))
                                      : (m.ex == OkxPerp || m.ex == OkxSpot) ? static_cast<uint64_t>(uniformInt(1, 3)) : 1;
    }
    buf += "\",";
}

// ---------------------------------------------------------------- trades

double MarketSimulator::Impl::flowMult(int sym, int64_t t) const
{
    const SymbolState &s = syms[static_cast<size_t>(sym)];
    if (t >= s.flowFrom && t < s.flowTo)
        return t < s.flowHot ? s.flowMult : 1.0 + 0.5 * (s.flowMult - 1.0);
    return 1.0;
}

double MarketSimulator::Impl::intensity(MarketState &m, int64_t t)
{
    m.excite *= std::exp(-kBeta * static_cast<double>(t - m.exciteNs) * 1e-9);
    m.exciteNs = t;
    return m.mu * flowMult(m.sym, t) + m.excite;
}

// Ogata thinning: candidates at the rate bound λ* = μ·mult(now) + E(now), which
// holds until the next candidate because E only decays and the multiplier only
// falls (a cascade start, the one rise, reschedules with a new generation).
void MarketSimulator::Impl::scheduleOrder(MarketState &m, int idx, int64_t t)
{
    const double bound = m.mu * flowMult(m.sym, t) + m.excite;
    schedule(t + std::max<int64_t>(1, secToNs(expo(1.0 / bound))), EvOrder, idx, bound, m.orderGen);
}

void MarketSimulator::Impl::onOrder(const SimEvent &ev)
{
    MarketState &m = mk[ev.idx];
    if (static_cast<uint32_t>(ev.b) != m.orderGen)
        return; // superseded by a cascade's reschedule
    const double lambda = intensity(m, ev.t);
    if (u01() * ev.a <= lambda) {
        makeOrder(m, ev.t);
        m.excite += kAlpha;
    }
    scheduleOrder(m, ev.idx, ev.t);
}

void MarketSimulator::Impl::makeOrder(MarketState &m, int64_t t)
{
    advance(m.sym, t);
    SymbolState &s = syms[static_cast<size_t>(m.sym)];
    const SymbolInfo &si = kSym[m.sym];
    const ExInfo &e = kEx[m.ex];

    // One millisecond per order, strictly increasing per market.
    const int64_t ms = std::max(ceilDiv(t, kNsPerMs), m.lastOrderMs + 1);
    m.lastOrderMs = ms;
    const int64_t te = ms * kNsPerMs;

    double pBuy = 0.5 + s.bias;
    if (t >= s.flowFrom && t < s.flowTo)
        pBuy += s.flowBias;
    const bool buy = chance(std::clamp(pBuy, 0.05, 0.95));

    // Size: lognormal, with whales and rare megas on top.
    const double symWhale = m.sym == 0 ? 1.0 : (m.sym == 1 ? 0.6 : 0.3);
    double usd;
    const double r = u01();
    const double megaP = m.perp && m.sym == 0 ? 3e-5 : 6e-6;
    const double whaleP = (m.perp ? 1e-3 : 5e-4) * symWhale;
    if (r < megaP)
        usd = std::exp(uniform(std::log(5.2e6), std::log(1.2e7)));
    else if (r < megaP + whaleP)
        usd = std::exp(uniform(std::log(5.1e5), std::log(3e6)));
    else
        usd = e.sizeMedianUsd * si.sizeFactor * std::exp(1.3 * normal());

    int prints;
    const double pr = u01();
    prints = pr < 0.4 ? 1 : pr < 0.65 ? 2 : pr < 0.8 ? 3 : pr < 0.9 ? 4 : 5;
    if (usd >= 5e4)
        prints = std::min(5, prints + 1 + (usd >= 5e5 ? 1 : 0));

    int64_t bid, ask;
    quote(m, bid, ask);
    int64_t px = buy ? ask : bid;
    const double walkP = usd >= 1e5 ? 0.7 : 0.35;

    std::array<double, 5> w{};
    double wsum = 0;
    for (int i = 0; i < prints; ++i) {
        w[static_cast<size_t>(i)] = std::exp(0.6 * normal());
        wsum += w[static_cast<size_t>(i)];
    }

    const double latency = latencyNs(m);
    int64_t recv = std::max(te, t) + static_cast<int64_t>(latency);
    double baseTotal = 0;
    for (int i = 0; i < prints; ++i) {
        if (i > 0 && chance(walkP))
            px += buy ? m.sc.tick : -m.sc.tick;
        const double price = priceOf(m, px);
        const int64_t lots = lotsFor(m, usd * w[static_cast<size_t>(i)] / wsum / price);
        const double amount = wireAmount(m, lots);
        baseTotal += static_cast<double>(lots) * m.lotBase;

        recv = recvTime(m, STrade, recv);
        header(m, te, recv, "trade");
        buf += "{\"amount\":";
        appendF64(buf, amount);
        buf += ',';
        appendId(m);
        buf += "\"price\":";
        appendF64(buf, price);
        buf += buy ? ",\"side\":\"Buy\"}}" : ",\"side\":\"Sell\"}}";
        emit(recv, buf);

        if (m.perp) {
            // The relay's running totals; an upstream reconnect restarts them
            // at this trade's own delta.
            if (te >= m.nextResetNs) {
                m.cvdBase = 0;
                m.cvdQuote = 0;
                m.nextResetNs = te + secToNs(expo(kResetMeanSec));
            }
            const double sgn = buy ? 1.0 : -1.0;
            m.cvdBase += sgn * amount;
            m.cvdQuote += sgn * amount * price;
            recv = recvTime(m, SCvd, recv + uniformInt(2, 30) * kNsPerUs);
            header(m, te, recv, "cumulative_volume_delta");
            buf += "{\"delta_base\":";
            appendF64(buf, m.cvdBase);
            buf += ",\"delta_quote\":";
            appendF64(buf, m.cvdQuote);
            buf += "}}";
            emit(recv, buf);
        }
    }

    // Flow impact on the symbol and on OI (scaled down with the rate, so load
    // tests keep realistic prices).
    const double sgn = buy ? 1.0 : -1.0;
    s.logPx += sgn * si.impactPerMUsd * usd / 1e6 / st.rate;
    if (m.perp) {
        const double f = uniform(0.3, 1.0) * (chance(0.56) ? 1.0 : -1.0);
        m.oiBase = std::max(m.oiBase * 0.5, m.oiBase + f * baseTotal / st.rate);
    }
}

// ---------------------------------------------------------------- L1 / L2

void MarketSimulator::Impl::onL1(const SimEvent &ev)
{
    MarketState &m = mk[ev.idx];
    const int64_t t = ev.t;
    advance(m.sym, t);
    int64_t bid, ask;
    quote(m, bid, ask);
    const double top = kSym[m.sym].l1TopBase[m.perp ? 0 : 1];
    const int64_t bidLots = lotsFor(m, top * std::exp(0.9 * normal()));
    const int64_t askLots = lotsFor(m, top * std::exp(0.9 * normal()));
    const double nr = u01();
    const bool noBid = nr < 0.005, noAsk = nr >= 0.005 && nr < 0.01;

    int64_t te, recv;
    if (m.ex == BinSpot) { // no exchange time: the relay's parse time, in ns
        te = std::max(t, m.lastRecv[SL1]);
        if (te % kNsPerUs == 0)
            ++te;
        recv = recvTime(m, SL1, te + uniformInt(4, 40) * kNsPerUs + uniformInt(1, 999));
    } else {
        te = floorDiv(t, kNsPerMs) * kNsPerMs;
        recv = recvTime(m, SL1, te + static_cast<int64_t>(latencyNs(m)));
    }
    header(m, te, recv, "order_book_l1");
    buf += "{\"best_ask\":";
    if (noAsk) {
        buf += "null";
    } else {
        buf += "{\"amount\":\"";
        appendFixed(buf, askLots * m.sc.qstep, m.sc.qd);
        buf += "\",\"price\":\"";
        appendFixed(buf, ask, m.sc.pd);
        buf += "\"}";
    }
    buf += ",\"best_bid\":";
    if (noBid) {
        buf += "null";
    } else {
        buf += "{\"amount\":\"";
        appendFixed(buf, bidLots * m.sc.qstep, m.sc.qd);
        buf += "\",\"price\":\"";
        appendFixed(buf, bid, m.sc.pd);
        buf += "\"}";
    }
    buf += ",\"last_update_time\":\"";
    tf.append(buf, te);
    buf += "\"}}";
    emit(recv, buf);
    schedule(t + secToNs(uniform(0.3, 1.2) / st.rate), EvL1, ev.idx);
}

void MarketSimulator::Impl::appendLevels(std::string &o, const MarketState &m,
                                         const std::vector<std::pair<int64_t, int64_t>> &lv)
{
    o += "{\"levels\":[";
    bool first = true;
    for (const auto &[px, lots] : lv) {
        if (!first)
            o.push_back(',');
        first = false;
        o += "{\"amount\":\"";
        appendFixed(o, lots * m.sc.qstep, m.sc.qd);
        o += "\",\"price\":\"";
        appendFixed(o, px, m.sc.pd);
        o += "\"}";
    }
    o += "]}";
}

void MarketSimulator::Impl::onL2(const SimEvent &ev, bool snapshot)
{
    Book &bk = books[ev.idx];
    MarketState &m = mk[static_cast<size_t>(bk.market)];
    const int64_t t = ev.t;
    // A real relay re-sends a Snapshot whenever a book stream restarts (RELAY_PROTOCOL.md
    // §3.6); here every kL2Resync s, so the book age (METRICS.md §5) stays realistic.
    // The update chain carries the resync, so each book keeps one chain of frames.
    const bool first = snapshot;
    snapshot = snapshot || t >= bk.resyncNs;
    if (snapshot)
        bk.resyncNs = t + secToNs(uniform(kL2ResyncSec[0], kL2ResyncSec[1]));
    advance(m.sym, t);
    int64_t bb, ba;
    quote(m, bb, ba);
    const int64_t tick = m.sc.tick;
    const double top = kSym[m.sym].l1TopBase[0];
    auto sizeAt = [&](double depthIndex) {
        return lotsFor(m, top * (1.0 + 0.08 * depthIndex) * std::exp(0.7 * normal()));
    };

    std::map<int64_t, int64_t, std::greater<>> bidCh; // descending
    std::map<int64_t, int64_t> askCh;                 // ascending
    if (snapshot) {
        const double mid = marketMid(m);
        const double reachTicks = uniform(0.011, 0.016) * mid * static_cast<double>(kPow10[m.sc.pd]) / static_cast<double>(tick);
        bk.offsets.clear();
        for (int i = 0; i < kBookLevels; ++i) {
            const double x = static_cast<double>(i) / (kBookLevels - 1);
            bk.offsets.push_back(i + static_cast<int64_t>(std::llround(std::max(0.0, reachTicks - (kBookLevels - 1)) * std::pow(x, 2.5))));
        }
        bk.bids.clear();
        bk.asks.clear();
        for (int i = 0; i < kBookLevels; ++i) {
            bk.bids[bb - bk.offsets[static_cast<size_t>(i)] * tick] = sizeAt(i);
            bk.asks[ba + bk.offsets[static_cast<size_t>(i)] * tick] = sizeAt(i);
        }
        // Sequence numbers keep counting across a restart.
        bk.seq = !first                ? bk.seq + static_cast<uint64_t>(uniformInt(1000, 50000))
                 : m.ex == BinFut ? 9482216600000ULL + rng() % 100000000ULL
                                  : 50000000000ULL + rng() % 40000000000ULL;
        for (const auto &[p, l] : bk.bids)
            bidCh[p] = l;
        for (const auto &[p, l] : bk.asks)
            askCh[p] = l;
    } else {
        bk.seq += m.ex == BinFut ? static_cast<uint64_t>(uniformInt(20, 400)) : static_cast<uint64_t>(uniformInt(10, 200));
        // Levels crossed by the new top go (zero size); the top itself is set.
        while (!bk.bids.empty() && bk.bids.rbegin()->first > bb) {
            bidCh[bk.bids.rbegin()->first] = 0;
            bk.bids.erase(std::prev(bk.bids.end()));
        }
        while (!bk.asks.empty() && bk.asks.begin()->first < ba) {
            askCh[bk.asks.begin()->first] = 0;
            bk.asks.erase(bk.asks.begin());
        }
        if (!bk.bids.count(bb))
            bidCh[bb] = bk.bids[bb] = sizeAt(0);
        if (!bk.asks.count(ba))
            askCh[ba] = bk.asks[ba] = sizeAt(0);
        // Refill the near ladder behind a moved top.
        for (int i = 1; i < 10; ++i) {
            const int64_t off = bk.offsets[static_cast<size_t>(i)] * tick;
            if (!bk.bids.count(bb - off) && chance(0.5))
                bidCh[bb - off] = bk.bids[bb - off] = sizeAt(i);
            if (!bk.asks.count(ba + off) && chance(0.5))
                askCh[ba + off] = bk.asks[ba + off] = sizeAt(i);
        }
        // Size changes and cancels near the top.
        const int changes = static_cast<int>(uniformInt(2, 8));
        for (int c = 0; c < changes; ++c) {
            const bool bidSide = chance(0.5);
            const size_t n = bidSide ? bk.bids.size() : bk.asks.size();
            if (n < 2)
                continue;
            const auto j = static_cast<size_t>(uniformInt(0, static_cast<int64_t>(std::min<size_t>(25, n) - 1)));
            const bool cancel = j > 0 && chance(0.15);
            if (bidSide) {
                auto it = std::next(bk.bids.rbegin(), static_cast<std::ptrdiff_t>(j));
                const int64_t p = it->first;
                if (cancel) {
                    bk.bids.erase(p);
                    bidCh[p] = 0;
                } else {
                    bidCh[p] = bk.bids[p] = sizeAt(static_cast<double>(j));
                }
            } else {
                auto it = std::next(bk.asks.begin(), static_cast<std::ptrdiff_t>(j));
                const int64_t p = it->first;
                if (cancel) {
                    bk.asks.erase(p);
                    askCh[p] = 0;
                } else {
                    askCh[p] = bk.asks[p] = sizeAt(static_cast<double>(j));
                }
            }
        }
        // Keep ~50 levels a side: drop the farthest, add beyond the deepest.
        const int64_t lastGap = std::max<int64_t>(1, bk.offsets[kBookLevels - 1] - bk.offsets[kBookLevels - 2]);
        while (bk.bids.size() > kBookLevels + 8) {
            bidCh[bk.bids.begin()->first] = 0;
            bk.bids.erase(bk.bids.begin());
        }
        while (bk.asks.size() > kBookLevels + 8) {
            askCh[bk.asks.rbegin()->first] = 0;
            bk.asks.erase(std::prev(bk.asks.end()));
        }
        while (bk.bids.size() < kBookLevels - 5) {
            const int64_t p = bk.bids.begin()->first - uniformInt(1, lastGap) * tick;
            if (p <= 0)
                break;
            bidCh[p] = bk.bids[p] = sizeAt(kBookLevels);
        }
        while (bk.asks.size() < kBookLevels - 5) {
            const int64_t p = bk.asks.rbegin()->first + uniformInt(1, lastGap) * tick;
            askCh[p] = bk.asks[p] = sizeAt(kBookLevels);
        }
    }

    if (snapshot) {
        bk.farBids.clear();
        bk.farAsks.clear();
    }
    farLadder(bk, m, bidCh, askCh);

    const int64_t te = floorDiv(t, kNsPerMs) * kNsPerMs;
    const int64_t recv = recvTime(m, SL2, te + static_cast<int64_t>(latencyNs(m)));
    header(m, te, recv, "order_book_l2");
    buf += snapshot ? "{\"Snapshot\":{\"asks\":" : "{\"Update\":{\"asks\":";
    std::vector<std::pair<int64_t, int64_t>> lv;
    lv.reserve(askCh.size());
    for (const auto &kv : askCh)
        lv.push_back(kv);
    appendLevels(buf, m, lv);
    buf += ",\"bids\":";
    lv.clear();
    for (const auto &kv : bidCh)
        lv.push_back(kv);
    appendLevels(buf, m, lv);
    buf += ",\"sequence\":";
    appendUInt(buf, bk.seq);
    buf += ",\"time_engine\":\"";
    tf.append(buf, te - (m.ex == BinFut ? uniformInt(0, 3) * kNsPerMs : 0));
    buf += "\"}}}";
    emit(recv, buf);
    schedule(t + secToNs(uniform(0.2, 1.0) / st.rate), EvL2Update, ev.idx);
}

// Keeps the far ladder within kFarMaxPct of the mid and fills every gap wider than
// kFarGapPct[1] out to kFarMinPct (behind the near ladder, or where a price move left a
// hole in it). Near and far never share a price: one the near ladder took is the
// near's. Far changes join the frame's.
void MarketSimulator::Impl::farLadder(Book &bk, const MarketState &m, std::map<int64_t, int64_t, std::greater<>> &bidCh,
                                      std::map<int64_t, int64_t> &askCh)
{
    if (bk.bids.empty() || bk.asks.empty())
        return;
    const int64_t tick = m.sc.tick;
    const int64_t bb = bk.bids.rbegin()->first, ba = bk.asks.begin()->first;
    const double mid = 0.5 * static_cast<double>(bb + ba);
    const double top = kSym[m.sym].l1TopBase[0];
    auto size = [&](int64_t px) { // larger resting orders further out
        const double pct = std::abs(static_cast<double>(px) - mid) / mid * 100.0;
        return lotsFor(m, top * (2.0 + 1.5 * pct) * std::exp(0.6 * farNormal()));
    };
    auto gap = [&] {
        const double g = mid * (kFarGapPct[0] + (kFarGapPct[1] - kFarGapPct[0]) * farU01()) / 100.0;
        return std::max<int64_t>(1, std::llround(g / static_cast<double>(tick))) * tick;
    };
    const int64_t maxGap = (std::llround(mid * kFarGapPct[1] / 100.0 / static_cast<double>(tick)) + 1) * tick;
    auto drop = [](auto &far, const auto &near, auto &changes, auto it) {
        if (!near.count(it->first) && !changes.count(it->first))
            changes[it->first] = 0;
        return far.erase(it);
    };
    auto below = [](const std::map<int64_t, int64_t> &lv, int64_t p) -> int64_t {
        const auto it = lv.lower_bound(p);
        return it == lv.begin() ? -1 : std::prev(it)->first;
    };
    auto above = [](const std::map<int64_t, int64_t> &lv, int64_t p) -> int64_t {
        const auto it = lv.upper_bound(p);
        return it == lv.end() ? -1 : it->first;
    };

    // Bids: below the best bid, above mid·(1 − max); walk down filling wide gaps.
    const double bidFloor = mid * (1.0 - kFarMaxPct / 100.0);
    for (auto it = bk.farBids.begin(); it != bk.farBids.end();)
        it = it->first >= bb || bk.bids.count(it->first) || static_cast<double>(it->first) < bidFloor
                 ? drop(bk.farBids, bk.bids, bidCh, it)
                 : std::next(it);
    for (int64_t p = bb; static_cast<double>(p) > mid * (1.0 - kFarMinPct / 100.0);) {
        const int64_t q = std::max(below(bk.bids, p), below(bk.farBids, p));
        if (q > 0 && p - q <= maxGap) {
            p = q;
            continue;
        }
        p -= gap();
        if (p <= 0)
            break;
        bidCh[p] = bk.farBids[p] = size(p);
    }
    // Asks: above the best ask, below mid·(1 + max); walk up filling wide gaps.
    const double askCap = mid * (1.0 + kFarMaxPct / 100.0);
    for (auto it = bk.farAsks.begin(); it != bk.farAsks.end();)
        it = it->first <= ba || bk.asks.count(it->first) || static_cast<double>(it->first) > askCap
                 ? drop(bk.farAsks, bk.asks, askCh, it)
                 : std::next(it);
    for (int64_t p = ba; static_cast<double>(p) < mid * (1.0 + kFarMinPct / 100.0);) {
        const int64_t n = above(bk.asks, p), f = above(bk.farAsks, p);
        const int64_t q = n < 0 ? f : (f < 0 ? n : std::min(n, f));
        if (q > 0 && q - p <= maxGap) {
            p = q;
            continue;
        }
        p += gap();
        askCh[p] = bk.farAsks[p] = size(p);
    }
    // Now and then a far order is resized.
    if (farU01() < 0.3) {
        auto &far = farU01() < 0.5 ? bk.farBids : bk.farAsks;
        if (!far.empty()) {
            auto it = std::next(far.begin(), static_cast<std::ptrdiff_t>(farRng() % far.size()));
            it->second = size(it->first);
            if (&far == &bk.farBids)
                bidCh[it->first] = it->second;
            else
                askCh[it->first] = it->second;
        }
    }
}

// ---------------------------------------------------------------- OI, funding

void MarketSimulator::Impl::onOi(const SimEvent &ev)
{
    MarketState &m = mk[ev.idx];
    const int64_t t = ev.t;
    advance(m.sym, t);
    const SymbolState &s = syms[static_cast<size_t>(m.sym)];
    m.oiBase *= 1.0 + 5e-5 * normal();
    if (t > s.oiDropFrom && t <= s.oiDropTo)
        m.oiBase *= 1.0 - s.oiDropPerSec * 5.0 * uniform(0.6, 1.4);
    const double mark = marketMid(m);
    const int venue = kEx[m.ex].venue;

    int64_t te;
    if (venue == Binance) // REST poll: Binance's own time, whole seconds
        te = floorDiv(t - secToNs(uniform(0.0, 1.5)), kNsPerSec) * kNsPerSec;
    else
        te = floorDiv(t, kNsPerMs) * kNsPerMs;
    const int64_t recv = recvTime(m, SOi, t + static_cast<int64_t>(latencyNs(m)) + (venue == Binance ? secToNs(uniform(0.01, 0.05)) : 0));

    header(m, te, recv, "open_interest");
    buf += "{\"contracts\":";
    if (venue == Okx && st.okxContracts) {
        const double contracts = m.oiBase / kSym[m.sym].ctVal;
        appendF64(buf, static_cast<double>(std::llround(contracts * 100.0)) / 100.0);
    } else {
        appendF64(buf, static_cast<double>(std::llround(m.oiBase * 1000.0)) / 1000.0);
    }
    buf += ",\"notional\":";
    if (venue == Binance)
        buf += "null";
    else if (venue == Bybit)
        appendF64(buf, static_cast<double>(std::llround(m.oiBase * mark * 100.0)) / 100.0);
    else
        appendF64(buf, static_cast<double>(std::llround(m.oiBase * mark * 10.0)) / 10.0);
    buf += ",\"time\":\"";
    tf.append(buf, te);
    buf += "\"}}";
    emit(recv, buf);
    schedule(t + 5 * kNsPerSec + uniformInt(-20, 20) * kNsPerMs, EvOi, ev.idx);
}

void MarketSimulator::Impl::onFunding(const SimEvent &ev)
{
    MarketState &m = mk[ev.idx];
    const int64_t t = ev.t;
    const SymbolState &s = syms[static_cast<size_t>(m.sym)];
    m.fundingNoise = 0.9 * m.fundingNoise + 3e-6 * normal();
    int64_t rate1e8 = std::llround((s.fundingBase + m.fundingOffset + m.fundingNoise) * 1e8);
    if (rate1e8 == 0)
        rate1e8 = 1;
    const double rate = static_cast<double>(rate1e8) / 1e8;
    const int64_t next = (floorDiv(t, kEightHoursNs) + 1) * kEightHoursNs;
    const bool okx = kEx[m.ex].venue == Okx;
    // Binance/Bybit: time = poll time, next_time = next 8 h boundary.
    // OKX: time (and time_exchange) = the next settlement, next_time = the one after.
    const int64_t te = okx ? next : floorDiv(t, kNsPerMs) * kNsPerMs;
    const int64_t nextTime = okx ? next + kEightHoursNs : next;
    const int64_t recv = recvTime(m, SFunding, t + secToNs(uniform(0.02, 0.09)));
    header(m, te, recv, "funding_rate");
    buf += "{\"next_time\":\"";
    tf.append(buf, nextTime);
    buf += "\",\"rate\":";
    appendF64(buf, rate);
    buf += ",\"time\":\"";
    tf.append(buf, te);
    buf += "\"}}";
    emit(recv, buf);
    schedule(t + 30 * kNsPerSec + uniformInt(-30, 30) * kNsPerMs, EvFunding, ev.idx);
}

// ---------------------------------------------------------------- liquidations

void MarketSimulator::Impl::emitLiquidation(MarketState &m, int64_t t, int64_t priceUnits, int64_t lots, bool longLiq)
{
    const int64_t ms = std::max(floorDiv(t, kNsPerMs), m.lastLiqMs);
    m.lastLiqMs = ms;
    const int64_t te = ms * kNsPerMs;
    const int64_t recv = recvTime(m, SLiq, std::max(te, t) + static_cast<int64_t>(latencyNs(m)));
    // Binance and OKX send the liquidation order's side (Sell = a long was
    // liquidated); Bybit sends the position side (Buy = a long).
    const bool sideBuy = kEx[m.ex].venue == Bybit ? longLiq : !longLiq;
    header(m, te, recv, "liquidation");
    buf += "{\"price\":";
    appendF64(buf, priceOf(m, priceUnits));
    buf += ",\"quantity\":";
    appendF64(buf, wireAmount(m, lots));
    buf += sideBuy ? ",\"side\":\"Buy\",\"time\":\"" : ",\"side\":\"Sell\",\"time\":\"";
    tf.append(buf, te);
    buf += "\"}}";
    emit(recv, buf);
    m.oiBase = std::max(m.oiBase * 0.5, m.oiBase - static_cast<double>(lots) * m.lotBase);
}

void MarketSimulator::Impl::onLiqTrickle(const SimEvent &ev)
{
    MarketState &m = mk[ev.idx];
    const int64_t t = ev.t;
    const SymbolState &s = syms[static_cast<size_t>(m.sym)];
    const bool hot = t >= s.flowFrom && t < s.flowTo;
    if (u01() * kLiqMaxMult < (hot ? kLiqMaxMult : 1.0)) {
        advance(m.sym, t);
        double pLong = std::clamp(0.5 - 1.5 * s.bias, 0.15, 0.85);
        if (hot)
            pLong = s.flowDir < 0 ? 0.85 : 0.15;
        const bool longLiq = chance(pLong);
        const double mid = marketMid(m);
        const double px = mid * (1.0 + (longLiq ? -1.0 : 1.0) * uniform(0.0002, 0.003));
        const double usd = kSym[m.sym].liqMedianUsd * std::exp(1.3 * normal());
        emitLiquidation(m, t, toUnits(m, px), lotsFor(m, usd / px), longLiq);
    }
    schedule(t + std::max<int64_t>(1, secToNs(expo(1.0 / ev.a))), EvLiqTrickle, ev.idx, ev.a);
}

void MarketSimulator::Impl::onLiqBurst(const SimEvent &ev)
{
    MarketState &m = mk[ev.idx];
    const double px = ev.a;
    emitLiquidation(m, ev.t, toUnits(m, px), lotsFor(m, ev.b / px), ev.dir < 0);
}

// A cascade: one symbol moves 0.3–0.8 % over ~15 s (the others follow by a
// fraction), taker flow runs hot and one-sided, OI falls, and a burst of
// liquidations lands inside one cluster bucket around the level price passes.
void MarketSimulator::Impl::onCascade(const SimEvent &ev)
{
    const int64_t T = ev.t;
    const double pick = u01();
    const int sym = pick < 0.45 ? 0 : (pick < 0.75 ? 1 : 2);
    const int dir = chance(0.65) ? -1 : 1;
    const double mag = uniform(0.003, 0.008);
    const int64_t D = secToNs(uniform(12.0, 18.0));
    for (int i = 0; i < kSymbols; ++i) {
        advance(i, T);
        SymbolState &s = syms[static_cast<size_t>(i)];
        const double f = i == sym ? 1.0 : uniform(0.3, 0.7);
        const double lm = std::log(1.0 + dir * mag * f);
        s.moves.push_back({T, T + D, lm});
        const int64_t recFrom = T + D + secToNs(uniform(20.0, 60.0));
        s.moves.push_back({recFrom, recFrom + secToNs(uniform(60.0, 150.0)), -lm * uniform(0.3, 0.6)});
        s.flowFrom = T;
        s.flowHot = T + D;
        s.flowTo = T + D + secToNs(uniform(20.0, 40.0));
        s.flowMult = i == sym ? 2.2 : 1.3;
        s.flowBias = (i == sym ? 0.32 : 0.1) * dir;
        s.flowDir = dir;
        for (int ex = 0; ex < kExchanges; ++ex) { // the intensity bound rises: new candidates from T
            const int idx = i * kExchanges + ex;
            MarketState &m = mk[static_cast<size_t>(idx)];
            intensity(m, T);
            ++m.orderGen;
            scheduleOrder(m, idx, T);
        }
        if (i == sym) {
            s.oiDropFrom = T;
            s.oiDropTo = T + D + 30 * kNsPerSec;
            s.oiDropPerSec = uniform(0.003, 0.008) / (static_cast<double>(s.oiDropTo - T) * 1e-9);
        }
    }
    SymbolState &s = syms[static_cast<size_t>(sym)];
    const double p0 = fair(sym);
    const double raw = p0 * (1.0 + dir * mag * uniform(0.5, 0.8));
    const double level = (std::floor(raw / s.step) + 0.5) * s.step; // middle of one cluster bucket
    const SymbolInfo &si = kSym[sym];
    const double total = uniform(si.burstUsd[0], si.burstUsd[1]);
    const int n = static_cast<int>(uniformInt(18, 40));
    std::vector<double> w(static_cast<size_t>(n));
    double wsum = 0;
    for (double &x : w) {
        x = std::exp(0.8 * normal());
        wsum += x;
    }
    for (int i = 0; i < n; ++i) {
        const double v = u01();
        const int ex = v < 0.45 ? BinFut : (v < 0.75 ? BybPerp : OkxPerp);
        const int64_t when = T + static_cast<int64_t>(static_cast<double>(D) * uniform(0.35, 1.0)) + secToNs(expo(6.0));
        const double px = level + s.step * uniform(-0.35, 0.35);
        schedule(when, EvLiqBurst, sym * kExchanges + ex, px, total * w[static_cast<size_t>(i)] / wsum, dir);
    }
    schedule(T + secToNs(uniform(600.0, 1200.0)), EvCascade, 0);
}

// ---------------------------------------------------------------- driver

void MarketSimulator::Impl::step()
{
    const SimEvent ev = events.top();
    events.pop();
    now = std::max(now, ev.t);
    switch (ev.type) {
    case EvOrder: onOrder(ev); break;
    case EvL1: onL1(ev); break;
    case EvL2Snapshot: onL2(ev, true); break;
    case EvL2Update: onL2(ev, false); break;
    case EvOi: onOi(ev); break;
    case EvFunding: onFunding(ev); break;
    case EvLiqTrickle: onLiqTrickle(ev); break;
    case EvLiqBurst: onLiqBurst(ev); break;
    case EvCascade: onCascade(ev); break;
    }
}

// ---------------------------------------------------------------- public

MarketSimulator::MarketSimulator(SimulatorSettings s)
    : d(std::make_unique<Impl>(s))
{
}

MarketSimulator::~MarketSimulator() = default;
MarketSimulator::MarketSimulator(MarketSimulator &&) noexcept = default;
MarketSimulator &MarketSimulator::operator=(MarketSimulator &&) noexcept = default;

int64_t MarketSimulator::peekTimeNs() const
{
    return d->out.front().recv;
}

int64_t MarketSimulator::next(std::string &frame)
{
    std::pop_heap(d->out.begin(), d->out.end(), OutLater{});
    OutFrame f = std::move(d->out.back());
    d->out.pop_back();
    frame.swap(f.text);
    if (d->pool.size() < 64 && f.text.capacity() > 0)
        d->pool.push_back(std::move(f.text));
    ++d->produced;
    d->prime();
    return f.recv;
}

std::string MarketSimulator::welcomeFrame(int64_t nowNs)
{
    return "{\"message\":\"Connected to barter-data market feed\",\"timestamp\":\"" + formatRfc3339(nowNs)
           + "\",\"type\":\"welcome\"}";
}

uint64_t MarketSimulator::framesProduced() const
{
    return d->produced;
}

const SimulatorSettings &MarketSimulator::settings() const
{
    return d->st;
}

} // namespace fd
