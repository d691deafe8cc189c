#include "snapshotjson.h"

#include "util/timeutil.h"

#include <QJsonArray>

namespace fd {

namespace {

const char *kWin[kWindowCount] = {"1m", "5m", "15m"};
const char *kType[kTypeCount] = {"perp", "spot", "combined"};

QString qs(const std::string &s) { return QString::fromStdString(s); }
QString key(const char *s) { return QString::fromLatin1(s); }
QJsonValue num(double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); }
QJsonValue integer(int64_t v) { return QJsonValue(static_cast<qint64>(v)); }
QJsonValue timeStr(int64_t ns) { return qs(formatRfc3339(ns)); }

void put(QJsonObject &o, const char *k, const Val &v)
{
    o.insert(key(k), num(v.v));
    if (!v.ok() && v.na.text)
        o.insert(key(k) + QStringLiteral("_reason"), qs(v.na.format()));
}

QJsonObject volumeJson(const VolumeStats &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("buy_usd"), v.buyUsd);
    o.insert(QStringLiteral("sell_usd"), v.sellUsd);
    o.insert(QStringLiteral("total_usd"), v.totalUsd);
    o.insert(QStringLiteral("net_flow_usd"), v.netFlowUsd);
    o.insert(QStringLiteral("net_flow_usd_per_min"), v.netFlowUsdPerMin);
    put(o, "buy_share_pct", v.buySharePct);
    put(o, "imbalance_pct", v.imbalancePct);
    put(o, "vwap", v.vwap);
    o.insert(QStringLiteral("base_volume"), v.baseVolume);
    o.insert(QStringLiteral("trade_count"), integer(v.tradeCount));
    o.insert(QStringLiteral("buy_trade_count"), integer(v.buyTradeCount));
    o.insert(QStringLiteral("sell_trade_count"), integer(v.sellTradeCount));
    o.insert(QStringLiteral("volume_rate_usd_per_s"), v.volumeRateUsdPerS);
    o.insert(QStringLiteral("trades_per_s"), v.tradesPerS);
    o.insert(QStringLiteral("intensity"), qs(v.intensity));
    QJsonObject pv;
    for (const auto &x : v.perVenue)
        pv.insert(qs(x.venue), QJsonObject{{QStringLiteral("usd"), x.usd},
                                           {QStringLiteral("share_pct"), x.sharePct},
                                           {QStringLiteral("trade_count"), integer(x.tradeCount)}});
    o.insert(QStringLiteral("per_venue"), pv);
    o.insert(QStringLiteral("up_ticks"), integer(v.upTicks));
    o.insert(QStringLiteral("down_ticks"), integer(v.downTicks));
    put(o, "tick_ratio", v.tickRatio);
    return o;
}

QJsonObject takerJson(const VolumeStats &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("order_count"), integer(v.orderCount));
    o.insert(QStringLiteral("buy_order_count"), integer(v.buyOrderCount));
    o.insert(QStringLiteral("sell_order_count"), integer(v.sellOrderCount));
    put(o, "avg_order_usd", v.avgOrderUsd);
    put(o, "avg_buy_order_usd", v.avgBuyOrderUsd);
    put(o, "avg_sell_order_usd", v.avgSellOrderUsd);
    o.insert(QStringLiteral("max_order_usd"), v.maxOrderUsd);
    put(o, "aggressor_ratio_count", v.aggressorRatioCount);
    put(o, "aggressor_ratio_usd", v.aggressorRatioUsd);
    put(o, "size_imbalance", v.sizeImbalance);
    o.insert(QStringLiteral("count_ge_100k"), integer(v.countGe100k));
    o.insert(QStringLiteral("count_ge_500k"), integer(v.countGe500k));
    o.insert(QStringLiteral("count_ge_5m"), integer(v.countGe5m));
    o.insert(QStringLiteral("whale_count"), integer(v.countGe500k));
    o.insert(QStringLiteral("tiers_exclusive"),
             QJsonObject{{QStringLiteral("large_100k_500k"), integer(v.countGe100k - v.countGe500k)},
                         {QStringLiteral("whale_500k_5m"), integer(v.countGe500k - v.countGe5m)},
                         {QStringLiteral("mega_ge_5m"), integer(v.countGe5m)}});
    return o;
}

