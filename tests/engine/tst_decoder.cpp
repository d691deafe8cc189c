// Tests for core/decoder: every line of shared/protocol/relay-examples.jsonl
// (see relay-examples.md for what each line is), OKX contract scaling,
// liquidation side normalisation (METRICS.md §4) and a table of malformed
// frames with the reject reason the decoder must report.
//
// Expected times were computed independently with python3 while writing the
// test: whole seconds with
//   (datetime(2025,12,12,10,0,0,tzinfo=timezone.utc)
//    - datetime(1970,1,1,tzinfo=timezone.utc)) // timedelta(seconds=1)  -> 1765533600
// (likewise 09:59:58Z -> 1765533598, 09:59:57Z -> 1765533597,
// 16:00:00Z -> 1765555200, 2025-12-13T00:00:00Z -> 1765584000), then the
// fraction digits appended by hand, zero-padded to 9 (".229412" -> 229412000 ns).
// Sizes in base units: OKX perp contracts × ctVal (BTC 0.01, ETH 0.1),
// e.g. 12.0 contracts BTC = 0.12 BTC, 2654331.2 contracts ETH = 265433.12 ETH.
#include "core/decoder.h"
#include "model/marketevent.h"
#include "model/marketregistry.h"
#include "util/linereader.h"

#include <QtTest/QtTest>

#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

Q_DECLARE_METATYPE(fd::RejectReason)
Q_DECLARE_METATYPE(fd::MarketType)

namespace {

using fd::DecodeStatus;
using fd::EventKind;
using fd::MarketType;
using fd::RejectReason;
using fd::Side;

std::string_view sv(const QByteArray &b)
{
    return {b.constData(), static_cast<size_t>(b.size())};
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

// Line 2 of relay-examples.jsonl, repeated here so the malformed table below
// is self-contained (examples() checks the file's line 2 separately).
const QByteArray kGoodTrade = QByteArrayLiteral(
    R"({"time_exchange":"2025-12-12T10:00:00.123Z","time_received":"2025-12-12T10:00:00.131052711Z",)"
    R"("exchange":"BinanceFuturesUsd","instrument":{"base":"btc","quote":"usdt","kind":"Perpetual"},)"
    R"("kind":"trade","data":{"amount":0.035,"id":"6548213970","price":92415.3,"side":"Sell"}})");

// Checks the decode of kGoodTrade (or of an envelope carrying it).
void checkGoodTrade(fd::Decoder &dec, const fd::MarketEvent &ev)
{
    QCOMPARE(ev.kind, EventKind::Trade);
    QCOMPARE(qs(dec.registry().exchangeName(ev.exchange)), QStringLiteral("BinanceFuturesUsd"));
    QCOMPARE(qs(dec.registry().venueName(ev.venue)), QStringLiteral("Binance"));
    QCOMPARE(ev.venue, fd::MarketRegistry::kBinance);
    QCOMPARE(qs(dec.registry().symbolName(ev.symbol)), QStringLiteral("BTC"));
    QCOMPARE(ev.type, MarketType::Perp);
    QCOMPARE(qint64(ev.timeExchangeNs), qint64(1765533600123000000LL));
    QCOMPARE(qint64(ev.timeReceivedNs), qint64(1765533600131052711LL));
    QCOMPARE(ev.price, 92415.3);
    QCOMPARE(ev.qty, 0.035);
    QCOMPARE(ev.side, Side::Sell);
}

// Builds one market frame. `data` is the raw JSON of the data field.
QByteArray frame(const char *kind, const char *exchange, const char *base, const char *instKind, const char *data,
                 const char *timeExchange = "2025-12-12T10:00:00.123Z")
{
    QByteArray f = QByteArrayLiteral(R"({"time_exchange":")");
    f += timeExchange;
    f += R"(","time_received":"2025-12-12T10:00:00.131052711Z","exchange":")";
    f += exchange;
    f += R"(","instrument":{"base":")";
    f += base;
    f += R"(","quote":"usdt","kind":")";
    f += instKind;
    f += R"("},"kind":")";
    f += kind;
    f += R"(","data":)";
    f += data;
    f += '}';
    return f;
}

QByteArray replaced(const QByteArray &src, const QByteArray &from, const QByteArray &to)
{
    if (!src.contains(from))
        qFatal("test bug: '%s' not in the template frame", from.constData());
    QByteArray r = src;
    r.replace(from, to);
    return r;
}

struct Lvl {
    double price;
    double qty;
};

// Everything one relay-examples line must decode to.
struct Expected {
    int line = 0;
    DecodeStatus status = DecodeStatus::Event;
    bool envelope = false;
    const char *ignoredKind = nullptr;
    EventKind kind = EventKind::Trade;
    const char *exchange = nullptr;
    const char *venue = nullptr;
    const char *symbol = nullptr;
    MarketType type = MarketType::Perp;
    int64_t te = 0;
    int64_t tr = 0;
    // trade, liquidation
    double price = 0;
    double qty = 0;
    Side side = Side::Buy;
    bool longLiquidated = false;
    // open_interest
    double oiWire = 0;
    double oiBase = 0;
    double oiNotional = fd::kNaN;
    int64_t oiTime = 0;
    // cumulative_volume_delta
    double cvdBase = 0;
    double cvdQuote = 0;
    // order_book_l1
    bool hasBid = false;
    bool hasAsk = false;
    double bidPx = 0, bidQty = 0, askPx = 0, askQty = 0;
    // order_book_l2
    bool l2Snapshot = false;
    uint64_t sequence = 0;
    std::vector<Lvl> bids = {};
    std::vector<Lvl> asks = {};
    // funding_rate
    double rate = 0;
    bool hasFundingTime = false;
    int64_t fundingTime = 0;
    bool hasNextTime = false;
    int64_t nextTime = 0;
};

const std::vector<Expected> &expectedLines()
{
    static const std::vector<Expected> t = {
        {.line = 1, .status = DecodeStatus::Welcome},
        {.line = 2, .kind = EventKind::Trade, .exchange = "BinanceFuturesUsd", .venue = "Binance", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765533600123000000LL, .tr = 1765533600131052711LL, .price = 92415.3,
         .qty = 0.035, .side = Side::Sell},
        // OKX perp: 12.0 contracts × 0.01 = 0.12 BTC.
        {.line = 3, .kind = EventKind::Trade, .exchange = "Okx", .venue = "OKX", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765533600128000000LL, .tr = 1765533600161003350LL, .price = 92415.4,
         .qty = 0.12, .side = Side::Buy},
        // OKX spot is always base: no scaling.
        {.line = 4, .kind = EventKind::Trade, .exchange = "Okx", .venue = "OKX", .symbol = "BTC",
         .type = MarketType::Spot, .te = 1765533600130000000LL, .tr = 1765533600170455012LL, .price = 92440.1,
         .qty = 0.00215, .side = Side::Buy},
        {.line = 5, .kind = EventKind::Trade, .exchange = "BybitSpot", .venue = "Bybit", .symbol = "ETH",
         .type = MarketType::Spot, .te = 1765533600132000000LL, .tr = 1765533600180021911LL, .price = 3251.42,
         .qty = 1.2741, .side = Side::Sell},
        // Binance: order side Sell = a long was liquidated.
        {.line = 6, .kind = EventKind::Liquidation, .exchange = "BinanceFuturesUsd", .venue = "Binance",
         .symbol = "BTC", .type = MarketType::Perp, .te = 1765533600134000000LL, .tr = 1765533600190117004LL,
         .price = 92301.7, .qty = 0.412, .side = Side::Sell, .longLiquidated = true},
        // Bybit: position side Buy = a long was liquidated.
        {.line = 7, .kind = EventKind::Liquidation, .exchange = "BybitPerpetualsUsd", .venue = "Bybit",
         .symbol = "SOL", .type = MarketType::Perp, .te = 1765533600136000000LL, .tr = 1765533600201998120LL,
         .price = 137.52, .qty = 84.1, .side = Side::Buy, .longLiquidated = true},
        {.line = 8, .kind = EventKind::OpenInterest, .exchange = "BybitPerpetualsUsd", .venue = "Bybit",
         .symbol = "BTC", .type = MarketType::Perp, .te = 1765533600223000000LL, .tr = 1765533600229412000LL,
         .oiWire = 53210.417, .oiBase = 53210.417, .oiNotional = 4917533221.62, .oiTime = 1765533600223000000LL},
        // Binance REST poll: notional null -> NaN.
        {.line = 9, .kind = EventKind::OpenInterest, .exchange = "BinanceFuturesUsd", .venue = "Binance",
         .symbol = "BTC", .type = MarketType::Perp, .te = 1765533598000000000LL, .tr = 1765533600402391555LL,
         .oiWire = 89123.456, .oiBase = 89123.456, .oiNotional = fd::kNaN, .oiTime = 1765533598000000000LL},
        // OKX ETH: 2654331.2 contracts × 0.1 = 265433.12 ETH; notional (USD) is not scaled.
        {.line = 10, .kind = EventKind::OpenInterest, .exchange = "Okx", .venue = "OKX", .symbol = "ETH",
         .type = MarketType::Perp, .te = 1765533597000000000LL, .tr = 1765533600512034781LL, .oiWire = 2654331.2,
         .oiBase = 265433.12, .oiNotional = 862981442.3, .oiTime = 1765533597000000000LL},
        {.line = 11, .kind = EventKind::Cvd, .exchange = "BinanceFuturesUsd", .venue = "Binance", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765533600123000000LL, .tr = 1765533600131090002LL,
         .cvdBase = -12.348000000000013, .cvdQuote = -1141145.2281499994},
        {.line = 12, .kind = EventKind::L1, .exchange = "BinanceFuturesUsd", .venue = "Binance", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765533600143000000LL, .tr = 1765533600145550111LL, .hasBid = true,
         .hasAsk = true, .bidPx = 92415.20, .bidQty = 3.412, .askPx = 92415.30, .askQty = 1.087},
        {.line = 13, .kind = EventKind::L1, .exchange = "BinanceSpot", .venue = "Binance", .symbol = "BTC",
         .type = MarketType::Spot, .te = 1765533600148220931LL, .tr = 1765533600148231004LL, .hasBid = true,
         .hasAsk = true, .bidPx = 92440.00, .bidQty = 0.81234, .askPx = 92440.01, .askQty = 1.20001},
        // Bybit one-sided quote: best_ask null.
        {.line = 14, .kind = EventKind::L1, .exchange = "BybitPerpetualsUsd", .venue = "Bybit", .symbol = "ETH",
         .type = MarketType::Perp, .te = 1765533600153000000LL, .tr = 1765533600160400001LL, .hasBid = true,
         .hasAsk = false, .bidPx = 3250.11, .bidQty = 41.27},
        {.line = 15, .kind = EventKind::L2, .exchange = "BinanceFuturesUsd", .venue = "Binance", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765533600165000000LL, .tr = 1765533600171700123LL, .l2Snapshot = false,
         .sequence = 9482216603991ULL, .bids = {{92415.20, 3.512}, {92410.00, 0.0}}, .asks = {{92415.30, 0.944}}},
        // OKX ETH snapshot in contracts × 0.1.
        {.line = 16, .kind = EventKind::L2, .exchange = "Okx", .venue = "OKX", .symbol = "ETH",
         .type = MarketType::Perp, .te = 1765533600173000000LL, .tr = 1765533600190033000LL, .l2Snapshot = true,
         .sequence = 0, .bids = {{3250.12, 1.84}, {3250.11, 0.21}}, .asks = {{3250.13, 0.79}, {3250.14, 0.05}}},
        // OKX funding is stamped with the settlement time (16:00Z), hours after receipt.
        {.line = 17, .kind = EventKind::Funding, .exchange = "Okx", .venue = "OKX", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765555200000000000LL, .tr = 1765533601003330001LL, .rate = 0.0000823,
         .hasFundingTime = true, .fundingTime = 1765555200000000000LL, .hasNextTime = true,
         .nextTime = 1765584000000000000LL},
        {.line = 18, .kind = EventKind::Funding, .exchange = "BinanceFuturesUsd", .venue = "Binance", .symbol = "BTC",
         .type = MarketType::Perp, .te = 1765533600999000000LL, .tr = 1765533601051110000LL, .rate = 0.0001,
         .hasFundingTime = true, .fundingTime = 1765533600999000000LL, .hasNextTime = true,
         .nextTime = 1765555200000000000LL},
        {.line = 19, .status = DecodeStatus::Ignored, .ignoredKind = "trad_tick"},
        {.line = 20, .status = DecodeStatus::Ignored, .ignoredKind = "candle_1m"},
        {.line = 21, .status = DecodeStatus::Ignored, .ignoredKind = "candle_backfill"},
        {.line = 22, .status = DecodeStatus::Ignored, .ignoredKind = "market_snapshot"},
        {.line = 23, .status = DecodeStatus::Ignored, .ignoredKind = "orchestrator_result"},
        {.line = 24, .status = DecodeStatus::Ignored, .ignoredKind = "options_chain"},
        {.line = 25, .status = DecodeStatus::Ignored, .ignoredKind = "extended_bar_1m"},
        // The envelope carries line 2's trade.
        {.line = 26, .envelope = true, .kind = EventKind::Trade, .exchange = "BinanceFuturesUsd", .venue = "Binance",
         .symbol = "BTC", .type = MarketType::Perp, .te = 1765533600123000000LL, .tr = 1765533600131052711LL,
         .price = 92415.3, .qty = 0.035, .side = Side::Sell},
        {.line = 27, .status = DecodeStatus::Ignored, .ignoredKind = "other"},
    };
    return t;
}

void checkLevels(const std::vector<fd::Level> &got, const std::vector<Lvl> &want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        QCOMPARE(got[i].price, want[i].price);
        QCOMPARE(got[i].qty, want[i].qty);
    }
}

