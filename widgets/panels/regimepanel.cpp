// Market Regime (issue 5 §12, METRICS.md §9): state and confidence, realised vs
// implied vol, vol state, liquidity THIN/NORMAL/THICK with score, direction.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/regimetimeline.h"

#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace fd {

class RegimePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit RegimePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.regime"), View::Risk, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Regime"), tr("Conf."), tr("Direction"), tr("RV 15/60m"), tr("IV"), tr("Vol"),
                           tr("Liquidity")});
        // short headers keep the table inside a third of a 1920-px screen; the tooltips say them in full
        m_grid->label(0, 2)->set(tr("Conf."), Tone::Muted, tr("confidence 0–100"));
        m_grid->label(0, 4)->set(tr("RV 15/60m"), Tone::Muted, tr("realised volatility over 15 and 60 minutes, annualised"));
        m_grid->label(0, 5)->set(tr("IV"), Tone::Muted, tr("implied volatility (ATM mark IV from options data)"));
        m_timelineTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
        m_timeline = new RegimeTimeline(this);
        m_timeline->setObjectName(QStringLiteral("timeline"));
        m_ivNote = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_ivNote->setObjectName(QStringLiteral("ivNote"));
        body()->addWidget(m_grid);
        body()->addWidget(m_ivNote);
        body()->addWidget(m_timelineTitle);
        body()->addWidget(m_timeline, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Market Regime"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("What kind of market this is, from 1 m bars of the perp reference over 60 minutes."),
                           tr("ER = |P_t − P_t−30| / Σ|ΔP| (last 30 bars); RV_n = std of 1 m log returns over n bars × √525600; "
                              "vol ratio = RV15 / RV60. Liquidity = mean percentile (last hour) of top-of-book USD, 1/spread and "
                              "trades/s."),
                           tr("perp reference, L1 quotes, trades; implied vol only from options data (the relay sends none)"),
                           tr("60 minutes of 1 m bars; confidence capped by bars/60; timeline: the regime of each symbol over "
                              "the last hour, since the panel started"),
                           tr("TRENDING ER ≥ %1; VOLATILE ratio &gt; %2 and ER &lt; %3; RANGE-BOUND ER &lt; %4 and ratio &lt; %5; "
                              "else RANGING. Vol INCREASING &gt; %6, DECREASING &lt; %7. Liquidity THIN &lt; %8, THICK &gt; %9")
                               .arg(st.regimeTrendEr)
                               .arg(st.regimeVolatileRatio)
                               .arg(st.regimeVolatileEr)
                               .arg(st.regimeRangeEr)
                               .arg(st.regimeRangeRatio)
                               .arg(st.volIncreasing)
                               .arg(st.volDecreasing)
                               .arg(st.liquidityThin)
                               .arg(st.liquidityThick));
    }

