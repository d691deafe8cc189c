#include "aggregator.h"

#include "core/stats.h"

#include <algorithm>
#include <cmath>

namespace fd {

namespace {
constexpr size_t kMaxLargeOrders = 2000;
constexpr size_t kMaxLiqsPerSymbol = 20000;
constexpr size_t kMaxResets = 64;
constexpr int64_t kLiqKeepSec = 900;

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b)) + 0.01;
}

int crossings(double before, double after, double tier)
{
    return before < tier && after >= tier ? 1 : 0;
}
} // namespace

TradeBucket &TradeBucket::operator+=(const TradeBucket &o)
{
    buyUsd += o.buyUsd;
    sellUsd += o.sellUsd;
    buyQty += o.buyQty;
    sellQty += o.sellQty;
    maxOrderUsd = std::max(maxOrderUsd, o.maxOrderUsd);
    sumLogOrder += o.sumLogOrder;
    sumLog2Order += o.sumLog2Order;
    liqLongUsd += o.liqLongUsd;
    liqShortUsd += o.liqShortUsd;
    buyPrints += o.buyPrints;
    sellPrints += o.sellPrints;
    buyOrders += o.buyOrders;
    sellOrders += o.sellOrders;
    ge100k += o.ge100k;
    ge500k += o.ge500k;
    ge5m += o.ge5m;
    upTicks += o.upTicks;
    downTicks += o.downTicks;
    liqLongCount += o.liqLongCount;
    liqShortCount += o.liqShortCount;
    return *this;
}

Aggregator::Aggregator(const MarketRegistry &registry, MetricSettings settings)
    : m_registry(registry)
    , m_settings(std::move(settings))
{
}

int Aggregator::marketIndex(uint16_t venue, uint16_t symbol, MarketType type) const
{
    const size_t key = (static_cast<size_t>(symbol) * MarketRegistry::kMaxVenues + venue) * 2 + static_cast<size_t>(type);
    return key < m_marketIndex.size() ? m_marketIndex[key] : -1;
}

SymbolState &Aggregator::symbolState(uint16_t symbol)
{
    if (symbol >= m_symbolIndex.size()) {
        m_symbolIndex.resize(symbol + 1u, -1);
        m_outlierThreshold.resize(symbol + 1u, kNaN);
    }
    if (m_symbolIndex[symbol] < 0) {
        m_symbolIndex[symbol] = static_cast<int>(m_symbols.size());
        m_symbols.emplace_back();
        m_symbols.back().symbol = symbol;
    }
    return m_symbols[static_cast<size_t>(m_symbolIndex[symbol])];
}

MarketState &Aggregator::market(const MarketEvent &e)
{
    const size_t key = (static_cast<size_t>(e.symbol) * MarketRegistry::kMaxVenues + e.venue) * 2
                       + static_cast<size_t>(e.type);
    if (key >= m_marketIndex.size())
        m_marketIndex.resize(key + 1, -1);
    int &idx = m_marketIndex[key];
    if (idx < 0) {
        idx = static_cast<int>(m_markets.size());
        auto m = std::make_unique<MarketState>();
        m->venue = e.venue;
        m->symbol = e.symbol;
        m->exchange = e.exchange;
        m->type = e.type;
        m_markets.push_back(std::move(m));
        symbolState(e.symbol).markets.push_back(idx);
    }
    return *m_markets[static_cast<size_t>(idx)];
}

void Aggregator::apply(const MarketEvent &e)
{
    ++m_events;
    MarketState &m = market(e);
    switch (e.kind) {
    case EventKind::Trade:
        advanceClock(e.timeExchangeNs);
        onTrade(m, e);
        break;
    case EventKind::Liquidation:
        advanceClock(e.timeExchangeNs);
        onLiquidation(m, e);
        break;
    case EventKind::L1:
        advanceClock(e.timeExchangeNs);
        onL1(m, e);
        break;
    case EventKind::OpenInterest: onOpenInterest(m, e); break;
    case EventKind::Cvd: onCvd(m, e); break;
    case EventKind::L2: onL2(m, e); break;
    case EventKind::Funding: onFunding(m, e); break;
    }
}