void checkEvent(const fd::Decoder &dec, const fd::MarketEvent &ev, const Expected &x)
{
    const fd::MarketRegistry &reg = dec.registry();
    QCOMPARE(ev.kind, x.kind);
    QCOMPARE(qs(reg.exchangeName(ev.exchange)), latin(x.exchange));
    QCOMPARE(qs(reg.venueName(ev.venue)), latin(x.venue));
    QCOMPARE(qs(reg.symbolName(ev.symbol)), latin(x.symbol));
    QCOMPARE(ev.type, x.type);
    QCOMPARE(qint64(ev.timeExchangeNs), qint64(x.te));
    QCOMPARE(qint64(ev.timeReceivedNs), qint64(x.tr));
    switch (x.kind) {
    case EventKind::Trade:
        QCOMPARE(ev.price, x.price);
        QCOMPARE(ev.qty, x.qty);
        QCOMPARE(ev.side, x.side);
        break;
    case EventKind::Liquidation:
        QCOMPARE(ev.price, x.price);
        QCOMPARE(ev.qty, x.qty);
        QCOMPARE(ev.side, x.side);
        QCOMPARE(ev.longLiquidated, x.longLiquidated);
        break;
    case EventKind::OpenInterest:
        QCOMPARE(ev.oiWire, x.oiWire);
        QCOMPARE(ev.oiBase, x.oiBase);
        if (std::isnan(x.oiNotional))
            QVERIFY2(std::isnan(ev.oiNotional), qPrintable(QString::number(ev.oiNotional)));
        else
            QCOMPARE(ev.oiNotional, x.oiNotional);
        QCOMPARE(qint64(ev.oiTimeNs), qint64(x.oiTime));
        break;
    case EventKind::Cvd:
        QCOMPARE(ev.cvdBase, x.cvdBase);
        QCOMPARE(ev.cvdQuote, x.cvdQuote);
        break;
    case EventKind::L1:
        QCOMPARE(ev.hasBid, x.hasBid);
        QCOMPARE(ev.hasAsk, x.hasAsk);
        if (x.hasBid) {
            QCOMPARE(ev.bidPx, x.bidPx);
            QCOMPARE(ev.bidQty, x.bidQty);
        }
        if (x.hasAsk) {
            QCOMPARE(ev.askPx, x.askPx);
            QCOMPARE(ev.askQty, x.askQty);
        }
        break;
    case EventKind::L2:
        QCOMPARE(ev.l2Snapshot, x.l2Snapshot);
        QCOMPARE(quint64(ev.sequence), quint64(x.sequence));
        checkLevels(ev.bids, x.bids);
        if (QTest::currentTestFailed())
            return;
        checkLevels(ev.asks, x.asks);
        break;
    case EventKind::Funding:
        QCOMPARE(ev.rate, x.rate);
        QCOMPARE(ev.hasFundingTime, x.hasFundingTime);
        QCOMPARE(qint64(ev.fundingTimeNs), qint64(x.fundingTime));
        QCOMPARE(ev.hasNextTime, x.hasNextTime);
        QCOMPARE(qint64(ev.nextTimeNs), qint64(x.nextTime));
        break;
    }
}

struct BadFrame {
    const char *name;
    QByteArray frame;
    RejectReason reason;
};

constexpr size_t kSmallMaxFrame = 1024;

