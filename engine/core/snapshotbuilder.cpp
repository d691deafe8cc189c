#include "snapshotbuilder.h"

#include "core/stats.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace fd {

namespace {

constexpr int kTypeIdx[2] = {0, 1}; // MarketType → TypeSel index

const char *intensityLabel(double tps, const MetricSettings &st)
{
    return tps > st.intensityHigh ? QT_TRANSLATE_NOOP("Metrics", "HIGH") : (tps > st.intensityMedium ? QT_TRANSLATE_NOOP("Metrics", "MEDIUM") : QT_TRANSLATE_NOOP("Metrics", "LOW"));
}

Val ratio(double a, double b, const char *why)
{
    return b != 0 ? Val::of(a / b) : Val::missing(why);
}

std::string depthLabel(double r, const MetricSettings &st)
{
    if (r > st.depthBuyersDominant)
        return QT_TRANSLATE_NOOP("Metrics", "BUYERS DOMINANT");
    if (r > st.depthStrongBid)
        return QT_TRANSLATE_NOOP("Metrics", "STRONG BID");
    if (r < st.depthStrongAsk)
        return QT_TRANSLATE_NOOP("Metrics", "STRONG ASK");
    if (r < st.depthAskHeavy)
        return QT_TRANSLATE_NOOP("Metrics", "ASK HEAVY");
    return QT_TRANSLATE_NOOP("Metrics", "BALANCED");
}

// Values of a per-second ring over seconds (from, to], oldest first.
template<class R>
std::vector<double> series(const R &ring, int64_t from, int64_t to, int64_t step = 1)
{
    std::vector<double> v;
    v.reserve(static_cast<size_t>(std::max<int64_t>(0, (to - from) / step)));
    for (int64_t i = from + step; i <= to; i += step)
        v.push_back(ring.has(i) ? static_cast<double>(ring.at(i)) : kNaN);
    return v;
}

// Mean pairwise Pearson correlation across a set of series.
Val meanPairwise(const std::vector<std::vector<double>> &s, int minN)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < s.size(); ++i)
        for (size_t j = i + 1; j < s.size(); ++j) {
            const double c = pearson(s[i], s[j], minN);
            if (!std::isnan(c)) {
                sum += c;
                ++n;
            }
        }
    if (s.size() < 2)
        return Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs two venues, %1 seen"), static_cast<double>(s.size()));
    if (n == 0)
        return Val::missing(QT_TRANSLATE_NOOP("Metrics", "warming up: fewer than %1 common samples"), minN);
    return Val::of(sum / n);
}

} // namespace

SnapshotBuilder::SnapshotBuilder(const Aggregator &agg)
    : m_agg(agg)
{
}

ViewSnapshotPtr SnapshotBuilder::build(View view)
{
    switch (view) {
    case View::Microstructure: return buildSections(view, kCore | kHistory);
    case View::Flow: return buildSections(view, kCore | kDepth | kProfile);
    case View::Risk: return buildSections(view, kCore | kRisk | kCorrelation);
    }
    return buildSections(view, kCore);
}

std::shared_ptr<ViewSnapshot> SnapshotBuilder::buildAll()
{
    return buildSections(View::Risk, kCore | kDepth | kRisk | kCorrelation | kHistory | kProfile);
}

std::shared_ptr<ViewSnapshot> SnapshotBuilder::buildSections(View view, unsigned sections)
{
    auto snap = std::make_shared<ViewSnapshot>();
    m_t = m_agg.clockNs();
    m_sec = bucketSecond(m_t);
    snap->view = view;
    snap->clockNs = m_t;
    snap->sequence = ++m_sequence;
    snap->eventsApplied = m_agg.eventsApplied();
    for (const SymbolState &s : m_agg.symbols()) {
        SymbolSnapshot sym;
        buildSymbol(sym, s, sections);
        snap->symbols.push_back(std::move(sym));
    }
    std::sort(snap->symbols.begin(), snap->symbols.end(), [](const SymbolSnapshot &a, const SymbolSnapshot &b) {
        // BTC, ETH, SOL first (the relay's default universe), then alphabetical.
        auto rank = [](const std::string &x) { return x == "BTC" ? 0 : x == "ETH" ? 1 : x == "SOL" ? 2 : 3; };
        return rank(a.symbol) != rank(b.symbol) ? rank(a.symbol) < rank(b.symbol) : a.symbol < b.symbol;
    });
    if (sections & kCorrelation)
        correlation(*snap);
    whales(*snap);
    buildSignals(*snap);
    return snap;
}

void SnapshotBuilder::buildSymbol(SymbolSnapshot &out, const SymbolState &s, unsigned sections) const
{
    out.symbol = m_agg.registry().symbolName(s.symbol);
    out.perpRef = Val::of(m_agg.referencePrice(s, MarketType::Perp, m_t));
    if (!out.perpRef.ok())
        out.perpRef = Val::missing(QT_TRANSLATE_NOOP("Metrics", "no perp quote or trade yet"));
    out.spotRef = Val::of(m_agg.referencePrice(s, MarketType::Spot, m_t));
    if (!out.spotRef.ok())
        out.spotRef = Val::missing(QT_TRANSLATE_NOOP("Metrics", "no spot quote or trade yet"));
    volume(out, s);
    liquidations(out, s);
    openInterest(out, s);
    cvd(out, s);
    quotes(out, s);
    basis(out, s);
    funding(out, s);
    if (sections & kDepth)
        depth(out, s);
    if (sections & kRisk) {
        cascade(out, s);
        regime(out, s);
        liquidity(out, s);
    }
    if (sections & kHistory)
        priceHistory(out, s);
    if (sections & kProfile)
        volumeProfile(out, s);
}

