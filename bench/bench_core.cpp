// Core throughput: decode, aggregate, decode+aggregate (per relay message) and
// per-view snapshot builds after ~10 minutes of event time (docs/benchmarks.md).
//
// The input is a synthetic but realistic relay stream built in memory: 3 venues
// (BinanceFuturesUsd/BinanceSpot, BybitPerpetualsUsd/BybitSpot, Okx
// Perpetual/Spot) × BTC/ETH/SOL × perp/spot, 100k frames at ~5k messages per
// event-second: trades (taker orders of 1–12 prints in one millisecond), the
// relay's CVD frame after every perp print, L1 quotes, L2 snapshots and
// updates, liquidations, kinds the core ignores, and the polled feeds on their
// cadence (open interest every 3 s, funding every 60 s per perp market).
// When a benchmark runs past the end of the stream it continues with the same
// stream shifted forward in time (regenerated with the timer paused), so the
// engine clock always advances as it does live.
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/snapshotbuilder.h"
#include "core/snapshotjson.h"
#include "util/timeutil.h"

#include <benchmark/benchmark.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace fd;

namespace {

constexpr size_t kFrames = 100'000;
constexpr double kMsgsPerSec = 5000;
constexpr int64_t kStartNs = 1'765'533'600LL * kNsPerSec; // 2025-12-12T10:00:00Z

struct SymbolSpec {
    const char *base;
    double price, tick, medianUsd;
    double ctVal; // OKX perp contract size
};
constexpr SymbolSpec kSymbols[3] = {
    {"btc", 92400.0, 0.1, 4000, 0.01},
    {"eth", 3250.0, 0.01, 2500, 0.1},
    {"sol", 137.5, 0.01, 1200, 1.0},
};

struct MarketSpec {
    const char *exchange;
    const char *instKind;
    bool perp;
    bool okx;
    int sym;
};

struct MarketGen {
    MarketSpec spec;
    double cvdBase = 0, cvdQuote = 0;
    uint64_t tradeId = 1'000'000'000;
    uint64_t l2Seq = 9'482'216'603'991;
    bool l2Started = false;
    int64_t nextOiNs = 0, nextFundingNs = 0; // relays poll these on a fixed cadence
};

class StreamGen
{
public:
    explicit StreamGen(uint32_t seed)
        : m_rng(seed)
    {
        const struct {
            const char *perpEx, *spotEx;
            bool okx;
        } venues[3] = {{"BinanceFuturesUsd", "BinanceSpot", false}, {"BybitPerpetualsUsd", "BybitSpot", false}, {"Okx", "Okx", true}};
        for (int s = 0; s < 3; ++s)
            for (const auto &v : venues) {
                m_markets.push_back({{v.perpEx, "Perpetual", true, v.okx, s}});
                m_markets.push_back({{v.spotEx, "Spot", false, v.okx, s}});
            }
        for (int s = 0; s < 3; ++s)
            m_mid[s] = kSymbols[s].price;
    }

    // Frames with event times starting at `startNs`; the same seed gives the
    // same stream, only shifted, for every start.
    std::vector<std::string> generate(int64_t startNs, size_t n)
    {
        m_start = startNs;
        m_t = 0;
        m_recv = 0;
        m_out.clear();
        m_out.reserve(n + 64);
        while (m_out.size() < n)
            step();
        m_out.resize(n);
        return std::move(m_out);
    }
    int64_t spanNs() const { return m_t; }

private:
    double uni() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double gauss() { return std::normal_distribution<double>(0, 1)(m_rng); }

    int pickMarket(bool perpOnly)
    {
        // BTC 50 %, ETH 30 %, SOL 20 %; perps carry 60 % of the flow.
        const double u = uni();
        const int s = u < 0.5 ? 0 : (u < 0.8 ? 1 : 2);
        const int v = pick(3);
        const bool perp = perpOnly || uni() < 0.6;
        return s * 6 + v * 2 + (perp ? 0 : 1);
    }

    double venuePrice(const MarketGen &m) const
    {
        const double mid = m_mid[m.spec.sym];
        return m.spec.perp ? mid : mid * (1 - 0.0003); // spot a little under perp
    }

