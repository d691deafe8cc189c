// Orderflow Imbalance (issue 5 §1, METRICS.md §6): per symbol a 10-cell buy-share
// bar, buy %, net flow $/min, the arrow, ACCEL/FADING and a 15-minute sparkline.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QFont>
#include <QVBoxLayout>

namespace fd {

class OrderflowPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit OrderflowPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.orderflow"), View::Microstructure, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Buy share 1m"), tr("Buy %"), tr("Net flow"), tr("Imbalance"), tr("Trend"),
                           tr("Imbalance 15m")});
        m_grid->grid()->setColumnStretch(6, 1);
        // Under the table: does the flow lead or follow price? The selected symbol's 1 m
        // imbalance (bars) against the perp reference price (line), every 5 s for 15 minutes.
        m_chartTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_chartTitle->setObjectName(QStringLiteral("chartTitle"));
        m_chart = new HistoryChart(this, 90);
        m_chart->setObjectName(QStringLiteral("imbalanceChart"));
        body()->addWidget(m_grid);
        body()->addWidget(m_chartTitle);
        body()->addWidget(m_chart, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Orderflow Imbalance"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Who is hitting the market: taker buys vs taker sells on perpetuals, all venues."),
                           tr("buy share = buy USD / (buy + sell) · 100; imbalance = (buy − sell)/(buy + sell) · 100; "
                              "net flow = (buy − sell) USD per minute.<br>Arrow: z-score of the 1 m imbalance against its last "
                              "%1 one-minute samples (|z| &lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &gt; 2 ↑↑↑); with fewer than %2 samples "
                              "fixed steps of 10/25/50 points.")
                               .arg(st.arrowHistoryMinutes)
                               .arg(st.arrowMinSamples),
                           tr("perp taker prints (side = taker side), price × size in USD"),
                           tr("1 minute (trend compares with 5 minutes); sparkline: 1 m imbalance per minute, last 15 minutes; "
                              "chart: 1 m imbalance and perp reference price of the selected symbol, one sample per 5 s, last "
                              "15 minutes"),
                           tr("ACCEL when imbalance 1m &gt; 5m + %1 points, FADING when 1m &lt; 5m − %1 points, else STEADY")
                               .arg(st.flowTrendPoints));
    }