// §1 Volume and §6 Orderflow.
void SnapshotBuilder::volume(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    for (int w = 0; w < kWindowCount; ++w) {
        const int W = kWindowSec[w];
        TradeBucket byType[kTypeCount]{};
        std::vector<std::pair<uint16_t, TradeBucket>> venues[kTypeCount];
        for (int idx : s.markets) {
            const MarketState &m = mkt(idx);
            const TradeBucket b = m.ring.sum(m_sec - W, m_sec);
            for (int t : {kTypeIdx[static_cast<int>(m.type)], 2}) {
                byType[t] += b;
                auto it = std::find_if(venues[t].begin(), venues[t].end(),
                                       [&](const auto &p) { return p.first == m.venue; });
                if (it == venues[t].end())
                    venues[t].emplace_back(m.venue, b);
                else
                    it->second += b;
            }
        }
        for (int t = 0; t < kTypeCount; ++t) {
            const TradeBucket &b = byType[t];
            VolumeStats &v = out.volume[w][t];
            v.buyUsd = b.buyUsd;
            v.sellUsd = b.sellUsd;
            v.totalUsd = b.buyUsd + b.sellUsd;
            v.netFlowUsd = b.buyUsd - b.sellUsd;
            v.netFlowUsdPerMin = v.netFlowUsd / (W / 60.0);
            const char *noTrades = QT_TRANSLATE_NOOP("Metrics", "no trades in the window");
            v.buySharePct = v.totalUsd > 0 ? Val::of(100.0 * b.buyUsd / v.totalUsd) : Val::missing(noTrades);
            v.imbalancePct = v.totalUsd > 0 ? Val::of(100.0 * v.netFlowUsd / v.totalUsd) : Val::missing(noTrades);
            v.baseVolume = b.buyQty + b.sellQty;
            v.vwap = v.baseVolume > 0 ? Val::of(v.totalUsd / v.baseVolume) : Val::missing(noTrades);
            v.buyTradeCount = b.buyPrints;
            v.sellTradeCount = b.sellPrints;
            v.tradeCount = b.buyPrints + b.sellPrints;
            v.volumeRateUsdPerS = v.totalUsd / W;
            v.tradesPerS = static_cast<double>(v.tradeCount) / W;
            v.intensity = intensityLabel(v.tradesPerS, st);
            std::sort(venues[t].begin(), venues[t].end(), [](const auto &a, const auto &c) { return a.first < c.first; });
            for (const auto &[venue, vb] : venues[t]) {
                const int64_t prints = vb.buyPrints + vb.sellPrints;
                if (prints == 0)
                    continue; // only venues with prints in the window
                const double usd = vb.buyUsd + vb.sellUsd;
                v.perVenue.push_back({reg.venueName(venue), usd, v.totalUsd > 0 ? 100.0 * usd / v.totalUsd : 0, prints});
            }
            v.buyOrderCount = b.buyOrders;
            v.sellOrderCount = b.sellOrders;
            v.orderCount = b.buyOrders + b.sellOrders;
            const char *noOrders = QT_TRANSLATE_NOOP("Metrics", "no taker orders in the window");
            v.avgOrderUsd = v.orderCount ? Val::of(v.totalUsd / v.orderCount) : Val::missing(noOrders);
            v.avgBuyOrderUsd = b.buyOrders ? Val::of(b.buyUsd / b.buyOrders) : Val::missing(noOrders);
            v.avgSellOrderUsd = b.sellOrders ? Val::of(b.sellUsd / b.sellOrders) : Val::missing(noOrders);
            v.maxOrderUsd = b.maxOrderUsd;
            const char *noSells = QT_TRANSLATE_NOOP("Metrics", "no sell taker orders in the window");
            v.aggressorRatioCount = ratio(b.buyOrders, b.sellOrders, noSells);
            v.aggressorRatioUsd = ratio(b.buyUsd, b.sellUsd, noSells);
            if (v.avgBuyOrderUsd.ok() && v.avgSellOrderUsd.ok())
                v.sizeImbalance = Val::of((v.avgBuyOrderUsd.v - v.avgSellOrderUsd.v)
                                          / (v.avgBuyOrderUsd.v + v.avgSellOrderUsd.v));
            else
                v.sizeImbalance = Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs buy and sell orders"));
            v.countGe100k = b.ge100k;
            v.countGe500k = b.ge500k;
            v.countGe5m = b.ge5m;
            v.upTicks = b.upTicks;
            v.downTicks = b.downTicks;
            v.tickRatio = b.upTicks + b.downTicks ? Val::of(static_cast<double>(b.upTicks) / (b.upTicks + b.downTicks))
                                                  : Val::missing(noTrades);
        }
    }
    // Trade-size trend (perp): average taker order 1 m / 15 m.
    SizeTrend &tr = out.sizeTrend;
    tr.avg1m = out.volume[0][0].avgOrderUsd;
    tr.avg15m = out.volume[2][0].avgOrderUsd;
    if (tr.avg1m.ok() && tr.avg15m.ok()) {
        tr.ratio = Val::of(tr.avg1m.v / tr.avg15m.v);
        tr.label = tr.ratio.v > st.sizeTrendUp ? QT_TRANSLATE_NOOP("Metrics", "Increasing") : (tr.ratio.v < st.sizeTrendDown ? QT_TRANSLATE_NOOP("Metrics", "Decreasing") : QT_TRANSLATE_NOOP("Metrics", "Stable"));
    } else {
        tr.ratio = Val::missing(QT_TRANSLATE_NOOP("Metrics", "no perp taker orders in 1 m or 15 m"));
        tr.label = "n/a";
    }
    // Largest taker orders of the last 5 m, perp and spot: pick the top 10 by USD
    // (equal USD in list order, as a stable sort would) and convert only those.
    std::vector<std::pair<double, size_t>> top; // (usd, index in the large-order list)
    const auto &large = m_agg.largeOrders();
    for (size_t i = 0; i < large.size(); ++i) {
        const TakerOrderRec &r = large[i];
        if (mkt(r.market).symbol != s.symbol || bucketSecond(r.ns) <= m_sec - 300 || r.usd < st.tierLargeUsd)
            continue;
        top.emplace_back(r.usd, i);
    }
    const size_t keep = std::min<size_t>(10, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(keep), top.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    out.largestOrders5m.reserve(keep);
    for (size_t i = 0; i < keep; ++i)
        out.largestOrders5m.push_back(toOrder(large[top[i].second]));

    // Orderflow arrow and trend: 1 m imbalance against its 60 one-minute samples.
    const Val imb1 = out.volume[0][0].imbalancePct, imb5 = out.volume[1][0].imbalancePct;
    const int64_t minute = m_sec / 60;
    std::vector<double> hist = series(s.minuteImbalance, minute - st.arrowHistoryMinutes, minute);
    out.imbalanceArrow = imb1.ok() ? arrowFor(imb1.v, hist, st.arrowMinSamples, 10, 25, 50) : Arrow::Flat;
    if (imb1.ok() && imb5.ok())
        out.flowTrend = imb1.v > imb5.v + st.flowTrendPoints ? QT_TRANSLATE_NOOP("Metrics", "ACCEL")
                                                             : (imb1.v < imb5.v - st.flowTrendPoints ? QT_TRANSLATE_NOOP("Metrics", "FADING") : QT_TRANSLATE_NOOP("Metrics", "STEADY"));
    else
        out.flowTrend = "n/a";
    out.imbalanceHistory = series(s.minuteImbalance, minute - 15, minute);
    // Streak on the perp venue with the most prints in the last minute.
    int64_t best = -1;
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (m.type != MarketType::Perp)
            continue;
        const TradeBucket b = m.ring.sum(m_sec - 60, m_sec);
        if (b.buyPrints + b.sellPrints > best) {
            best = b.buyPrints + b.sellPrints;
            out.streakDir = m.streakDir;
            out.streakLen = m.streakLen;
            out.streakVenue = reg.venueName(m.venue);
        }
    }
    const Val vwap5 = out.volume[1][0].vwap;
    out.vwapDeviationPct = vwap5.ok() && out.perpRef.ok() ? Val::of((out.perpRef.v - vwap5.v) / vwap5.v * 100.0)
                                                          : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no perp trades in 5 m"));
}

TakerOrder SnapshotBuilder::toOrder(const TakerOrderRec &r) const
{
    const MetricSettings &st = m_agg.settings();
    const MarketState &m = mkt(r.market);
    TakerOrder o;
    o.timeNs = r.ns;
    o.symbol = m_agg.registry().symbolName(m.symbol);
    o.venue = m_agg.registry().venueName(m.venue);
    o.exchange = m_agg.registry().exchangeName(m.exchange);
    o.type = m.type;
    o.side = r.side;
    o.usd = r.usd;
    o.baseQty = r.qty;
    o.price = r.price;
    o.prints = r.prints;
    o.outlier = r.outlier;
    o.tier = r.usd >= st.tierMegaUsd ? QT_TRANSLATE_NOOP("Metrics", "mega") : r.usd >= st.tierWhaleUsd ? QT_TRANSLATE_NOOP("Metrics", "whale") : r.usd >= st.tierLargeUsd ? QT_TRANSLATE_NOOP("Metrics", "large") : QT_TRANSLATE_NOOP("Metrics", "outlier");
    return o;
}

// §4 Liquidations: windows and 15 m clusters.
void SnapshotBuilder::liquidations(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    for (int w = 0; w < kWindowCount; ++w) {
        const int W = kWindowSec[w];
        LiquidationWindow &lw = out.liquidations[w];
        for (int idx : s.markets) {
            const MarketState &m = mkt(idx);
            if (m.type != MarketType::Perp)
                continue;
            const TradeBucket b = m.ring.sum(m_sec - W, m_sec);
            lw.longUsd += b.liqLongUsd;
            lw.shortUsd += b.liqShortUsd;
            lw.longCount += b.liqLongCount;
            lw.shortCount += b.liqShortCount;
            auto it = std::find_if(lw.perVenue.begin(), lw.perVenue.end(),
                                   [&](const auto &v) { return v.venue == reg.venueName(m.venue); });
            if (it == lw.perVenue.end()) {
                lw.perVenue.push_back({reg.venueName(m.venue), 0, 0, 0, 0});
                it = lw.perVenue.end() - 1;
            }
            it->longUsd += b.liqLongUsd;
            it->shortUsd += b.liqShortUsd;
            it->longCount += b.liqLongCount;
            it->shortCount += b.liqShortCount;
        }
        lw.totalUsd = lw.longUsd + lw.shortUsd;
        lw.totalCount = lw.longCount + lw.shortCount;
        lw.avgUsd = lw.totalCount ? Val::of(lw.totalUsd / lw.totalCount)
                                  : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no liquidations in the window"));
        lw.usdPerMin = lw.totalUsd / (W / 60.0);
    }
    out.clusterStep = s.clusterStep;
    out.dangerThresholdUsd = st.dangerZoneUsd(out.symbol);
    // The prints themselves need no step: list them even before a reference price exists.
    for (auto it = s.liqs.rbegin(); it != s.liqs.rend() && out.recentLiquidations.size() < 30; ++it)
        out.recentLiquidations.push_back({it->ns, reg.venueName(it->venue), it->price, it->qty, it->usd, it->isLong});
    if (s.clusterStep <= 0)
        return;
    std::map<int64_t, LiqBucket> buckets;
    for (const auto &l : s.liqs) {
        if (bucketSecond(l.ns) <= m_sec - 900 || bucketSecond(l.ns) > m_sec)
            continue;
        const int64_t k = clusterBucket(l.price, s.clusterStep);
        LiqBucket &b = buckets[k];
        b.low = static_cast<double>(k) * s.clusterStep;
        b.high = static_cast<double>(k + 1) * s.clusterStep;
        b.usd += l.usd;
        if (l.isLong) {
            b.longUsd += l.usd;
            ++b.longCount;
        } else {
            b.shortUsd += l.usd;
            ++b.shortCount;
        }
    }
    out.clusterBucketCount = static_cast<int64_t>(buckets.size());
    for (auto &[k, b] : buckets) {
        b.danger = b.usd >= out.dangerThresholdUsd;
        out.clusters.push_back(b);
    }
    std::stable_sort(out.clusters.begin(), out.clusters.end(), [](const LiqBucket &a, const LiqBucket &b) { return a.usd > b.usd; });
    if (out.clusters.size() > 12)
        out.clusters.resize(12);
}