// The clock moves only on trades, quotes and liquidations (METRICS.md §0):
// OKX stamps funding hours ahead. Crossing whole seconds runs the sampler, so
// the per-second series depend on event time only, never on arrival speed.
void Aggregator::advanceClock(int64_t ns)
{
    if (ns <= m_clockNs)
        return;
    const int64_t b = bucketSecond(ns);
    const bool newSecond = m_clockNs == 0 || b != bucketSecond(m_clockNs);
    if (m_clockNs == 0)
        m_lastSampledSec = b - 1;
    int64_t from = std::max(m_lastSampledSec + 1, b - 1 - 3700);
    for (int64_t s = from; s < b; ++s)
        sampleSecond(s, s == b - 1);
    m_lastSampledSec = std::max(m_lastSampledSec, b - 1);
    m_clockNs = ns;
    if (newSecond)
        for (SymbolState &s : m_symbols)
            expireProfile(s, b);
}

// A print into its second's slot and into each window that still holds that second.
void Aggregator::addToProfile(SymbolState &s, int64_t sec, double price, double usd, bool buy)
{
    ProfileState &p = s.profile;
    if (p.step <= 0) {
        if (!(price > 0) || !std::isfinite(price))
            return;
        p.step = niceStep(price * kProfileStepFraction);
        if (!(p.step > 0) || !std::isfinite(p.step)) {
            p.step = 0;
            return;
        }
    }
    if (p.ring.empty()) { // the windows start at the clock's second
        p.ring.resize(ProfileState::kSlots);
        const int64_t now = bucketSecond(m_clockNs);
        for (int w = 0; w < kProfileCount; ++w)
            p.removedUpTo[w] = now - kProfileSec[w];
    }
    if (sec <= p.removedUpTo[kProfileCount - 1])
        return; // older than the longest window
    ProfileState::Slot &slot = p.ring[static_cast<size_t>(sec & (ProfileState::kSlots - 1))];
    if (slot.sec != sec) { // the slot's old second left every window long ago
        slot.sec = sec;
        slot.entries.clear();
    }
    const int64_t k = clusterBucket(price, p.step);
    auto it = std::find_if(slot.entries.begin(), slot.entries.end(), [k](const auto &x) { return x.bucket == k; });
    if (it == slot.entries.end()) {
        if (slot.entries.size() >= ProfileState::kMaxPerSecond) {
            ++p.dropped;
            return;
        }
        slot.entries.push_back({k, {}});
        it = slot.entries.end() - 1;
    }
    auto add = [&](ProfileCell &c) {
        (buy ? c.buyUsd : c.sellUsd) += usd;
        ++c.prints;
    };
    add(it->cell);
    for (int w = 0; w < kProfileCount; ++w)
        if (sec > p.removedUpTo[w])
            add(p.window[w][k]);
}

// Takes the seconds that left each window (t − W, t] out of its running sums.
void Aggregator::expireProfile(SymbolState &s, int64_t nowSec)
{
    ProfileState &p = s.profile;
    if (p.ring.empty())
        return;
    for (int w = 0; w < kProfileCount; ++w) {
        const int64_t upTo = nowSec - kProfileSec[w];
        int64_t &done = p.removedUpTo[w];
        if (upTo <= done)
            continue;
        auto &cells = p.window[w];
        if (upTo - done >= ProfileState::kSlots) { // a jump past the whole ring: everything left
            cells.clear();
            done = upTo;
            continue;
        }
        for (int64_t sec = done + 1; sec <= upTo; ++sec) {
            const ProfileState::Slot &slot = p.ring[static_cast<size_t>(sec & (ProfileState::kSlots - 1))];
            if (slot.sec != sec)
                continue;
            for (const auto &e : slot.entries) {
                auto it = cells.find(e.bucket);
                if (it == cells.end())
                    continue;
                ProfileCell &c = it->second;
                c.buyUsd -= e.cell.buyUsd;
                c.sellUsd -= e.cell.sellUsd;
                c.prints -= e.cell.prints;
                if (c.prints <= 0)
                    cells.erase(it);
            }
        }
        done = upTo;
    }
}