QJsonObject orderJson(const TakerOrder &t)
{
    return QJsonObject{{QStringLiteral("exchange"), qs(t.exchange)},
                       {QStringLiteral("venue"), qs(t.venue)},
                       {QStringLiteral("symbol"), qs(t.symbol)},
                       {QStringLiteral("type"), t.type == MarketType::Perp ? QStringLiteral("PERP") : QStringLiteral("SPOT")},
                       {QStringLiteral("time_exchange"), timeStr(t.timeNs)},
                       {QStringLiteral("side"), t.side == Side::Buy ? QStringLiteral("Buy") : QStringLiteral("Sell")},
                       {QStringLiteral("usd"), t.usd},
                       {QStringLiteral("base_qty"), t.baseQty},
                       {QStringLiteral("price"), t.price},
                       {QStringLiteral("prints"), t.prints},
                       {QStringLiteral("tier"), qs(t.tier)},
                       {QStringLiteral("outlier"), t.outlier}};
}

QJsonObject refJson(const RefPrice &r)
{
    QJsonObject o;
    put(o, "price", r.price);
    o.insert(QStringLiteral("source"), qs(r.source));
    QJsonObject v;
    for (const auto &x : r.venues)
        v.insert(qs(x.venue), QJsonObject{{QStringLiteral("mid"), x.mid},
                                          {QStringLiteral("age_s"), x.ageSec},
                                          {QStringLiteral("exchange"), qs(x.exchange)}});
    o.insert(QStringLiteral("venues"), v);
    return o;
}

} // namespace