// §2 Open interest.
void SnapshotBuilder::openInterest(SymbolSnapshot &out, const SymbolState &s) const
{
    const auto &reg = m_agg.registry();
    OpenInterest &oi = out.oi;
    double total = 0;
    bool any = false;
    oi.complete = true;
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (!m.hasOi)
            continue;
        OiVenue v;
        v.venue = reg.venueName(m.venue);
        v.exchange = reg.exchangeName(m.exchange);
        v.timeNs = m.oiNs;
        v.wire = m.oiWire;
        v.base = m.oiBase;
        if (!std::isnan(m.oiNotional)) {
            v.usd = Val::of(m.oiNotional);
            v.usdSource = "notional";
        } else if (out.perpRef.ok()) {
            v.usd = Val::of(m.oiBase * out.perpRef.v);
            v.usdSource = "base_x_perp_reference";
        } else {
            v.usd = Val::missing(QT_TRANSLATE_NOOP("Metrics", "no notional and no perp reference price"));
            v.usdSource = "n/a";
            oi.complete = false;
        }
        oi.totalBase += v.base;
        if (v.usd.ok()) {
            total += v.usd.v;
            any = true;
        }
        oi.venues.push_back(std::move(v));
    }
    if (oi.venues.empty()) {
        oi.complete = false;
        oi.totalUsd = Val::missing(QT_TRANSLATE_NOOP("Metrics", "relay sends no open interest for this symbol"));
    } else {
        oi.totalUsd = any ? Val::of(total) : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no notional and no perp reference price"));
    }
    for (OiVenue &v : oi.venues)
        v.sharePct = v.usd.ok() && any && total > 0 ? Val::of(100.0 * v.usd.v / total)
                                                    : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no USD value"));
    // Δ per venue from the first and last sample inside the window, then summed.
    // oiHistory is in time order (older samples are dropped on arrival), so the
    // window's samples are found by binary search instead of a scan of the hour.
    auto delta = [&](int64_t fromSec, int64_t toSec, double &dUsd, double &baseUsd) {
        int n = 0;
        dUsd = 0;
        baseUsd = 0;
        for (int idx : s.markets) {
            const MarketState &m = mkt(idx);
            const auto &h = m.oiHistory;
            auto lo = std::partition_point(h.begin(), h.end(), [&](const auto &x) { return bucketSecond(x.ns) <= fromSec; });
            auto hi = std::partition_point(lo, h.end(), [&](const auto &x) { return bucketSecond(x.ns) <= toSec; });
            const MarketState::OiSample *first = nullptr, *last = nullptr;
            for (auto it = lo; it != hi; ++it)
                if (!std::isnan(it->usd)) {
                    first = &*it;
                    break;
                }
            for (auto it = hi; first && it != lo;)
                if (!std::isnan((--it)->usd)) {
                    last = &*it;
                    break;
                }
            if (first && last != first) {
                dUsd += last->usd - first->usd;
                baseUsd += first->usd;
                ++n;
            }
        }
        return n > 0;
    };
    const char *few = QT_TRANSLATE_NOOP("Metrics", "fewer than two OI samples in the window");
    for (int w = 0; w < kWindowCount; ++w) {
        double d, b;
        if (delta(m_sec - kWindowSec[w], m_sec, d, b)) {
            oi.deltaUsd[w] = Val::of(d);
            oi.deltaPct[w] = b > 0 ? Val::of(100.0 * d / b) : Val::missing(few);
        } else {
            oi.deltaUsd[w] = oi.deltaPct[w] = Val::missing(few);
        }
    }
    if (oi.deltaUsd[1].ok()) {
        oi.rateUsdPerS = Val::of(oi.deltaUsd[1].v / 300.0);
        const double perpVol5 = out.volume[1][0].totalUsd;
        oi.oiVolumeRatio = perpVol5 > 0 ? Val::of(oi.deltaUsd[1].v / perpVol5)
                                        : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no perp volume in 5 m"));
    } else {
        oi.rateUsdPerS = oi.oiVolumeRatio = Val::missing(few);
    }
    double d1, b1, d0, b0;
    if (delta(m_sec - 60, m_sec, d1, b1) && delta(m_sec - 120, m_sec - 60, d0, b0))
        oi.momentum = Val::of(d1 / 60.0 - d0 / 60.0);
    else
        oi.momentum = Val::missing(few);
}

// §3 CVD, velocity, divergence, exchange correlation.
void SnapshotBuilder::cvd(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    Cvd &c = out.cvd;
    std::vector<std::vector<double>> incs;
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (m.type != MarketType::Perp || (!m.tradesSeen && !m.relaySeen))
            continue;
        CvdVenue v;
        v.venue = reg.venueName(m.venue);
        v.tradeSinceStart = m.tradeCvd;
        auto net = [&](int W) {
            const TradeBucket b = m.ring.sum(m_sec - W, m_sec);
            return b.buyUsd - b.sellUsd;
        };
        v.trade30s = net(30);
        v.trade1m = net(60);
        v.trade5m = net(300);
        v.trade15m = net(900);
        const char *noRelay = QT_TRANSLATE_NOOP("Metrics", "relay sent no CVD for this market");
        v.relayLast = m.relaySeen ? Val::of(m.relayLast) : Val::missing(noRelay);
        v.relayAdjusted = m.relaySeen ? Val::of(m.relayAdjusted) : Val::missing(noRelay);
        v.resets = m.relayResets;
        v.relayMessages = m.relayMessages;
        c.totalSinceStart += v.tradeSinceStart;
        c.total30s += v.trade30s;
        c.total1m += v.trade1m;
        c.total5m += v.trade5m;
        c.total15m += v.trade15m;
        c.resetsTotal += static_cast<int64_t>(m.relayResets.size());
        std::vector<double> inc;
        inc.reserve(300);
        for (int64_t sec = m_sec - 299; sec <= m_sec; ++sec) {
            const TradeBucket *b = m.ring.second(sec);
            inc.push_back(b ? b->buyUsd - b->sellUsd : 0.0);
        }
        incs.push_back(std::move(inc));
        c.venues.push_back(std::move(v));
    }
    c.velocity1m = c.total1m;
    c.velocity5m = c.total5m / 5.0;
    c.exchangeCorrelation = meanPairwise(incs, 30);

    const int W = st.divergenceWindowSec;
    const int64_t then = m_sec - W;
    const double pThen = s.perpRef.has(then) ? s.perpRef.at(then) : kNaN;
    TradeBucket pb{};
    for (int idx : s.markets)
        if (mkt(idx).type == MarketType::Perp)
            pb += mkt(idx).ring.sum(m_sec - W, m_sec);
    const double vol = pb.buyUsd + pb.sellUsd;
    if (std::isnan(pThen) || !out.perpRef.ok()) {
        c.divergence = "n/a";
        c.divergenceNa = {QT_TRANSLATE_NOOP("Metrics", "warming up: no perp price %1 s ago"), static_cast<double>(W)};
        c.priceChangePct = Val::missing(c.divergenceNa.text, W);
    } else {
        c.priceChangePct = Val::of((out.perpRef.v - pThen) / pThen * 100.0);
    }
    c.normFlowPct = vol > 0 ? Val::of((pb.buyUsd - pb.sellUsd) / vol * 100.0)
                            : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no perp trades in the window"));
    if (c.priceChangePct.ok() && c.normFlowPct.ok()) {
        const double p = c.priceChangePct.v, f = c.normFlowPct.v;
        const double pt = st.divergencePricePct, ft = st.divergenceFlowPct;
        if (p < -pt && f > ft)
            c.divergence = QT_TRANSLATE_NOOP("Metrics", "BULLISH");
        else if (p > pt && f < -ft)
            c.divergence = QT_TRANSLATE_NOOP("Metrics", "BEARISH");
        else if ((p > pt && f > ft) || (p < -pt && f < -ft))
            c.divergence = QT_TRANSLATE_NOOP("Metrics", "ALIGNED");
        else
            c.divergence = QT_TRANSLATE_NOOP("Metrics", "NEUTRAL");
    } else if (c.divergence.empty()) {
        c.divergence = "n/a";
        c.divergenceNa = c.normFlowPct.na;
    }
}