double Aggregator::referencePrice(const SymbolState &s, MarketType type, int64_t atNs, bool *fromL1) const
{
    double mids[MarketRegistry::kMaxVenues];
    size_t n = 0;
    const auto fresh = static_cast<int64_t>(m_settings.l1FreshSec * kNsPerSec);
    const MarketState *lastTrade = nullptr;
    for (int idx : s.markets) {
        const MarketState &m = *m_markets[static_cast<size_t>(idx)];
        if (m.type != type)
            continue;
        if (m.hasBid && m.hasAsk && atNs - m.quoteNs < fresh && m.quoteNs <= atNs && n < MarketRegistry::kMaxVenues)
            mids[n++] = 0.5 * (m.bidPx + m.askPx);
        if (m.tradesSeen && (!lastTrade || m.lastTradeNs > lastTrade->lastTradeNs))
            lastTrade = &m;
    }
    if (fromL1)
        *fromL1 = n > 0;
    if (n > 0) {
        std::sort(mids, mids + n);
        return n % 2 ? mids[n / 2] : 0.5 * (mids[n / 2 - 1] + mids[n / 2]);
    }
    return lastTrade ? lastTrade->lastTradePrice : kNaN;
}

double Aggregator::outlierThreshold(uint16_t symbol) const
{
    return symbol < m_outlierThreshold.size() ? m_outlierThreshold[symbol] : kNaN;
}

void Aggregator::onTrade(MarketState &m, const MarketEvent &e)
{
    const double usd = e.price * e.qty;
    const int64_t sec = bucketSecond(e.timeExchangeNs);
    const int64_t ms = floorDiv(e.timeExchangeNs, kNsPerMs);
    const bool buy = e.side == Side::Buy;

    // Tick rule on this venue stream; a zero tick keeps the last direction.
    int dir = 0;
    if (m.tradesSeen > 0)
        dir = e.price > m.lastTradePrice ? 1 : (e.price < m.lastTradePrice ? -1 : m.lastDir);
    if (dir != 0) {
        m.streakLen = dir == m.streakDir ? m.streakLen + 1 : 1;
        m.streakDir = dir;
        m.lastDir = dir;
    }
    m.lastTradePrice = e.price;
    m.lastTradeNs = std::max(m.lastTradeNs, e.timeExchangeNs);
    if (m.tradesSeen == 0 || e.timeExchangeNs < m.firstTradeNs)
        m.firstTradeNs = e.timeExchangeNs;
    ++m.tradesSeen;
    m.tradeCvd += buy ? usd : -usd;
    // The relay sends one CVD frame per trade, after it; pair them in order.
    m.pendingTradeDeltas.push_back(buy ? usd : -usd);
    if (m.pendingTradeDeltas.size() > 256)
        m.pendingTradeDeltas.pop_front();

    // Taker order: consecutive prints of this market, same side, same millisecond.
    PendingOrder &o = m.order;
    const bool continues = o.active && o.side == e.side && o.ms == ms;
    const double before = continues ? o.usd : 0.0;
    if (!continues) {
        o = PendingOrder{};
        o.active = true;
        o.side = e.side;
        o.ms = ms;
        o.timeNs = e.timeExchangeNs;
        o.bucketSec = sec;
    }
    o.usd += usd;
    o.qty += e.qty;
    o.lastPrice = e.price;
    ++o.prints;
    const double after = o.usd;
    const double logAfter = std::log(std::max(after, 1e-9));
    const double logBefore = o.lastLog;
    o.lastLog = logAfter;
    const MetricSettings &st = m_settings;

    const bool ok = m.ring.apply(sec, [&](TradeBucket &b) {
        if (buy) {
            b.buyUsd += usd;
            b.buyQty += e.qty;
            ++b.buyPrints;
        } else {
            b.sellUsd += usd;
            b.sellQty += e.qty;
            ++b.sellPrints;
        }
        if (dir > 0)
            ++b.upTicks;
        else if (dir < 0)
            ++b.downTicks;
        if (!continues)
            ++(buy ? b.buyOrders : b.sellOrders);
        b.ge100k += crossings(before, after, st.tierLargeUsd);
        b.ge500k += crossings(before, after, st.tierWhaleUsd);
        b.ge5m += crossings(before, after, st.tierMegaUsd);
        b.maxOrderUsd = std::max(b.maxOrderUsd, after);
        if (continues) {
            b.sumLogOrder += logAfter - logBefore;
            b.sumLog2Order += logAfter * logAfter - logBefore * logBefore;
        } else {
            b.sumLogOrder += logAfter;
            b.sumLog2Order += logAfter * logAfter;
        }
    });
    if (!ok)
        ++m_lateDropped;
    if (m.type == MarketType::Perp)
        addToProfile(symbolState(m.symbol), sec, e.price, usd, buy);

    // Large orders and statistical outliers go to a bounded list for the whale panel.
    const double thr = outlierThreshold(m.symbol);
    const bool outlier = !std::isnan(thr) && after > thr;
    if (after >= st.tierLargeUsd || outlier) {
        const int64_t id = o.listIndex;
        if (id >= m_largePopped && id - m_largePopped < static_cast<int64_t>(m_largeOrders.size())) {
            TakerOrderRec &r = m_largeOrders[static_cast<size_t>(id - m_largePopped)];
            r.usd = after;
            r.qty = o.qty;
            r.price = o.lastPrice;
            r.prints = o.prints;
            r.outlier = r.outlier || outlier;
        } else if (id < 0) {
            TakerOrderRec r;
            r.ns = o.timeNs;
            r.market = marketIndex(m.venue, m.symbol, m.type);
            r.side = o.side;
            r.usd = after;
            r.qty = o.qty;
            r.price = o.lastPrice;
            r.prints = o.prints;
            r.outlier = outlier;
            o.listIndex = m_largePopped + static_cast<int64_t>(m_largeOrders.size());
            m_largeOrders.push_back(r);
            if (m_largeOrders.size() > kMaxLargeOrders) {
                m_largeOrders.pop_front();
                ++m_largePopped;
            }
        }
    }
}

