#include "decoder.h"

#include "util/timeutil.h"

#include <charconv>
#include <cstring>
#include <simdjson.h>

namespace fd {

namespace od = simdjson::ondemand;
using simdjson::error_code;

const char *rejectReasonName(RejectReason r)
{
    switch (r) {
    case RejectReason::NotJson: return "not_json";
    case RejectReason::NotObject: return "not_object";
    case RejectReason::MissingField: return "missing_field";
    case RejectReason::WrongType: return "wrong_type";
    case RejectReason::OutOfRange: return "out_of_range";
    case RejectReason::TooLarge: return "too_large";
    case RejectReason::Count: break;
    }
    return "unknown";
}

double DecoderSettings::okxCtVal(std::string_view symbol) const
{
    if (auto it = ctValOverrides.find(symbol); it != ctValOverrides.end())
        return it->second;
    if (symbol == "BTC")
        return 0.01;
    if (symbol == "ETH")
        return 0.1;
    return 1.0; // SOL and any other base: OKX lists them at 1 (a setting per symbol)
}

uint64_t DecoderStats::rejectedTotal() const
{
    uint64_t n = 0;
    for (auto v : rejected)
        n += v;
    return n;
}

uint64_t DecoderStats::ignoredTotal() const
{
    uint64_t n = 0;
    for (const auto &[k, v] : ignoredKinds)
        n += v;
    return n;
}

struct Decoder::Impl {
    od::parser parser{32u << 20};
    std::vector<char> buf;
};

namespace {

// Internal failure carrier: the first problem wins and names the field.
struct Fail {
    RejectReason reason = RejectReason::NotJson;
    const char *detail = "";
};

RejectReason reasonFor(error_code e)
{
    switch (e) {
    case simdjson::NO_SUCH_FIELD: return RejectReason::MissingField;
    case simdjson::INCORRECT_TYPE:
    case simdjson::NUMBER_ERROR: return RejectReason::WrongType;
    case simdjson::NUMBER_OUT_OF_RANGE:
        return RejectReason::OutOfRange;
    default: return RejectReason::NotJson;
    }
}

bool parseDecimal(std::string_view s, double &out)
{
    if (s.empty() || s.size() > 64)
        return false;
    const char *b = s.data(), *e = s.data() + s.size();
    if (*b == '+')
        ++b;
    auto [p, ec] = std::from_chars(b, e, out, std::chars_format::general);
    return ec == std::errc() && p == e && std::isfinite(out);
}

// get_object() only peeks at the first byte, so "garbage" would look like a
// non-object value. NotObject only when the frame really is a JSON array or
// scalar; anything else is NotJson.
bool isNonObjectJson(od::document &doc)
{
    od::json_type t;
    if (doc.type().get(t))
        return false;
    switch (t) {
    case od::json_type::array: {
        od::array a;
        if (doc.get_array().get(a))
            return false;
        for (auto v : a)
            if (v.error())
                return false;
        return true;
    }
    case od::json_type::string: {
        std::string_view s;
        return !doc.get_string().get(s);
    }
    case od::json_type::number: {
        double x = 0;
        return !doc.get_double().get(x);
    }
    case od::json_type::boolean: {
        bool b = false;
        return !doc.get_bool().get(b);
    }
    case od::json_type::null: {
        bool n = false;
        return !doc.is_null().get(n) && n;
    }
    default: return false;
    }
}

enum class Got { Ok, Null, Missing };

// A number field: JSON number, or a decimal string (L1/L2 use rust_decimal strings).
// `null` (NaN/absent on the relay side) is Null; a missing key is Missing.
Got readNumber(od::object &o, const char *key, double &out, Fail &f)
{
    od::value v;
    error_code e = o.find_field_unordered(key).get(v);
    if (e == simdjson::NO_SUCH_FIELD)
        return Got::Missing;
    if (e) {
        f = {reasonFor(e), key};
        throw f;
    }
    od::json_type t;
    if (v.type().get(t)) {
        f = {RejectReason::NotJson, key};
        throw f;
    }
    switch (t) {
    case od::json_type::null: return Got::Null;
    case od::json_type::number:
        if (v.get_double().get(out) || !std::isfinite(out)) {
            f = {RejectReason::OutOfRange, key};
            throw f;
        }
        return Got::Ok;
    case od::json_type::string: {
        std::string_view s;
        if (v.get_string().get(s) || !parseDecimal(s, out)) {
            f = {RejectReason::WrongType, key};
            throw f;
        }
        return Got::Ok;
    }
    default: f = {RejectReason::WrongType, key}; throw f;
    }
}

double requireNumber(od::object &o, const char *key, Fail &f)
{
    double v = 0;
    switch (readNumber(o, key, v, f)) {
    case Got::Ok: return v;
    case Got::Null: f = {RejectReason::WrongType, key}; throw f;
    case Got::Missing: f = {RejectReason::MissingField, key}; throw f;
    }
    return v;
}

// String or null; Missing when the key is absent.
Got readString(od::object &o, const char *key, std::string_view &out, Fail &f)
{
    od::value v;
    error_code e = o.find_field_unordered(key).get(v);
    if (e == simdjson::NO_SUCH_FIELD)
        return Got::Missing;
    if (e) {
        f = {reasonFor(e), key};
        throw f;
    }
    bool isNull = false;
    if (!v.is_null().get(isNull) && isNull)
        return Got::Null;
    if (v.get_string().get(out)) {
        f = {RejectReason::WrongType, key};
        throw f;
    }
    return Got::Ok;
}

std::string_view requireString(od::object &o, const char *key, Fail &f)
{
    std::string_view s;
    if (readString(o, key, s, f) != Got::Ok) {
        f = {RejectReason::MissingField, key};
        throw f;
    }
    return s;
}

// Event times must lie in [1970-01-01, 2100-01-01): any two of them then differ
// by far less than 2^63 ns, so the aggregator's and the snapshot's time
// differences cannot overflow (fuzzing: a quote stamped 2250 against one stamped
// 1690 overflowed `atNs - quoteNs`). parseRfc3339 alone accepts ±292 years.
constexpr int64_t kMinEventNs = 0;
constexpr int64_t kMaxEventNs = 4'102'444'800LL * kNsPerSec; // 2100-01-01T00:00:00Z
constexpr int64_t kMaxClockLeadNs = 10LL * 60 * kNsPerSec;       // exchange time may lead receipt by ≤ 10 min

void checkTimeRange(int64_t ns, const char *key, Fail &f)
{
    if (ns < kMinEventNs || ns >= kMaxEventNs) {
        f = {RejectReason::OutOfRange, key};
        throw f;
    }
}

int64_t requireTime(od::object &o, const char *key, Fail &f)
{
    int64_t ns = 0;
    if (!parseRfc3339(requireString(o, key, f), ns)) {
        f = {RejectReason::WrongType, key};
        throw f;
    }
    checkTimeRange(ns, key, f);
    return ns;
}

bool optionalTime(od::object &o, const char *key, int64_t &ns, Fail &f)
{
    std::string_view s;
    if (readString(o, key, s, f) != Got::Ok)
        return false;
    int64_t t = 0;
    if (!parseRfc3339(s, t)) {
        f = {RejectReason::WrongType, key};
        throw f;
    }
    checkTimeRange(t, key, f);
    ns = t;
    return true;
}

// simdjson On Demand validates only what it reads. When a child object has junk
// after the last value read from it (`"instrument":{"base":"btc","kind":"Spot" 7}`),
// the parent's next find_field_unordered() starts inside the child, and the
// wrap-around loop of simdjson 3.0 then runs past the end of the parent
// (SIMDJSON_ASSUME: undefined behaviour; found by fuzzing, docs/fuzzing.md).
// So a child whose parent is searched again afterwards is finished first: an
// ordered search for a key that valid JSON cannot hold (a raw control byte)
// walks it to its closing brace checking every separator.
void finishObject(od::object &o, const char *what, Fail &f)
{
    od::value v;
    if (o.find_field("\x01").get(v) != simdjson::NO_SUCH_FIELD) {
        f = {RejectReason::NotJson, what};
        throw f;
    }
}

od::object requireObject(od::object &o, const char *key, Fail &f)
{
    od::object r;
    error_code e = o.find_field_unordered(key).get_object().get(r);
    if (e) {
        f = {reasonFor(e), key};
        throw f;
    }
    return r;
}

Side parseSide(std::string_view s, Fail &f)
{
    if (s == "Buy" || s == "buy" || s == "BUY")
        return Side::Buy;
    if (s == "Sell" || s == "sell" || s == "SELL")
        return Side::Sell;
    f = {RejectReason::OutOfRange, "side"};
    throw f;
}

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20))
            return false;
    return true;
}