// §5 Top of book and the 10 s micro-structure signal.
void SnapshotBuilder::quotes(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    const auto fresh = static_cast<int64_t>(st.l1FreshSec * kNsPerSec);
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (!m.hasQuote)
            continue;
        Quote q;
        q.venue = reg.venueName(m.venue);
        q.exchange = reg.exchangeName(m.exchange);
        q.type = m.type;
        q.hasBid = m.hasBid;
        q.hasAsk = m.hasAsk;
        q.bid = m.bidPx;
        q.ask = m.askPx;
        q.bidQty = m.bidQty;
        q.askQty = m.askQty;
        q.ageSec = static_cast<double>(m_t - m.quoteNs) / kNsPerSec;
        q.fresh = m.hasBid && m.hasAsk && m_t - m.quoteNs < fresh;
        const char *oneSided = QT_TRANSLATE_NOOP("Metrics", "one side of the book is empty");
        if (m.hasBid && m.hasAsk) {
            const double mid = 0.5 * (m.bidPx + m.askPx);
            q.mid = Val::of(mid);
            q.spreadUsd = Val::of(m.askPx - m.bidPx);
            q.spreadBps = Val::of((m.askPx - m.bidPx) / mid * 1e4);
            const double qs = m.bidQty + m.askQty;
            q.microprice = qs > 0 ? Val::of((m.bidPx * m.askQty + m.askPx * m.bidQty) / qs) : Val::of(mid);
            q.depthImbalance = m.askQty > 0 ? Val::of(m.bidQty / m.askQty) : Val::missing(oneSided);
            q.bidPressurePct = qs > 0 ? Val::of(100.0 * m.bidQty / qs) : Val::missing(oneSided);
        } else {
            q.mid = q.spreadUsd = q.spreadBps = q.microprice = q.depthImbalance = q.bidPressurePct = Val::missing(oneSided);
        }
        // 10 s: time-averaged bid pressure (per-second samples) and taker buy share.
        double sum = 0;
        int n = 0;
        for (int64_t sec = m_sec - 10; sec < m_sec; ++sec)
            if (m.bidPressure.has(sec) && !std::isnan(m.bidPressure.at(sec))) {
                sum += m.bidPressure.at(sec);
                ++n;
            }
        q.bidPressureAvg10s = n ? Val::of(sum / n) : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no two-sided quote in 10 s"));
        const TradeBucket b = m.ring.sum(m_sec - 10, m_sec);
        const double tot = b.buyUsd + b.sellUsd;
        q.takerBuyShare10s = tot > 0 ? Val::of(100.0 * b.buyUsd / tot) : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no trades in 10 s"));
        if (q.bidPressureAvg10s.ok() && q.takerBuyShare10s.ok()) {
            const double bp = q.bidPressureAvg10s.v, ts = q.takerBuyShare10s.v;
            q.signal = bp > st.microBuy && ts > st.microBuy ? QT_TRANSLATE_NOOP("Metrics", "BUY") : (bp < st.microSell && ts < st.microSell ? QT_TRANSLATE_NOOP("Metrics", "SELL") : QT_TRANSLATE_NOOP("Metrics", "NEUTRAL"));
        } else {
            q.signal = "n/a";
        }
        out.quotes.push_back(std::move(q));
    }
}

// §5 Depth bands from the best-effort L2 book, else the L1 ratio (marked).
void SnapshotBuilder::depth(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    static constexpr double kBands[3] = {1, 2, 5};
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (!m.hasBook && !m.hasQuote)
            continue;
        Depth d;
        d.venue = reg.venueName(m.venue);
        d.exchange = reg.exchangeName(m.exchange) + "/" + out.symbol + (m.type == MarketType::Perp ? "/PERP" : "/SPOT");
        d.updatesApplied = m.bookUpdates;
        d.updatesIgnored = m.bookIgnored;
        if (m.hasBook && !m.bids.empty() && !m.asks.empty()) {
            d.fromL2 = true;
            d.bestBid = m.bids.begin()->first;
            d.bestAsk = m.asks.begin()->first;
            d.mid = 0.5 * (d.bestBid + d.bestAsk);
            d.bidLevels = static_cast<int64_t>(m.bids.size());
            d.askLevels = static_cast<int64_t>(m.asks.size());
            const double lowBid = m.bids.rbegin()->first, highAsk = m.asks.rbegin()->first;
            const double reach = std::min(d.mid - lowBid, highAsk - d.mid) / d.mid * 100.0;
            d.reachPct = Val::of(reach);
            d.snapshotTimeNs = m.bookSnapshotNs;
            d.ageSec = static_cast<double>(m_t - m.bookSnapshotNs) / kNsPerSec;
            for (int i = 0; i < 3; ++i) {
                DepthBand &band = d.bands[static_cast<size_t>(i)];
                band.pct = kBands[i];
                if (kBands[i] > reach) {
                    band.bidUsd = band.askUsd = band.ratio
                        = Val::missing(QT_TRANSLATE_NOOP("Metrics", "book covers only ±%1 %"), std::round(reach * 100) / 100);
                    band.label = "n/a";
                    continue;
                }
                const double lo = d.mid * (1 - kBands[i] / 100.0), hi = d.mid * (1 + kBands[i] / 100.0);
                double bid = 0, ask = 0;
                for (const auto &[px, q] : m.bids) {
                    if (px < lo)
                        break;
                    bid += px * q;
                }
                for (const auto &[px, q] : m.asks) {
                    if (px > hi)
                        break;
                    ask += px * q;
                }
                band.bidUsd = Val::of(bid);
                band.askUsd = Val::of(ask);
                band.ratio = ratio(bid, ask, QT_TRANSLATE_NOOP("Metrics", "no asks in the band"));
                band.label = band.ratio.ok() ? depthLabel(band.ratio.v, st) : "n/a";
            }
        } else {
            d.fromL2 = false;
            d.fallbackWhy = {m.hasBook ? QT_TRANSLATE_NOOP("Metrics", "L2 book has an empty side: top-of-book ratio")
                                       : QT_TRANSLATE_NOOP("Metrics", "no L2 snapshot yet: top-of-book ratio")};
            d.bestBid = m.bidPx;
            d.bestAsk = m.askPx;
            d.mid = m.hasBid && m.hasAsk ? 0.5 * (m.bidPx + m.askPx) : 0;
            d.reachPct = Val::missing(d.fallbackWhy.text);
            for (int i = 0; i < 3; ++i) {
                DepthBand &band = d.bands[static_cast<size_t>(i)];
                band.pct = kBands[i];
                band.bidUsd = m.hasBid ? Val::of(m.bidPx * m.bidQty) : Val::missing(d.fallbackWhy.text);
                band.askUsd = m.hasAsk ? Val::of(m.askPx * m.askQty) : Val::missing(d.fallbackWhy.text);
                band.ratio = m.hasBid && m.hasAsk && m.askQty > 0 ? Val::of(m.bidQty / m.askQty)
                                                                  : Val::missing(QT_TRANSLATE_NOOP("Metrics", "one side of the book is empty"));
                band.label = band.ratio.ok() ? depthLabel(band.ratio.v, st) : "n/a";
            }
        }
        out.depth.push_back(std::move(d));
    }
}

// §7 Cross-market and basis.
void SnapshotBuilder::basis(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    const auto fresh = static_cast<int64_t>(st.l1FreshSec * kNsPerSec);
    Basis &b = out.basis;
    auto ref = [&](MarketType type, RefPrice &r) {
        bool fromL1 = false;
        const double p = m_agg.referencePrice(s, type, m_t, &fromL1);
        r.price = std::isnan(p) ? Val::missing(QT_TRANSLATE_NOOP("Metrics", "no quote or trade yet")) : Val::of(p);
        r.source = std::isnan(p) ? QT_TRANSLATE_NOOP("Metrics", "none") : (fromL1 ? QT_TRANSLATE_NOOP("Metrics", "median_fresh_l1_mid") : QT_TRANSLATE_NOOP("Metrics", "last_trade"));
        for (int idx : s.markets) {
            const MarketState &m = mkt(idx);
            if (m.type == type && m.hasBid && m.hasAsk && m_t - m.quoteNs < fresh && m.quoteNs <= m_t)
                r.venues.push_back({reg.venueName(m.venue), reg.exchangeName(m.exchange), 0.5 * (m.bidPx + m.askPx),
                                    static_cast<double>(m_t - m.quoteNs) / kNsPerSec});
        }
    };
    ref(MarketType::Perp, b.perp);
    ref(MarketType::Spot, b.spot);
    if (b.perp.price.ok() && b.spot.price.ok()) {
        b.basisUsd = Val::of(b.perp.price.v - b.spot.price.v);
        b.basisPct = Val::of(b.basisUsd.v / b.spot.price.v * 100.0);
        const double p = b.basisPct.v;
        b.state = p > st.contangoPct ? QT_TRANSLATE_NOOP("Metrics", "CONTANGO") : (p < -st.contangoPct ? QT_TRANSLATE_NOOP("Metrics", "BACKWARDATION") : QT_TRANSLATE_NOOP("Metrics", "FLAT"));
        b.steep = std::abs(p) > st.steepPct;
        b.arbitrage = std::abs(p) > st.arbBasisPct;
    } else {
        b.basisUsd = b.basisPct = Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs both a perp and a spot price"));
        b.state = "n/a";
    }
    for (const auto &pv : b.perp.venues)
        for (const auto &sv : b.spot.venues)
            if (pv.venue == sv.venue)
                b.perVenue.push_back({pv.venue, pv.mid, sv.mid, pv.mid - sv.mid, (pv.mid - sv.mid) / sv.mid * 100.0});
    // Trend: least-squares slope of per-second basis % over 5 m, per 5 m.
    const std::vector<double> hist = series(s.basisPct, m_sec - 1 - 300, m_sec - 1);
    int n = 0;
    for (double x : hist)
        n += !std::isnan(x);
    if (n >= 60) {
        const double sl = slope(hist) * 300.0;
        b.trendSlopePctPer5m = Val::of(sl);
        b.trend = sl > st.basisTrendPctPer5m ? Arrow::Up : (sl < -st.basisTrendPctPer5m ? Arrow::Down : Arrow::Flat);
    } else {
        b.trendSlopePctPer5m = Val::missing(QT_TRANSLATE_NOOP("Metrics", "warming up %1/%2 samples"), n, 60);
    }
    out.basisHistory = series(s.basisPct, m_sec - 1 - 900, m_sec - 1, 5);
    // Exchange spreads: each perp venue's mid against the median of them.
    if (b.perp.venues.size() >= 2) {
        std::vector<double> mids;
        for (const auto &v : b.perp.venues)
            mids.push_back(v.mid);
        std::sort(mids.begin(), mids.end());
        const size_t k = mids.size();
        const double med = k % 2 ? mids[k / 2] : 0.5 * (mids[k / 2 - 1] + mids[k / 2]);
        for (const auto &v : b.perp.venues)
            b.exchangeSpreads.push_back({v.venue, v.mid, v.mid - med, (v.mid - med) / med * 1e4});
        b.spreadMaxMinPct = Val::of((mids.back() - mids.front()) / med * 100.0);
        b.spreadFlag = b.spreadMaxMinPct.v > st.exchangeSpreadFlagPct;
    } else {
        b.spreadMaxMinPct = Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs two perp venues with fresh quotes"));
    }
    // Volume migration: the venue whose 5 m share rose most against its 60 m share.
    std::map<uint16_t, std::pair<double, double>> share; // venue → (5 m, 60 m USD)
    double tot5 = 0, tot60 = 0;
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        const TradeBucket b5 = m.ring.sum(m_sec - 300, m_sec), b60 = m.ring.sum(m_sec - 3600, m_sec);
        share[m.venue].first += b5.buyUsd + b5.sellUsd;
        share[m.venue].second += b60.buyUsd + b60.sellUsd;
        tot5 += b5.buyUsd + b5.sellUsd;
        tot60 += b60.buyUsd + b60.sellUsd;
    }
    double bestGain = -1e300;
    if (tot5 > 0 && tot60 > 0 && share.size() >= 2) {
        for (const auto &[venue, u] : share) {
            const double gain = 100.0 * (u.first / tot5 - u.second / tot60);
            if (gain > bestGain) {
                bestGain = gain;
                b.migrationVenue = reg.venueName(venue);
            }
        }
        b.migrationDeltaPct = Val::of(bestGain);
    } else {
        b.migrationDeltaPct = Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs volume on two venues"));
    }
    // Exchange price correlation: 1 s mid returns between perp venues over 5 m.
    std::vector<std::vector<double>> rets;
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (m.type == MarketType::Perp && m.hasQuote)
            rets.push_back(logReturns(series(m.mid, m_sec - 1 - 301, m_sec - 1)));
    }
    b.priceCorrelation = meanPairwise(rets, 30);
}