void Aggregator::onLiquidation(MarketState &m, const MarketEvent &e)
{
    const double usd = e.price * e.qty;
    const bool isLong = e.longLiquidated;
    if (!m.ring.apply(bucketSecond(e.timeExchangeNs), [&](TradeBucket &b) {
            if (isLong) {
                b.liqLongUsd += usd;
                ++b.liqLongCount;
            } else {
                b.liqShortUsd += usd;
                ++b.liqShortCount;
            }
        }))
        ++m_lateDropped;
    SymbolState &s = symbolState(m.symbol);
    s.liqs.push_back({e.timeExchangeNs, m.venue, e.price, e.qty, usd, isLong});
    const int64_t keepFrom = m_clockNs - (kLiqKeepSec + 60) * kNsPerSec;
    while (!s.liqs.empty() && (s.liqs.size() > kMaxLiqsPerSymbol || s.liqs.front().ns < keepFrom))
        s.liqs.pop_front();
}

void Aggregator::onOpenInterest(MarketState &m, const MarketEvent &e)
{
    if (m.hasOi && e.timeExchangeNs < m.oiNs)
        return; // the latest sample per venue is by time_exchange
    m.hasOi = true;
    m.oiNs = e.timeExchangeNs;
    m.oiWire = e.oiWire;
    m.oiBase = e.oiBase;
    m.oiNotional = e.oiNotional;
    double usd = e.oiNotional;
    if (std::isnan(usd)) {
        const double ref = referencePrice(symbolState(m.symbol), MarketType::Perp, m_clockNs);
        usd = e.oiBase * ref; // NaN while no perp price is known
    }
    m.oiHistory.push_back({e.timeExchangeNs, e.oiBase, usd});
    const int64_t keepFrom = e.timeExchangeNs - 3700 * kNsPerSec;
    while (!m.oiHistory.empty() && (m.oiHistory.front().ns < keepFrom || m.oiHistory.size() > 8000))
        m.oiHistory.pop_front();
}