QJsonObject symbolToJson(const SymbolSnapshot &s)
{
    QJsonObject o;
    put(o, "perp_reference", s.perpRef);
    put(o, "spot_reference", s.spotRef);
    QJsonObject vol, taker;
    for (int w = 0; w < kWindowCount; ++w) {
        QJsonObject vw, tw;
        for (int t = 0; t < kTypeCount; ++t) {
            vw.insert(key(kType[t]), volumeJson(s.volume[w][t]));
            tw.insert(key(kType[t]), takerJson(s.volume[w][t]));
        }
        vol.insert(key(kWin[w]), vw);
        taker.insert(key(kWin[w]), tw);
    }
    o.insert(QStringLiteral("volume"), vol);
    o.insert(QStringLiteral("taker_orders"), taker);
    QJsonObject st;
    put(st, "avg_order_usd_1m", s.sizeTrend.avg1m);
    put(st, "avg_order_usd_15m", s.sizeTrend.avg15m);
    put(st, "ratio", s.sizeTrend.ratio);
    st.insert(QStringLiteral("label"), qs(s.sizeTrend.label));
    o.insert(QStringLiteral("size_trend_perp"), st);
    QJsonArray largest;
    for (const auto &t : s.largestOrders5m)
        largest.append(orderJson(t));
    o.insert(QStringLiteral("largest_taker_orders_5m"), largest);

    QJsonObject flow;
    flow.insert(QStringLiteral("imbalance_arrow"), QString::fromUtf8(arrowText(s.imbalanceArrow)));
    flow.insert(QStringLiteral("trend"), qs(s.flowTrend));
    flow.insert(QStringLiteral("streak_direction"), s.streakDir);
    flow.insert(QStringLiteral("streak_length"), s.streakLen);
    flow.insert(QStringLiteral("streak_venue"), qs(s.streakVenue));
    put(flow, "vwap_deviation_pct", s.vwapDeviationPct);
    o.insert(QStringLiteral("orderflow"), flow);

    QJsonObject liq;
    for (int w = 0; w < kWindowCount; ++w) {
        const auto &l = s.liquidations[w];
        QJsonObject lw{{QStringLiteral("long_liquidated_usd"), l.longUsd},
                       {QStringLiteral("short_liquidated_usd"), l.shortUsd},
                       {QStringLiteral("total_usd"), l.totalUsd},
                       {QStringLiteral("long_count"), integer(l.longCount)},
                       {QStringLiteral("short_count"), integer(l.shortCount)},
                       {QStringLiteral("total_count"), integer(l.totalCount)},
                       {QStringLiteral("usd_per_min"), l.usdPerMin}};
        put(lw, "avg_usd", l.avgUsd);
        QJsonObject pv;
        for (const auto &v : l.perVenue)
            pv.insert(qs(v.venue), QJsonObject{{QStringLiteral("long_liquidated_usd"), v.longUsd},
                                               {QStringLiteral("short_liquidated_usd"), v.shortUsd},
                                               {QStringLiteral("long_count"), integer(v.longCount)},
                                               {QStringLiteral("short_count"), integer(v.shortCount)}});
        lw.insert(QStringLiteral("per_venue"), pv);
        liq.insert(key(kWin[w]), lw);
    }
    o.insert(QStringLiteral("liquidations"), liq);
    QJsonObject cl{{QStringLiteral("step"), s.clusterStep},
                   {QStringLiteral("danger_threshold_usd"), s.dangerThresholdUsd},
                   {QStringLiteral("bucket_count"), integer(s.clusterBucketCount)}};
    QJsonArray top;
    for (const auto &b : s.clusters)
        top.append(QJsonObject{{QStringLiteral("bucket_low"), b.low},
                               {QStringLiteral("bucket_high"), b.high},
                               {QStringLiteral("usd"), b.usd},
                               {QStringLiteral("long_liquidated_usd"), b.longUsd},
                               {QStringLiteral("short_liquidated_usd"), b.shortUsd},
                               {QStringLiteral("long_count"), integer(b.longCount)},
                               {QStringLiteral("short_count"), integer(b.shortCount)},
                               {QStringLiteral("danger_zone"), b.danger}});
    cl.insert(QStringLiteral("top"), top);
    o.insert(QStringLiteral("liquidation_clusters_15m"), cl);

    QJsonObject oi;
    QJsonObject oiv;
    for (const auto &v : s.oi.venues) {
        QJsonObject x{{QStringLiteral("exchange"), qs(v.exchange)},
                      {QStringLiteral("time"), timeStr(v.timeNs)},
                      {QStringLiteral("contracts_wire"), v.wire},
                      {QStringLiteral("base"), v.base},
                      {QStringLiteral("usd_source"), v.usd.ok() ? qs(v.usdSource) : QStringLiteral("n/a: ") + qs(v.usd.na.format())}};
        put(x, "usd", v.usd);
        put(x, "share_pct", v.sharePct);
        oiv.insert(qs(v.venue), x);
    }
    oi.insert(QStringLiteral("venues"), oiv);
    put(oi, "total_usd", s.oi.totalUsd);
    oi.insert(QStringLiteral("total_base"), s.oi.totalBase);
    oi.insert(QStringLiteral("complete"), s.oi.complete);
    for (int w = 0; w < kWindowCount; ++w) {
        put(oi, (std::string("delta_usd_") + kWin[w]).c_str(), s.oi.deltaUsd[w]);
        put(oi, (std::string("delta_pct_") + kWin[w]).c_str(), s.oi.deltaPct[w]);
    }
    put(oi, "delta_rate_usd_per_s", s.oi.rateUsdPerS);
    put(oi, "momentum_usd_per_s", s.oi.momentum);
    put(oi, "oi_volume_ratio", s.oi.oiVolumeRatio);
    o.insert(QStringLiteral("open_interest"), oi);

    const Basis &b = s.basis;
    QJsonObject bj{{QStringLiteral("perp_reference"), refJson(b.perp)},
                   {QStringLiteral("spot_reference"), refJson(b.spot)},
                   {QStringLiteral("state"), qs(b.state)},
                   {QStringLiteral("steep"), b.steep},
                   {QStringLiteral("arbitrage_flag"), b.arbitrage},
                   {QStringLiteral("trend"), QString::fromUtf8(arrowText(b.trend))},
                   {QStringLiteral("spread_flag"), b.spreadFlag},
                   {QStringLiteral("migration_venue"), qs(b.migrationVenue)}};
    put(bj, "basis_usd", b.basisUsd);
    put(bj, "basis_pct", b.basisPct);
    put(bj, "trend_slope_pct_per_5m", b.trendSlopePctPer5m);
    put(bj, "exchange_spread_max_min_pct", b.spreadMaxMinPct);
    put(bj, "migration_delta_pct", b.migrationDeltaPct);
    put(bj, "exchange_price_correlation", b.priceCorrelation);
    QJsonObject pv;
    for (const auto &v : b.perVenue)
        pv.insert(qs(v.venue), QJsonObject{{QStringLiteral("perp_mid"), v.perpMid},
                                           {QStringLiteral("spot_mid"), v.spotMid},
                                           {QStringLiteral("basis_usd"), v.basisUsd},
                                           {QStringLiteral("basis_pct"), v.basisPct}});
    bj.insert(QStringLiteral("per_venue"), pv);
    QJsonObject sp;
    for (const auto &v : b.exchangeSpreads)
        sp.insert(qs(v.venue), QJsonObject{{QStringLiteral("mid"), v.mid},
                                           {QStringLiteral("vs_median_usd"), v.vsMedianUsd},
                                           {QStringLiteral("vs_median_bps"), v.vsMedianBps}});
    bj.insert(QStringLiteral("exchange_spreads"), sp);
    o.insert(QStringLiteral("basis"), bj);

    QJsonObject cvd;
    for (const auto &v : s.cvd.venues) {
        QJsonObject x{{QStringLiteral("trade_cvd_usd_since_start"), v.tradeSinceStart},
                      {QStringLiteral("trade_cvd_usd_30s"), v.trade30s},
                      {QStringLiteral("trade_cvd_usd_1m"), v.trade1m},
                      {QStringLiteral("trade_cvd_usd_5m"), v.trade5m},
                      {QStringLiteral("trade_cvd_usd_15m"), v.trade15m},
                      {QStringLiteral("relay_messages"), integer(v.relayMessages)}};
        put(x, "relay_last_delta_quote_usd", v.relayLast);
        put(x, "relay_cvd_usd_since_start_reset_adjusted", v.relayAdjusted);
        QJsonArray resets;
        for (int64_t r : v.resets)
            resets.append(timeStr(r));
        x.insert(QStringLiteral("relay_resets_detected"), resets);
        cvd.insert(qs(v.venue), x);
    }
    o.insert(QStringLiteral("cvd"), cvd);
    QJsonObject flowc{{QStringLiteral("total_usd_since_start"), s.cvd.totalSinceStart},
                      {QStringLiteral("total_usd_30s"), s.cvd.total30s},
                      {QStringLiteral("total_usd_1m"), s.cvd.total1m},
                      {QStringLiteral("total_usd_5m"), s.cvd.total5m},
                      {QStringLiteral("total_usd_15m"), s.cvd.total15m},
                      {QStringLiteral("velocity_usd_per_min_1m"), s.cvd.velocity1m},
                      {QStringLiteral("velocity_usd_per_min_5m"), s.cvd.velocity5m},
                      {QStringLiteral("divergence"), qs(s.cvd.divergence)},
                      {QStringLiteral("relay_resets"), integer(s.cvd.resetsTotal)}};
    put(flowc, "price_change_pct", s.cvd.priceChangePct);
    put(flowc, "normalised_flow_pct", s.cvd.normFlowPct);
    put(flowc, "exchange_cvd_correlation", s.cvd.exchangeCorrelation);
    if (s.cvd.divergence == "n/a")
        flowc.insert(QStringLiteral("divergence_reason"), qs(s.cvd.divergenceNa.format()));
    o.insert(QStringLiteral("cvd_summary"), flowc);

    QJsonObject fund;
    for (const auto &v : s.funding.venues) {
        QJsonObject x{{QStringLiteral("rate"), v.rate},
                      {QStringLiteral("rate_pct"), v.ratePct},
                      {QStringLiteral("time"), v.hasTime ? timeStr(v.timeNs) : QJsonValue()},
                      {QStringLiteral("next_time"), v.hasNextTime ? timeStr(v.nextTimeNs) : QJsonValue()},
                      {QStringLiteral("payer"), qs(v.payer)},
                      {QStringLiteral("interval_h"), v.intervalH},
                      {QStringLiteral("rate_8h_pct"), v.rate8hPct},
                      {QStringLiteral("intensity"), qs(v.intensity)},
                      {QStringLiteral("arrow"), QString::fromUtf8(arrowText(v.arrow))}};
        put(x, "delta_per_hour_pct", v.deltaPerHourPct);
        fund.insert(qs(v.venue), x);
    }
    o.insert(QStringLiteral("funding"), fund);
    QJsonObject fs{{QStringLiteral("estimated"), s.funding.estimated},
                   {QStringLiteral("arb"), s.funding.arb},
                   {QStringLiteral("premium_samples"), integer(s.funding.premiumSamples)}};
    put(fs, "oi_weighted_rate_8h_pct", s.funding.oiWeightedPct8h);
    put(fs, "differential_pct", s.funding.differentialPct);
    put(fs, "est_rate_pct", s.funding.estRatePct);
    put(fs, "premium_pct", s.funding.premiumPct);
    o.insert(QStringLiteral("funding_summary"), fs);

    QJsonArray quotes;
    for (const auto &q : s.quotes) {
        QJsonObject x{{QStringLiteral("venue"), qs(q.venue)},
                      {QStringLiteral("exchange"), qs(q.exchange)},
                      {QStringLiteral("type"), q.type == MarketType::Perp ? QStringLiteral("PERP") : QStringLiteral("SPOT")},
                      {QStringLiteral("bid"), q.hasBid ? QJsonValue(q.bid) : QJsonValue()},
                      {QStringLiteral("ask"), q.hasAsk ? QJsonValue(q.ask) : QJsonValue()},
                      {QStringLiteral("age_s"), q.ageSec},
                      {QStringLiteral("fresh"), q.fresh},
                      {QStringLiteral("signal"), qs(q.signal)}};
        put(x, "mid", q.mid);
        put(x, "spread_usd", q.spreadUsd);
        put(x, "spread_bps", q.spreadBps);
        put(x, "microprice", q.microprice);
        put(x, "depth_imbalance", q.depthImbalance);
        put(x, "bid_pressure_pct", q.bidPressurePct);
        put(x, "bid_pressure_avg_10s_pct", q.bidPressureAvg10s);
        put(x, "taker_buy_share_10s_pct", q.takerBuyShare10s);
        quotes.append(x);
    }
    o.insert(QStringLiteral("top_of_book"), quotes);

    // Price & CVD history (micro view): arrays oldest first, one value per bar.
    if (s.priceHistory.barSec > 0) {
        const PriceHistory &h = s.priceHistory;
        QJsonObject hj{{QStringLiteral("bar_s"), h.barSec},
                       {QStringLiteral("bar_count"), kHistoryBars},
                       {QStringLiteral("last_bar_end"), timeStr(h.lastBarEndSec * kNsPerSec)}};
        QJsonObject series;
        for (const auto &x : h.series) {
            QJsonArray price, cvd;
            for (double v : x.price)
                price.append(num(v));
            for (double v : x.cvd)
                cvd.append(num(v));
            series.insert(qs(x.venue), QJsonObject{{QStringLiteral("price"), price}, {QStringLiteral("cvd_usd"), cvd}});
        }
        hj.insert(QStringLiteral("series"), series);
        o.insert(QStringLiteral("price_cvd_history"), hj);
    }
    // Volume profile (flow view).
    if (s.volumeProfile[0].windowSec > 0) {
        QJsonObject pj;
        for (const VolumeProfile &vp : s.volumeProfile) {
            QJsonObject x{{QStringLiteral("window_s"), vp.windowSec},
                          {QStringLiteral("step"), vp.step},
                          {QStringLiteral("total_usd"), vp.totalUsd},
                          {QStringLiteral("poc_usd"), vp.pocUsd},
                          {QStringLiteral("value_area_usd"), vp.valueAreaUsd}};
            put(x, "poc_low", vp.pocLow);
            put(x, "poc_high", vp.pocHigh);
            put(x, "value_area_low", vp.valueAreaLow);
            put(x, "value_area_high", vp.valueAreaHigh);
            QJsonArray buckets;
            for (const ProfileBucket &b : vp.buckets)
                buckets.append(QJsonObject{{QStringLiteral("low"), b.low},
                                           {QStringLiteral("high"), b.high},
                                           {QStringLiteral("buy_usd"), b.buyUsd},
                                           {QStringLiteral("sell_usd"), b.sellUsd},
                                           {QStringLiteral("prints"), integer(b.prints)}});
            x.insert(QStringLiteral("buckets"), buckets);
            pj.insert(vp.windowSec == 900 ? QStringLiteral("15m") : QStringLiteral("1h"), x);
        }
        o.insert(QStringLiteral("volume_profile"), pj);
    }

    QJsonObject risk;
    const CascadeRisk &c = s.cascade;
    if (c.score.ok() || c.score.na.text) {
        QJsonObject cj{{QStringLiteral("label"), qs(c.label)}};
        put(cj, "score", c.score);
        put(cj, "i", c.I);
        put(cj, "n", c.N);
        put(cj, "d", c.D);
        put(cj, "f", c.F);
        put(cj, "next_level_price", c.nextLevelPrice);
        put(cj, "next_level_pct", c.nextLevelPct);
        put(cj, "next_level_usd", c.nextLevelUsd);
        put(cj, "protection_price", c.protectionPrice);
        put(cj, "protection_pct", c.protectionPct);
        put(cj, "protection_usd", c.protectionUsd);
        risk.insert(QStringLiteral("cascade"), cj);
        QJsonObject rj{{QStringLiteral("state"), qs(s.regime.state)},
                       {QStringLiteral("direction"), qs(s.regime.direction)},
                       {QStringLiteral("vol_state"), qs(s.regime.volState)},
                       {QStringLiteral("bars"), s.regime.bars}};
        put(rj, "confidence", s.regime.confidence);
        put(rj, "efficiency_ratio", s.regime.er);
        put(rj, "rv_15_annualised", s.regime.rv15);
        put(rj, "rv_60_annualised", s.regime.rv60);
        put(rj, "vol_ratio", s.regime.volRatio);
        put(rj, "implied_vol", s.regime.impliedVol);
        if (s.regime.state == "n/a")
            rj.insert(QStringLiteral("state_reason"), qs(s.regime.na.format()));
        risk.insert(QStringLiteral("regime"), rj);
        QJsonObject lj{{QStringLiteral("label"), qs(s.liquidity.label)}, {QStringLiteral("samples"), s.liquidity.samples}};
        put(lj, "score", s.liquidity.score);
        put(lj, "top_of_book_pctile", s.liquidity.tobPct);
        put(lj, "inverse_spread_pctile", s.liquidity.invSpreadPct);
        put(lj, "trades_per_s_pctile", s.liquidity.tradesPct);
        risk.insert(QStringLiteral("liquidity"), lj);
        o.insert(QStringLiteral("risk"), risk);
    }
    return o;
}