// §8 Funding.
void SnapshotBuilder::funding(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    const auto &reg = m_agg.registry();
    Funding &f = out.funding;
    double wsum = 0, w = 0, lo = 1e300, hi = -1e300;
    for (int idx : s.markets) {
        const MarketState &m = mkt(idx);
        if (!m.hasFunding)
            continue;
        FundingVenue v;
        v.venue = reg.venueName(m.venue);
        v.rate = m.fundingRate;
        v.ratePct = m.fundingRate * 100.0;
        v.hasTime = m.fundingHasTime;
        v.hasNextTime = m.fundingHasNext;
        v.timeNs = m.fundingTimeNs;
        v.nextTimeNs = m.fundingNextNs;
        // Interval: gap between two distinct next_time values; before that OKX's
        // next_time − time (its `time` is the settlement); otherwise 8 h.
        if (m.fundingIntervalH > 0)
            v.intervalH = m.fundingIntervalH;
        else if (m.venue == MarketRegistry::kOkx && m.fundingHasTime && m.fundingHasNext && m.fundingNextNs > m.fundingTimeNs)
            v.intervalH = static_cast<double>(m.fundingNextNs - m.fundingTimeNs) / (3600.0 * kNsPerSec);
        else
            v.intervalH = 8;
        v.rate8hPct = v.ratePct * 8.0 / v.intervalH;
        v.payer = m.fundingRate > 0 ? QT_TRANSLATE_NOOP("Metrics", "LONGS PAY") : (m.fundingRate < 0 ? QT_TRANSLATE_NOOP("Metrics", "SHORTS PAY") : QT_TRANSLATE_NOOP("Metrics", "NEUTRAL"));
        const double a = std::abs(v.rate8hPct);
        v.intensity = a > st.fundingExtremePct ? QT_TRANSLATE_NOOP("Metrics", "EXTREME") : (a > st.fundingHighPct ? QT_TRANSLATE_NOOP("Metrics", "HIGH") : QT_TRANSLATE_NOOP("Metrics", "NORMAL"));
        // 1 h change: rate now against the oldest sample within the last hour.
        const auto &h = m.fundingHistory;
        const std::pair<int64_t, double> *old = nullptr;
        for (const auto &p : h)
            if (p.first >= m_t - 3600 * kNsPerSec) {
                old = &p;
                break;
            }
        if (old && m_t - old->first >= 60 * kNsPerSec) {
            const double hours = static_cast<double>(m_t - old->first) / (3600.0 * kNsPerSec);
            v.deltaPerHourPct = Val::of((m.fundingRate - old->second) * 100.0 / hours);
            std::vector<double> hist;
            v.arrow = arrowFor((m.fundingRate - old->second) * 100.0, hist, st.arrowMinSamples, 0.0005, 0.002, 0.005);
        } else {
            v.deltaPerHourPct = Val::missing(QT_TRANSLATE_NOOP("Metrics", "warming up: less than a minute of funding history"));
        }
        for (int j : s.markets) {
            const MarketState &o = mkt(j);
            if (o.venue == m.venue && o.type == MarketType::Perp && o.hasOi) {
                const double usd = !std::isnan(o.oiNotional) ? o.oiNotional : o.oiBase * out.perpRef.v;
                if (!std::isnan(usd) && usd > 0) {
                    wsum += v.rate8hPct * usd;
                    w += usd;
                }
            }
        }
        lo = std::min(lo, v.rate8hPct);
        hi = std::max(hi, v.rate8hPct);
        f.venues.push_back(std::move(v));
    }
    f.oiWeightedPct8h = w > 0 ? Val::of(wsum / w) : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no open interest to weight by"));
    if (f.venues.size() >= 2) {
        f.differentialPct = Val::of(hi - lo);
        f.arb = f.differentialPct.v > st.fundingArbPct;
    } else {
        f.differentialPct = Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs funding from two venues"));
    }
    f.estimated = f.venues.empty();
    f.premiumSamples = s.premiumCount;
    if (s.premiumCount > 0) {
        const double P = s.premiumSum / static_cast<double>(s.premiumCount) * 100.0; // %
        f.premiumPct = Val::of(P);
        f.estRatePct = Val::of(P + std::clamp(st.estFundingBasePct - P, -st.estFundingClampPct, st.estFundingClampPct));
    } else {
        f.premiumPct = f.estRatePct = Val::missing(QT_TRANSLATE_NOOP("Metrics", "needs perp and spot mids"));
    }
}

// §9 Liquidation cascade risk from the estimated liquidation levels.
void SnapshotBuilder::cascade(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    CascadeRisk &c = out.cascade;
    const double step = s.clusterStep;
    for (const auto &[k, v] : s.estLevels)
        if (v.first > 0 || v.second > 0)
            c.levels.push_back({static_cast<double>(k) * step, v.first, v.second});
    if (!out.perpRef.ok() || step <= 0) {
        c.score = Val::missing(QT_TRANSLATE_NOOP("Metrics", "no perp reference price"));
        c.label = "n/a";
        return;
    }
    const double p = out.perpRef.v;
    const double within = st.cascadeWithinPct / 100.0;
    double nextUsd = 0, nextPx = kNaN, protUsd = 0, protPx = kNaN;
    for (const EstLevel &l : c.levels) {
        const double mid = l.price + step / 2;
        if (mid < p && mid >= p * (1 - within) && l.longUsd > nextUsd) {
            nextUsd = l.longUsd;
            nextPx = mid;
        }
        if (mid > p && mid <= p * (1 + within) && l.shortUsd > protUsd) {
            protUsd = l.shortUsd;
            protPx = mid;
        }
    }
    const char *noLevel = QT_TRANSLATE_NOOP("Metrics", "no estimated level within %1 % (needs OI growth)");
    if (!std::isnan(nextPx)) {
        c.nextLevelPrice = Val::of(nextPx);
        c.nextLevelPct = Val::of((nextPx - p) / p * 100.0);
        c.nextLevelUsd = Val::of(nextUsd);
    } else {
        c.nextLevelPrice = c.nextLevelPct = c.nextLevelUsd = Val::missing(noLevel, st.cascadeWithinPct);
    }
    if (!std::isnan(protPx)) {
        c.protectionPrice = Val::of(protPx);
        c.protectionPct = Val::of((protPx - p) / p * 100.0);
        c.protectionUsd = Val::of(protUsd);
    } else {
        c.protectionPrice = c.protectionPct = c.protectionUsd = Val::missing(noLevel, st.cascadeWithinPct);
    }
    // I: liquidation intensity against the hour's mean 5 m.
    double liq60 = 0;
    for (int idx : s.markets)
        if (mkt(idx).type == MarketType::Perp) {
            const TradeBucket b = mkt(idx).ring.sum(m_sec - 3600, m_sec);
            liq60 += b.liqLongUsd + b.liqShortUsd;
        }
    const double mean5 = std::max(liq60 / 12.0, st.cascadeLiqFloorUsd);
    c.I = Val::of(std::min(1.0, out.liquidations[1].totalUsd / (3.0 * mean5)));
    // N: nearness of the next level against twice the 15 m range.
    double hi = -1e300, lo = 1e300;
    for (int64_t sec = m_sec - 900; sec < m_sec; ++sec)
        if (s.perpRef.has(sec) && !std::isnan(s.perpRef.at(sec))) {
            hi = std::max(hi, s.perpRef.at(sec));
            lo = std::min(lo, s.perpRef.at(sec));
        }
    hi = std::max(hi, p);
    lo = std::min(lo, p);
    const double range = hi - lo;
    if (!std::isnan(nextPx) && range > 0)
        c.N = Val::of(1.0 - std::min(1.0, (p - nextPx) / (2.0 * range)));
    else
        c.N = Val::of(0.0);
    // D: OI unwinding over 5 m.
    c.D = Val::of(out.oi.deltaPct[1].ok() ? std::min(1.0, std::max(0.0, -out.oi.deltaPct[1].v) / 1.0) : 0.0);
    // F: 1 m flow pushing toward the next (long-side, below) level.
    const Val imb = out.volume[0][0].imbalancePct;
    c.F = Val::of(imb.ok() && imb.v < 0 && !std::isnan(nextPx) ? std::abs(imb.v) / 100.0 : 0.0);
    const double score = 100.0 * (0.35 * c.I.v + 0.25 * c.N.v + 0.2 * c.D.v + 0.2 * c.F.v);
    c.score = Val::of(score);
    c.label = score >= st.cascadeHighScore ? QT_TRANSLATE_NOOP("Metrics", "HIGH") : (score >= st.cascadeMediumScore ? QT_TRANSLATE_NOOP("Metrics", "MEDIUM") : QT_TRANSLATE_NOOP("Metrics", "LOW"));
}

