// Orderbook Depth Imbalance (issue 5 §9, METRICS.md §5): bid vs ask USD within
// 1 %, 2 %, 5 % as opposed bars with ratio and label, per venue; book age and
// reach ("covers ±x %"); the L1 fallback clearly marked.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QVBoxLayout>

namespace fd {

class DepthPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit DepthPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.depth"), View::Flow, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->grid()->setColumnStretch(2, 1);
        body()->addWidget(m_grid);
        body()->addStretch(1);
        setHeading(title());
    }
    QString title() const override { return tr("Orderbook Depth Imbalance"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Resting liquidity near the mid, per venue (perpetuals and spot)."),
                           tr("bid USD within mid·(1−b) … mid, ask USD within mid … mid·(1+b); ratio = bid / ask. The book is a "
                              "best-effort L2 book (a snapshot replaces it, updates set sizes; the relay drops updates), so its age "
                              "and reach are shown and bands beyond the reach are n/a. Without an L2 snapshot: top-of-book ratio "
                              "(L1 fallback)."),
                           tr("order_book_l2 snapshots and updates; order_book_l1 for the fallback"), tr("now; bands 1 %, 2 %, 5 %"),
                           tr("ratio &gt; %1 BUYERS DOMINANT, &gt; %2 STRONG BID, &lt; %3 STRONG ASK, &lt; %4 ASK HEAVY, else BALANCED")
                               .arg(st.depthBuyersDominant)
                               .arg(st.depthStrongBid)
                               .arg(st.depthStrongAsk)
                               .arg(st.depthAskHeavy));
    }

protected:
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        const SymbolSnapshot *sym = pickSymbol(s);
        if (!sym) {
            m_grid->setRowCount(0);
            return;
        }
        if (sym->depth.empty())
            setStatus(s.view == View::Flow ? tr("waiting for data: no order book for %1 yet").arg(symbol())
                                           : tr("depth is computed for the Institutional Flow view only"));
        else
            setStatus({});
        int row = 0;
        for (const Depth &d : sym->depth) {
            const QString venue = QString::fromStdString(d.exchange.empty() ? d.venue : d.exchange); // BybitSpot vs BybitPerpetualsUsd
            ValueLabel *h = m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter);
            h->setBold(true);
            h->set(venue);
            ValueLabel *info = m_grid->label(row, 1, Qt::AlignLeft | Qt::AlignVCenter);
            info->setObjectName(venue + QStringLiteral(".book"));
            if (d.fromL2)
                info->set(tr("L2 · age %1 s · covers ±%2 · %3/%4 levels")
                              .arg(fmt::num(d.ageSec, 1), d.reachPct.ok() ? fmt::pct(d.reachPct.v, 2) : fmt::na())
                              .arg(d.bidLevels)
                              .arg(d.askLevels),
                          d.ageSec > 60 ? Tone::Caution : Tone::Muted,
                          tr("%1 updates applied, %2 ignored since the snapshot").arg(d.updatesApplied).arg(d.updatesIgnored));
            else
                // The reason goes in the tooltip: the long text would widen the grid's column 1.
                info->set(tr("L1 FALLBACK (top of book only)"), Tone::Caution, fmt::naReason(d.fallbackWhy));
            for (int c = 2; c < 6; ++c)
                m_grid->label(row, c)->set(QString());
            ++row;
            double mx = 0;
            for (const DepthBand &b : d.bands)
                mx = std::max({mx, b.bidUsd.ok() ? b.bidUsd.v : 0, b.askUsd.ok() ? b.askUsd.v : 0});
            for (size_t i = 0; i < d.bands.size(); ++i) {
                const DepthBand &b = d.bands[i];
                if (!d.fromL2 && i > 0)
                    break; // L1: one row, the top of book
                m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)
                    ->set(d.fromL2 ? QStringLiteral("±") + fmt::pct(b.pct, 0) : tr("top of book"), Tone::Muted);
                m_grid->label(row, 1)->setVal(b.bidUsd, fmt::usd(b.bidUsd.v), Tone::Buy);
                m_grid->widget<OpposedBars>(row, 2)->setValues(b.bidUsd.ok() ? b.bidUsd.v : 0, b.askUsd.ok() ? b.askUsd.v : 0, mx);
                m_grid->label(row, 3, Qt::AlignLeft | Qt::AlignVCenter)->setVal(b.askUsd, fmt::usd(b.askUsd.v), Tone::Sell);
                ValueLabel *r = m_grid->label(row, 4);
                r->setObjectName(venue + QStringLiteral(".ratio%1").arg(i));
                r->setVal(b.ratio, fmt::num(b.ratio.v, 2) + QStringLiteral("×"));
                ValueLabel *l = m_grid->label(row, 5, Qt::AlignLeft | Qt::AlignVCenter);
                l->setObjectName(venue + QStringLiteral(".label%1").arg(i));
                if (b.ratio.ok())
                    l->set(fmt::label(b.label) + (d.fromL2 ? QString() : tr(" (L1)")),
                           b.label == "BALANCED" ? Tone::Caution : (b.ratio.v > 1 ? Tone::Buy : Tone::Sell));
                else
                    l->setNa(b.ratio.na);
                ++row;
            }
        }
        m_grid->setRowCount(row);
    }

private:
    CellGrid *m_grid;
};

Panel *makeDepthPanel(QWidget *parent) { return new DepthPanel(parent); }

} // namespace fd

#include "depthpanel.moc"
