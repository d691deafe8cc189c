#pragma once
// Typed, normalised relay events (METRICS.md §0): sizes in base units, USD
// notionals, liquidation sides as long/short liquidated, times in ns UTC.
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace fd {

enum class MarketType : uint8_t { Perp = 0, Spot = 1 };
enum class Side : uint8_t { Buy = 0, Sell = 1 };

enum class EventKind : uint8_t {
    Trade,
    Liquidation,
    OpenInterest,
    Cvd,
    L1,
    L2,
    Funding,
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Level {
    double price = 0;
    double qty = 0;
};

struct MarketEvent {
    EventKind kind = EventKind::Trade;
    MarketType type = MarketType::Perp;
    uint16_t exchange = 0; // interned relay `exchange` string (MarketRegistry)
    uint16_t venue = 0;    // Binance / Bybit / OKX / pass-through name
    uint16_t symbol = 0;   // interned upper-case base
    int64_t timeExchangeNs = 0;
    int64_t timeReceivedNs = 0;

    // trade, liquidation
    double price = 0;
    double qty = 0; // base units (OKX perp contracts already × ctVal)
    Side side = Side::Buy;
    bool longLiquidated = false; // liquidation only, per-venue convention applied

    // open_interest
    double oiWire = 0;           // `contracts` as sent
    double oiBase = 0;           // base units
    double oiNotional = kNaN;    // USD when the relay gives it
    int64_t oiTimeNs = 0;

    // cumulative_volume_delta (running totals, base and USD)
    double cvdBase = 0;
    double cvdQuote = 0;

    // order_book_l1 (a null side is absent)
    bool hasBid = false, hasAsk = false;
    double bidPx = 0, bidQty = 0, askPx = 0, askQty = 0;

    // order_book_l2
    bool l2Snapshot = false;
    uint64_t sequence = 0;
    std::vector<Level> bids, asks; // reused between decodes

    // funding_rate
    double rate = 0;
    bool hasFundingTime = false, hasNextTime = false;
    int64_t fundingTimeNs = 0, nextTimeNs = 0;
};

} // namespace fd