// The relay's CVD is a running total that restarts at 0 on every upstream
// reconnect: take its increments, and call it a reset when the new total is
// the paired trade's own delta while the increment is not (METRICS.md §3).
void Aggregator::onCvd(MarketState &m, const MarketEvent &e)
{
    const double total = e.cvdQuote;
    ++m.relayMessages;
    const bool paired = !m.pendingTradeDeltas.empty();
    const double tradeDelta = paired ? m.pendingTradeDeltas.front() : kNaN;
    if (paired)
        m.pendingTradeDeltas.pop_front();
    if (!m.relaySeen) {
        m.relaySeen = true;
        // Joining mid-stream: the total holds history from before we connected.
        m.relayAdjusted = !paired || near(total, tradeDelta) ? total : tradeDelta;
    } else {
        const double inc = total - m.relayLast;
        if (paired && !near(inc, tradeDelta) && near(total, tradeDelta)) {
            m.relayAdjusted += total;
            if (m.relayResets.size() < kMaxResets)
                m.relayResets.push_back(e.timeExchangeNs);
        } else {
            m.relayAdjusted += inc;
        }
    }
    m.relayLast = total;
}

void Aggregator::onL1(MarketState &m, const MarketEvent &e)
{
    // A null side clears that side until a later message sets it again.
    m.hasBid = e.hasBid;
    m.hasAsk = e.hasAsk;
    if (e.hasBid) {
        m.bidPx = e.bidPx;
        m.bidQty = e.bidQty;
    }
    if (e.hasAsk) {
        m.askPx = e.askPx;
        m.askQty = e.askQty;
    }
    m.quoteNs = e.timeExchangeNs;
    m.hasQuote = true;
}

void Aggregator::onL2(MarketState &m, const MarketEvent &e)
{
    if (e.l2Snapshot) {
        m.bids.clear();
        m.asks.clear();
        for (const Level &l : e.bids)
            if (l.qty > 0)
                m.bids[l.price] = l.qty;
        for (const Level &l : e.asks)
            if (l.qty > 0)
                m.asks[l.price] = l.qty;
        m.hasBook = true;
        m.bookSnapshotNs = e.timeExchangeNs;
        m.bookUpdates = 0;
        return;
    }
    if (!m.hasBook) {
        ++m.bookIgnored; // an Update before any Snapshot has nothing to apply to
        return;
    }
    // An Update carries absolute sizes; zero deletes the level.
    for (const Level &l : e.bids) {
        if (l.qty > 0)
            m.bids[l.price] = l.qty;
        else
            m.bids.erase(l.price);
    }
    for (const Level &l : e.asks) {
        if (l.qty > 0)
            m.asks[l.price] = l.qty;
        else
            m.asks.erase(l.price);
    }
    ++m.bookUpdates;
}

void Aggregator::onFunding(MarketState &m, const MarketEvent &e)
{
    // The latest frame per venue in stream order (OKX stamps times hours ahead).
    m.hasFunding = true;
    m.fundingRate = e.rate;
    m.fundingHasTime = e.hasFundingTime;
    m.fundingTimeNs = e.fundingTimeNs;
    m.fundingHasNext = e.hasNextTime;
    m.fundingNextNs = e.nextTimeNs;
    if (e.hasNextTime && e.nextTimeNs != m.lastDistinctNext) {
        if (m.lastDistinctNext != 0 && e.nextTimeNs > m.lastDistinctNext)
            m.fundingIntervalH = static_cast<double>(e.nextTimeNs - m.lastDistinctNext) / (3600.0 * kNsPerSec);
        m.lastDistinctNext = e.nextTimeNs;
    }
    m.fundingHistory.emplace_back(m_clockNs, e.rate);
    while (m.fundingHistory.size() > 2 && m.fundingHistory.front().first < m_clockNs - 7300 * kNsPerSec)
        m.fundingHistory.pop_front();
    if (m.fundingHistory.size() > 4000)
        m.fundingHistory.pop_front();
}