QJsonObject snapshotToJson(const ViewSnapshot &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("view"), key(viewName(s.view)));
    o.insert(QStringLiteral("as_of"), timeStr(s.clockNs));
    o.insert(QStringLiteral("as_of_ns"), integer(s.clockNs));
    o.insert(QStringLiteral("sequence"), integer(static_cast<int64_t>(s.sequence)));
    QJsonObject syms;
    for (const auto &sym : s.symbols)
        syms.insert(qs(sym.symbol), symbolToJson(sym));
    o.insert(QStringLiteral("symbols"), syms);
    QJsonObject depth;
    for (const auto &sym : s.symbols)
        for (const auto &d : sym.depth) {
            QJsonObject x{{QStringLiteral("from_l2"), d.fromL2},
                          {QStringLiteral("best_bid"), d.bestBid},
                          {QStringLiteral("best_ask"), d.bestAsk},
                          {QStringLiteral("mid"), d.mid},
                          {QStringLiteral("bid_levels"), integer(d.bidLevels)},
                          {QStringLiteral("ask_levels"), integer(d.askLevels)},
                          {QStringLiteral("updates_applied"), integer(d.updatesApplied)},
                          {QStringLiteral("updates_before_first_snapshot_ignored"), integer(d.updatesIgnored)}};
            put(x, "reach_pct", d.reachPct);
            if (d.fromL2) {
                x.insert(QStringLiteral("snapshot_time"), timeStr(d.snapshotTimeNs));
                x.insert(QStringLiteral("age_s"), d.ageSec);
            } else {
                x.insert(QStringLiteral("fallback_reason"), qs(d.fallbackWhy.format()));
            }
            QJsonObject bands;
            for (const auto &b : d.bands) {
                QJsonObject bj{{QStringLiteral("label"), qs(b.label)}};
                put(bj, "bid_usd", b.bidUsd);
                put(bj, "ask_usd", b.askUsd);
                put(bj, "ratio", b.ratio);
                bands.insert(QString::number(b.pct) + QStringLiteral("pct"), bj);
            }
            x.insert(QStringLiteral("bands"), bands);
            depth.insert(qs(d.exchange), x);
        }
    o.insert(QStringLiteral("order_book_depth"), depth);
    const Correlation &c = s.correlation;
    if (!c.symbols.empty()) {
        QJsonObject cj;
        QJsonArray syms2, rows;
        for (const auto &x : c.symbols)
            syms2.append(qs(x));
        const size_t n = c.symbols.size();
        for (size_t i = 0; i < n; ++i) {
            QJsonArray row;
            for (size_t j = 0; j < n; ++j)
                row.append(num(c.matrix[i * n + j].v));
            rows.append(row);
        }
        cj.insert(QStringLiteral("symbols"), syms2);
        cj.insert(QStringLiteral("matrix"), rows);
        cj.insert(QStringLiteral("bars"), c.bars);
        QJsonArray ll;
        for (const auto &x : c.leadLag) {
            QJsonObject lj{{QStringLiteral("a"), qs(x.a)},
                           {QStringLiteral("b"), qs(x.b)},
                           {QStringLiteral("leader"), qs(x.leader)},
                           {QStringLiteral("lag_s"), x.lagSec},
                           {QStringLiteral("text"), qs(x.text)}};
            put(lj, "corr", x.corr);
            ll.append(lj);
        }
        cj.insert(QStringLiteral("lead_lag"), ll);
        o.insert(QStringLiteral("correlation"), cj);
    }
    QJsonArray whales;
    for (const auto &w : s.whales)
        whales.append(orderJson(w));
    o.insert(QStringLiteral("whales"), whales);
    QJsonArray sig;
    for (const auto &x : s.signalFeed)
        sig.append(QJsonObject{{QStringLiteral("time"), timeStr(x.timeNs)},
                               {QStringLiteral("symbol"), qs(x.symbol)},
                               {QStringLiteral("kind"), qs(x.kind)},
                               {QStringLiteral("severity"), qs(x.severity)},
                               {QStringLiteral("message"), qs(x.message)}});
    o.insert(QStringLiteral("signals"), sig);
    return o;
}