bool icontains(std::string_view hay, std::string_view needle)
{
    if (needle.size() > hay.size())
        return false;
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i)
        if (iequals(hay.substr(i, needle.size()), needle))
            return true;
    return false;
}

// One L1 side: {amount, price} or null.
bool readL1Side(od::object &data, const char *key, double &px, double &qty, Fail &f)
{
    od::value v;
    error_code e = data.find_field_unordered(key).get(v);
    if (e == simdjson::NO_SUCH_FIELD)
        return false; // treated like null: that side is unknown
    if (e) {
        f = {reasonFor(e), key};
        throw f;
    }
    bool isNull = false;
    if (!v.is_null().get(isNull) && isNull)
        return false;
    od::object lvl;
    if (v.get_object().get(lvl)) {
        f = {RejectReason::WrongType, key};
        throw f;
    }
    px = requireNumber(lvl, "price", f);
    qty = requireNumber(lvl, "amount", f);
    finishObject(lvl, key, f);
    if (px < 0 || qty < 0) {
        f = {RejectReason::OutOfRange, key};
        throw f;
    }
    return px > 0; // Binance turns a zero price into null; treat zero the same way
}

void readLevels(od::object &book, const char *side, std::vector<Level> &out, double scale, Fail &f)
{
    out.clear();
    od::value sideV;
    error_code e = book.find_field_unordered(side).get(sideV);
    if (e == simdjson::NO_SUCH_FIELD)
        return;
    if (e) {
        f = {reasonFor(e), side};
        throw f;
    }
    od::object sideObj;
    if (sideV.get_object().get(sideObj)) {
        f = {RejectReason::WrongType, side};
        throw f;
    }
    od::array levels;
    e = sideObj.find_field_unordered("levels").get_array().get(levels);
    if (e) {
        f = {reasonFor(e), "levels"};
        throw f;
    }
    for (auto item : levels) {
        od::object lvl;
        if (item.get_object().get(lvl)) {
            f = {RejectReason::WrongType, "level"};
            throw f;
        }
        Level l;
        l.price = requireNumber(lvl, "price", f);
        l.qty = requireNumber(lvl, "amount", f) * scale;
        finishObject(lvl, "level", f);
        if (l.price <= 0 || l.qty < 0) {
            f = {RejectReason::OutOfRange, "level"};
            throw f;
        }
        out.push_back(l);
    }
    finishObject(sideObj, side, f);
}

} // namespace

