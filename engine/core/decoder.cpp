#include "decoder.h"

#include "util/timeutil.h"

#include <QtGlobal> // QT_TRANSLATE_NOOP: reject reasons are shown in Feed Health
#include <algorithm>
#include <charconv>
#include <cstring>
#include <simdjson.h>

namespace fd {

namespace od = simdjson::ondemand;
using simdjson::error_code;

const char *rejectReasonName(RejectReason r)
{
    switch (r) {
    case RejectReason::NotJson: return QT_TRANSLATE_NOOP("Metrics", "not_json");
    case RejectReason::NotObject: return QT_TRANSLATE_NOOP("Metrics", "not_object");
    case RejectReason::MissingField: return QT_TRANSLATE_NOOP("Metrics", "missing_field");
    case RejectReason::WrongType: return QT_TRANSLATE_NOOP("Metrics", "wrong_type");
    case RejectReason::OutOfRange: return QT_TRANSLATE_NOOP("Metrics", "out_of_range");
    case RejectReason::TooLarge: return QT_TRANSLATE_NOOP("Metrics", "too_large");
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
    simdjson::dom::parser dom{32u << 20}; // full validation for the order-independent path
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


bool kindOf(std::string_view kind, EventKind &k);

// Instrument kind → market type (Spot, Perpetual, or anything naming a perp/swap).
bool marketTypeOf(std::string_view instKind, MarketType &type)
{
    if (iequals(instKind, "spot"))
        type = MarketType::Spot;
    else if (iequals(instKind, "perpetual") || icontains(instKind, "perp") || icontains(instKind, "swap"))
        type = MarketType::Perp;
    else
        return false;
    return true;
}

// OKX perp sizes arrive in contracts when the relay profile says so (METRICS.md §0).
double contractScale(const DecoderSettings &s, const MarketRegistry &reg, uint16_t venue, MarketType type,
                     uint16_t symbol)
{
    return venue == MarketRegistry::kOkx && type == MarketType::Perp && s.okxSizesInContracts
               ? s.okxCtVal(reg.symbolName(symbol))
               : 1.0;
}
// ---------------------------------------------------------------------------
// Fast path. The relay writes every market message in one order
// (time_exchange, time_received, exchange, instrument, kind, data; data keys in
// alphabetical order), so one forward pass over the fields reads everything
// without the key searches and wrap-arounds of find_field_unordered() (they were
// ~40 % of decode time). It only ever says "decoded" or "ignored"; on anything
// unusual — a simdjson error, a missing, duplicate or null field, data before
// kind, a value the checks refuse — it gives up and decode() re-parses the frame
// with the order-independent path, which then names the reject reason. So the
// two paths cannot disagree on a reject, and the fast path never touches the
// document after an error (simdjson On Demand forbids that).

// Equality with a literal of compile-time length: inlined, no library memcmp.
template <size_t N>
bool eq(std::string_view s, const char (&lit)[N])
{
    return s.size() == N - 1 && __builtin_memcmp(s.data(), lit, N - 1) == 0;
}

// Key comparison with the literal's length known at compile time, so the
// compare is inlined (a library memcmp per key cost ~6 % of decode).
template <size_t N>
bool keyIs(const od::raw_json_string &k, const char (&lit)[N])
{
    return __builtin_memcmp(k.raw(), lit, N - 1) == 0 && k.raw()[N - 1] == '"';
}

// The body of a string value straight from the input buffer: no unescaping
// copy, and the value is only peeked at. The body may hold escapes, so this is
// for values whose consumer refuses or cannot match a backslash (times, kinds,
// sides, bases, decimals); `textString` is for free text.
bool rawString(od::value &v, std::string_view &out)
{
    std::string_view tok = v.raw_json_token(); // `"…"` plus any spaces up to the next token
    while (!tok.empty() && tok.back() != '"')
        tok.remove_suffix(1);
    if (tok.size() < 2 || tok.front() != '"')
        return false;
    out = tok.substr(1, tok.size() - 2);
    return true;
}

// Stage 1 already refused raw control bytes inside strings (UNESCAPED_CHARS).
bool hasEscape(std::string_view s) { return std::memchr(s.data(), '\\', s.size()) != nullptr; }

bool textString(od::value &v, std::string_view &out)
{
    return (rawString(v, out) && !hasEscape(out)) || !v.get_string().get(out);
}

// A number or decimal string, finite; anything else (null included) fails.
bool fastNumber(od::value &v, double &out)
{
    const std::string_view tok = v.raw_json_token();
    if (tok.empty())
        return false;
    if (tok.front() == '"') {
        std::string_view s;
        return rawString(v, s) && parseDecimal(s, out);
    }
    if (tok.front() != '-' && (tok.front() < '0' || tok.front() > '9'))
        return false;
    return !v.get_double().get(out) && std::isfinite(out);
}

// Optional time: null leaves `has` false; a string must parse and lie in range.
bool fastOptionalTime(od::value &v, bool &has, int64_t &ns)
{
    od::json_type t;
    if (v.type().get(t))
        return false;
    if (t == od::json_type::null) {
        bool isNull = false;
        return !v.is_null().get(isNull) && isNull;
    }
    std::string_view s;
    int64_t x = 0;
    if (t != od::json_type::string || !rawString(v, s) || !parseRfc3339(s, x) || x < kMinEventNs
        || x >= kMaxEventNs)
        return false;
    has = true;
    ns = x;
    return true;
}

// {"amount":…,"price":…} (L1 side or L2 level), any key order, extra keys skipped.
bool fastLevel(od::value &v, double &px, double &qty)
{
    od::object o;
    if (v.get_object().get(o))
        return false;
    bool gotPx = false, gotQty = false;
    for (auto fr : o) {
        if (fr.error())
            return false;
        od::field &fl = fr.value_unsafe(); // by reference: copying it stalls store forwarding
        const od::raw_json_string k = fl.key();
        if (keyIs(k, "amount")) {
            if (gotQty || !fastNumber(fl.value(), qty))
                return false;
            gotQty = true;
        } else if (keyIs(k, "price")) {
            if (gotPx || !fastNumber(fl.value(), px))
                return false;
            gotPx = true;
        }
    }
    return gotPx && gotQty;
}

bool fastL1Side(od::value &v, bool &has, double &px, double &qty)
{
    od::json_type t;
    if (v.type().get(t))
        return false;
    if (t == od::json_type::null) {
        bool isNull = false;
        has = false;
        return !v.is_null().get(isNull) && isNull;
    }
    if (!fastLevel(v, px, qty) || px < 0 || qty < 0)
        return false;
    has = px > 0;
    return true;
}

bool fastLevels(od::value &v, std::vector<Level> &out, double scale)
{
    od::object side;
    if (v.get_object().get(side))
        return false;
    bool gotLevels = false;
    for (auto fr : side) {
        if (fr.error())
            return false;
        od::field &fl = fr.value_unsafe();
        if (!keyIs(fl.key(), "levels"))
            continue;
        od::array arr;
        if (gotLevels || fl.value().get_array().get(arr))
            return false;
        gotLevels = true;
        for (auto item : arr) {
            if (item.error())
                return false;
            od::value &lv = item.value_unsafe();
            Level l;
            if (!fastLevel(lv, l.price, l.qty))
                return false;
            l.qty *= scale;
            if (l.price <= 0 || l.qty < 0)
                return false;
            out.push_back(l);
        }
    }
    return gotLevels;
}

bool fastBook(od::value &v, MarketEvent &out, double scale)
{
    od::object book;
    if (v.get_object().get(book))
        return false;
    bool gotAsks = false, gotBids = false, gotSeq = false;
    out.sequence = 0;
    for (auto fr : book) {
        if (fr.error())
            return false;
        od::field &fl = fr.value_unsafe();
        const od::raw_json_string k = fl.key();
        if (keyIs(k, "asks")) {
            if (gotAsks || !fastLevels(fl.value(), out.asks, scale))
                return false;
            gotAsks = true;
        } else if (keyIs(k, "bids")) {
            if (gotBids || !fastLevels(fl.value(), out.bids, scale))
                return false;
            gotBids = true;
        } else if (keyIs(k, "sequence")) {
            // Informative only (OKX sends 0): anything but a plain u64 is 0, as
            // on the slow path, and is skipped unread.
            std::string_view tok = fl.value().raw_json_token();
            while (!tok.empty() && (tok.back() == ' ' || tok.back() == '\t' || tok.back() == '\n' || tok.back() == '\r'))
                tok.remove_suffix(1);
            const bool plainU64 = !tok.empty() && tok.size() <= 20
                                  && std::all_of(tok.begin(), tok.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (gotSeq || (plainU64 && fl.value().get_uint64().get(out.sequence)))
                return false;
            gotSeq = true;
        }
    }
    return true;
}

// The `data` object of a used kind. Every required key exactly once.
bool fastData(od::value &v, EventKind k, MarketEvent &out, double scale, uint16_t venue)
{
    if (k == EventKind::L2) {
        od::object data;
        if (v.get_object().get(data))
            return false;
        bool found = false;
        out.bids.clear();
        out.asks.clear();
        for (auto fr : data) {
            if (fr.error())
                return false;
            od::field &fl = fr.value_unsafe();
            const od::raw_json_string key = fl.key();
            const bool snap = keyIs(key, "Snapshot");
            if (!snap && !keyIs(key, "Update"))
                continue;
            if (found || !fastBook(fl.value(), out, scale))
                return false;
            out.l2Snapshot = snap;
            found = true;
        }
        return found;
    }
    od::object data;
    if (v.get_object().get(data))
        return false;
    // Bit per required key; `need` lists the ones this kind must have.
    enum : unsigned { Price = 1, Amount = 2, Side_ = 4, Contracts = 8, DBase = 16, DQuote = 32, Rate = 64 };
    unsigned got = 0, need = 0;
    std::string_view side;
    switch (k) {
    case EventKind::Trade: need = Price | Amount | Side_; break;
    case EventKind::Liquidation: need = Price | Amount | Side_; break;
    case EventKind::OpenInterest:
        need = Contracts;
        out.oiNotional = kNaN;
        out.oiTimeNs = out.timeExchangeNs;
        break;
    case EventKind::Cvd: need = DBase | DQuote; break;
    case EventKind::L1:
        out.hasBid = out.hasAsk = false;
        break;
    case EventKind::Funding:
        need = Rate;
        out.hasNextTime = out.hasFundingTime = false;
        break;
    case EventKind::L2: return false;
    }
    unsigned seen = 0; // optional keys, for duplicate detection
    auto once = [](unsigned &mask, unsigned bit) {
        if (mask & bit)
            return false;
        mask |= bit;
        return true;
    };
    for (auto fr : data) {
        if (fr.error())
            return false;
        od::field &fl = fr.value_unsafe();
        const od::raw_json_string key = fl.key();
        od::value &val = fl.value();
        switch (k) {
        case EventKind::Trade:
        case EventKind::Liquidation:
            if (keyIs(key, "price")) {
                if (!once(got, Price) || !fastNumber(val, out.price))
                    return false;
            } else if (k == EventKind::Trade ? keyIs(key, "amount") : keyIs(key, "quantity")) {
                if (!once(got, Amount) || !fastNumber(val, out.qty))
                    return false;
            } else if (keyIs(key, "side")) {
                if (!once(got, Side_) || !rawString(val, side))
                    return false;
            }
            break;
        case EventKind::OpenInterest:
            if (keyIs(key, "contracts")) {
                if (!once(got, Contracts) || !fastNumber(val, out.oiWire))
                    return false;
            } else if (keyIs(key, "notional")) {
                od::json_type t;
                if (!once(seen, 1) || val.type().get(t))
                    return false;
                if (t == od::json_type::null) {
                    bool isNull = false;
                    if (val.is_null().get(isNull) || !isNull)
                        return false;
                } else {
                    double n = 0;
                    if (!fastNumber(val, n))
                        return false;
                    out.oiNotional = n >= 0 ? n : kNaN;
                }
            } else if (keyIs(key, "time")) {
                bool has = false;
                if (!once(seen, 2) || !fastOptionalTime(val, has, out.oiTimeNs))
                    return false;
            }
            break;
        case EventKind::Cvd:
            if (keyIs(key, "delta_base")) {
                if (!once(got, DBase) || !fastNumber(val, out.cvdBase))
                    return false;
            } else if (keyIs(key, "delta_quote")) {
                if (!once(got, DQuote) || !fastNumber(val, out.cvdQuote))
                    return false;
            }
            break;
        case EventKind::L1:
            if (keyIs(key, "best_ask")) {
                if (!once(seen, 1) || !fastL1Side(val, out.hasAsk, out.askPx, out.askQty))
                    return false;
            } else if (keyIs(key, "best_bid")) {
                if (!once(seen, 2) || !fastL1Side(val, out.hasBid, out.bidPx, out.bidQty))
                    return false;
            }
            break;
        case EventKind::Funding:
            if (keyIs(key, "rate")) {
                if (!once(got, Rate) || !fastNumber(val, out.rate))
                    return false;
            } else if (keyIs(key, "next_time")) {
                if (!once(seen, 1) || !fastOptionalTime(val, out.hasNextTime, out.nextTimeNs))
                    return false;
            } else if (keyIs(key, "time")) {
                if (!once(seen, 2) || !fastOptionalTime(val, out.hasFundingTime, out.fundingTimeNs))
                    return false;
            }
            break;
        case EventKind::L2: return false;
        }
    }
    if ((got & need) != need)
        return false;
    switch (k) {
    case EventKind::Trade:
    case EventKind::Liquidation:
        if (eq(side, "Buy") || eq(side, "buy") || eq(side, "BUY"))
            out.side = Side::Buy;
        else if (eq(side, "Sell") || eq(side, "sell") || eq(side, "SELL"))
            out.side = Side::Sell;
        else
            return false;
        out.qty *= scale;
        if (!(out.price > 0) || !(out.qty > 0))
            return false;
        if (k == EventKind::Liquidation)
            out.longLiquidated = venue == MarketRegistry::kBybit ? out.side == Side::Buy : out.side == Side::Sell;
        return true;
    case EventKind::OpenInterest:
        if (out.oiWire < 0)
            return false;
        out.oiBase = out.oiWire * scale;
        return true;
    case EventKind::Cvd:
        out.cvdBase *= scale;
        out.cvdQuote *= scale;
        return true;
    case EventKind::Funding: return std::abs(out.rate) <= 1.0;
    case EventKind::L1:
    case EventKind::L2: return true;
    }
    return false;
}

bool kindOf(std::string_view kind, EventKind &k)
{
    if (eq(kind, "trade"))
        k = EventKind::Trade;
    else if (eq(kind, "order_book_l1"))
        k = EventKind::L1;
    else if (eq(kind, "cumulative_volume_delta"))
        k = EventKind::Cvd;
    else if (eq(kind, "liquidation"))
        k = EventKind::Liquidation;
    else if (eq(kind, "open_interest"))
        k = EventKind::OpenInterest;
    else if (eq(kind, "order_book_l2"))
        k = EventKind::L2;
    else if (eq(kind, "funding_rate"))
        k = EventKind::Funding;
    else
        return false;
    return true;
}

enum class Fast { Event, Ignored, EnvelopedEvent, EnvelopedIgnored, Fallback };

// One forward pass over a market message (or an envelope around one).
Fast decodeFast(od::object &obj, MarketEvent &out, std::string_view &ignoredKind, bool allowEnvelope,
                MarketRegistry &registry, const DecoderSettings &settings)
{
    enum : unsigned { TE = 1, TR = 2, EX = 4, INST = 8, KIND = 16, DATA = 32, PAYLOAD = 64 };
    unsigned seen = 0;
    std::string_view te, tr, exchange, base, instKind, kind;
    EventKind k = EventKind::Trade;
    bool used = false;
    Fast enveloped = Fast::Fallback;
    auto once = [&seen](unsigned bit) {
        if (seen & bit)
            return false;
        seen |= bit;
        return true;
    };
    for (auto fr : obj) {
        if (fr.error())
            return Fast::Fallback;
        od::field &fl = fr.value_unsafe();
        const od::raw_json_string key = fl.key();
        od::value &val = fl.value();
        if (keyIs(key, "time_exchange")) {
            if (!once(TE) || !rawString(val, te))
                return Fast::Fallback;
        } else if (keyIs(key, "time_received")) {
            if (!once(TR) || !rawString(val, tr))
                return Fast::Fallback;
        } else if (keyIs(key, "exchange")) {
            if (!once(EX) || !textString(val, exchange))
                return Fast::Fallback;
        } else if (keyIs(key, "instrument")) {
            od::object inst;
            if (!once(INST) || val.get_object().get(inst))
                return Fast::Fallback;
            bool gotBase = false, gotKind = false;
            for (auto ifr : inst) {
                if (ifr.error())
                    return Fast::Fallback;
                od::field &ifl = ifr.value_unsafe();
                const od::raw_json_string ik = ifl.key();
                if (keyIs(ik, "base")) {
                    if (gotBase || !rawString(ifl.value(), base))
                        return Fast::Fallback;
                    gotBase = true;
                } else if (keyIs(ik, "kind")) {
                    if (gotKind || !rawString(ifl.value(), instKind))
                        return Fast::Fallback;
                    gotKind = true;
                }
            }
            if (!gotBase || !gotKind)
                return Fast::Fallback;
        } else if (keyIs(key, "kind")) {
            if (!once(KIND) || !rawString(val, kind))
                return Fast::Fallback;
            used = kindOf(kind, k);
            if (!used && hasEscape(kind))
                return Fast::Fallback; // counted under its unescaped name by the slow path
        } else if (keyIs(key, "data")) {
            if (!once(DATA) || !(seen & KIND))
                return Fast::Fallback; // data before kind: the slow path copes
            if (!used)
                continue; // an unused kind's data is never read
            if ((seen & (TE | TR | EX | INST)) != (TE | TR | EX | INST))
                return Fast::Fallback;
            // Same checks, in the same order, as the slow path (so the registry
            // learns the same names from the same frames).
            out.kind = k;
            if (!parseRfc3339(te, out.timeExchangeNs) || out.timeExchangeNs < kMinEventNs
                || out.timeExchangeNs >= kMaxEventNs || !parseRfc3339(tr, out.timeReceivedNs)
                || out.timeReceivedNs < kMinEventNs || out.timeReceivedNs >= kMaxEventNs)
                return Fast::Fallback;
            if ((k == EventKind::Trade || k == EventKind::L1 || k == EventKind::Liquidation)
                && out.timeExchangeNs > out.timeReceivedNs + kMaxClockLeadNs)
                return Fast::Fallback;
            uint16_t venue = 0;
            out.exchange = registry.exchange(exchange, venue);
            if (out.exchange == MarketRegistry::kInvalid)
                return Fast::Fallback;
            out.venue = venue;
            out.symbol = registry.symbol(base);
            if (out.symbol == MarketRegistry::kInvalid || !marketTypeOf(instKind, out.type))
                return Fast::Fallback;
            if (!fastData(val, k, out, contractScale(settings, registry, venue, out.type, out.symbol), venue))
                return Fast::Fallback;
        } else if (keyIs(key, "payload")) {
            // Envelope (RELAY_PROTOCOL §2): the message is the payload; the
            // wrapper's other fields are metadata.
            od::object payload;
            if (!allowEnvelope || seen || val.get_object().get(payload))
                return Fast::Fallback;
            enveloped = decodeFast(payload, out, ignoredKind, false, registry, settings);
            if (enveloped == Fast::Fallback)
                return Fast::Fallback;
            seen |= PAYLOAD;
        }
    }
    if (seen & PAYLOAD) {
        if (seen != PAYLOAD)
            return Fast::Fallback; // a message beside the payload: let the slow path decide
        return enveloped == Fast::Event ? Fast::EnvelopedEvent : Fast::EnvelopedIgnored;
    }
    if (!(seen & KIND))
        return Fast::Fallback; // welcome, or no kind at all
    if (!used) {
        ignoredKind = kind;
        return Fast::Ignored;
    }
    return (seen & DATA) ? Fast::Event : Fast::Fallback;
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

void Decoder::countIgnored(std::string_view kind)
{
    // Kinds the core does not use, and any future kind: counted, never an error.
    auto it = m_stats.ignoredKinds.find(kind);
    if (it != m_stats.ignoredKinds.end())
        ++it->second;
    else if (m_stats.ignoredKinds.size() < 64 && kind.size() <= 48)
        m_stats.ignoredKinds.emplace(std::string(kind), 1);
    else
        ++m_stats.ignoredKinds["(more kinds)"];
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

    std::string_view ignoredKind;
    switch (decodeFast(obj, out, ignoredKind, true, m_registry, m_settings)) {
    case Fast::EnvelopedEvent: ++m_stats.envelopes; [[fallthrough]];
    case Fast::Event: ++m_stats.events; return DecodeStatus::Event;
    case Fast::EnvelopedIgnored: ++m_stats.envelopes; [[fallthrough]];
    case Fast::Ignored: countIgnored(ignoredKind); return DecodeStatus::Ignored;
    case Fast::Fallback: break;
    }
    // Unusual frame (or a bad one). The order-independent path searches with
    // find_field_unordered(), whose wrap-around trusts that the object's
    // structure is sound: On Demand checks only what it reads, so a frame with an
    // object that never closes or a ':' where a ',' belongs sent it past the end
    // (fuzzing: UBSan "unreachable" in simdjson). The DOM parser checks the whole
    // grammar first; only a sound frame goes on.
    simdjson::dom::element root;
    if (const error_code e = d->dom.parse(buf.data(), frame.size(), false).get(root)) {
        const bool number = e == simdjson::NUMBER_ERROR || e == simdjson::NUMBER_OUT_OF_RANGE;
        return reject(number ? RejectReason::OutOfRange : RejectReason::NotJson, frame, number ? "number" : "document");
    }
    if (d->parser.iterate(buf.data(), frame.size(), buf.size()).get(doc) || doc.get_object().get(obj))
        return reject(RejectReason::NotJson, frame, "document");

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
        if (!kindOf(kind, k)) {
            countIgnored(kind);
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
        if (!marketTypeOf(instKind, out.type))
            return reject(RejectReason::OutOfRange, frame, "instrument.kind");
        const double scale = contractScale(m_settings, m_registry, venue, out.type, out.symbol);

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