const std::vector<BadFrame> &badFrames()
{
    static const std::vector<BadFrame> t = [] {
        const QByteArray &g = kGoodTrade;
        const QByteArray l1 = frame("order_book_l1", "BinanceFuturesUsd", "btc", "Perpetual",
                                    R"({"best_ask":{"amount":"1.087","price":"92415.30"},)"
                                    R"("best_bid":{"amount":"3.412","price":"92415.20"},)"
                                    R"("last_update_time":"2025-12-12T10:00:00.143Z"})");
        const QByteArray l2 = frame("order_book_l2", "BinanceFuturesUsd", "btc", "Perpetual",
                                    R"({"Update":{"asks":{"levels":[{"amount":"0.944","price":"92415.30"}]},)"
                                    R"("bids":{"levels":[{"amount":"3.512","price":"92415.20"}]},)"
                                    R"("sequence":1,"time_engine":null}})");
        const QByteArray fund = frame("funding_rate", "BinanceFuturesUsd", "btc", "Perpetual",
                                      R"({"next_time":"2025-12-12T16:00:00Z","rate":0.0001,)"
                                      R"("time":"2025-12-12T10:00:00.999Z"})");
        const QByteArray oi = frame("open_interest", "BybitPerpetualsUsd", "btc", "Perpetual",
                                    R"({"contracts":53210.417,"notional":null,"time":null})");
        QByteArray nulFirst(1, '\0');
        nulFirst += g;
        QByteArray tooLarge = g;
        tooLarge += QByteArray(2000, ' '); // still valid JSON, just too big

        std::vector<BadFrame> v = {
            // not JSON
            {"garbage", QByteArrayLiteral("garbage"), RejectReason::NotJson},
            {"bare word starting like null", QByteArrayLiteral("nonsense"), RejectReason::NotJson},
            {"bare word starting like true", QByteArrayLiteral("tru"), RejectReason::NotJson},
            {"truncated object", g.left(100), RejectReason::NotJson},
            {"missing final brace", g.chopped(1), RejectReason::NotJson},
            {"unclosed string", QByteArrayLiteral(R"({"kind":"trade)"), RejectReason::NotJson},
            {"truncated array", QByteArrayLiteral("[1,2"), RejectReason::NotJson},
            {"two numbers", QByteArrayLiteral("42 43"), RejectReason::NotJson},
            {"empty", QByteArray(), RejectReason::NotJson},
            {"whitespace only", QByteArrayLiteral("  \n "), RejectReason::NotJson},
            {"NUL byte in a string",
             replaced(g, "BinanceFuturesUsd", QByteArray("Binance\0FuturesUsd", 18)), RejectReason::NotJson},
            {"NUL byte first", nulFirst, RejectReason::NotJson},
            {"NUL byte last", g + QByteArray(1, '\0'), RejectReason::NotJson},
            {"invalid UTF-8 in a string", replaced(g, "6548213970", "65482\xff" "13970"), RejectReason::NotJson},
            {"truncated UTF-8 sequence", replaced(g, "\"Sell\"", "\"Sell\xc3\""), RejectReason::NotJson},
            {"overlong UTF-8", replaced(g, "6548213970", "6548\xc0\xaf" "213970"), RejectReason::NotJson},
            // valid JSON, not an object
            {"array", QByteArrayLiteral("[1,2,3]"), RejectReason::NotObject},
            {"array of the good frame", "[" + g + "]", RejectReason::NotObject},
            {"number", QByteArrayLiteral("42"), RejectReason::NotObject},
            {"negative float", QByteArrayLiteral("-1.5e3"), RejectReason::NotObject},
            {"string", QByteArrayLiteral(R"("trade")"), RejectReason::NotObject},
            {"null", QByteArrayLiteral("null"), RejectReason::NotObject},
            {"true", QByteArrayLiteral("true"), RejectReason::NotObject},
            // missing fields
            {"empty object", QByteArrayLiteral("{}"), RejectReason::MissingField},
            {"no kind", replaced(g, R"("kind":"trade",)", ""), RejectReason::MissingField},
            {"not a welcome", QByteArrayLiteral(R"({"message":"hi","type":"hello"})"), RejectReason::MissingField},
            {"no time_exchange", replaced(g, R"("time_exchange":"2025-12-12T10:00:00.123Z",)", ""),
             RejectReason::MissingField},
            {"no time_received", replaced(g, R"("time_received":"2025-12-12T10:00:00.131052711Z",)", ""),
             RejectReason::MissingField},
            {"no exchange", replaced(g, R"("exchange":"BinanceFuturesUsd",)", ""), RejectReason::MissingField},
            {"no instrument", replaced(g, R"("instrument":{"base":"btc","quote":"usdt","kind":"Perpetual"},)", ""),
             RejectReason::MissingField},
            {"no instrument base", replaced(g, R"("base":"btc",)", ""), RejectReason::MissingField},
            {"no instrument kind", replaced(g, R"(,"kind":"Perpetual")", ""), RejectReason::MissingField},
            {"no data", replaced(g, R"(,"data":{"amount":0.035,"id":"6548213970","price":92415.3,"side":"Sell"})", ""),
             RejectReason::MissingField},
            {"no price", replaced(g, R"(,"price":92415.3)", ""), RejectReason::MissingField},
            {"no amount", replaced(g, R"("amount":0.035,)", ""), RejectReason::MissingField},
            {"no side", replaced(g, R"(,"side":"Sell")", ""), RejectReason::MissingField},
            {"no L1 level price", replaced(l1, R"(,"price":"92415.30")", ""), RejectReason::MissingField},
            {"L2 neither Snapshot nor Update", replaced(l2, R"({"Update":)", R"({"Delta":)"),
             RejectReason::MissingField},
            {"no funding rate", replaced(fund, R"("rate":0.0001,)", ""), RejectReason::MissingField},
            {"no OI contracts", replaced(oi, R"("contracts":53210.417,)", ""), RejectReason::MissingField},
            // wrong types
            {"price as object", replaced(g, R"("price":92415.3)", R"("price":{"v":92415.3})"), RejectReason::WrongType},
            {"price as array", replaced(g, R"("price":92415.3)", R"("price":[92415.3])"), RejectReason::WrongType},
            {"price as bool", replaced(g, R"("price":92415.3)", R"("price":true)"), RejectReason::WrongType},
            {"price null", replaced(g, R"("price":92415.3)", R"("price":null)"), RejectReason::WrongType},
            {"price not a decimal string", replaced(g, R"("price":92415.3)", R"("price":"92415,3")"),
             RejectReason::WrongType},
            {"price string nan", replaced(g, R"("price":92415.3)", R"("price":"nan")"), RejectReason::WrongType},
            {"side as number", replaced(g, R"("side":"Sell")", R"("side":1)"), RejectReason::WrongType},
            {"kind as number", replaced(g, R"("kind":"trade")", R"("kind":7)"), RejectReason::WrongType},
            {"time_exchange not a timestamp", replaced(g, "2025-12-12T10:00:00.123Z", "yesterday"),
             RejectReason::WrongType},
            {"time_exchange without Z", replaced(g, "2025-12-12T10:00:00.123Z", "2025-12-12T10:00:00.123"),
             RejectReason::WrongType},
            {"time_exchange as number", replaced(g, R"("2025-12-12T10:00:00.123Z")", "1765533600123"),
             RejectReason::WrongType},
            {"time_received bad month", replaced(g, "2025-12-12T10:00:00.131052711Z", "2025-13-12T10:00:00.131052711Z"),
             RejectReason::WrongType},
            {"instrument as string", replaced(g, R"({"base":"btc","quote":"usdt","kind":"Perpetual"})", R"("btc")"),
             RejectReason::WrongType},
            {"data as array", replaced(g, R"({"amount":0.035,"id":"6548213970","price":92415.3,"side":"Sell"})", "[]"),
             RejectReason::WrongType},
            {"data null for a trade",
             replaced(g, R"({"amount":0.035,"id":"6548213970","price":92415.3,"side":"Sell"})", "null"),
             RejectReason::WrongType},
            {"L1 side as string", replaced(l1, R"({"amount":"1.087","price":"92415.30"})", R"("92415.30")"),
             RejectReason::WrongType},
            {"L2 levels not an array", replaced(l2, R"({"levels":[{"amount":"0.944","price":"92415.30"}]})",
                                                R"({"levels":{}})"),
             RejectReason::WrongType},
            {"funding time not a timestamp", replaced(fund, "2025-12-12T10:00:00.999Z", "soon"),
             RejectReason::WrongType},
            {"welcome type as number", QByteArrayLiteral(R"({"message":"hi","type":5})"), RejectReason::WrongType},
            // out of range
            {"negative price", replaced(g, R"("price":92415.3)", R"("price":-92415.3)"), RejectReason::OutOfRange},
            {"zero price", replaced(g, R"("price":92415.3)", R"("price":0.0)"), RejectReason::OutOfRange},
            // received 10:00:00.131: an exchange time 10 min 0.001 s later would freeze the clock
            {"trade stamped > 10 min after receipt",
             replaced(g, R"("time_exchange":"2025-12-12T10:00:00.123Z")", R"("time_exchange":"2025-12-12T10:10:00.132Z")"),
             RejectReason::OutOfRange},
            {"zero amount trade", replaced(g, R"("amount":0.035)", R"("amount":0.0)"), RejectReason::OutOfRange},
            {"negative amount", replaced(g, R"("amount":0.035)", R"("amount":-0.035)"), RejectReason::OutOfRange},
            {"price 1e400", replaced(g, R"("price":92415.3)", R"("price":1e400)"), RejectReason::OutOfRange},
            {"side Hold", replaced(g, R"("side":"Sell")", R"("side":"Hold")"), RejectReason::OutOfRange},
            {"instrument kind Index", replaced(g, R"("kind":"Perpetual")", R"("kind":"Index")"),
             RejectReason::OutOfRange},
            {"instrument kind Future", replaced(g, R"("kind":"Perpetual")", R"("kind":"Future")"),
             RejectReason::OutOfRange},
            {"base not a ticker", replaced(g, R"("base":"btc")", R"("base":"b t/c")"), RejectReason::OutOfRange},
            {"empty exchange", replaced(g, R"("exchange":"BinanceFuturesUsd")", R"("exchange":"")"),
             RejectReason::OutOfRange},
            {"funding rate 5.0", replaced(fund, R"("rate":0.0001)", R"("rate":5.0)"), RejectReason::OutOfRange},
            {"funding rate -1.5", replaced(fund, R"("rate":0.0001)", R"("rate":-1.5)"), RejectReason::OutOfRange},
            {"L1 negative amount", replaced(l1, R"("amount":"3.412")", R"("amount":"-3.412")"),
             RejectReason::OutOfRange},
            {"L2 zero price level", replaced(l2, R"("price":"92415.20")", R"("price":"0")"),
             RejectReason::OutOfRange},
            {"L2 negative amount", replaced(l2, R"("amount":"3.512")", R"("amount":"-1")"),
             RejectReason::OutOfRange},
            {"OI negative contracts", replaced(oi, R"("contracts":53210.417)", R"("contracts":-1.0)"),
             RejectReason::OutOfRange},
            // too large (the test decoder has maxFrameBytes = kSmallMaxFrame)
            {"frame larger than maxFrameBytes", tooLarge, RejectReason::TooLarge},
        };
        return v;
    }();
    return t;
}

fd::DecoderSettings smallFrameSettings()
{
    fd::DecoderSettings s;
    s.maxFrameBytes = kSmallMaxFrame;
    return s;
}

} // namespace

class TstDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void examples_data();
    void examples();
    void allExamplesInOneDecoder();
    void envelopeMatchesPlainTrade();
    void okxContractsOff();
    void okxCtValOverride();
    void okxCtValDefaults();
    void liquidationSides_data();
    void liquidationSides();

    void malformed_data();
    void malformed();
    void rejectsAccumulate();
    void rejectReasonNames();

    void trailingZeroDecimals();
    void exponentNumbers_data();
    void exponentNumbers();
    void bigSequence_data();
    void bigSequence();
    void symbolCaseFolds();
    void unknownExchangePassesThrough();
    void instrumentKindCaseInsensitive_data();
    void instrumentKindCaseInsensitive();
    void keyOrderIndependent();
    void nullableFields();
    void unknownKindsCountedAndBounded();
    void fastAndOrderIndependentPathsAgree();

private:
    QList<QByteArray> m_lines;
};

void TstDecoder::initTestCase()
{
    QFile f(QStringLiteral(FLOWDESK_SHARED_DIR "/protocol/relay-examples.jsonl"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QByteArray all = f.readAll();
    for (const QByteArray &l : all.split('\n'))
        if (!l.isEmpty())
            m_lines.append(l);
    QCOMPARE(m_lines.size(), 27);
    QCOMPARE(expectedLines().size(), size_t(27));
    // The self-contained good frame is exactly line 2.
    QCOMPARE(kGoodTrade, m_lines.at(1));
}

void TstDecoder::examples_data()
{
    QTest::addColumn<int>("line");
    static const char *const what[27] = {
        "welcome", "trade binance perp", "trade okx perp contracts", "trade okx spot", "trade bybit spot",
        "liquidation binance", "liquidation bybit", "oi bybit", "oi binance null notional", "oi okx contracts",
        "cvd binance", "l1 binance futures", "l1 binance spot", "l1 bybit one-sided", "l2 binance update",
        "l2 okx snapshot", "funding okx", "funding binance", "trad_tick", "candle_1m", "candle_backfill",
        "market_snapshot", "orchestrator_result", "options_chain", "extended_bar_1m", "envelope", "other"};
    for (int i = 1; i <= 27; ++i)
        QTest::addRow("line %02d %s", i, what[i - 1]) << i;
}

void TstDecoder::examples()
{
    QFETCH(int, line);
    const Expected &x = expectedLines().at(size_t(line - 1));
    QCOMPARE(x.line, line);
    const QByteArray &frameBytes = m_lines.at(line - 1);

    // 1) fresh decoder, fresh event
    {
        fd::Decoder dec;
        fd::MarketEvent ev;
        QCOMPARE(dec.decode(sv(frameBytes), ev), x.status);
        const fd::DecoderStats &st = dec.stats();
        QCOMPARE(st.frames, quint64(1));
        QCOMPARE(st.rejectedTotal(), quint64(0));
        QCOMPARE(st.envelopes, quint64(x.envelope ? 1 : 0));
        QCOMPARE(st.events, quint64(x.status == DecodeStatus::Event ? 1 : 0));
        QCOMPARE(st.welcomes, quint64(x.status == DecodeStatus::Welcome ? 1 : 0));
        if (x.status == DecodeStatus::Ignored) {
            QCOMPARE(st.ignoredKinds.size(), size_t(1));
            QCOMPARE(qs(st.ignoredKinds.begin()->first), latin(x.ignoredKind));
            QCOMPARE(st.ignoredKinds.begin()->second, quint64(1));
        } else {
            QVERIFY(st.ignoredKinds.empty());
        }
        if (x.status == DecodeStatus::Event) {
            checkEvent(dec, ev, x);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // 2) warm decoder whose `out` was reused for every line before: no stale state may leak
    {
        fd::Decoder dec;
        fd::MarketEvent ev;
        for (const QByteArray &l : std::as_const(m_lines))
            dec.decode(sv(l), ev);
        QCOMPARE(dec.decode(sv(frameBytes), ev), x.status);
        if (x.status == DecodeStatus::Event)
            checkEvent(dec, ev, x);
    }
}

void TstDecoder::allExamplesInOneDecoder()
{
    fd::Decoder dec;
    fd::MarketEvent ev;
    for (int i = 0; i < m_lines.size(); ++i) {
        const DecodeStatus st = dec.decode(sv(m_lines.at(i)), ev);
        QCOMPARE(st, expectedLines().at(size_t(i)).status);
    }
    const fd::DecoderStats &st = dec.stats();
    QCOMPARE(st.frames, quint64(27));
    QCOMPARE(st.events, quint64(18)); // lines 2-18 and the envelope (26)
    QCOMPARE(st.welcomes, quint64(1));
    QCOMPARE(st.envelopes, quint64(1));
    QCOMPARE(st.rejectedTotal(), quint64(0));
    QCOMPARE(st.ignoredTotal(), quint64(8));
    const std::map<std::string, uint64_t, std::less<>> ignored = {
        {"candle_1m", 1},     {"candle_backfill", 1},     {"extended_bar_1m", 1}, {"market_snapshot", 1},
        {"options_chain", 1}, {"orchestrator_result", 1}, {"other", 1},           {"trad_tick", 1},
    };
    QVERIFY(st.ignoredKinds == ignored);
    // Venues and symbols seen: Binance, Bybit, OKX only (synthetic exchanges are ignored kinds).
    QCOMPARE(dec.registry().venueCount(), size_t(3));
    QCOMPARE(dec.registry().symbolCount(), size_t(3)); // BTC, ETH, SOL
    QVERIFY(dec.registry().symbolId("BTC") >= 0);
    QVERIFY(dec.registry().symbolId("ETH") >= 0);
    QVERIFY(dec.registry().symbolId("SOL") >= 0);
    QCOMPARE(dec.registry().symbolId("ES"), -1);
}

void TstDecoder::envelopeMatchesPlainTrade()
{
    fd::Decoder plainDec, envDec;
    fd::MarketEvent plain, env;
    QCOMPARE(plainDec.decode(sv(m_lines.at(1)), plain), DecodeStatus::Event);
    QCOMPARE(envDec.decode(sv(m_lines.at(25)), env), DecodeStatus::Event);
    QCOMPARE(plainDec.stats().envelopes, quint64(0));
    QCOMPARE(envDec.stats().envelopes, quint64(1));
    checkGoodTrade(plainDec, plain);
    checkGoodTrade(envDec, env);
    QCOMPARE(env.kind, plain.kind);
    QCOMPARE(env.exchange, plain.exchange);
    QCOMPARE(env.venue, plain.venue);
    QCOMPARE(env.symbol, plain.symbol);
    QCOMPARE(env.type, plain.type);
    QCOMPARE(env.timeExchangeNs, plain.timeExchangeNs);
    QCOMPARE(env.timeReceivedNs, plain.timeReceivedNs);
    QVERIFY(env.price == plain.price);
    QVERIFY(env.qty == plain.qty);
    QCOMPARE(env.side, plain.side);
    // A second envelope counts again.
    QCOMPARE(envDec.decode(sv(m_lines.at(25)), env), DecodeStatus::Event);
    QCOMPARE(envDec.stats().envelopes, quint64(2));
    QCOMPARE(envDec.stats().events, quint64(2));
}

void TstDecoder::okxContractsOff()
{
    fd::DecoderSettings s;
    s.okxSizesInContracts = false; // IDX relay: OKX sizes are already base units
    fd::Decoder dec(s);
    fd::MarketEvent ev;

    QCOMPARE(dec.decode(sv(m_lines.at(2)), ev), DecodeStatus::Event); // OKX perp trade
    QCOMPARE(ev.qty, 12.0);
    QCOMPARE(ev.price, 92415.4);

    QCOMPARE(dec.decode(sv(m_lines.at(9)), ev), DecodeStatus::Event); // OKX ETH OI
    QCOMPARE(ev.oiWire, 2654331.2);
    QCOMPARE(ev.oiBase, 2654331.2);

    QCOMPARE(dec.decode(sv(m_lines.at(15)), ev), DecodeStatus::Event); // OKX ETH L2 snapshot
    checkLevels(ev.bids, {{3250.12, 18.4}, {3250.11, 2.1}});
    checkLevels(ev.asks, {{3250.13, 7.9}, {3250.14, 0.5}});

    QCOMPARE(dec.decode(sv(m_lines.at(1)), ev), DecodeStatus::Event); // Binance, never scaled
    QCOMPARE(ev.qty, 0.035);

    // An OKX perp liquidation and CVD also stay as sent.
    QCOMPARE(dec.decode(sv(frame("liquidation", "Okx", "btc", "Perpetual",
                                 R"({"price":92000.5,"quantity":3.0,"side":"Sell","time":"2025-12-12T10:00:00.123Z"})")),
                        ev),
             DecodeStatus::Event);
    QCOMPARE(ev.qty, 3.0);
    QCOMPARE(dec.decode(sv(frame("cumulative_volume_delta", "Okx", "eth", "Perpetual",
                                 R"({"delta_base":-40.0,"delta_quote":-130000.0})")),
                        ev),
             DecodeStatus::Event);
    QCOMPARE(ev.cvdBase, -40.0);
    QCOMPARE(ev.cvdQuote, -130000.0);
}

void TstDecoder::okxCtValOverride()
{
    fd::DecoderSettings s;
    s.ctValOverrides.emplace("BTC", 0.001);
    fd::Decoder dec(s);
    fd::MarketEvent ev;

    QCOMPARE(dec.decode(sv(m_lines.at(2)), ev), DecodeStatus::Event); // 12 contracts × 0.001
    QCOMPARE(ev.qty, 0.012);
    QCOMPARE(dec.decode(sv(m_lines.at(9)), ev), DecodeStatus::Event); // ETH keeps its default 0.1
    QCOMPARE(ev.oiBase, 265433.12);
    QCOMPARE(dec.decode(sv(m_lines.at(3)), ev), DecodeStatus::Event); // OKX spot never scaled
    QCOMPARE(ev.qty, 0.00215);

    // setSettings switches the override at run time: ETH 0.01 -> 26543.312 ETH.
    s.ctValOverrides.emplace("ETH", 0.01);
    dec.setSettings(s);
    QCOMPARE(dec.decode(sv(m_lines.at(9)), ev), DecodeStatus::Event);
    QCOMPARE(ev.oiBase, 26543.312);
    QCOMPARE(ev.oiWire, 2654331.2);
    // And it applies to L2 and CVD: CVD -40 contracts × 0.01 = -0.4 ETH, -130000 × 0.01 = -1300 USD.
    QCOMPARE(dec.decode(sv(frame("cumulative_volume_delta", "Okx", "eth", "Perpetual",
                                 R"({"delta_base":-40.0,"delta_quote":-130000.0})")),
                        ev),
             DecodeStatus::Event);
    QCOMPARE(ev.cvdBase, -0.4);
    QCOMPARE(ev.cvdQuote, -1300.0);
    QCOMPARE(dec.decode(sv(m_lines.at(15)), ev), DecodeStatus::Event);
    checkLevels(ev.bids, {{3250.12, 0.184}, {3250.11, 0.021}});
}

void TstDecoder::okxCtValDefaults()
{
    fd::DecoderSettings s;
    QCOMPARE(s.okxCtVal("BTC"), 0.01);
    QCOMPARE(s.okxCtVal("ETH"), 0.1);
    QCOMPARE(s.okxCtVal("SOL"), 1.0);
    s.ctValOverrides.emplace("SOL", 10.0);
    QCOMPARE(s.okxCtVal("SOL"), 10.0);
    QCOMPARE(s.okxCtVal("BTC"), 0.01);
}

void TstDecoder::liquidationSides_data()
{
    QTest::addColumn<QByteArray>("exchange");
    QTest::addColumn<QByteArray>("side");
    QTest::addColumn<bool>("longLiquidated");
    QTest::addColumn<double>("qty");
    // Binance/OKX send the liquidation order's side (Sell = long liquidated);
    // Bybit sends the position side (Buy = long liquidated). METRICS.md §4.
    // The wire quantity is 3.0; OKX perp BTC is in contracts: 3 × 0.01 = 0.03 BTC.
    QTest::newRow("binance sell") << QByteArray("BinanceFuturesUsd") << QByteArray("Sell") << true << 3.0;
    QTest::newRow("binance buy") << QByteArray("BinanceFuturesUsd") << QByteArray("Buy") << false << 3.0;
    QTest::newRow("bybit buy") << QByteArray("BybitPerpetualsUsd") << QByteArray("Buy") << true << 3.0;
    QTest::newRow("bybit sell") << QByteArray("BybitPerpetualsUsd") << QByteArray("Sell") << false << 3.0;
    QTest::newRow("okx sell") << QByteArray("Okx") << QByteArray("Sell") << true << 0.03;
    QTest::newRow("okx buy") << QByteArray("Okx") << QByteArray("Buy") << false << 0.03;
}

void TstDecoder::liquidationSides()
{
    QFETCH(QByteArray, exchange);
    QFETCH(QByteArray, side);
    QFETCH(bool, longLiquidated);
    QFETCH(double, qty);
    const QByteArray data = R"({"price":92000.5,"quantity":3.0,"side":")" + side
                            + R"(","time":"2025-12-12T10:00:00.123Z"})";
    fd::Decoder dec;
    fd::MarketEvent ev;
    ev.longLiquidated = !longLiquidated; // must be overwritten
    QCOMPARE(dec.decode(sv(frame("liquidation", exchange.constData(), "btc", "Perpetual", data.constData())), ev),
             DecodeStatus::Event);
    QCOMPARE(ev.kind, EventKind::Liquidation);
    QCOMPARE(ev.side, side == "Buy" ? Side::Buy : Side::Sell);
    QCOMPARE(ev.longLiquidated, longLiquidated);
    QCOMPARE(ev.price, 92000.5);
    QCOMPARE(ev.qty, qty);
}

void TstDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<RejectReason>("reason");
    for (const BadFrame &b : badFrames())
        QTest::newRow(b.name) << b.frame << b.reason;
}