// §9 Regime from 1 m bars of the perp reference.
void SnapshotBuilder::regime(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    Regime &r = out.regime;
    r.impliedVol = Val::missing(QT_TRANSLATE_NOOP("Metrics", "relay sends no options data"));
    // The last closed minute bar: second s is sampled once the clock has moved past it, so
    // the newest sampled second is m_sec − 1 (a clock exactly on a minute has not closed it).
    const int64_t minute = floorDiv(m_sec - 1, 60);
    std::vector<double> closes;
    for (int64_t m = minute - 60; m <= minute; ++m)
        closes.push_back(s.minuteClose.has(m) ? s.minuteClose.at(m) : kNaN);
    // Use the trailing run of consecutive valid bars.
    size_t start = closes.size();
    while (start > 0 && !std::isnan(closes[start - 1]))
        --start;
    closes.erase(closes.begin(), closes.begin() + static_cast<long>(start));
    r.bars = static_cast<int>(closes.size());
    if (r.bars < 16) {
        r.state = "n/a";
        r.na = {QT_TRANSLATE_NOOP("Metrics", "warming up %1/%2 one-minute bars"), static_cast<double>(r.bars), 16};
        r.confidence = r.er = r.rv15 = r.rv60 = r.volRatio = Val::missing(r.na.text, r.na.a, r.na.b);
        r.direction = r.volState = "n/a";
        return;
    }
    const size_t n = closes.size();
    const size_t look = std::min<size_t>(30, n - 1);
    double path = 0;
    for (size_t i = n - look; i < n; ++i)
        path += std::abs(closes[i] - closes[i - 1]);
    const double move = closes[n - 1] - closes[n - 1 - look];
    r.er = Val::of(path > 0 ? std::abs(move) / path : 0.0);
    auto rv = [&](size_t bars) {
        const size_t k = std::min(bars, n - 1);
        double sum = 0, sum2 = 0;
        for (size_t i = n - k; i < n; ++i) {
            const double x = std::log(closes[i] / closes[i - 1]);
            sum += x;
            sum2 += x * x;
        }
        const double mean = sum / k;
        const double var = k > 1 ? std::max(0.0, (sum2 - k * mean * mean) / (k - 1)) : 0.0;
        return std::sqrt(var) * std::sqrt(525600.0);
    };
    r.rv15 = Val::of(rv(15));
    r.rv60 = Val::of(rv(60));
    r.volRatio = r.rv60.v > 0 ? Val::of(r.rv15.v / r.rv60.v) : Val::missing(QT_TRANSLATE_NOOP("Metrics", "no price movement in 60 m"));
    const double er = r.er.v, vr = r.volRatio.ok() ? r.volRatio.v : 1.0;
    double margin; // distance to the nearest boundary of the chosen state, relative
    if (er >= st.regimeTrendEr) {
        r.state = QT_TRANSLATE_NOOP("Metrics", "TRENDING");
        margin = (er - st.regimeTrendEr) / st.regimeTrendEr;
    } else if (vr > st.regimeVolatileRatio && er < st.regimeVolatileEr) {
        r.state = QT_TRANSLATE_NOOP("Metrics", "VOLATILE");
        margin = std::min((vr - st.regimeVolatileRatio) / st.regimeVolatileRatio, (st.regimeVolatileEr - er) / st.regimeVolatileEr);
    } else if (er < st.regimeRangeEr && vr < st.regimeRangeRatio) {
        r.state = QT_TRANSLATE_NOOP("Metrics", "RANGE-BOUND");
        margin = std::min((st.regimeRangeEr - er) / st.regimeRangeEr, (st.regimeRangeRatio - vr) / st.regimeRangeRatio);
    } else {
        r.state = QT_TRANSLATE_NOOP("Metrics", "RANGING");
        // inside the default band: nearest of the boundaries that would change it
        margin = std::min({std::abs(st.regimeTrendEr - er) / st.regimeTrendEr, std::abs(er - st.regimeRangeEr) / st.regimeRangeEr,
                           std::abs(vr - st.regimeVolatileRatio) / st.regimeVolatileRatio});
    }
    const double sufficiency = std::min(1.0, (r.bars - 1) / 60.0);
    r.confidence = Val::of(std::min(100.0, std::max(0.0, margin) * 200.0) * sufficiency);
    if (er >= st.regimeDirectionEr) {
        const size_t k = std::min<size_t>(30, n - 1);
        const double ret = closes[n - 1] / closes[n - 1 - k] - 1;
        r.direction = ret > 0 ? QT_TRANSLATE_NOOP("Metrics", "BULLISH") : (ret < 0 ? QT_TRANSLATE_NOOP("Metrics", "BEARISH") : QT_TRANSLATE_NOOP("Metrics", "NEUTRAL"));
    } else {
        r.direction = QT_TRANSLATE_NOOP("Metrics", "NEUTRAL");
    }
    r.volState = !r.volRatio.ok() ? "n/a" : vr > st.volIncreasing ? QT_TRANSLATE_NOOP("Metrics", "INCREASING") : (vr < st.volDecreasing ? QT_TRANSLATE_NOOP("Metrics", "DECREASING") : QT_TRANSLATE_NOOP("Metrics", "STABLE"));
}

// §9 Liquidity score: percentiles of now against the last hour's 5 s samples.
void SnapshotBuilder::liquidity(SymbolSnapshot &out, const SymbolState &s) const
{
    const MetricSettings &st = m_agg.settings();
    Liquidity &l = out.liquidity;
    const int64_t k = (m_sec - 1) / 5;
    std::vector<double> tob, inv, tps;
    for (int64_t i = k - 719; i <= k; ++i)
        if (s.liquidity.has(i)) {
            const auto &x = s.liquidity.at(i);
            tob.push_back(x.tobUsd);
            inv.push_back(x.invSpread);
            tps.push_back(x.tradesPerS);
        }
    l.samples = static_cast<int>(tob.size());
    if (l.samples < 12 || !s.liquidity.has(k)) {
        l.score = Val::missing(QT_TRANSLATE_NOOP("Metrics", "warming up %1/%2 samples"), l.samples, 12);
        l.label = "n/a";
        return;
    }
    const auto &now = s.liquidity.at(k);
    l.tobPct = Val::of(percentileRank(tob, now.tobUsd));
    l.invSpreadPct = std::isnan(now.invSpread) ? Val::missing(QT_TRANSLATE_NOOP("Metrics", "no fresh two-sided quote"))
                                               : Val::of(percentileRank(inv, now.invSpread));
    l.tradesPct = Val::of(percentileRank(tps, now.tradesPerS));
    double sum = l.tobPct.v + l.tradesPct.v;
    int n = 2;
    if (l.invSpreadPct.ok()) {
        sum += l.invSpreadPct.v;
        ++n;
    }
    l.score = Val::of(sum / n);
    l.label = l.score.v < st.liquidityThin ? QT_TRANSLATE_NOOP("Metrics", "THIN") : (l.score.v > st.liquidityThick ? QT_TRANSLATE_NOOP("Metrics", "THICK") : QT_TRANSLATE_NOOP("Metrics", "NORMAL"));
}