protected:
    // a trend takes its direction's colour (cyan is for arbitrage only); a volatile market is
    // a danger; ranging is neutral
    static Tone stateTone(const Regime &r)
    {
        if (r.state == "TRENDING")
            return r.direction == "BULLISH" ? Tone::Buy : (r.direction == "BEARISH" ? Tone::Sell : Tone::Normal);
        return r.state == "VOLATILE" ? Tone::Sell : Tone::Caution;
    }
    static QString stateText(const Regime &r)
    {
        const QString arrow = r.state != "TRENDING" ? QString()
                                                    : (r.direction == "BULLISH" ? QStringLiteral(" ↑") : (r.direction == "BEARISH" ? QStringLiteral(" ↓") : QString()));
        return fmt::label(r.state) + arrow;
    }
    void ingest(const ViewSnapshot &s) override
    {
        const double t = static_cast<double>(s.clockNs) / 1e9;
        for (const SymbolSnapshot &sym : s.symbols) {
            const Regime &r = sym.regime;
            const bool warm = r.state.empty() || r.state == "n/a";
            m_timeline->record(sym.symbol, t, warm ? tr("warming up") : stateText(r), warm ? Tone::Muted : stateTone(r));
        }
    }
    void render(const ViewSnapshot &s) override
    {
        m_timelineTitle->set(tr("Regime over the last hour"), Tone::Muted,
                             tr("yellow: ranging or range-bound, red: volatile or trending down, green: trending up, grey: "
                                "warming up"));
        m_timeline->refresh();
        if (!hasMarkets(s)) {
            m_grid->setRowCount(1);
            return;
        }
        int row = 1;
        // symbols still collecting bars, grouped by progress: the status line says so in words
        std::map<std::pair<int, int>, QStringList> warming;
        for (const SymbolSnapshot &sym : s.symbols) {
            const QString name = QString::fromStdString(sym.symbol);
            const Regime &r = sym.regime;
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            ValueLabel *st = m_grid->label(row, 1);
            st->setObjectName(name + QStringLiteral(".regime"));
            const bool warm = r.state.empty() || r.state == "n/a";
            if (warm) {
                const int need = r.na.b > 0 ? static_cast<int>(r.na.b) : 0;
                if (need > 0) {
                    st->setNa(r.na, tr("warming up %1/%2").arg(r.bars).arg(need));
                    warming[{r.bars, need}] << name;
                } else {
                    st->setNa(r.na);
                }
            } else {
                st->set(fmt::label(r.state), stateTone(r),
                        tr("ER %1 · vol ratio %2 · %3 bars").arg(fmt::num(r.er.v, 2), fmt::num(r.volRatio.v, 2)).arg(r.bars));
            }
            ValueLabel *conf = m_grid->label(row, 2);
            conf->setObjectName(name + QStringLiteral(".confidence"));
            conf->setVal(r.confidence, fmt::num(r.confidence.v, 0), Tone::Normal,
                         r.bars < 61 ? tr("capped by sample sufficiency: %1 of 60 min of 1-minute returns").arg(std::max(0, r.bars - 1))
                                     : QString());
            m_grid->label(row, 3)->set(r.direction.empty() || r.direction == "n/a" ? fmt::na() : fmt::label(r.direction),
                                       toneForLabel(r.direction));
            ValueLabel *rv = m_grid->label(row, 4);
            if (r.rv15.ok() || r.rv60.ok())
                rv->set(fmt::pct(r.rv15.v * 100, 0) + QStringLiteral(" / ") + fmt::pct(r.rv60.v * 100, 0), Tone::Normal,
                        r.rv60.ok() ? QString() : fmt::naReason(r.rv60.na));
            else
                rv->setNa(r.rv15.na);
            ValueLabel *iv = m_grid->label(row, 5);
            iv->setObjectName(name + QStringLiteral(".implied"));
            iv->setVal(r.impliedVol, fmt::pct(r.impliedVol.v * 100, 0));
            m_grid->label(row, 6)->set(r.volState.empty() || r.volState == "n/a" ? fmt::na() : fmt::label(r.volState),
                                       r.volState == "INCREASING" ? Tone::Sell : (r.volState == "DECREASING" ? Tone::Buy : Tone::Muted));
            ValueLabel *lq = m_grid->label(row, 7);
            lq->setObjectName(name + QStringLiteral(".liquidity"));
            lq->setVal(sym.liquidity.score, fmt::label(sym.liquidity.label) + QStringLiteral(" ") + fmt::num(sym.liquidity.score.v, 0),
                       sym.liquidity.label == "THIN" ? Tone::Sell : (sym.liquidity.label == "THICK" ? Tone::Buy : Tone::Caution),
                       tr("percentiles: top of book %1, 1/spread %2, trades %3 (%4 samples)")
                           .arg(fmt::num(sym.liquidity.tobPct.v, 0), fmt::num(sym.liquidity.invSpreadPct.v, 0), fmt::num(sym.liquidity.tradesPct.v, 0))
                           .arg(sym.liquidity.samples));
            ++row;
        }
        m_grid->setRowCount(row);
        // the IV column is n/a on every row without options data: say why once, under the table
        const auto noIv = std::find_if(s.symbols.begin(), s.symbols.end(), [](const SymbolSnapshot &x) { return x.regime.impliedVol.ok(); });
        if (noIv == s.symbols.end() && !s.symbols.empty())
            m_ivNote->set(tr("IV n/a: %1").arg(fmt::naReason(s.symbols.front().regime.impliedVol.na)), Tone::Muted);
        else
            m_ivNote->set(QString());
        // n/a alone reads like a fault: say that the regime is warming up and how far along it is
        QStringList parts;
        for (const auto &[k, names] : warming)
            parts << tr("%1 of %2 min of 1-minute bars (%3)").arg(k.first).arg(k.second).arg(names.join(QStringLiteral(", ")));
        if (!parts.isEmpty())
            setStatus(tr("warming up: %1; the regime needs %2 min, full confidence after 60 min")
                          .arg(parts.join(QStringLiteral("; ")))
                          .arg(warming.begin()->first.second),
                      Tone::Caution);
        else
            setStatus({});
    }

private:
    CellGrid *m_grid;
    ValueLabel *m_timelineTitle, *m_ivNote;
    RegimeTimeline *m_timeline;
};

Panel *makeRegimePanel(QWidget *parent) { return new RegimePanel(parent); }

} // namespace fd

#include "regimepanel.moc"
