// Liquidation Clusters (issue 5 §3, METRICS.md §4): 15 m buckets as horizontal
// bars by USD with long/short counts, the current price marker, DANGER ZONE in
// red; the recent liquidation tape.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fd {

class LiqClustersPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit LiqClustersPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.liqclusters"), View::Microstructure, parent)
    {
        m_summary = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("buckets"));
        m_grid->setHeader({tr("Bucket"), tr("USD 15m"), QString(), tr("Longs"), tr("Shorts"), QString()});
        m_grid->grid()->setColumnStretch(2, 1);
        auto *tapeTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        tapeTitle->set(tr("Recent liquidations"), Tone::Muted);
        m_tape = new CellGrid(this);
        m_tape->setObjectName(QStringLiteral("tape"));
        body()->addWidget(m_summary);
        body()->addWidget(m_grid);
        body()->addWidget(tapeTitle);
        body()->addWidget(m_tape);
        body()->addStretch(1);
        setHeading(title());
    }
    QString title() const override { return tr("Liquidation Clusters"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Where forced liquidations concentrated in the last 15 minutes."),
                           tr("bucket = [floor(price/step)·step, +step); per bucket the USD (price · qty) of liquidations, "
                              "with long/short counts. Long liquidated: Binance/OKX order side Sell, Bybit position side Buy."),
                           tr("liquidation messages of all venues for the symbol"),
                           tr("15 minutes; step = the round step nearest to %1 % of the session's first reference price (%2 now)")
                               .arg(st.clusterStepFraction * 100)
                               .arg(m_step > 0 ? fmt::price(m_step) : fmt::na()),
                           tr("DANGER ZONE when a bucket ≥ %1 (BTC %2, ETH %3, others %4)")
                               .arg(m_danger > 0 ? fmt::usd(m_danger) : fmt::na(), fmt::usd(st.dangerBtcUsd), fmt::usd(st.dangerEthUsd),
                                    fmt::usd(st.dangerOtherUsd)));
    }

protected:
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        const SymbolSnapshot *sym = pickSymbol(s);
        if (!sym) {
            m_grid->setRowCount(1);
            m_tape->setRowCount(0);
            m_summary->set(QString());
            return;
        }
        m_step = sym->clusterStep;
        m_danger = sym->dangerThresholdUsd;
        const LiquidationWindow &w = sym->liquidations[2];
        m_summary->set(tr("15m: longs %1 (%2) · shorts %3 (%4) · %5 buckets, step %6")
                           .arg(fmt::usd(w.longUsd), fmt::count(w.longCount), fmt::usd(w.shortUsd), fmt::count(w.shortCount),
                                fmt::count(sym->clusterBucketCount), fmt::price(sym->clusterStep)),
                       Tone::Normal);
        if (sym->clusters.empty())
            setStatus(tr("no liquidations in the last 15 minutes"));
        else
            setStatus({});
        // top 12 by USD, shown as a price ladder (high → low) with the price marker
        std::vector<const LiqBucket *> top;
        for (size_t i = 0; i < sym->clusters.size() && i < 12; ++i)
            top.push_back(&sym->clusters[i]);
        std::sort(top.begin(), top.end(), [](auto *a, auto *b) { return a->low > b->low; });
        const double maxUsd = sym->clusters.empty() ? 0 : sym->clusters.front().usd;
        const double px = sym->perpRef.ok() ? sym->perpRef.v : kNaN;
        int row = 1;
        bool marked = std::isnan(px) || top.empty();
        auto marker = [&] {
            ValueLabel *l = m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter);
            l->set(QStringLiteral("▶ ") + fmt::price(px), Tone::Caution, tr("current perp reference price"));
            l->setObjectName(QStringLiteral("priceMarker"));
            for (int c = 1; c < 6; ++c)
                if (c == 2)
                    m_grid->widget<HBar>(row, 2)->setValue(0, 0, Tone::Normal);
                else
                    m_grid->label(row, c)->set(c == 1 ? tr("price") : QString(), Tone::Caution);
            ++row;
            marked = true;
        };
        // bucket edges with the step's precision (100 → "89,600", 0.1 → "129.7"): the price's
        // own decimals made the ladder too wide for a third of a 1920-px screen
        const int decimals = m_step > 0 ? std::max(0, static_cast<int>(std::ceil(-std::log10(m_step) - 1e-9))) : 2;
        for (const LiqBucket *b : top) {
            if (!marked && px >= b->high)
                marker();
            const Tone t = b->danger ? Tone::Sell : Tone::Caution;
            ValueLabel *range = m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter);
            range->setObjectName(QStringLiteral("bucket.%1").arg(row));
            range->set(fmt::num(b->low, decimals) + QStringLiteral(" – ") + fmt::num(b->high, decimals), b->danger ? Tone::Sell : Tone::Normal);
            ValueLabel *usd = m_grid->label(row, 1);
            usd->set(fmt::usd(b->usd), t, tr("longs %1 · shorts %2").arg(fmt::usd(b->longUsd), fmt::usd(b->shortUsd)));
            m_grid->widget<HBar>(row, 2)->setValue(b->usd, maxUsd, t);
            m_grid->label(row, 3)->set(QStringLiteral("L ") + fmt::count(b->longCount), b->longCount ? Tone::Sell : Tone::Muted);
            m_grid->label(row, 4)->set(QStringLiteral("S ") + fmt::count(b->shortCount), b->shortCount ? Tone::Buy : Tone::Muted);
            m_grid->label(row, 5, Qt::AlignLeft | Qt::AlignVCenter)->set(b->danger ? tr("DANGER ZONE") : QString(), Tone::Sell);
            ++row;
        }
        if (!marked)
            marker();
        m_grid->setRowCount(row);

        int tr_ = 0;
        for (auto it = sym->recentLiquidations.begin(); it != sym->recentLiquidations.end() && tr_ < 8; ++it, ++tr_) { // newest first
            const LiquidationPrint &l = *it;
            m_tape->label(tr_, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(fmt::time(l.timeNs), Tone::Muted);
            m_tape->label(tr_, 1, Qt::AlignLeft | Qt::AlignVCenter)->set(QString::fromStdString(l.venue));
            m_tape->label(tr_, 2, Qt::AlignLeft | Qt::AlignVCenter)
                ->set(l.longLiquidated ? tr("LONG liq.") : tr("SHORT liq."), l.longLiquidated ? Tone::Sell : Tone::Buy);
            m_tape->label(tr_, 3)->set(fmt::price(l.price));
            m_tape->label(tr_, 4)->set(fmt::usd(l.usd), l.usd >= 1e6 ? Tone::Sell : Tone::Normal);
        }
        if (tr_ == 0) {
            m_tape->label(0, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("no liquidation printed yet"), Tone::Muted);
            // same alignment as the rows that will reuse these cells (venue and side left, numbers right)
            for (int c = 1; c < 5; ++c)
                m_tape->label(0, c, c < 3 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter)->set(QString());
            tr_ = 1;
        }
        m_tape->setRowCount(tr_);
    }

private:
    ValueLabel *m_summary;
    CellGrid *m_grid, *m_tape;
    double m_step = 0, m_danger = 0;
};

Panel *makeLiqClustersPanel(QWidget *parent) { return new LiqClustersPanel(parent); }

} // namespace fd

#include "liqclusterspanel.moc"
