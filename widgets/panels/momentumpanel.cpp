// Momentum Signals (issue 5 §10, METRICS.md §1/§6): VWAP deviation per symbol,
// tick direction ↑n ↓m (x % up) and streak, trade-size trend (avg $a → $b),
// trades/s with HIGH/MEDIUM/LOW.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>

namespace fd {

class MomentumPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit MomentumPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.momentum"), View::Flow, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("vs VWAP 5m"), tr("Ticks 1m"), tr("Streak"), tr("Trade size"), tr("Trades/s"), QString()});
        // Under the table: is the move stretching or fading? Distance from VWAP (bars) and
        // trades/s (line) of the selected symbol every 5 s over 15 minutes.
        m_chartTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_chartTitle->setObjectName(QStringLiteral("chartTitle"));
        m_chart = new HistoryChart(this, 90);
        m_chart->setObjectName(QStringLiteral("vwapChart"));
        body()->addWidget(m_grid);
        body()->addWidget(m_chartTitle);
        body()->addWidget(m_chart, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Momentum Signals"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Short-term momentum of the perpetuals."),
                           tr("VWAP deviation = (perp reference − VWAP 5m) / VWAP 5m; ticks: tick rule per venue (zero ticks keep "
                              "the direction), summed; streak on the venue with the most prints in the last minute; size trend = "
                              "avg taker order 1m / 15m."),
                           tr("perp trades"),
                           tr("1 minute (VWAP 5 m, size trend 1 m vs 15 m); chart: VWAP deviation and trades/s of the selected "
                              "symbol, one sample per 5 s, last 15 minutes"),
                           tr("size trend &gt; %1 Increasing, &lt; %2 Decreasing; trades/s HIGH &gt; %3, MEDIUM &gt; %4")
                               .arg(st.sizeTrendUp)
                               .arg(st.sizeTrendDown)
                               .arg(st.intensityHigh)
                               .arg(st.intensityMedium));
    }

protected:
    void ingest(const ViewSnapshot &s) override
    {
        m_hist.sample(s, [](const SymbolSnapshot &sym) {
            return SymbolHistory<2>::Values{sym.vwapDeviationPct.ok() ? sym.vwapDeviationPct.v : kNaN, sym.volume[0][0].tradesPerS};
        });
    }
    void renderChart()
    {
        QVector<double> x;
        std::array<QVector<double>, 2> ys;
        m_hist.series(symbol().toStdString(), x, ys);
        const QVector<double> &dev = ys[0], &tps = ys[1];
        m_chartTitle->set(x.size() < 2 ? tr("vs VWAP 5m · %1 · collecting (one sample per 5 s)").arg(symbol())
                                       : tr("vs VWAP 5m (bars, %) and trades/s (line) · %1 · last %2 min")
                                             .arg(symbol())
                                             .arg(std::lround(-x.front())),
                          Tone::Muted, tr("green: price above its 5 m VWAP; red: below"));
        m_chart->setAxisLabels(tr("minutes ago"), tr("vs VWAP %"), tr("trades/s"));
        m_chart->setBars(x, dev, m_hist.periodSec() / 60.0 * 0.8);
        m_chart->setLine(x, tps, tr("trades/s"));
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
            const QString name = QString::fromStdString(sym.symbol);
            const VolumeStats &v = sym.volume[0][0];
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            ValueLabel *vw = m_grid->label(row, 1);
            vw->setObjectName(name + QStringLiteral(".vwapDev"));
            vw->setVal(sym.vwapDeviationPct, fmt::pctSigned(sym.vwapDeviationPct.v, 3), toneForSign(sym.vwapDeviationPct.v, 0.01));
            ValueLabel *t = m_grid->label(row, 2);
            t->setObjectName(name + QStringLiteral(".ticks"));
            if (v.upTicks + v.downTicks > 0)
                t->set(tr("↑%1 ↓%2 (%3 up)").arg(v.upTicks).arg(v.downTicks).arg(fmt::pct(v.tickRatio.v * 100, 0)),
                       toneForSign(v.tickRatio.v - 0.5, 0.05));
            else
                t->setNa(v.tickRatio.na);
            ValueLabel *st = m_grid->label(row, 3);
            if (sym.streakLen > 0)
                st->set(QStringLiteral("%1%2").arg(sym.streakDir > 0 ? QStringLiteral("↑") : QStringLiteral("↓")).arg(sym.streakLen),
                        sym.streakDir > 0 ? Tone::Buy : Tone::Sell, tr("current tick streak on %1").arg(QString::fromStdString(sym.streakVenue)));
            else
                st->set(fmt::na(), Tone::Muted, tr("no tick direction yet"));
            ValueLabel *sz = m_grid->label(row, 4);
            sz->setObjectName(name + QStringLiteral(".sizeTrend"));
            if (sym.sizeTrend.ratio.ok())
                // the trend as ↑ / ↓ / → with its word in the tooltip: the full word pushed the
                // table past the width of a 1/3-screen dock
                sz->set(QStringLiteral("%1 → %2 %3")
                            .arg(fmt::usd(sym.sizeTrend.avg15m.v), fmt::usd(sym.sizeTrend.avg1m.v),
                                 sym.sizeTrend.label == "Increasing" ? QStringLiteral("↑")
                                                                     : (sym.sizeTrend.label == "Decreasing" ? QStringLiteral("↓") : QStringLiteral("→"))),
                        sym.sizeTrend.label == "Increasing" ? Tone::Whale : (sym.sizeTrend.label == "Decreasing" ? Tone::Muted : Tone::Normal),
                        tr("%1: average taker order 15 m → 1 m (ratio %2)")
                            .arg(fmt::label(sym.sizeTrend.label), fmt::num(sym.sizeTrend.ratio.v, 2)));
            else
                sz->setNa(sym.sizeTrend.ratio.na);
            m_grid->label(row, 5)->set(fmt::num(v.tradesPerS, 1));
            ValueLabel *in = m_grid->label(row, 6, Qt::AlignLeft | Qt::AlignVCenter);
            in->setObjectName(name + QStringLiteral(".intensity"));
            in->set(fmt::label(v.intensity), v.intensity == "HIGH" ? Tone::Sell : (v.intensity == "MEDIUM" ? Tone::Caution : Tone::Muted));
            ++row;
        }
        m_grid->setRowCount(row);
        renderChart();
    }

private:
    CellGrid *m_grid;
    ValueLabel *m_chartTitle;
    HistoryChart *m_chart;
    SymbolHistory<2> m_hist{5, 900}; // VWAP deviation %, trades/s every 5 s for 15 min
};

Panel *makeMomentumPanel(QWidget *parent) { return new MomentumPanel(parent); }

} // namespace fd

#include "momentumpanel.moc"