void TstDecoder::malformed()
{
    QFETCH(QByteArray, bad);
    QFETCH(RejectReason, reason);
    fd::Decoder dec(smallFrameSettings());
    fd::MarketEvent ev;

    QCOMPARE(dec.decode(sv(bad), ev), DecodeStatus::Rejected);
    const fd::DecoderStats &st = dec.stats();
    const auto r = static_cast<size_t>(reason);
    for (size_t i = 0; i < st.rejected.size(); ++i) {
        const QByteArray msg = QByteArray(fd::rejectReasonName(static_cast<RejectReason>(i))) + " counted "
                               + QByteArray::number(quint64(st.rejected[i])) + " (detail '"
                               + QByteArray::fromStdString(st.lastRejectDetail[i]) + "'), expected reason "
                               + fd::rejectReasonName(reason);
        QVERIFY2(st.rejected[i] == (i == r ? 1u : 0u), msg.constData());
    }
    QCOMPARE(st.rejectedTotal(), quint64(1));
    QCOMPARE(st.events, quint64(0));
    QCOMPARE(st.frames, quint64(1));
    QCOMPARE(st.ignoredTotal(), quint64(0));
    // The sample is the frame's first 512 bytes, byte for byte (NULs included).
    QCOMPARE(QByteArray::fromStdString(st.lastRejectSample[r]), bad.left(512));
    QVERIFY(!st.lastRejectDetail[r].empty());

    // The decoder recovers: the next good frame decodes completely.
    QCOMPARE(dec.decode(sv(kGoodTrade), ev), DecodeStatus::Event);
    checkGoodTrade(dec, ev);
    QCOMPARE(st.events, quint64(1));
    QCOMPARE(st.rejectedTotal(), quint64(1));
    QCOMPARE(st.frames, quint64(2));
}