// State at the end of second `sec` (all events with time ≤ sec applied).
void Aggregator::sampleSecond(int64_t sec, bool latest)
{
    const int64_t tNs = sec * kNsPerSec;
    const auto fresh = static_cast<int64_t>(m_settings.l1FreshSec * kNsPerSec);
    for (auto &mp : m_markets) {
        MarketState &m = *mp;
        const bool ok = m.hasBid && m.hasAsk && tNs - m.quoteNs < fresh;
        m.mid.put(sec, ok ? 0.5 * (m.bidPx + m.askPx) : kNaN);
        const double q = m.bidQty + m.askQty;
        m.bidPressure.put(sec, ok && q > 0 ? static_cast<float>(100.0 * m.bidQty / q) : std::nanf(""));
    }
    for (SymbolState &s : m_symbols) {
        const double perp = referencePrice(s, MarketType::Perp, tNs);
        const double spot = referencePrice(s, MarketType::Spot, tNs);
        s.perpRef.put(sec, perp);
        s.spotRef.put(sec, spot);
        const double basis = (perp - spot) / spot * 100.0;
        s.basisPct.put(sec, basis);
        if (s.clusterStep == 0) {
            const double p = !std::isnan(perp) ? perp : spot;
            if (!std::isnan(p) && p > 0) {
                const std::string &name = m_registry.symbolName(s.symbol);
                auto it = m_settings.clusterStepOverride.find(name);
                if (it != m_settings.clusterStepOverride.end()) {
                    s.clusterStep = it->second;
                } else {
                    // The 1/2/5 × 10^k step nearest in log scale to 0.1 % of the price.
                    s.clusterStep = niceStep(p * m_settings.clusterStepFraction);
                }
            }
        }
        // Estimated funding: time-average premium since the last 8 h boundary.
        const int64_t period = floorDiv(sec, 8 * 3600);
        if (period != s.premiumPeriod) {
            s.premiumPeriod = period;
            s.premiumSum = 0;
            s.premiumCount = 0;
        }
        if (!std::isnan(basis)) {
            s.premiumSum += basis / 100.0;
            ++s.premiumCount;
        }
        // Remove estimated liquidation levels that price has traded through.
        if (!std::isnan(perp) && s.clusterStep > 0 && !s.estLevels.empty()) {
            for (auto it = s.estLevels.begin(); it != s.estLevels.end();) {
                const double low = static_cast<double>(it->first) * s.clusterStep;
                const double high = low + s.clusterStep;
                if (perp <= low)
                    it->second.first = 0; // longs below have been liquidated
                if (perp >= high)
                    it->second.second = 0; // shorts above likewise
                if (it->second.first <= 0 && it->second.second <= 0)
                    it = s.estLevels.erase(it);
                else
                    ++it;
            }
        }
        if (sec % 5 == 0) {
            s.fiveSecClose.put(sec / 5, perp);
            SymbolState::LiqSample ls{0, kNaN, 0};
            double spreadSum = 0;
            int spreadN = 0;
            int64_t prints = 0;
            for (int idx : s.markets) {
                const MarketState &m = *m_markets[static_cast<size_t>(idx)];
                if (m.hasBid && m.hasAsk && tNs - m.quoteNs < fresh) {
                    ls.tobUsd += m.bidPx * m.bidQty + m.askPx * m.askQty;
                    const double mid = 0.5 * (m.bidPx + m.askPx);
                    spreadSum += (m.askPx - m.bidPx) / mid * 1e4;
                    ++spreadN;
                }
                const TradeBucket b = m.ring.sum(sec - 60, sec);
                prints += b.buyPrints + b.sellPrints;
            }
            if (spreadN > 0 && spreadSum > 0)
                ls.invSpread = spreadN / spreadSum;
            ls.tradesPerS = static_cast<double>(prints) / 60.0;
            s.liquidity.put(sec / 5, ls);
        }
        if (sec % 60 == 0) {
            const int64_t minute = sec / 60;
            s.minuteClose.put(minute, perp);
            TradeBucket b{};
            for (int idx : s.markets) {
                const MarketState &m = *m_markets[static_cast<size_t>(idx)];
                if (m.type == MarketType::Perp)
                    b += m.ring.sum(sec - 60, sec);
            }
            const double tot = b.buyUsd + b.sellUsd;
            s.minuteImbalance.put(minute, tot > 0 ? (b.buyUsd - b.sellUsd) / tot * 100.0 : kNaN);
            double fsum = 0;
            int fn = 0;
            for (int idx : s.markets) {
                const MarketState &m = *m_markets[static_cast<size_t>(idx)];
                if (m.hasFunding) {
                    fsum += m.fundingRate;
                    ++fn;
                }
            }
            s.minuteFunding.put(minute, fn ? fsum / fn : kNaN);
            updateEstLevels(s, minute);
        }
    }
    // Outlier threshold per symbol: mean + kσ of log(order USD) over the last 15 min.
    // Only the newest second's value is ever used, so a catch-up over a gap skips it.
    if (!latest)
        return;
    for (size_t sym = 0; sym < m_symbolIndex.size(); ++sym) {
        if (m_symbolIndex[sym] < 0)
            continue;
        const SymbolState &s = m_symbols[static_cast<size_t>(m_symbolIndex[sym])];
        double sl = 0, sl2 = 0, n = 0;
        for (int idx : s.markets) {
            const TradeBucket b = m_markets[static_cast<size_t>(idx)]->ring.sum(sec - 900, sec);
            sl += b.sumLogOrder;
            sl2 += b.sumLog2Order;
            n += b.buyOrders + b.sellOrders;
        }
        double thr = kNaN;
        if (n >= 30) {
            const double mean = sl / n;
            const double var = std::max(0.0, sl2 / n - mean * mean);
            thr = std::exp(mean + m_settings.outlierSigma * std::sqrt(var));
        }
        m_outlierThreshold[sym] = thr;
    }
}