// §10 Correlation matrix (5 s bars, 30 m), cross-exchange, lead/lag (1 s, ±10 s).
void SnapshotBuilder::correlation(ViewSnapshot &out) const
{
    const MetricSettings &st = m_agg.settings();
    Correlation &c = out.correlation;
    std::vector<std::vector<double>> rets5, rets1;
    std::vector<const SymbolState *> syms;
    const int64_t k5 = (m_sec - 1) / 5;
    for (const SymbolSnapshot &ss : out.symbols) {
        const int id = m_agg.registry().symbolId(ss.symbol);
        const SymbolState *sp = nullptr;
        for (const SymbolState &s : m_agg.symbols())
            if (s.symbol == id)
                sp = &s;
        if (!sp || !ss.perpRef.ok())
            continue;
        syms.push_back(sp);
        c.symbols.push_back(ss.symbol);
        rets5.push_back(logReturns(series(sp->fiveSecClose, k5 - 361, k5)));
        rets1.push_back(logReturns(series(sp->perpRef, m_sec - 1 - 301, m_sec - 1)));
        c.crossExchange.push_back({ss.symbol, ss.basis.priceCorrelation});
    }
    const size_t n = c.symbols.size();
    c.matrix.resize(n * n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j) {
            int bars = 0;
            const double r = i == j ? 1.0 : pearson(rets5[i], rets5[j], st.correlationMinBars, &bars);
            c.matrix[i * n + j] = std::isnan(r) ? Val::missing(QT_TRANSLATE_NOOP("Metrics", "warming up %1/%2 bars"), bars, st.correlationMinBars)
                                                : Val::of(r);
            if (i != j)
                c.bars = std::max(c.bars, bars);
        }
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j) {
            Correlation::LeadLag ll;
            ll.a = c.symbols[i];
            ll.b = c.symbols[j];
            double best = -2;
            int bestLag = 0, bestN = 0;
            const auto &a = rets1[i], &b = rets1[j];
            for (int lag = -st.leadLagMaxSec; lag <= st.leadLagMaxSec; ++lag) {
                // lag > 0: a's return at t pairs with b's at t+lag (a leads)
                std::vector<double> x, y;
                for (size_t t = 0; t < a.size(); ++t) {
                    const long u = static_cast<long>(t) + lag;
                    if (u < 0 || u >= static_cast<long>(b.size()))
                        continue;
                    x.push_back(a[t]);
                    y.push_back(b[static_cast<size_t>(u)]);
                }
                int cnt = 0;
                const double r = pearson(x, y, 30, &cnt);
                if (!std::isnan(r) && r > best) {
                    best = r;
                    bestLag = lag;
                    bestN = cnt;
                }
            }
            if (best < -1) {
                ll.corr = Val::missing(QT_TRANSLATE_NOOP("Metrics", "warming up: fewer than %1 common 1 s returns"), 30);
                ll.text = "n/a";
            } else {
                ll.corr = Val::of(best);
                const double sig = 2.0 / std::sqrt(static_cast<double>(bestN));
                if (best > sig && bestLag != 0) {
                    ll.leader = bestLag > 0 ? ll.a : ll.b;
                    ll.lagSec = std::abs(bestLag);
                    ll.text = ll.leader + " leads by " + std::to_string(ll.lagSec) + " s";
                } else {
                    ll.text = QT_TRANSLATE_NOOP("Metrics", "no lead");
                }
            }
            c.leadLag.push_back(std::move(ll));
        }
}

// Price & CVD history (issue 5 §15): kHistoryBars bars of kHistoryBarSec over the
// last hour, read from the 1 s trade rings (no extra state per event).
void SnapshotBuilder::priceHistory(SymbolSnapshot &out, const SymbolState &s) const
{
    PriceHistory &h = out.priceHistory;
    const int bar = kHistoryBarSec, n = kHistoryBars;
    h.barSec = bar;
    h.lastBarEndSec = ceilDiv(m_sec, bar) * bar;
    const auto &reg = m_agg.registry();
    std::vector<const MarketState *> perps;
    for (int idx : s.markets)
        if (mkt(idx).type == MarketType::Perp && mkt(idx).tradesSeen > 0)
            perps.push_back(&mkt(idx));
    if (perps.empty())
        return;
    std::sort(perps.begin(), perps.end(),
              [&](const MarketState *a, const MarketState *b) { return reg.venueName(a->venue) < reg.venueName(b->venue); });
    auto barEnd = [&](int i) { return h.lastBarEndSec - static_cast<int64_t>(n - 1 - i) * bar; };

    PriceCvdSeries comp{"composite", std::vector<double>(static_cast<size_t>(n), kNaN), std::vector<double>(static_cast<size_t>(n), kNaN)};
    for (int i = 0; i < n; ++i) {
        const int64_t e = barEnd(i);
        // Seconds before the clock's own are sampled; the bar in progress uses the reference now.
        comp.price[static_cast<size_t>(i)] = e >= m_sec ? out.perpRef.v : (s.perpRef.has(e) ? s.perpRef.at(e) : kNaN);
    }
    std::vector<PriceCvdSeries> venues;
    for (const MarketState *m : perps) {
        PriceCvdSeries v{reg.venueName(m->venue), std::vector<double>(static_cast<size_t>(n), kNaN),
                         std::vector<double>(static_cast<size_t>(n), kNaN)};
        // CVD at a bar's end = CVD now − the net flow of the bars after it.
        const int64_t firstSec = bucketSecond(m->firstTradeNs);
        double cvd = m->tradeCvd;
        std::vector<double> vwap(static_cast<size_t>(n), kNaN);
        for (int i = n - 1; i >= 0; --i) {
            const int64_t e = barEnd(i);
            const TradeBucket b = m->ring.sum(e - bar, e);
            const double qty = b.buyQty + b.sellQty;
            if (qty > 0)
                vwap[static_cast<size_t>(i)] = (b.buyUsd + b.sellUsd) / qty;
            if (e >= firstSec)
                v.cvd[static_cast<size_t>(i)] = cvd;
            cvd -= b.buyUsd - b.sellUsd;
        }
        double last = kNaN; // bars without prints carry the last VWAP
        for (int i = 0; i < n; ++i) {
            if (!std::isnan(vwap[static_cast<size_t>(i)]))
                last = vwap[static_cast<size_t>(i)];
            v.price[static_cast<size_t>(i)] = last;
        }
        for (int i = 0; i < n; ++i) {
            const double c = v.cvd[static_cast<size_t>(i)];
            double &t = comp.cvd[static_cast<size_t>(i)];
            if (!std::isnan(c))
                t = std::isnan(t) ? c : t + c;
        }
        venues.push_back(std::move(v));
    }
    h.series.push_back(std::move(comp));
    for (auto &v : venues)
        h.series.push_back(std::move(v));
}

// Volume profile (issue 5 §16): the aggregator's running 15 m / 1 h sums per
// price bucket, the point of control (most USD) and the value area around it.
void SnapshotBuilder::volumeProfile(SymbolSnapshot &out, const SymbolState &s) const
{
    const ProfileState &p = s.profile;
    for (int w = 0; w < kProfileCount; ++w) {
        VolumeProfile &vp = out.volumeProfile[w];
        vp.windowSec = kProfileSec[w];
        vp.step = p.step;
        std::vector<std::pair<int64_t, ProfileCell>> cells(p.window[w].begin(), p.window[w].end());
        std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        vp.buckets.reserve(cells.size());
        for (const auto &[k, c] : cells) {
            ProfileBucket b;
            b.low = static_cast<double>(k) * p.step;
            b.high = static_cast<double>(k + 1) * p.step;
            b.buyUsd = c.buyUsd;
            b.sellUsd = c.sellUsd;
            b.prints = c.prints;
            vp.totalUsd += b.usd();
            if (vp.pocIndex < 0 || b.usd() > vp.buckets[static_cast<size_t>(vp.pocIndex)].usd())
                vp.pocIndex = static_cast<int>(vp.buckets.size()); // ties keep the lower price
            vp.buckets.push_back(b);
        }
        if (vp.pocIndex < 0) {
            const char *why = QT_TRANSLATE_NOOP("Metrics", "no perp trades in the window");
            vp.pocLow = vp.pocHigh = vp.valueAreaLow = vp.valueAreaHigh = Val::missing(why);
            continue;
        }
        const auto &bk = vp.buckets;
        const auto usd = [&](int i) { return bk[static_cast<size_t>(i)].usd(); };
        vp.pocLow = Val::of(bk[static_cast<size_t>(vp.pocIndex)].low);
        vp.pocHigh = Val::of(bk[static_cast<size_t>(vp.pocIndex)].high);
        vp.pocUsd = usd(vp.pocIndex);
        // Value area: grow from the POC one bucket at a time toward the side whose next
        // bucket (with volume) holds more USD, both on a tie, until it holds kValueAreaPct.
        const double target = vp.totalUsd * kValueAreaPct / 100.0;
        int lo = vp.pocIndex, hi = vp.pocIndex;
        double area = vp.pocUsd;
        const int last = static_cast<int>(bk.size()) - 1;
        while (area < target && (lo > 0 || hi < last)) {
            const double down = lo > 0 ? usd(lo - 1) : -1, up = hi < last ? usd(hi + 1) : -1;
            if (up >= down)
                area += usd(++hi);
            if (down >= up)
                area += usd(--lo);
        }
        vp.valueAreaLow = Val::of(bk[static_cast<size_t>(lo)].low);
        vp.valueAreaHigh = Val::of(bk[static_cast<size_t>(hi)].high);
        vp.valueAreaUsd = area;
    }
}