void TstDecoder::rejectsAccumulate()
{
    // All bad frames through one decoder, each followed by a good frame.
    fd::Decoder dec(smallFrameSettings());
    fd::MarketEvent ev;
    std::array<uint64_t, static_cast<size_t>(RejectReason::Count)> want{};
    for (const BadFrame &b : badFrames()) {
        QCOMPARE(dec.decode(sv(b.frame), ev), DecodeStatus::Rejected);
        ++want[static_cast<size_t>(b.reason)];
        QCOMPARE(dec.decode(sv(kGoodTrade), ev), DecodeStatus::Event);
        checkGoodTrade(dec, ev);
        if (QTest::currentTestFailed())
            QFAIL(b.name);
    }
    const fd::DecoderStats &st = dec.stats();
    for (size_t i = 0; i < want.size(); ++i)
        QCOMPARE(st.rejected[i], want[i]);
    QCOMPARE(st.rejectedTotal(), quint64(badFrames().size()));
    QCOMPARE(st.events, quint64(badFrames().size()));
    QCOMPARE(st.frames, quint64(2 * badFrames().size()));
    // Every reason is exercised by the table.
    for (size_t i = 0; i < want.size(); ++i)
        QVERIFY2(want[i] > 0, fd::rejectReasonName(static_cast<RejectReason>(i)));
    // The too-large sample is the 512-byte prefix; the last too-large frame is kept.
    const auto tl = static_cast<size_t>(RejectReason::TooLarge);
    QCOMPARE(st.lastRejectSample[tl].size(), size_t(512));
    const QByteArray wantSample = kGoodTrade + QByteArray(512 - kGoodTrade.size(), ' ');
    QCOMPARE(QByteArray::fromStdString(st.lastRejectSample[tl]), wantSample);
}

void TstDecoder::rejectReasonNames()
{
    QCOMPARE(QByteArray(fd::rejectReasonName(RejectReason::NotJson)), QByteArray("not_json"));
    QCOMPARE(QByteArray(fd::rejectReasonName(RejectReason::NotObject)), QByteArray("not_object"));
    QCOMPARE(QByteArray(fd::rejectReasonName(RejectReason::MissingField)), QByteArray("missing_field"));
    QCOMPARE(QByteArray(fd::rejectReasonName(RejectReason::WrongType)), QByteArray("wrong_type"));
    QCOMPARE(QByteArray(fd::rejectReasonName(RejectReason::OutOfRange)), QByteArray("out_of_range"));
    QCOMPARE(QByteArray(fd::rejectReasonName(RejectReason::TooLarge)), QByteArray("too_large"));
}

void TstDecoder::trailingZeroDecimals()
{
    fd::Decoder dec;
    fd::MarketEvent ev;
    // Binance spot scale (8 decimals), an exponent string for an L1 amount, and "0.000".
    const QByteArray l1 = frame("order_book_l1", "BinanceSpot", "btc", "Spot",
                                R"({"best_ask":{"amount":"1e-7","price":"92440.01000000"},)"
                                R"("best_bid":{"amount":"0.81234000","price":"92440.00000000"},)"
                                R"("last_update_time":"2025-12-12T10:00:00.148220931Z"})");
    QCOMPARE(dec.decode(sv(l1), ev), DecodeStatus::Event);
    QVERIFY(ev.hasBid && ev.hasAsk);
    QVERIFY(ev.bidPx == 92440.0);
    QVERIFY(ev.bidQty == 0.81234);
    QVERIFY(ev.askPx == 92440.01);
    QVERIFY(ev.askQty == 1e-7);

    // A zero price on an L1 side means "no quote" (Binance sends null for it).
    const QByteArray zeroAsk = frame("order_book_l1", "BinanceFuturesUsd", "btc", "Perpetual",
                                     R"({"best_ask":{"amount":"0.000","price":"0.00"},)"
                                     R"("best_bid":{"amount":"3.412","price":"92415.20"},)"
                                     R"("last_update_time":"2025-12-12T10:00:00.143Z"})");
    QCOMPARE(dec.decode(sv(zeroAsk), ev), DecodeStatus::Event);
    QVERIFY(ev.hasBid);
    QVERIFY(!ev.hasAsk);
    QVERIFY(ev.bidPx == 92415.2);

    // L2 "0", "0.000" and "0E-8" all decode as a zero (delete) level.
    const QByteArray l2 = frame("order_book_l2", "BybitPerpetualsUsd", "btc", "Perpetual",
                                R"({"Update":{"asks":{"levels":[{"amount":"0","price":"92415.30"},)"
                                R"({"amount":"0.000","price":"92415.40"},{"amount":"0E-8","price":"92415.50"}]},)"
                                R"("bids":{"levels":[{"amount":"12.50000000","price":"92415.20000000"}]},)"
                                R"("sequence":77,"time_engine":null}})");
    QCOMPARE(dec.decode(sv(l2), ev), DecodeStatus::Event);
    QCOMPARE(ev.asks.size(), size_t(3));
    for (const fd::Level &l : ev.asks)
        QVERIFY(l.qty == 0.0);
    QVERIFY(ev.asks[2].price == 92415.5);
    QCOMPARE(ev.bids.size(), size_t(1));
    QVERIFY(ev.bids[0].price == 92415.2);
    QVERIFY(ev.bids[0].qty == 12.5);
    QCOMPARE(quint64(ev.sequence), quint64(77));
}

void TstDecoder::exponentNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("field");      // 0 qty, 1 price, 2 oi notional, 3 rate, 4 cvd quote
    QTest::addColumn<double>("want");
    // Expected values are the decimal literal the JSON spells (compared exactly:
    // both simdjson and from_chars round correctly).
    QTest::newRow("trade amount 1e-7")
        << frame("trade", "BinanceFuturesUsd", "btc", "Perpetual",
                 R"({"amount":1e-7,"id":"1","price":92415.3,"side":"Buy"})")
        << 0 << 1e-7;
    QTest::newRow("trade amount 1.5E+2")
        << frame("trade", "BinanceFuturesUsd", "btc", "Perpetual",
                 R"({"amount":1.5E+2,"id":"1","price":92415.3,"side":"Buy"})")
        << 0 << 150.0;
    QTest::newRow("trade price 9.24153e4")
        << frame("trade", "BinanceFuturesUsd", "btc", "Perpetual",
                 R"({"amount":0.5,"id":"1","price":9.24153e4,"side":"Buy"})")
        << 1 << 92415.3;
    QTest::newRow("oi notional 1.2345678901234567e19")
        << frame("open_interest", "BybitPerpetualsUsd", "btc", "Perpetual",
                 R"({"contracts":1.0,"notional":1.2345678901234567e19,"time":null})")
        << 2 << 1.2345678901234567e19;
    QTest::newRow("funding rate -8.23e-5")
        << frame("funding_rate", "BinanceFuturesUsd", "btc", "Perpetual",
                 R"({"next_time":null,"rate":-8.23e-5,"time":null})")
        << 3 << -0.0000823;
    QTest::newRow("cvd quote -1.1411452281499994e6")
        << frame("cumulative_volume_delta", "BinanceFuturesUsd", "btc", "Perpetual",
                 R"({"delta_base":-1.2348000000000013e1,"delta_quote":-1.1411452281499994e6})")
        << 4 << -1141145.2281499994;
}

void TstDecoder::exponentNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(int, field);
    QFETCH(double, want);
    fd::Decoder dec;
    fd::MarketEvent ev;
    QCOMPARE(dec.decode(sv(json), ev), DecodeStatus::Event);
    double got = 0;
    switch (field) {
    case 0: got = ev.qty; break;
    case 1: got = ev.price; break;
    case 2: got = ev.oiNotional; break;
    case 3: got = ev.rate; break;
    case 4: got = ev.cvdQuote; break;
    }
    QVERIFY2(got == want, qPrintable(QString::number(got, 'g', 17)));
}

void TstDecoder::bigSequence_data()
{
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<quint64>("want");
    QTest::newRow("binance u") << QByteArray("9482216603991") << quint64(9482216603991ULL);
    // 2^53 + 1 = 9007199254740993 is not representable as a double.
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << quint64(9007199254740993ULL);
    QTest::newRow("2^63+1") << QByteArray("9223372036854775809") << quint64(9223372036854775809ULL);
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615") << quint64(18446744073709551615ULL);
    QTest::newRow("okx zero") << QByteArray("0") << quint64(0);
}