Decoder::Decoder(DecoderSettings settings)
    : m_settings(std::move(settings))
    , d(std::make_unique<Impl>())
{
}

Decoder::~Decoder() = default;

DecodeStatus Decoder::reject(RejectReason r, std::string_view frame, const char *detail)
{
    const auto i = static_cast<size_t>(r);
    ++m_stats.rejected[i];
    m_stats.lastRejectSample[i].assign(frame.substr(0, 512));
    m_stats.lastRejectDetail[i] = detail ? detail : "";
    return DecodeStatus::Rejected;
}

DecodeStatus Decoder::decode(std::string_view frame, MarketEvent &out)
{
    ++m_stats.frames;
    if (frame.size() > m_settings.maxFrameBytes)
        return reject(RejectReason::TooLarge, frame, "frame");
    auto &buf = d->buf;
    if (buf.size() < frame.size() + simdjson::SIMDJSON_PADDING)
        buf.resize(frame.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(buf.data(), frame.data(), frame.size());

    od::document doc;
    if (d->parser.iterate(buf.data(), frame.size(), buf.size()).get(doc))
        return reject(RejectReason::NotJson, frame, "document");
    od::object obj;
    if (error_code e = doc.get_object().get(obj))
        return reject(e == simdjson::INCORRECT_TYPE && isNonObjectJson(doc) ? RejectReason::NotObject
                                                                            : RejectReason::NotJson,
                      frame, "document");

    Fail f;
    try {
        od::value kindV;
        error_code e = obj.find_field_unordered("kind").get(kindV);
        if (e == simdjson::NO_SUCH_FIELD) {
            // Not a market message: an envelope (IDX WS_ENVELOPE) or the welcome.
            od::object payload;
            e = obj.find_field_unordered("payload").get_object().get(payload);
            if (!e) {
                ++m_stats.envelopes;
                obj = payload;
                e = obj.find_field_unordered("kind").get(kindV);
            } else if (e == simdjson::NO_SUCH_FIELD) {
                std::string_view type;
                if (readString(obj, "type", type, f) == Got::Ok && type == "welcome") {
                    ++m_stats.welcomes;
                    return DecodeStatus::Welcome;
                }
                return reject(RejectReason::MissingField, frame, "kind");
            } else {
                return reject(reasonFor(e), frame, "payload");
            }
        }
        if (e)
            return reject(reasonFor(e), frame, "kind");
        std::string_view kind;
        if (kindV.get_string().get(kind))
            return reject(RejectReason::WrongType, frame, "kind");

        EventKind k;
        if (kind == "trade")
            k = EventKind::Trade;
        else if (kind == "order_book_l1")
            k = EventKind::L1;
        else if (kind == "cumulative_volume_delta")
            k = EventKind::Cvd;
        else if (kind == "liquidation")
            k = EventKind::Liquidation;
        else if (kind == "open_interest")
            k = EventKind::OpenInterest;
        else if (kind == "order_book_l2")
            k = EventKind::L2;
        else if (kind == "funding_rate")
            k = EventKind::Funding;
        else {
            // Kinds the core does not use, and any future kind: counted, never an error.
            auto it = m_stats.ignoredKinds.find(kind);
            if (it != m_stats.ignoredKinds.end())
                ++it->second;
            else if (m_stats.ignoredKinds.size() < 64 && kind.size() <= 48)
                m_stats.ignoredKinds.emplace(std::string(kind), 1);
            else
                ++m_stats.ignoredKinds["(more kinds)"];
            return DecodeStatus::Ignored;
        }

        out.kind = k;
        out.timeExchangeNs = requireTime(obj, "time_exchange", f);
        out.timeReceivedNs = requireTime(obj, "time_received", f);
        // Trades, quotes and liquidations move the engine clock: one stamped far
        // ahead of the relay's own receive time would freeze every window until
        // real time caught up, so it is rejected (funding is legitimately ahead).
        if ((k == EventKind::Trade || k == EventKind::L1 || k == EventKind::Liquidation)
            && out.timeExchangeNs > out.timeReceivedNs + kMaxClockLeadNs)
            return reject(RejectReason::OutOfRange, frame, "time_exchange ahead of time_received");
        const std::string_view exchange = requireString(obj, "exchange", f);
        od::object instrument = requireObject(obj, "instrument", f);
        const std::string_view base = requireString(instrument, "base", f);
        const std::string_view instKind = requireString(instrument, "kind", f);
        finishObject(instrument, "instrument", f);

        uint16_t venue = 0;
        out.exchange = m_registry.exchange(exchange, venue);
        if (out.exchange == MarketRegistry::kInvalid)
            return reject(RejectReason::OutOfRange, frame, "exchange");
        out.venue = venue;
        out.symbol = m_registry.symbol(base);
        if (out.symbol == MarketRegistry::kInvalid)
            return reject(RejectReason::OutOfRange, frame, "instrument.base");
        if (iequals(instKind, "spot"))
            out.type = MarketType::Spot;
        else if (iequals(instKind, "perpetual") || icontains(instKind, "perp") || icontains(instKind, "swap"))
            out.type = MarketType::Perp;
        else
            return reject(RejectReason::OutOfRange, frame, "instrument.kind");

        const std::string &sym = m_registry.symbolName(out.symbol);
        const double scale = (venue == MarketRegistry::kOkx && out.type == MarketType::Perp
                              && m_settings.okxSizesInContracts)
                                 ? m_settings.okxCtVal(sym)
                                 : 1.0;

        od::object data = requireObject(obj, "data", f);
        switch (k) {
        case EventKind::Trade:
            out.price = requireNumber(data, "price", f);
            out.qty = requireNumber(data, "amount", f) * scale;
            out.side = parseSide(requireString(data, "side", f), f);
            if (!(out.price > 0) || !(out.qty > 0))
                return reject(RejectReason::OutOfRange, frame, "price/amount");
            break;
        case EventKind::Liquidation:
            out.price = requireNumber(data, "price", f);
            out.qty = requireNumber(data, "quantity", f) * scale;
            out.side = parseSide(requireString(data, "side", f), f);
            if (!(out.price > 0) || !(out.qty > 0))
                return reject(RejectReason::OutOfRange, frame, "price/quantity");
            // Binance and OKX send the liquidation order's side (Sell = a long was
            // liquidated); Bybit sends the position side (Buy = a long). METRICS.md §4.
            out.longLiquidated = venue == MarketRegistry::kBybit ? out.side == Side::Buy : out.side == Side::Sell;
            break;
        case EventKind::OpenInterest: {
            out.oiWire = requireNumber(data, "contracts", f);
            if (out.oiWire < 0)
                return reject(RejectReason::OutOfRange, frame, "contracts");
            out.oiBase = out.oiWire * scale;
            double n = 0;
            out.oiNotional = readNumber(data, "notional", n, f) == Got::Ok && n >= 0 ? n : kNaN;
            out.oiTimeNs = out.timeExchangeNs;
            optionalTime(data, "time", out.oiTimeNs, f);
            break;
        }
        case EventKind::Cvd:
            out.cvdBase = requireNumber(data, "delta_base", f) * scale;
            out.cvdQuote = requireNumber(data, "delta_quote", f) * scale;
            break;
        case EventKind::L1:
            out.hasBid = readL1Side(data, "best_bid", out.bidPx, out.bidQty, f);
            out.hasAsk = readL1Side(data, "best_ask", out.askPx, out.askQty, f);
            break;
        case EventKind::L2: {
            od::object book;
            bool found = false;
            for (auto field : data) {
                std::string_view key;
                if (field.unescaped_key().get(key))
                    return reject(RejectReason::NotJson, frame, "data");
                if (key == "Snapshot" || key == "Update") {
                    out.l2Snapshot = key == "Snapshot";
                    if (field.value().get_object().get(book))
                        return reject(RejectReason::WrongType, frame, "data");
                    found = true;
                    break;
                }
            }
            if (!found)
                return reject(RejectReason::MissingField, frame, "Snapshot|Update");
            readLevels(book, "bids", out.bids, scale, f);
            readLevels(book, "asks", out.asks, scale, f);
            uint64_t seq = 0;
            od::value seqV;
            if (!book.find_field_unordered("sequence").get(seqV))
                if (seqV.get_uint64().get(seq)) // informative only; OKX sends 0
                    seq = 0;
            out.sequence = seq;
            break;
        }
        case EventKind::Funding: {
            out.rate = requireNumber(data, "rate", f);
            out.hasNextTime = optionalTime(data, "next_time", out.nextTimeNs, f);
            out.hasFundingTime = optionalTime(data, "time", out.fundingTimeNs, f);
            if (std::abs(out.rate) > 1.0)
                return reject(RejectReason::OutOfRange, frame, "rate");
            break;
        }
        }
    } catch (const Fail &fail) {
        return reject(fail.reason, frame, fail.detail);
    }
    ++m_stats.events;
    return DecodeStatus::Event;
}

} // namespace fd