protected:
    void ingest(const ViewSnapshot &s) override
    {
        m_hist.sample(s, [](const SymbolSnapshot &sym) {
            const Val &imb = sym.volume[0][static_cast<int>(TypeSel::Perp)].imbalancePct;
            return SymbolHistory<2>::Values{imb.ok() ? imb.v : kNaN, sym.basis.perp.price.ok() ? sym.basis.perp.price.v : kNaN};
        });
    }
    void renderChart()
    {
        QVector<double> x;
        std::array<QVector<double>, 2> ys;
        m_hist.series(symbol().toStdString(), x, ys);
        m_chartTitle->set(x.size() < 2 ? tr("Imbalance 1m · %1 · collecting (one sample per 5 s)").arg(symbol())
                                       : tr("Imbalance 1m (bars, points) and price (line) · %1 · last %2 min")
                                             .arg(symbol())
                                             .arg(std::lround(-x.front())),
                          Tone::Muted, tr("green: taker buys dominate the minute before each sample; red: taker sells"));
        m_chart->setAxisLabels(tr("minutes ago"), tr("imbalance"), tr("price"));
        m_chart->setBars(x, ys[0], m_hist.periodSec() / 60.0 * 0.8);
        m_chart->setLine(x, ys[1], tr("price"));
        m_chart->setXRange(-15.1, 0.1);
        m_chart->commit();
    }
    void render(const ViewSnapshot &s) override
    {
        if (!hasMarkets(s)) {
            m_grid->setRowCount(1);
            renderChart();
            return;
        }
        int row = 1;
        for (const SymbolSnapshot &sym : s.symbols) {
            const VolumeStats &v1 = sym.volume[0][static_cast<int>(TypeSel::Perp)];
            const QString name = QString::fromStdString(sym.symbol);
            ValueLabel *sl = m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter);
            if (sl->objectName().isEmpty()) {
                sl->setBold(true);
            }
            sl->setObjectName(name + QStringLiteral(".symbol"));
            sl->set(name, name == symbol() ? Tone::Normal : Tone::Normal);
            auto *bar = m_grid->widget<ShareBar>(row, 1);
            bar->setObjectName(name + QStringLiteral(".bar"));
            bar->setShare(v1.buySharePct);
            bar->setToolTip(v1.buySharePct.ok() ? tr("%1 of 10 cells buy").arg(bar->filledCells()) : fmt::naReason(v1.buySharePct.na));

            ValueLabel *buy = m_grid->label(row, 2);
            buy->setObjectName(name + QStringLiteral(".buyPct"));
            buy->setVal(v1.buySharePct, fmt::pct(v1.buySharePct.v, 1), toneForSign(v1.buySharePct.v - 50, 5));

            ValueLabel *net = m_grid->label(row, 3);
            net->setObjectName(name + QStringLiteral(".netFlow"));
            if (v1.totalUsd > 0)
                net->set(fmt::usdSigned(v1.netFlowUsdPerMin) + tr("/min"), toneForSign(v1.netFlowUsdPerMin),
                         tr("buy %1 · sell %2 over 1 m").arg(fmt::usd(v1.buyUsd), fmt::usd(v1.sellUsd)));
            else
                net->setNa(v1.imbalancePct.na);

            ValueLabel *arr = m_grid->label(row, 4);
            arr->setObjectName(name + QStringLiteral(".arrow"));
            if (v1.imbalancePct.ok())
                arr->set(fmt::pctSigned(v1.imbalancePct.v, 0).remove(QStringLiteral(" %")) + QLatin1Char(' ')
                             + fmt::arrow(sym.imbalanceArrow),
                         toneForArrow(sym.imbalanceArrow), tr("imbalance 1m %1 points").arg(fmt::num(v1.imbalancePct.v, 1)));
            else
                arr->setNa(v1.imbalancePct.na);

            ValueLabel *tr5 = m_grid->label(row, 5);
            tr5->setObjectName(name + QStringLiteral(".trend"));
            const QString t = QString::fromStdString(sym.flowTrend);
            if (sym.flowTrend == "n/a" || sym.flowTrend.empty())
                tr5->setNa(sym.volume[1][0].imbalancePct.ok() ? v1.imbalancePct.na : sym.volume[1][0].imbalancePct.na);
            else
                tr5->set(fmt::label(sym.flowTrend), t == QLatin1String("ACCEL") ? Tone::Buy : (t == QLatin1String("FADING") ? Tone::Caution : Tone::Muted),
                         tr("imbalance 1m %1 vs 5m %2").arg(fmt::num(v1.imbalancePct.v, 1), fmt::num(sym.volume[1][0].imbalancePct.v, 1)));

            auto *spark = m_grid->widget<Sparkline>(row, 6);
            spark->setObjectName(name + QStringLiteral(".spark"));
            spark->setData(sym.imbalanceHistory, 100);
            int valid = 0;
            for (double d : sym.imbalanceHistory)
                valid += !std::isnan(d);
            spark->setToolTip(valid ? tr("1 m imbalance per minute, last 15 minutes (%1 minutes with trades)").arg(valid)
                                    : tr("no complete minute yet"));
            ++row;
        }
        m_grid->setRowCount(row);
        renderChart();
    }

private:
    CellGrid *m_grid;
    ValueLabel *m_chartTitle;
    HistoryChart *m_chart;
    SymbolHistory<2> m_hist{5, 900}; // imbalance 1m (points), perp reference price
};

Panel *makeOrderflowPanel(QWidget *parent) { return new OrderflowPanel(parent); }

} // namespace fd

#include "orderflowpanel.moc"