QJsonObject healthToJson(const HealthSnapshot &h)
{
    QJsonObject o{{QStringLiteral("view"), QStringLiteral("health")},
                  {QStringLiteral("now"), timeStr(h.nowNs)},
                  {QStringLiteral("connection_state"), key(connectionStateName(h.connection.state))},
                  {QStringLiteral("reconnect_in_ms"), h.connection.reconnectInMs},
                  {QStringLiteral("connects"), integer(static_cast<int64_t>(h.connection.connects))},
                  {QStringLiteral("disconnects"), integer(static_cast<int64_t>(h.connection.disconnects))},
                  {QStringLiteral("last_error"), h.connection.lastError},
                  {QStringLiteral("frames"), integer(static_cast<int64_t>(h.frames))},
                  {QStringLiteral("events"), integer(static_cast<int64_t>(h.events))},
                  {QStringLiteral("ignored"), integer(static_cast<int64_t>(h.ignored))},
                  {QStringLiteral("rejected"), integer(static_cast<int64_t>(h.rejected))},
                  {QStringLiteral("msgs_per_s"), h.msgsPerSec},
                  {QStringLiteral("stale_streams"), h.staleStreams},
                  {QStringLiteral("cvd_resets"), integer(h.cvdResets)}};
    o.insert(QStringLiteral("clock_skew_median_ms"), num(h.skewMedianMs));
    o.insert(QStringLiteral("clock_skew_p95_ms"), num(h.skewP95Ms));
    o.insert(QStringLiteral("publish_latency_p50_ms"), num(h.publishLatencyP50Ms));
    o.insert(QStringLiteral("publish_latency_p99_ms"), num(h.publishLatencyP99Ms));
    QJsonObject rej;
    for (size_t i = 0; i < h.rejectedBy.size(); ++i)
        if (h.rejectedBy[i])
            rej.insert(key(rejectReasonName(static_cast<RejectReason>(i))),
                       QJsonObject{{QStringLiteral("count"), integer(static_cast<int64_t>(h.rejectedBy[i]))},
                                   {QStringLiteral("last_sample"), qs(h.lastRejectSample[i])}});
    o.insert(QStringLiteral("rejected_by_reason"), rej);
    QJsonArray streams;
    for (const auto &s : h.streams)
        streams.append(QJsonObject{{QStringLiteral("exchange"), qs(s.exchange)},
                                   {QStringLiteral("symbol"), qs(s.symbol)},
                                   {QStringLiteral("type"), qs(s.type)},
                                   {QStringLiteral("kind"), qs(s.kind)},
                                   {QStringLiteral("messages"), integer(static_cast<int64_t>(s.messages))},
                                   {QStringLiteral("msgs_per_s"), s.ratePerSec},
                                   {QStringLiteral("age_s"), s.ageSec},
                                   {QStringLiteral("stale"), s.stale}});
    o.insert(QStringLiteral("streams"), streams);
    return o;
}

} // namespace fd
