// Liquidation Cascade Risk (issue 5 §11, METRICS.md §9): score 0–100 with
// LOW/MEDIUM/HIGH, next cascade level and protection level, and a chart of the
// estimated liquidation levels with the liquidations that actually printed.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace fd {

class CascadePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit CascadePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.cascade"), View::Risk, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->label(0, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Cascade risk"), Tone::Muted);
        m_grid->label(1, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Next cascade level"), Tone::Muted);
        m_grid->label(2, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Protection level"), Tone::Muted);
        m_grid->label(3, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Components"), Tone::Muted);
        m_grid->grid()->setColumnStretch(1, 1);
        m_plot = new QCustomPlot(this);
        m_plot->setObjectName(QStringLiteral("plot"));
        setupPlot(m_plot, 140);
        m_plot->xAxis->setLabel(tr("price"));
        m_plot->yAxis->setLabel(tr("USD"));
        m_long = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        m_long->setName(tr("est. long liquidations"));
        m_short = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        m_short->setName(tr("est. short liquidations"));
        m_actual = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        m_actual->setName(tr("printed (15 m)"));
        for (QCPBars *b : {m_long, m_short, m_actual}) {
            b->setAntialiased(false); // axis-aligned rectangles: nothing to smooth, and cheaper
            b->setAntialiasedFill(false);
        }
        m_price = new QCPItemStraightLine(m_plot);
        m_plot->legend->setVisible(true);
        themePlot(m_plot); // legend text and background from the palette (readable in both themes)
        body()->addWidget(m_grid);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Liquidation Cascade Risk"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("How close price is to a pile of leveraged positions that would be force-closed."),
                           tr("risk = 100·(0.35·I + 0.25·N + 0.2·D + 0.2·F): I = liq USD 5m / (3 × mean 5 m liq USD last hour, "
                              "floor %1); N = 1 − distance to next level / (2 × 15 m range); D = max(0, −ΔOI 5m %) / 1 %; F = "
                              "|imbalance 1m|/100 toward the level.<br>Model: OI growth in a 1 m bar opens positions at the bar's VWAP "
                              "split by taker buy share, spread over 10x/25x/50x/100x (0.35/0.3/0.2/0.15); liquidated at p·(1 ∓ 1/L).")
                               .arg(fmt::usd(st.cascadeLiqFloorUsd)),
                           tr("open interest, trades, liquidations"), tr("levels within %1 % of price").arg(st.cascadeWithinPct),
                           tr("LOW &lt; %1 ≤ MEDIUM &lt; %2 ≤ HIGH").arg(st.cascadeMediumScore).arg(st.cascadeHighScore));
    }

protected:
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        const SymbolSnapshot *sym = pickSymbol(s);
        if (!sym)
            return;
        setStatus(s.view == View::Risk ? QString() : tr("cascade risk is computed for the Risk view only"));
        const CascadeRisk &c = sym->cascade;
        const Tone t = c.label == "HIGH" ? Tone::Sell : (c.label == "MEDIUM" ? Tone::Caution : Tone::Buy);
        m_grid->widget<HBar>(0, 1)->setValue(c.score.ok() ? c.score.v : 0, 100, t);
        ValueLabel *score = m_grid->label(0, 2);
        score->setObjectName(QStringLiteral("score"));
        score->setVal(c.score, fmt::num(c.score.v, 0) + QStringLiteral(" ") + fmt::label(c.label), t);
        // a level that cannot be named says why in the cell itself: these rows are the
        // panel's answer, a bare n/a would read as a fault
        auto level = [](ValueLabel *l, const Val &price, const Val &pct, const Val &usd, Tone tone) {
            if (price.ok())
                l->set(tr("%1 (%2) · %3").arg(fmt::price(price.v), fmt::pctSigned(pct.v, 2), fmt::usd(usd.v)), tone);
            else
                l->setNa(price.na, tr("n/a · %1").arg(fmt::naReason(price.na)));
        };
        ValueLabel *next = m_grid->label(1, 2);
        next->setObjectName(QStringLiteral("next"));
        level(next, c.nextLevelPrice, c.nextLevelPct, c.nextLevelUsd, Tone::Sell);
        ValueLabel *prot = m_grid->label(2, 2);
        prot->setObjectName(QStringLiteral("protection"));
        level(prot, c.protectionPrice, c.protectionPct, c.protectionUsd, Tone::Buy);
        m_grid->label(3, 2)->set(QStringLiteral("I %1 · N %2 · D %3 · F %4")
                                     .arg(fmt::num(c.I.v, 2), fmt::num(c.N.v, 2), fmt::num(c.D.v, 2), fmt::num(c.F.v, 2)),
                                 Tone::Muted);

        const bool dark = isDarkTheme(this);
        QVector<double> kx, kl, ks, ax, av;
        for (const EstLevel &l : c.levels) {
            kx << l.price;
            kl << l.longUsd;
            ks << l.shortUsd;
        }
        for (const LiqBucket &b : sym->clusters) {
            ax << 0.5 * (b.low + b.high);
            av << b.usd;
        }
        const double px = sym->perpRef.ok() ? sym->perpRef.v : 0;
        PlotKey key;
        key.add(kx).add(kl).add(ks).add(ax).add(av).add(px).add(sym->clusterStep).add(dark).add(metricSettings().cascadeWithinPct);
        if (key.value() == m_plotKey)
            return;
        // USD in $K or $M on the axis, not 4·10⁶
        double mx = 1;
        for (int i = 0; i < kl.size(); ++i)
            mx = std::max({mx, kl[i], ks[i]});
        for (double v : av)
            mx = std::max(mx, v);
        double div = 1;
        const QString unit = usdAxisUnit(mx, &div);
        for (QVector<double> *v : {&kl, &ks, &av})
            for (double &x : *v)
                x /= div;
        m_plot->yAxis->setLabel(tr("USD (%1)").arg(unit));
        const double w = sym->clusterStep > 0 ? sym->clusterStep : 1;
        m_long->setWidth(w * 0.9);
        m_short->setWidth(w * 0.9);
        m_actual->setWidth(w * 0.4);
        m_long->setData(kx, kl, true);
        m_short->setData(kx, ks, true);
        m_actual->setData(ax, av, true);
        QColor lc = toneColor(Tone::Sell, dark), sc = toneColor(Tone::Buy, dark), ac = toneColor(Tone::Caution, dark);
        lc.setAlpha(150), sc.setAlpha(150);
        m_long->setBrush(lc), m_long->setPen(Qt::NoPen);
        m_short->setBrush(sc), m_short->setPen(Qt::NoPen);
        m_actual->setBrush(ac), m_actual->setPen(Qt::NoPen);
        m_price->setPen(cosmeticPen(toneColor(Tone::Normal, this), 1, Qt::DashLine));
        m_price->point1->setCoords(px, 0), m_price->point2->setCoords(px, 1);
        if (px > 0)
            m_plot->xAxis->setRange(px * (1 - metricSettings().cascadeWithinPct / 100), px * (1 + metricSettings().cascadeWithinPct / 100));
        m_plot->yAxis->setRange(0, mx / div * 1.1);
        if (c.levels.empty())
            m_plot->xAxis->setLabel(tr("price — no estimated level yet (needs OI growth)"));
        else
            m_plot->xAxis->setLabel(tr("price"));
        replotIfChanged(m_plot, m_plotKey, key);
    }

private:
    CellGrid *m_grid;
    QCustomPlot *m_plot;
    QCPBars *m_long, *m_short, *m_actual;
    QCPItemStraightLine *m_price;
    uint64_t m_plotKey = 0;
};

Panel *makeCascadePanel(QWidget *parent) { return new CascadePanel(parent); }

} // namespace fd

#include "cascadepanel.moc"