// METRICS.md §9: OI added during a 1 m bar opens positions at the bar VWAP,
// split by its taker buy share and spread over leverage tiers.
void Aggregator::updateEstLevels(SymbolState &s, int64_t minute)
{
    if (s.clusterStep <= 0)
        return;
    const int64_t sec = minute * 60;
    static constexpr double kLev[4] = {10, 25, 50, 100};
    static constexpr double kWeight[4] = {0.35, 0.3, 0.2, 0.15};
    double fallUsd = 0;
    for (int idx : s.markets) {
        MarketState &m = *m_markets[static_cast<size_t>(idx)];
        if (m.type != MarketType::Perp || !m.hasOi)
            continue;
        const double prev = m.oiAtLastMinute;
        m.oiAtLastMinute = m.oiBase;
        if (std::isnan(prev))
            continue;
        const TradeBucket b = m.ring.sum(sec - 60, sec);
        const double qty = b.buyQty + b.sellQty;
        double vwap = qty > 0 ? (b.buyUsd + b.sellUsd) / qty : referencePrice(s, MarketType::Perp, sec * kNsPerSec);
        if (std::isnan(vwap) || vwap <= 0)
            continue;
        const double dUsd = (m.oiBase - prev) * vwap;
        if (dUsd < 0) {
            fallUsd += -dUsd;
            continue;
        }
        const double tot = b.buyUsd + b.sellUsd;
        const double buyShare = tot > 0 ? b.buyUsd / tot : 0.5;
        for (int i = 0; i < 4; ++i) {
            const double longPx = vwap * (1 - 1 / kLev[i]);
            const double shortPx = vwap * (1 + 1 / kLev[i]);
            s.estLevels[clusterBucket(longPx, s.clusterStep)].first += dUsd * buyShare * kWeight[i];
            s.estLevels[clusterBucket(shortPx, s.clusterStep)].second
                += dUsd * (1 - buyShare) * kWeight[i];
        }
    }
    if (fallUsd > 0) {
        double total = 0;
        for (const auto &[k, v] : s.estLevels)
            total += v.first + v.second;
        const double keep = total > 0 ? std::max(0.0, 1.0 - fallUsd / total) : 0.0;
        for (auto &[k, v] : s.estLevels) {
            v.first *= keep;
            v.second *= keep;
        }
    }
    if (s.estLevels.size() > 4000) // bounded: drop the smallest-index (farthest below) levels
        while (s.estLevels.size() > 4000)
            s.estLevels.erase(s.estLevels.begin());
}

} // namespace fd