void TstDecoder::bigSequence()
{
    QFETCH(QByteArray, digits);
    QFETCH(quint64, want);
    const QByteArray data = R"({"Snapshot":{"asks":{"levels":[]},"bids":{"levels":[]},"sequence":)" + digits
                            + R"(,"time_engine":"2025-12-12T10:00:00.163Z"}})";
    fd::Decoder dec;
    fd::MarketEvent ev;
    ev.sequence = 12345; // must be overwritten
    QCOMPARE(dec.decode(sv(frame("order_book_l2", "BinanceFuturesUsd", "btc", "Perpetual", data.constData())), ev),
             DecodeStatus::Event);
    QVERIFY(ev.l2Snapshot);
    QVERIFY(ev.bids.empty());
    QVERIFY(ev.asks.empty());
    QCOMPARE(quint64(ev.sequence), want);
}

void TstDecoder::symbolCaseFolds()
{
    fd::Decoder dec;
    fd::MarketEvent ev;
    const char *data = R"({"amount":0.5,"id":"1","price":92415.3,"side":"Buy"})";
    QCOMPARE(dec.decode(sv(frame("trade", "BinanceFuturesUsd", "btc", "Perpetual", data)), ev), DecodeStatus::Event);
    const uint16_t lower = ev.symbol;
    QCOMPARE(dec.decode(sv(frame("trade", "BybitPerpetualsUsd", "BTC", "Perpetual", data)), ev), DecodeStatus::Event);
    const uint16_t upper = ev.symbol;
    QCOMPARE(dec.decode(sv(frame("trade", "Okx", "Btc", "Spot", data)), ev), DecodeStatus::Event);
    const uint16_t mixed = ev.symbol;
    QCOMPARE(upper, lower);
    QCOMPARE(mixed, lower);
    QCOMPARE(qs(dec.registry().symbolName(lower)), QStringLiteral("BTC"));
    QCOMPARE(dec.registry().symbolId("BTC"), int(lower));
    QCOMPARE(dec.registry().symbolCount(), size_t(1));
    QCOMPARE(dec.decode(sv(frame("trade", "BinanceFuturesUsd", "eth", "Perpetual", data)), ev), DecodeStatus::Event);
    QVERIFY(ev.symbol != lower);
    QCOMPARE(qs(dec.registry().symbolName(ev.symbol)), QStringLiteral("ETH"));
    QCOMPARE(dec.registry().symbolCount(), size_t(2));
}

void TstDecoder::unknownExchangePassesThrough()
{
    fd::Decoder dec;
    fd::MarketEvent ev;
    const char *data = R"({"amount":0.5,"id":"abc-1","price":92430.1,"side":"Sell"})";
    QCOMPARE(dec.decode(sv(frame("trade", "Coinbase", "btc", "Spot", data)), ev), DecodeStatus::Event);
    const uint16_t coinbaseVenue = ev.venue;
    const uint16_t coinbaseExchange = ev.exchange;
    QCOMPARE(qs(dec.registry().venueName(ev.venue)), QStringLiteral("Coinbase"));
    QCOMPARE(qs(dec.registry().exchangeName(ev.exchange)), QStringLiteral("Coinbase"));
    QVERIFY(ev.venue != fd::MarketRegistry::kBinance);
    QVERIFY(ev.venue != fd::MarketRegistry::kBybit);
    QVERIFY(ev.venue != fd::MarketRegistry::kOkx);
    QCOMPARE(dec.registry().venueCount(), size_t(4));
    QCOMPARE(ev.type, MarketType::Spot);
    QCOMPARE(ev.price, 92430.1);
    QCOMPARE(ev.qty, 0.5); // never scaled: only OKX perps are in contracts
    QCOMPARE(ev.side, Side::Sell);

    // Same name again: same ids, nothing new registered.
    QCOMPARE(dec.decode(sv(frame("trade", "Coinbase", "eth", "Spot", data)), ev), DecodeStatus::Event);
    QCOMPARE(ev.venue, coinbaseVenue);
    QCOMPARE(ev.exchange, coinbaseExchange);
    QCOMPARE(dec.registry().venueCount(), size_t(4));

    // Another unknown name is yet another venue; a known one still maps to its venue.
    QCOMPARE(dec.decode(sv(frame("trade", "GateioPerpetualsUsd", "btc", "Perpetual", data)), ev),
             DecodeStatus::Event);
    QCOMPARE(qs(dec.registry().venueName(ev.venue)), QStringLiteral("GateioPerpetualsUsd"));
    QVERIFY(ev.venue != coinbaseVenue);
    QCOMPARE(dec.registry().venueCount(), size_t(5));
    QCOMPARE(dec.decode(sv(frame("trade", "BybitSpot", "btc", "Spot", data)), ev), DecodeStatus::Event);
    QCOMPARE(ev.venue, fd::MarketRegistry::kBybit);
}

void TstDecoder::instrumentKindCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("instKind");
    QTest::addColumn<MarketType>("type");
    QTest::newRow("Perpetual") << QByteArray("Perpetual") << MarketType::Perp;
    QTest::newRow("perpetual") << QByteArray("perpetual") << MarketType::Perp;
    QTest::newRow("PERPETUAL") << QByteArray("PERPETUAL") << MarketType::Perp;
    QTest::newRow("Spot") << QByteArray("Spot") << MarketType::Spot;
    QTest::newRow("spot") << QByteArray("spot") << MarketType::Spot;
    QTest::newRow("SPOT") << QByteArray("SPOT") << MarketType::Spot;
}

void TstDecoder::instrumentKindCaseInsensitive()
{
    QFETCH(QByteArray, instKind);
    QFETCH(MarketType, type);
    fd::Decoder dec;
    fd::MarketEvent ev;
    ev.type = type == MarketType::Perp ? MarketType::Spot : MarketType::Perp; // must be overwritten
    QCOMPARE(dec.decode(sv(frame("trade", "BinanceFuturesUsd", "btc", instKind.constData(),
                                 R"({"amount":0.5,"id":"1","price":92415.3,"side":"Buy"})")),
                        ev),
             DecodeStatus::Event);
    QCOMPARE(ev.type, type);
}

void TstDecoder::keyOrderIndependent()
{
    // Same trade as line 2 with every object's keys in a different order.
    const QByteArray reordered = QByteArrayLiteral(
        R"({"data":{"side":"Sell","price":92415.3,"id":"6548213970","amount":0.035},"kind":"trade",)"
        R"("instrument":{"kind":"Perpetual","quote":"usdt","base":"btc"},"exchange":"BinanceFuturesUsd",)"
        R"("time_received":"2025-12-12T10:00:00.131052711Z","time_exchange":"2025-12-12T10:00:00.123Z"})");
    fd::Decoder dec;
    fd::MarketEvent ev;
    QCOMPARE(dec.decode(sv(reordered), ev), DecodeStatus::Event);
    checkGoodTrade(dec, ev);

    // Envelope with the payload first and the welcome with its keys reversed.
    const QByteArray env = "{\"payload\":" + kGoodTrade
                           + R"(,"time_sent":"2025-12-12T10:00:00.131101010Z","source":"x","schema_version":1})";
    QCOMPARE(dec.decode(sv(env), ev), DecodeStatus::Event);
    checkGoodTrade(dec, ev);
    QCOMPARE(dec.stats().envelopes, quint64(1));
    QCOMPARE(dec.decode(sv(QByteArrayLiteral(R"({"type":"welcome","timestamp":"2025-12-12T10:00:00Z"})")), ev),
             DecodeStatus::Welcome);
    QCOMPARE(dec.stats().welcomes, quint64(1));
}

