#pragma once
// Reads the aggregator's rings at the engine clock and builds the immutable
// per-view snapshots. Every metric of METRICS.md is computed here, in one
// function per section, named after the section.
#include "core/aggregator.h"
#include "model/snapshot.h"

#include <deque>
#include <map>

namespace fd {

class SnapshotBuilder
{
public:
    explicit SnapshotBuilder(const Aggregator &agg);

    // One view's snapshot at the current engine clock.
    ViewSnapshotPtr build(View view);
    // Everything (all views' sections), for the headless "all" output and tests.
    std::shared_ptr<ViewSnapshot> buildAll();

private:
    enum Section : unsigned {
        kCore = 1,         // volume, taker orders, liquidations, OI, CVD, quotes, basis, funding
        kDepth = 2,        // L2 depth bands
        kRisk = 4,         // cascade, regime, liquidity
        kCorrelation = 8,  // cross-symbol matrix and lead/lag
        kHistory = 16,     // Price & CVD history (micro view)
        kProfile = 32,     // volume profile 15 m / 1 h (flow view)
    };
    std::shared_ptr<ViewSnapshot> buildSections(View view, unsigned sections);
    void buildSymbol(SymbolSnapshot &out, const SymbolState &s, unsigned sections) const;
    void volume(SymbolSnapshot &out, const SymbolState &s) const;
    void liquidations(SymbolSnapshot &out, const SymbolState &s) const;
    void openInterest(SymbolSnapshot &out, const SymbolState &s) const;
    void cvd(SymbolSnapshot &out, const SymbolState &s) const;
    void quotes(SymbolSnapshot &out, const SymbolState &s) const;
    void depth(SymbolSnapshot &out, const SymbolState &s) const;
    void basis(SymbolSnapshot &out, const SymbolState &s) const;
    void funding(SymbolSnapshot &out, const SymbolState &s) const;
    void cascade(SymbolSnapshot &out, const SymbolState &s) const;
    void regime(SymbolSnapshot &out, const SymbolState &s) const;
    void liquidity(SymbolSnapshot &out, const SymbolState &s) const;
    void priceHistory(SymbolSnapshot &out, const SymbolState &s) const;
    void volumeProfile(SymbolSnapshot &out, const SymbolState &s) const;
    void correlation(ViewSnapshot &out) const;
    void whales(ViewSnapshot &out) const;
    void buildSignals(ViewSnapshot &out);

    const MarketState &mkt(int idx) const { return *m_agg.markets()[static_cast<size_t>(idx)]; }
    TakerOrder toOrder(const TakerOrderRec &r) const;

    const Aggregator &m_agg;
    int64_t m_t = 0;   // clock ns
    int64_t m_sec = 0; // bucket second holding the clock
    uint64_t m_sequence = 0;
    // §11 signal state per (symbol, kind): the state that fired last, when, and since when
    // the current state differs from it (cool-down and hysteresis, MetricSettings::signalCooldownSec).
    struct SignalState {
        std::string fired;
        int64_t firedNs = 0;
        bool everFired = false;
        int64_t awaySinceNs = -1; // -1: in the fired state
    };
    std::map<std::string, SignalState> m_signalState;
    std::map<std::string, double> m_volumeNode; // per symbol: the 15 m POC (bucket low) last announced
    std::map<std::string, std::string> m_flowLeader; // per symbol: the venue leading net flow 5m
    std::deque<Signal> m_signals;
};

} // namespace fd
