#pragma once
// Seeded, deterministic relay-frame simulator: the demo source, the load
// generator and a test oracle for the metrics. It writes the relay's own wire
// form (RELAY_PROTOCOL.md §2–3: key order, 0/3/6/9-digit RFC 3339 times,
// serde_json/ryu numbers, rust_decimal strings) for 18 markets: BTC/ETH/SOL on
// BinanceFuturesUsd, BinanceSpot, BybitPerpetualsUsd, BybitSpot and Okx
// (Perpetual and Spot).
//
// What the stream promises (checked by tests/engine/tst_simulator.cpp):
// - prices: per-symbol random walk (BTC ≈ 90,000, ETH ≈ 3,800, SOL ≈ 130),
//   venue offsets under a bp, perps 0.02–0.04 % above spot;
// - trades: self-exciting (Hawkes) taker orders, 0.8–1.8 orders/s per market
//   × rate on average, 1–5 prints per order sharing one millisecond, never two
//   orders of one market in the same millisecond; lognormal USD sizes with
//   whales (≥ $500K) and rare megas (≥ $5M); a CVD frame after every perp print,
//   with an upstream "reconnect" (totals restart) about once per 30 min per market;
// - L1 every 0.3–1.2 s (Binance, Bybit), OI every 5 s, funding every 30 s,
//   L2 updates with a fresh snapshot every 60–240 s per book, as after a
//   relay stream restart (Binance/Bybit perps), a liquidation trickle, and a
//   cascade every 10–20 min (first after 4–12 min): a 0.3–0.8 % move over
//   ~15 s with a burst of liquidations inside one cluster bucket.
//
// Everything comes from one std::mt19937_64 seeded with `seed` (own
// distributions, so the standard library does not matter); no wall clock, no
// global state. The same settings give the same bytes.
#include <cstdint>
#include <memory>
#include <string>

namespace fd {

struct SimulatorSettings {
    uint64_t seed = 1;
    double rate = 1.0;                        // multiplies every arrival rate (trades, L1, L2, liquidations); polls stay 5 s / 30 s
    int64_t startNs = 1765533600000000000LL;  // simulated clock start (2025-12-12T10:00:00Z)
    bool okxContracts = true;                 // OKX perp sizes in contracts (TMP/DEV relay profile), else base (IDX)
    bool funding = true;                      // emit funding_rate frames (newer relays)
    bool l2 = true;                           // emit order_book_l2 frames
};

class MarketSimulator
{
public:
    explicit MarketSimulator(SimulatorSettings s = {});
    ~MarketSimulator();
    MarketSimulator(MarketSimulator &&) noexcept;
    MarketSimulator &operator=(MarketSimulator &&) noexcept;

    // Simulated time of the next frame: its time_received (ns since the epoch).
    int64_t peekTimeNs() const;
    // Writes the next frame (one JSON object, no newline) and returns its
    // time_received. Frames come in nondecreasing time_received order.
    int64_t next(std::string &frame);
    static std::string welcomeFrame(int64_t nowNs);
    uint64_t framesProduced() const;
    const SimulatorSettings &settings() const; // as used: a rate ≤ 0 or NaN becomes 1

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fd