    std::string px(const MarketGen &m, double p) const
    {
        const double tick = kSymbols[m.spec.sym].tick;
        char b[48];
        std::snprintf(b, sizeof b, "%.*f", tick < 0.05 ? 2 : 1, std::round(p / tick) * tick);
        return b;
    }
    static std::string num(double x, int sig = 10)
    {
        char b[48];
        std::snprintf(b, sizeof b, "%.*g", sig, x);
        return b;
    }

    // Envelope: time_exchange as the venue stamps it (ms precision, OKX funding
    // hours ahead), time_received in ns a few ms after the generator clock, increasing.
    std::string head(const MarketGen &m, const char *kind, int64_t exNs)
    {
        m_recv = std::max(m_recv + 137, m_t + 3 * kNsPerMs + static_cast<int64_t>(uni() * 20 * kNsPerMs));
        std::string s;
        s.reserve(400);
        s += "{\"time_exchange\":\"";
        s += formatRfc3339(m_start + exNs);
        s += "\",\"time_received\":\"";
        s += formatRfc3339(m_start + m_recv);
        s += "\",\"exchange\":\"";
        s += m.spec.exchange;
        s += "\",\"instrument\":{\"base\":\"";
        s += kSymbols[m.spec.sym].base;
        s += "\",\"quote\":\"usdt\",\"kind\":\"";
        s += m.spec.instKind;
        s += "\"},\"kind\":\"";
        s += kind;
        s += "\",\"data\":";
        return s;
    }

    int64_t exMs() const { return m_t / kNsPerMs * kNsPerMs; }

