#pragma once
// Shared by the hand-computed metric tests (tst_volume, tst_cvd, ...): a tiny
// feed that builds fd::MarketEvent values directly (or decodes relay frames),
// applies them to an fd::Aggregator and builds the full snapshot.
//
// Times are seconds after T0 = 2025-12-12T10:00:00Z (1765533600 s since the
// epoch: a whole minute, 2 h after the 08:00 funding boundary). A window W at
// a clock on a whole second t holds the events with t − W < time ≤ t.
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/snapshotbuilder.h"
#include "core/stats.h"
#include "util/timeutil.h"

#include <QString>
#include <QtTest>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace fdtest {

// The entry of a snapshot list (CVD, OI, funding venues; depth books) whose
// venue is `name`, or nullptr.
template<class List>
auto byVenue(const List &items, const char *name) -> decltype(&*items.begin())
{
    for (const auto &x : items)
        if (x.venue == name)
            return &x;
    return nullptr;
}

constexpr int64_t kT0Sec = 1765533600LL;

// ns of T0 + s seconds + ms milliseconds + extra ns.
constexpr int64_t t(int64_t s, int64_t ms = 0, int64_t ns = 0)
{
    return (kT0Sec + s) * fd::kNsPerSec + ms * fd::kNsPerMs + ns;
}

// The bucket second of T0 + s (bucket k covers (k − 1 s, k s]).
constexpr int64_t sec(int64_t s) { return kT0Sec + s; }

inline QString qs(const std::string &s) { return QString::fromStdString(s); }

class Feed
{
public:
    explicit Feed(fd::MetricSettings st = {}, fd::DecoderSettings ds = {})
        : dec(std::move(ds))
        , agg(dec.registry(), std::move(st))
    {
    }

    fd::Decoder dec;
    fd::Aggregator agg;

    fd::MarketEvent ev(fd::EventKind kind, const char *exchange, const char *base, fd::MarketType type, int64_t ns)
    {
        fd::MarketEvent e;
        e.kind = kind;
        uint16_t venue = 0;
        e.exchange = dec.registry().exchange(exchange, venue);
        e.venue = venue;
        e.symbol = dec.registry().symbol(base);
        e.type = type;
        e.timeExchangeNs = ns;
        e.timeReceivedNs = ns;
        return e;
    }

    void trade(const char *exchange, const char *base, fd::MarketType type, int64_t ns, double price, double qty,
               fd::Side side)
    {
        fd::MarketEvent e = ev(fd::EventKind::Trade, exchange, base, type, ns);
        e.price = price;
        e.qty = qty;
        e.side = side;
        agg.apply(e);
    }

    // Perp trade on Binance BTC, the most common case.
    void btc(int64_t ns, double price, double qty, fd::Side side)
    {
        trade("BinanceFuturesUsd", "BTC", fd::MarketType::Perp, ns, price, qty, side);
    }

    void quote(const char *exchange, const char *base, fd::MarketType type, int64_t ns, bool hasBid, double bid,
               double bidQty, bool hasAsk, double ask, double askQty)
    {
        fd::MarketEvent e = ev(fd::EventKind::L1, exchange, base, type, ns);
        e.hasBid = hasBid;
        e.hasAsk = hasAsk;
        e.bidPx = bid;
        e.bidQty = bidQty;
        e.askPx = ask;
        e.askQty = askQty;
        agg.apply(e);
    }

    void quote(const char *exchange, const char *base, fd::MarketType type, int64_t ns, double bid, double bidQty,
               double ask, double askQty)
    {
        quote(exchange, base, type, ns, true, bid, bidQty, true, ask, askQty);
    }

    void oi(const char *exchange, const char *base, int64_t ns, double baseQty, double notional = fd::kNaN)
    {
        fd::MarketEvent e = ev(fd::EventKind::OpenInterest, exchange, base, fd::MarketType::Perp, ns);
        e.oiWire = baseQty;
        e.oiBase = baseQty;
        e.oiNotional = notional;
        e.oiTimeNs = ns;
        agg.apply(e);
    }

    void cvd(const char *exchange, const char *base, int64_t ns, double quoteTotal)
    {
        fd::MarketEvent e = ev(fd::EventKind::Cvd, exchange, base, fd::MarketType::Perp, ns);
        e.cvdQuote = quoteTotal;
        agg.apply(e);
    }

    // timeNs / nextNs of 0 mean "absent".
    void funding(const char *exchange, const char *base, int64_t ns, double rate, int64_t timeNs, int64_t nextNs)
    {
        fd::MarketEvent e = ev(fd::EventKind::Funding, exchange, base, fd::MarketType::Perp, ns);
        e.rate = rate;
        e.hasFundingTime = timeNs != 0;
        e.fundingTimeNs = timeNs;
        e.hasNextTime = nextNs != 0;
        e.nextTimeNs = nextNs;
        agg.apply(e);
    }

    void l2(const char *exchange, const char *base, int64_t ns, bool snapshot, std::vector<fd::Level> bids,
            std::vector<fd::Level> asks)
    {
        fd::MarketEvent e = ev(fd::EventKind::L2, exchange, base, fd::MarketType::Perp, ns);
        e.l2Snapshot = snapshot;
        e.bids = std::move(bids);
        e.asks = std::move(asks);
        agg.apply(e);
    }

    // Decodes one relay frame and applies it; false when the decoder did not yield an event.
    bool frame(const std::string &json)
    {
        fd::MarketEvent e;
        if (dec.decode(json, e) != fd::DecodeStatus::Event)
            return false;
        agg.apply(e);
        return true;
    }

    std::shared_ptr<fd::ViewSnapshot> snap()
    {
        fd::SnapshotBuilder b(agg);
        return b.buildAll();
    }
};

// One relay frame (RELAY_PROTOCOL.md): `data` is the raw JSON of the data field.
inline std::string relayFrame(const char *kind, const char *exchange, const char *base, const char *instKind, int64_t ns,
                              const std::string &data)
{
    const std::string ts = fd::formatRfc3339(ns);
    return std::string(R"({"time_exchange":")") + ts + R"(","time_received":")" + ts + R"(","exchange":")" + exchange
           + R"(","instrument":{"base":")" + base + R"(","quote":"usdt","kind":")" + instKind + R"("},"kind":")" + kind
           + R"(","data":)" + data + "}";
}

} // namespace fdtest

// |actual − expected| ≤ tol, printing both on failure (NaN always fails).
#define FD_NEAR(actual, expected, tol)                                                                               \
    do {                                                                                                             \
        const double fdA_ = (actual), fdE_ = (expected), fdT_ = (tol);                                               \
        if (!(std::abs(fdA_ - fdE_) <= fdT_))                                                                        \
            QFAIL(qPrintable(QString::fromLatin1(#actual " = %1, expected %2 (tolerance %3)")                        \
                                 .arg(fdA_, 0, 'g', 17)                                                              \
                                 .arg(fdE_, 0, 'g', 17)                                                              \
                                 .arg(fdT_, 0, 'g', 3)));                                                            \
    } while (0)

// Relative tolerance 1e-12 (exact up to rounding of a handful of operations).
#define FD_EQ(actual, expected) FD_NEAR(actual, expected, 1e-12 * std::max(1.0, std::abs(double(expected))))

#define FD_STR(actual, expected) QCOMPARE(fdtest::qs(actual), QStringLiteral(expected))