void SnapshotBuilder::whales(ViewSnapshot &out) const
{
    const auto &orders = m_agg.largeOrders();
    for (auto it = orders.rbegin(); it != orders.rend() && out.whales.size() < 200; ++it)
        out.whales.push_back(toOrder(*it));
}

// §11 Signals fire on a transition into a critical state, once.
void SnapshotBuilder::buildSignals(ViewSnapshot &out)
{
    // A signal fires when its state is entered (state "" = nothing to signal), with a
    // cool-down and hysteresis so a value oscillating around a threshold fires once:
    // - no (symbol, kind) fires twice within the cool-down;
    // - the state that fired last fires again only after it has been left for the cool-down.
    const int64_t cooldownNs = static_cast<int64_t>(std::max(0, m_agg.settings().signalCooldownSec)) * kNsPerSec;
    auto emit = [&](const std::string &sym, const std::string &kind, const std::string &state, const std::string &severity,
                    const std::string &msg, const char *text = nullptr, std::vector<std::string> args = {}) {
        SignalState &st = m_signalState[sym + "|" + kind];
        if (st.everFired && state == st.fired) {
            const bool wasAwayLongEnough = st.awaySinceNs >= 0 && m_t - st.awaySinceNs >= cooldownNs;
            st.awaySinceNs = -1;
            if (!wasAwayLongEnough)
                return; // back in the same state: the same crossing, no new signal
        } else {
            if (st.awaySinceNs < 0)
                st.awaySinceNs = m_t;
            if (state.empty())
                return;
            if (st.everFired && m_t - st.firedNs < cooldownNs)
                return; // a different state inside the cool-down: fires when it has elapsed, if still there
            st.awaySinceNs = -1;
        }
        st.fired = state;
        st.firedNs = m_t;
        st.everFired = true;
        m_signals.push_front({m_t, sym, kind, severity, msg, text, std::move(args)});
        if (m_signals.size() > 200)
            m_signals.pop_back();
    };
    auto fmtUsd = [](double v) {
        char buf[32];
        const double a = std::abs(v);
        if (a >= 1e9)
            std::snprintf(buf, sizeof buf, "$%.2fB", v / 1e9);
        else if (a >= 1e6)
            std::snprintf(buf, sizeof buf, "$%.2fM", v / 1e6);
        else
            std::snprintf(buf, sizeof buf, "$%.0fK", v / 1e3);
        return std::string(buf);
    };
    for (const SymbolSnapshot &s : out.symbols) {
        const int a = static_cast<int>(s.imbalanceArrow);
        emit(s.symbol, "orderflow", std::abs(a) >= 2 ? arrowText(s.imbalanceArrow) : "", "warning",
             std::string("orderflow imbalance ") + arrowText(s.imbalanceArrow), QT_TRANSLATE_NOOP("Metrics", "orderflow imbalance %1"),
             {arrowText(s.imbalanceArrow)});
        if (!s.clusters.empty() && s.clusters.front().danger) {
            const LiqBucket &b = s.clusters.front();
            char buf[96], lo[32], hi[32];
            std::snprintf(buf, sizeof buf, "liquidation cluster DANGER ZONE %.6g–%.6g", b.low, b.high);
            std::snprintf(lo, sizeof lo, "%.6g", b.low);
            std::snprintf(hi, sizeof hi, "%.6g", b.high);
            emit(s.symbol, "liq_cluster", std::to_string(b.low), "critical", std::string(buf) + " " + fmtUsd(b.usd),
                 QT_TRANSLATE_NOOP("Metrics", "liquidation cluster DANGER ZONE %1–%2 %3"), {lo, hi, fmtUsd(b.usd)});
        } else {
            emit(s.symbol, "liq_cluster", "", "", "");
        }
        // Volume-profile node: the 15 m point of control; a new signal when it moves to
        // another node (flow view and buildAll only: other views carry no profile). The
        // neighbouring bucket counts as the same node: two close buckets trade places often.
        if (const VolumeProfile &vp = s.volumeProfile[0]; vp.windowSec > 0) {
            if (vp.pocLow.ok()) {
                const auto known = m_volumeNode.find(s.symbol);
                const bool sameNode = known != m_volumeNode.end() && std::abs(vp.pocLow.v - known->second) < 1.5 * vp.step;
                const std::string state = std::to_string(sameNode ? known->second : vp.pocLow.v);
                char buf[128], lo[32], hi[32];
                std::snprintf(buf, sizeof buf, "volume-profile node %.8g–%.8g: ", vp.pocLow.v, vp.pocHigh.v);
                std::snprintf(lo, sizeof lo, "%.8g", vp.pocLow.v);
                std::snprintf(hi, sizeof hi, "%.8g", vp.pocHigh.v);
                emit(s.symbol, "volume_node", state, "info", buf + fmtUsd(vp.pocUsd) + " in 15 m",
                     QT_TRANSLATE_NOOP("Metrics", "volume-profile node %1–%2: %3 in 15 m"), {lo, hi, fmtUsd(vp.pocUsd)});
                if (m_signalState[s.symbol + "|volume_node"].fired == std::to_string(vp.pocLow.v))
                    m_volumeNode[s.symbol] = vp.pocLow.v; // announced
            } else {
                emit(s.symbol, "volume_node", "", "", "");
            }
        }
        std::string bstate = s.basis.steep ? "STEEP" : (s.basis.arbitrage ? "ARB" : "");
        emit(s.symbol, "basis", bstate, s.basis.steep ? "critical" : "info", "basis " + bstate,
             s.basis.steep ? QT_TRANSLATE_NOOP("Metrics", "basis STEEP") : QT_TRANSLATE_NOOP("Metrics", "basis ARB"));
        std::string fstate;
        for (const auto &v : s.funding.venues)
            if (v.intensity == "EXTREME")
                fstate = "EXTREME";
        if (fstate.empty() && s.funding.arb)
            fstate = "ARB";
        emit(s.symbol, "funding", fstate, fstate == "EXTREME" ? "critical" : "info", "funding " + fstate,
             fstate == "EXTREME" ? QT_TRANSLATE_NOOP("Metrics", "funding EXTREME") : QT_TRANSLATE_NOOP("Metrics", "funding ARB"));
        if (s.cascade.score.ok())
            emit(s.symbol, "cascade", s.cascade.label == "HIGH" ? "HIGH" : "", "critical", "cascade risk HIGH",
                 QT_TRANSLATE_NOOP("Metrics", "cascade risk HIGH"));
        if (s.regime.state != "n/a" && !s.regime.state.empty())
            emit(s.symbol, "regime", s.regime.state, "info", "regime " + s.regime.state, QT_TRANSLATE_NOOP("Metrics", "regime %1"),
                 {s.regime.state});
        if (s.liquidity.score.ok())
            emit(s.symbol, "liquidity", s.liquidity.label == "THIN" ? "THIN" : "", "warning", "liquidity THIN",
                 QT_TRANSLATE_NOOP("Metrics", "liquidity THIN"));
        // The venue with the largest |net flow 5m|. The one in place keeps the lead until
        // another's is 25 % larger: two venues with about equal flow traded the lead every
        // few seconds and filled the signal feed with "net-flow leader" lines.
        std::string leader;
        double best = 0, held = -1;
        std::string &current = m_flowLeader[s.symbol];
        for (const auto &v : s.cvd.venues) {
            if (std::abs(v.trade5m) > best) {
                best = std::abs(v.trade5m);
                leader = v.venue;
            }
            if (v.venue == current)
                held = std::abs(v.trade5m);
        }
        if (held > 0 && leader != current && best < 1.25 * held)
            leader = current;
        current = leader;
        emit(s.symbol, "netflow_leader", leader, "info", "net-flow leader " + leader, QT_TRANSLATE_NOOP("Metrics", "net-flow leader %1"),
             {leader});
        // Stream stale on the engine clock: a venue's L1 quote older than the freshness window
        // (the receive-clock feed health lives in FeedHealth, outside the builder).
        for (const Quote &q : s.quotes) {
            if (!q.hasBid && !q.hasAsk)
                continue;
            char buf[128];
            std::snprintf(buf, sizeof buf, "stream stale: %s %s L1 quote %.0f s old", q.venue.c_str(),
                          q.type == MarketType::Spot ? "spot" : "perp", q.ageSec);
            char age[32];
            std::snprintf(age, sizeof age, "%.0f", q.ageSec);
            emit(s.symbol, std::string("stale|") + q.venue + (q.type == MarketType::Spot ? "|spot" : "|perp"),
                 q.ageSec >= m_agg.settings().l1FreshSec ? "STALE" : "", "warning", buf, // a one-sided quote is not stale
                 q.type == MarketType::Spot ? QT_TRANSLATE_NOOP("Metrics", "stream stale: %1 spot L1 quote %2 s old")
                                            : QT_TRANSLATE_NOOP("Metrics", "stream stale: %1 perp L1 quote %2 s old"),
                 {q.venue, age});
        }
    }
    out.signalFeed.assign(m_signals.begin(), m_signals.end());
}

} // namespace fd