    void trades()
    {
        MarketGen &m = m_markets[static_cast<size_t>(pickMarket(false))];
        const SymbolSpec &sp = kSymbols[m.spec.sym];
        const bool buy = uni() < 0.5;
        // Order size: log-normal in USD, so that ≥ $100k / $500k / $5M orders occur.
        const double usd = sp.medianUsd * std::exp(1.9 * gauss());
        int prints = 1;
        while (prints < 12 && uni() < (usd > 50'000 ? 0.75 : 0.35))
            ++prints;
        const int64_t ex = exMs();
        double p = venuePrice(m) + (buy ? 0.5 : -0.5) * sp.tick;
        for (int i = 0; i < prints; ++i) {
            double qty = usd / prints / p * (0.5 + uni());
            std::string amount;
            if (m.spec.okx && m.spec.perp) { // OKX perp sizes are contracts
                const double contracts = std::max(1.0, std::round(qty / sp.ctVal));
                qty = contracts * sp.ctVal;
                amount = num(contracts);
            } else {
                qty = std::max(qty, 1e-5);
                amount = num(qty, 6);
            }
            std::string f = head(m, "trade", ex);
            f += "{\"amount\":" + amount + ",\"id\":\"" + std::to_string(++m.tradeId) + "\",\"price\":" + px(m, p)
                 + ",\"side\":\"" + (buy ? "Buy" : "Sell") + "\"}}";
            m_out.push_back(std::move(f));
            if (m.spec.perp) {
                // The relay's running CVD for this market, right after the print.
                const double wireQty = m.spec.okx ? qty / sp.ctVal : qty;
                m.cvdBase += buy ? wireQty : -wireQty;
                m.cvdQuote += (buy ? 1 : -1) * wireQty * p;
                std::string c = head(m, "cumulative_volume_delta", ex);
                c += "{\"delta_base\":" + num(m.cvdBase, 17) + ",\"delta_quote\":" + num(m.cvdQuote, 17) + "}}";
                m_out.push_back(std::move(c));
            }
            p += (buy ? 1 : -1) * sp.tick * pick(3); // walk the book
        }
        m_mid[m.spec.sym] += (buy ? 1 : -1) * sp.tick * 0.3 * prints;
    }

    void l1()
    {
        MarketGen &m = m_markets[static_cast<size_t>(pickMarket(false))];
        const SymbolSpec &sp = kSymbols[m.spec.sym];
        const double mid = venuePrice(m);
        const double bq = std::exp(gauss()) * 20000 / mid, aq = std::exp(gauss()) * 20000 / mid;
        std::string f = head(m, "order_book_l1", exMs());
        const bool oneSided = uni() < 0.002;
        f += "{\"best_ask\":";
        if (oneSided)
            f += "null";
        else
            f += "{\"amount\":\"" + num(aq, 6) + "\",\"price\":\"" + px(m, mid + sp.tick / 2) + "\"}";
        f += ",\"best_bid\":{\"amount\":\"" + num(bq, 6) + "\",\"price\":\"" + px(m, mid - sp.tick / 2)
             + "\"},\"last_update_time\":\"" + formatRfc3339(m_start + exMs()) + "\"}}";
        m_out.push_back(std::move(f));
    }

    void l2()
    {
        MarketGen &m = m_markets[static_cast<size_t>(pickMarket(true))];
        const SymbolSpec &sp = kSymbols[m.spec.sym];
        const double mid = venuePrice(m);
        // OKX sends 20-level snapshots; Binance/Bybit one 200-level snapshot, then updates.
        const bool snapshot = m.spec.okx || !m.l2Started;
        const int levels = snapshot ? (m.spec.okx ? 20 : 200) : 1 + pick(6);
        auto side = [&](bool bids) {
            std::string s = "{\"levels\":[";
            for (int i = 0; i < levels; ++i) {
                const int dist = snapshot ? i : pick(40);
                const double p = bids ? mid - sp.tick * (0.5 + dist * 5) : mid + sp.tick * (0.5 + dist * 5);
                const double q = snapshot || uni() < 0.7 ? std::exp(gauss()) * 30000 / mid : 0.0;
                if (i)
                    s += ',';
                s += "{\"amount\":\"" + num(q, 6) + "\",\"price\":\"" + px(m, p) + "\"}";
            }
            return s + "]}";
        };
        std::string f = head(m, "order_book_l2", exMs());
        f += std::string("{\"") + (snapshot ? "Snapshot" : "Update") + "\":{\"asks\":" + side(false) + ",\"bids\":" + side(true)
             + ",\"sequence\":" + std::to_string(m.spec.okx ? 0 : ++m.l2Seq) + ",\"time_engine\":\""
             + formatRfc3339(m_start + exMs()) + "\"}}}";
        m.l2Started = true;
        m_out.push_back(std::move(f));
    }

    void openInterest(MarketGen &m)
    {
        const SymbolSpec &sp = kSymbols[m.spec.sym];
        const double base = (m.spec.sym == 0 ? 90000 : m.spec.sym == 1 ? 2.6e6 : 9e6) * (1 + 0.001 * gauss());
        const double wire = m.spec.okx ? base / sp.ctVal : base;
        // Binance: notional null and time_exchange a few seconds old; Bybit/OKX send notional.
        const bool binance = m.spec.exchange[1] == 'i';
        const int64_t t = binance ? std::max<int64_t>(0, exMs() - 2 * kNsPerSec) / kNsPerSec * kNsPerSec : exMs();
        std::string f = head(m, "open_interest", t);
        f += "{\"contracts\":" + num(wire, 12) + ",\"notional\":"
             + (binance ? std::string("null") : num(base * venuePrice(m), 15)) + ",\"time\":\"" + formatRfc3339(m_start + t) + "\"}}";
        m_out.push_back(std::move(f));
    }

    void liquidation()
    {
        MarketGen &m = m_markets[static_cast<size_t>(pickMarket(true))];
        const SymbolSpec &sp = kSymbols[m.spec.sym];
        const double usd = 8000 * std::exp(1.5 * gauss());
        const double p = venuePrice(m) * (1 + 0.0005 * gauss());
        double qty = usd / p;
        if (m.spec.okx)
            qty = std::max(1.0, std::round(qty / sp.ctVal));
        std::string f = head(m, "liquidation", exMs());
        f += "{\"price\":" + px(m, p) + ",\"quantity\":" + num(qty, 6) + ",\"side\":\"" + (uni() < 0.5 ? "Buy" : "Sell")
             + "\",\"time\":\"" + formatRfc3339(m_start + exMs()) + "\"}}";
        m_out.push_back(std::move(f));
    }

    void funding(MarketGen &m)
    {
        const int64_t hour = 3600 * kNsPerSec;
        const int64_t now = m_start + exMs();
        const int64_t next8 = (now / (8 * hour) + 1) * 8 * hour;
        // OKX stamps `time` with the coming settlement, Binance/Bybit with now.
        const int64_t time = m.spec.okx ? next8 : now;
        const int64_t next = m.spec.okx ? next8 + 8 * hour : next8;
        std::string f = head(m, "funding_rate", time - m_start);
        f += "{\"next_time\":\"" + formatRfc3339(next) + "\",\"rate\":" + num(0.0001 + 0.00002 * gauss(), 6) + ",\"time\":\""
             + formatRfc3339(time) + "\"}}";
        m_out.push_back(std::move(f));
    }

    void ignored()
    {
        MarketGen &m = m_markets[static_cast<size_t>(pickMarket(false))];
        switch (pick(4)) {
        case 0: {
            std::string f = head(m, "candle_1m", exMs());
            const double p = venuePrice(m);
            f += "{\"close\":" + px(m, p) + ",\"high\":" + px(m, p * 1.0005) + ",\"is_complete\":true,\"low\":" + px(m, p * 0.9995)
                 + ",\"open\":" + px(m, p) + ",\"start_time\":\"" + formatRfc3339(m_start + exMs() / (60 * kNsPerSec) * 60 * kNsPerSec)
                 + "\",\"volume\":412.337}}";
            m_out.push_back(std::move(f));
            break;
        }
        case 1:
            m_out.push_back("{\"time_exchange\":\"" + formatRfc3339(m_start + exMs()) + "\",\"time_received\":\""
                            + formatRfc3339(m_start + exMs() + 12 * kNsPerMs)
                            + "\",\"exchange\":\"Ibkr\",\"instrument\":{\"base\":\"ES\",\"quote\":\"USD\",\"kind\":\"Index\"},"
                              "\"kind\":\"trad_tick\",\"data\":{\"ask\":6871.25,\"bid\":6871.0,\"px\":6871.25,\"symbol\":\"ES\","
                              "\"sz\":3.0,\"ts\":1765533600250,\"vwap\":null}}");
            break;
        case 2:
            m_out.push_back("{\"time_exchange\":\"" + formatRfc3339(m_start + m_t) + "\",\"time_received\":\""
                            + formatRfc3339(m_start + m_t + 500)
                            + "\",\"exchange\":\"barter-data-server\",\"instrument\":{\"base\":\"ALL\",\"quote\":\"USD\","
                              "\"kind\":\"Snapshot\"},\"kind\":\"market_snapshot\",\"data\":{\"snapshot_version\":2,\"tickers\":{"
                              "\"BTC\":{\"cvd_15m\":5120033.2,\"cvd_5m\":-2331455.9,\"funding_rate\":0.0001,\"price\":"
                            + num(m_mid[0]) + ",\"vol_regime\":\"warmup\"}},\"timestamp\":1765533601000}}");
            break;
        default: {
            std::string f = head(m, "other", exMs());
            f += "null}";
            m_out.push_back(std::move(f));
            break;
        }
        }
    }

    void step()
    {
        const size_t before = m_out.size();
        // Polled feeds on their cadence: open interest every 3 s and funding every
        // 60 s per perp market (staggered), as the relay forwards them.
        for (size_t i = 0; i < m_markets.size(); ++i) {
            MarketGen &m = m_markets[i];
            if (!m.spec.perp)
                continue;
            if (m.nextOiNs == 0) {
                m.nextOiNs = static_cast<int64_t>(i) * 331 * kNsPerMs;
                m.nextFundingNs = static_cast<int64_t>(i) * 3331 * kNsPerMs;
            }
            if (m_t >= m.nextOiNs) {
                openInterest(m);
                m.nextOiNs += 3 * kNsPerSec;
            }
            if (m_t >= m.nextFundingNs) {
                funding(m);
                m.nextFundingNs += 60 * kNsPerSec;
            }
        }
        // Streamed kinds in shares roughly as on a live relay (golden scenario):
        // trades ~50 %, CVD ~30 %, L1 ~18 %, L2 ~1.5 %, liquidations ~0.1 %.
        const double u = uni();
        if (u < 0.33)
            l1();
        else if (u < 0.355)
            l2();
        else if (u < 0.357)
            liquidation();
        else if (u < 0.363)
            ignored();
        else
            trades();
        // Event time advances ~200 µs per message on average (5k msgs per second).
        const double msgs = static_cast<double>(m_out.size() - before);
        m_t += static_cast<int64_t>(std::exponential_distribution<double>(kMsgsPerSec / msgs)(m_rng) * kNsPerSec);
        for (double &mid : m_mid)
            mid *= 1 + 2e-6 * gauss();
    }

    std::mt19937_64 m_rng;
    std::vector<MarketGen> m_markets;
    double m_mid[3]{};
    int64_t m_start = 0, m_t = 0, m_recv = 0;
    std::vector<std::string> m_out;
};

struct Dataset {
    std::vector<std::string> frames;   // epoch 0
    std::vector<MarketEvent> events;   // epoch 0, decoded
    int64_t spanNs = 0;                // epoch length: epoch k = epoch 0 shifted by k × span
    uint64_t bytes = 0;

    static const Dataset &get()
    {
        static const Dataset d = make();
        return d;
    }

    static std::vector<std::string> framesAt(int64_t epoch)
    {
        StreamGen g(20251212);
        return g.generate(kStartNs + epoch * get().spanNs, kFrames);
    }

private:
    static Dataset make()
    {
        Dataset d;
        StreamGen g(20251212);
        d.frames = g.generate(kStartNs, kFrames);
        // A whole number of seconds, so shifted epochs keep millisecond alignment.
        d.spanNs = (g.spanNs() / kNsPerSec + 1) * kNsPerSec;
        Decoder dec;
        MarketEvent ev;
        for (const auto &f : d.frames) {
            d.bytes += f.size();
            if (dec.decode(f, ev) == DecodeStatus::Event)
                d.events.push_back(ev);
        }
        if (dec.stats().rejectedTotal() != 0) {
            std::fprintf(stderr, "bench_core: generator produced %llu rejected frames\n",
                         static_cast<unsigned long long>(dec.stats().rejectedTotal()));
            for (size_t i = 0; i < d.frames.size() && i < 3; ++i)
                std::fprintf(stderr, "%s\n", d.frames[i].c_str());
            std::abort();
        }
        // One line on stderr describing the input, for docs/benchmarks.md.
        size_t kinds[7] = {};
        for (const MarketEvent &e : d.events)
            ++kinds[static_cast<size_t>(e.kind)];
        std::fprintf(stderr,
                     "bench_core input: %zu frames, %.1f s of event time (%.0f msgs/s), %.0f B/frame avg; trade %zu, cvd %zu, "
                     "l1 %zu, l2 %zu, oi %zu, liquidation %zu, funding %zu, ignored %llu, welcome %llu\n",
                     d.frames.size(), static_cast<double>(g.spanNs()) / kNsPerSec,
                     static_cast<double>(d.frames.size()) / (static_cast<double>(g.spanNs()) / kNsPerSec),
                     static_cast<double>(d.bytes) / static_cast<double>(d.frames.size()), kinds[static_cast<size_t>(EventKind::Trade)],
                     kinds[static_cast<size_t>(EventKind::Cvd)], kinds[static_cast<size_t>(EventKind::L1)], kinds[static_cast<size_t>(EventKind::L2)],
                     kinds[static_cast<size_t>(EventKind::OpenInterest)], kinds[static_cast<size_t>(EventKind::Liquidation)], kinds[static_cast<size_t>(EventKind::Funding)],
                     static_cast<unsigned long long>(dec.stats().ignoredTotal()), static_cast<unsigned long long>(dec.stats().welcomes));
        return d;
    }
};

void shift(std::vector<MarketEvent> &evs, int64_t by)
{
    for (MarketEvent &e : evs) {
        e.timeExchangeNs += by;
        e.timeReceivedNs += by;
        e.oiTimeNs += by;
        if (e.hasFundingTime)
            e.fundingTimeNs += by;
        if (e.hasNextTime)
            e.nextTimeNs += by;
    }
}

void BM_Decode(benchmark::State &state)
{
    const Dataset &d = Dataset::get();
    Decoder dec;
    MarketEvent ev;
    size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(dec.decode(d.frames[i], ev));
        if (++i == d.frames.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(static_cast<double>(state.iterations()) * d.bytes / d.frames.size()));
}
BENCHMARK(BM_Decode);

void BM_Aggregate(benchmark::State &state)
{
    const Dataset &d = Dataset::get();
    Decoder dec; // only for its registry: ids are the same as when the events were decoded
    for (const auto &f : d.frames) {
        MarketEvent ev;
        dec.decode(f, ev);
    }
    Aggregator agg(dec.registry());
    std::vector<MarketEvent> evs = d.events;
    size_t i = 0;
    for (auto _ : state) {
        agg.apply(evs[i]);
        if (++i == evs.size()) {
            state.PauseTiming();
            shift(evs, d.spanNs);
            i = 0;
            state.ResumeTiming();
        }
    }
    benchmark::DoNotOptimize(agg.eventsApplied());
    state.SetItemsProcessed(state.iterations());
    state.counters["late_dropped"] = static_cast<double>(agg.lateDropped());
}
BENCHMARK(BM_Aggregate);

void BM_DecodeAggregate(benchmark::State &state)
{
    const Dataset &d = Dataset::get();
    Decoder dec;
    Aggregator agg(dec.registry());
    MarketEvent ev;
    std::vector<std::string> frames = d.frames;
    int64_t epoch = 0;
    size_t i = 0;
    for (auto _ : state) {
        if (dec.decode(frames[i], ev) == DecodeStatus::Event)
            agg.apply(ev);
        if (++i == frames.size()) {
            state.PauseTiming();
            frames = Dataset::framesAt(++epoch);
            i = 0;
            state.ResumeTiming();
        }
    }
    benchmark::DoNotOptimize(agg.eventsApplied());
    state.SetItemsProcessed(state.iterations());
    state.counters["rejected"] = static_cast<double>(dec.stats().rejectedTotal());
}
BENCHMARK(BM_DecodeAggregate);

// An aggregator that has absorbed ~10 minutes of event time (30 epochs, ~3M messages).
struct Warm {
    Decoder dec;
    std::unique_ptr<Aggregator> agg;
    int64_t epochs = 0;

    static Warm &get()
    {
        static Warm w;
        return w;
    }

private:
    Warm()
    {
        const Dataset &d = Dataset::get();
        for (const auto &f : d.frames) {
            MarketEvent ev;
            dec.decode(f, ev);
        }
        agg = std::make_unique<Aggregator>(dec.registry());
        std::vector<MarketEvent> evs = d.events;
        epochs = (600 * kNsPerSec + d.spanNs - 1) / d.spanNs;
        for (int64_t k = 0; k < epochs; ++k) {
            for (const MarketEvent &e : evs)
                agg->apply(e);
            shift(evs, d.spanNs);
        }
    }
};

void BM_SnapshotBuild(benchmark::State &state, View view, bool all)
{
    Warm &w = Warm::get();
    SnapshotBuilder builder(*w.agg);
    size_t symbols = 0;
    for (auto _ : state) {
        auto snap = all ? builder.buildAll() : builder.build(view);
        symbols = snap->symbols.size();
        benchmark::DoNotOptimize(snap);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["event_s"] = static_cast<double>(w.agg->clockNs() - kStartNs) / kNsPerSec;
    state.counters["events"] = static_cast<double>(w.agg->eventsApplied());
    state.counters["symbols"] = static_cast<double>(symbols);
    state.counters["markets"] = static_cast<double>(w.agg->markets().size());
}
BENCHMARK_CAPTURE(BM_SnapshotBuild, micro, View::Microstructure, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SnapshotBuild, flow, View::Flow, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SnapshotBuild, risk, View::Risk, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SnapshotBuild, all, View::Risk, true)->Unit(benchmark::kMicrosecond);

// Headless output cost: the buildAll() snapshot to compact JSON text.
void BM_SnapshotJson(benchmark::State &state)
{
    Warm &w = Warm::get();
    SnapshotBuilder builder(*w.agg);
    const auto snap = builder.buildAll();
    size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray j = QJsonDocument(snapshotToJson(*snap)).toJson(QJsonDocument::Compact);
        bytes = static_cast<size_t>(j.size());
        benchmark::DoNotOptimize(j.constData());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["json_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_SnapshotJson)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