void TstDecoder::nullableFields()
{
    fd::Decoder dec;
    fd::MarketEvent ev;

    // OI with notional and time null: notional NaN, OI time falls back to time_exchange.
    QCOMPARE(dec.decode(sv(frame("open_interest", "BinanceFuturesUsd", "xrp", "Perpetual",
                                 R"({"contracts":1000.5,"notional":null,"time":null})", "2025-12-12T09:59:58Z")),
                        ev),
             DecodeStatus::Event);
    QVERIFY(std::isnan(ev.oiNotional));
    QCOMPARE(qint64(ev.oiTimeNs), qint64(1765533598000000000LL));
    QCOMPARE(ev.oiWire, 1000.5);
    QCOMPARE(ev.oiBase, 1000.5);
    QCOMPARE(qs(dec.registry().symbolName(ev.symbol)), QStringLiteral("XRP"));

    // Funding with both times null.
    ev.hasFundingTime = ev.hasNextTime = true;
    QCOMPARE(dec.decode(sv(frame("funding_rate", "BybitPerpetualsUsd", "btc", "Perpetual",
                                 R"({"next_time":null,"rate":-0.0003,"time":null})")),
                        ev),
             DecodeStatus::Event);
    QVERIFY(!ev.hasFundingTime);
    QVERIFY(!ev.hasNextTime);
    QCOMPARE(ev.rate, -0.0003);

    // L1 with both sides null.
    ev.hasBid = ev.hasAsk = true;
    QCOMPARE(dec.decode(sv(frame("order_book_l1", "BybitPerpetualsUsd", "btc", "Perpetual",
                                 R"({"best_ask":null,"best_bid":null,"last_update_time":"2025-12-12T10:00:00.153Z"})")),
                        ev),
             DecodeStatus::Event);
    QVERIFY(!ev.hasBid);
    QVERIFY(!ev.hasAsk);

    // L1 with the bid null and the ask present (mirror of line 14).
    QCOMPARE(dec.decode(sv(frame("order_book_l1", "BybitPerpetualsUsd", "eth", "Perpetual",
                                 R"({"best_ask":{"amount":"2.5","price":"3250.12"},"best_bid":null,)"
                                 R"("last_update_time":"2025-12-12T10:00:00.153Z"})")),
                        ev),
             DecodeStatus::Event);
    QVERIFY(!ev.hasBid);
    QVERIFY(ev.hasAsk);
    QCOMPARE(ev.askPx, 3250.12);
    QCOMPARE(ev.askQty, 2.5);

    // OI notional present but null-like NaN never comes as a number; a real number is kept.
    QCOMPARE(dec.decode(sv(frame("open_interest", "BybitPerpetualsUsd", "btc", "Perpetual",
                                 R"({"contracts":5.0,"notional":460000.0,"time":"2025-12-12T10:00:00.223Z"})")),
                        ev),
             DecodeStatus::Event);
    QCOMPARE(ev.oiNotional, 460000.0);
    QCOMPARE(qint64(ev.oiTimeNs), qint64(1765533600223000000LL));
    QCOMPARE(dec.stats().rejectedTotal(), quint64(0));
}

void TstDecoder::unknownKindsCountedAndBounded()
{
    fd::Decoder dec;
    fd::MarketEvent ev;
    // A future kind with a data shape the decoder has never seen: ignored, never rejected.
    QCOMPARE(dec.decode(sv(QByteArrayLiteral(R"({"kind":"funding_heatmap","data":{"x":[1,{"y":null}]}})")), ev),
             DecodeStatus::Ignored);
    QCOMPARE(dec.decode(sv(QByteArrayLiteral(R"({"kind":"funding_heatmap","data":null})")), ev),
             DecodeStatus::Ignored);
    QCOMPARE(dec.stats().ignoredKinds.at("funding_heatmap"), quint64(2));
    QCOMPARE(dec.stats().rejectedTotal(), quint64(0));

    // 70 distinct names: the map stays bounded (64 names + one overflow bucket).
    fd::Decoder dec2;
    for (int i = 0; i < 70; ++i) {
        const QByteArray f = R"({"kind":"future_kind_)" + QByteArray::number(i) + R"(","data":null})";
        QCOMPARE(dec2.decode(sv(f), ev), DecodeStatus::Ignored);
    }
    QCOMPARE(dec2.stats().ignoredTotal(), quint64(70));
    QCOMPARE(dec2.stats().ignoredKinds.size(), size_t(65));
    QCOMPARE(dec2.stats().ignoredKinds.at("(more kinds)"), quint64(6));
    QCOMPARE(dec2.stats().rejectedTotal(), quint64(0));
}


namespace {
// The same JSON with the keys of every object in reverse order: `data` then
// comes before `kind`, which sends the decoder down its order-independent path.
QByteArray reversedKeys(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QByteArray out = "{";
        const QStringList keys = o.keys();
        for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
            if (out.size() > 1)
                out += ',';
            out += '"' + it->toUtf8() + "\":" + reversedKeys(o.value(*it));
        }
        return out + '}';
    }
    if (v.isArray()) {
        QByteArray out = "[";
        for (const QJsonValue &x : v.toArray()) {
            if (out.size() > 1)
                out += ',';
            out += reversedKeys(x);
        }
        return out + ']';
    }
    // Scalars: let Qt write them, through a one-element array ("[x]").
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

bool sameDouble(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// Every field the decoder fills, compared exactly.
QString eventDiff(const fd::MarketEvent &a, const fd::MarketEvent &b)
{
    QStringList d;
    auto chk = [&d](bool same, const char *name) {
        if (!same)
            d << QLatin1String(name);
    };
    chk(a.kind == b.kind, "kind");
    chk(a.type == b.type, "type");
    chk(a.exchange == b.exchange && a.venue == b.venue && a.symbol == b.symbol, "market");
    chk(a.timeExchangeNs == b.timeExchangeNs && a.timeReceivedNs == b.timeReceivedNs, "times");
    switch (a.kind) {
    case fd::EventKind::Trade:
    case fd::EventKind::Liquidation:
        chk(sameDouble(a.price, b.price) && sameDouble(a.qty, b.qty) && a.side == b.side
                && a.longLiquidated == b.longLiquidated,
            "trade/liquidation");
        break;
    case fd::EventKind::OpenInterest:
        chk(sameDouble(a.oiWire, b.oiWire) && sameDouble(a.oiBase, b.oiBase) && sameDouble(a.oiNotional, b.oiNotional)
                && a.oiTimeNs == b.oiTimeNs,
            "oi");
        break;
    case fd::EventKind::Cvd: chk(sameDouble(a.cvdBase, b.cvdBase) && sameDouble(a.cvdQuote, b.cvdQuote), "cvd"); break;
    case fd::EventKind::L1:
        chk(a.hasBid == b.hasBid && a.hasAsk == b.hasAsk, "l1 sides");
        chk(!a.hasBid || (a.bidPx == b.bidPx && a.bidQty == b.bidQty), "bid");
        chk(!a.hasAsk || (a.askPx == b.askPx && a.askQty == b.askQty), "ask");
        break;
    case fd::EventKind::L2: {
        auto same = [](const std::vector<fd::Level> &x, const std::vector<fd::Level> &y) {
            if (x.size() != y.size())
                return false;
            for (size_t i = 0; i < x.size(); ++i)
                if (x[i].price != y[i].price || x[i].qty != y[i].qty)
                    return false;
            return true;
        };
        chk(a.l2Snapshot == b.l2Snapshot && a.sequence == b.sequence, "l2 header");
        chk(same(a.bids, b.bids) && same(a.asks, b.asks), "l2 levels");
        break;
    }
    case fd::EventKind::Funding:
        chk(a.rate == b.rate && a.hasNextTime == b.hasNextTime && a.hasFundingTime == b.hasFundingTime
                && (!a.hasNextTime || a.nextTimeNs == b.nextTimeNs)
                && (!a.hasFundingTime || a.fundingTimeNs == b.fundingTimeNs),
            "funding");
        break;
    }
    return d.join(QLatin1Char(','));
}
} // namespace

// decode() reads the relay's own key order in one forward pass and anything
// else with find_field_unordered(). Each example line and 3,000 golden frames,
// decoded as sent and with every object's keys reversed, must give the same
// event (or the same status), field by field.
void TstDecoder::fastAndOrderIndependentPathsAgree()
{
    QList<QByteArray> frames = m_lines;
    QFile golden(QStringLiteral(FLOWDESK_SHARED_DIR "/testdata/golden/scenario.jsonl.gz"));
    QVERIFY(golden.exists());
    QVERIFY(fd::forEachLine(golden.fileName().toStdString(), [&frames](std::string_view l) {
        if (frames.size() < 3027 && !l.empty())
            frames << QByteArray(l.data(), qsizetype(l.size()));
    }));
    QVERIFY(frames.size() > 3000);

    fd::Decoder inOrder, reversed;
    fd::MarketEvent a, b;
    int events = 0;
    for (const QByteArray &f : frames) {
        const QJsonDocument doc = QJsonDocument::fromJson(f);
        QVERIFY(doc.isObject());
        const QByteArray rev = reversedKeys(doc.object());
        const DecodeStatus sa = inOrder.decode(sv(f), a);
        const DecodeStatus sb = reversed.decode(sv(rev), b);
        QVERIFY2(sa == sb, f.constData());
        if (sa != DecodeStatus::Event)
            continue;
        ++events;
        const QString diff = eventDiff(a, b);
        QVERIFY2(diff.isEmpty(), qPrintable(diff + QLatin1String(": ") + QString::fromUtf8(f)));
    }
    QVERIFY(events > 3000);
    QCOMPARE(inOrder.stats().events, reversed.stats().events);
    QCOMPARE(inOrder.stats().ignoredTotal(), reversed.stats().ignoredTotal());
    QCOMPARE(inOrder.stats().rejectedTotal(), quint64(0));
    QCOMPARE(reversed.stats().rejectedTotal(), quint64(0));
}

QTEST_APPLESS_MAIN(TstDecoder)
#include "tst_decoder.moc"
