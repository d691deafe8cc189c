// CVD Divergence (issue 5 §6, METRICS.md §3): per symbol price direction vs CVD
// direction with BULLISH/BEARISH/ALIGNED/NEUTRAL, and a dual-axis price vs CVD
// chart (per venue and total) for the selected symbol, sampled once a second.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <deque>
#include <map>

namespace fd {

class CvdDivergencePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit CvdDivergencePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.cvddivergence"), View::Microstructure, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Price 5m"), tr("CVD 5m"), tr("Flow / volume"), tr("Divergence")});
        m_plot = new QCustomPlot(this);
        m_plot->setObjectName(QStringLiteral("plot"));
        setupPlot(m_plot, 130);
        m_plot->yAxis2->setVisible(true);
        m_plot->yAxis->setLabel(tr("price"));
        m_plot->yAxis2->setLabel(tr("CVD $"));
        m_plot->xAxis->setLabel(tr("minutes ago"));
        m_plot->legend->setVisible(true);
        m_plot->legend->setBrush(Qt::NoBrush);
        m_plot->legend->setBorderPen(Qt::NoPen);
        m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
        m_price = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        m_price->setName(tr("price"));
        m_total = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        m_total->setName(tr("CVD total"));
        themePlot(m_plot);
        body()->addWidget(m_grid);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }
    QString title() const override { return tr("CVD Divergence"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Does the aggressive flow confirm the price move?"),
                           tr("p = Δ perp reference / price over W; c = CVD_W / perp volume_W. BULLISH (accumulation): p &lt; −%1 % "
                              "and c &gt; +%2 %; BEARISH (distribution): p &gt; +%1 % and c &lt; −%2 %; ALIGNED: both beyond "
                              "their thresholds with the same sign; else NEUTRAL.")
                               .arg(st.divergencePricePct)
                               .arg(st.divergenceFlowPct),
                           tr("perp taker prints (CVD = running Σ signed USD), perp reference price"),
                           tr("W = %1 s; chart: one sample per second since the panel started, last 15 minutes").arg(st.divergenceWindowSec),
                           tr("price ±%1 %, flow ±%2 % of volume").arg(st.divergencePricePct).arg(st.divergenceFlowPct));
    }

protected:
    struct Sample {
        double t, price, total;
        std::vector<std::pair<std::string, double>> venues;
    };
    void ingest(const ViewSnapshot &s) override
    {
        const double t = s.clockNs / 1e9;
        for (const SymbolSnapshot &sym : s.symbols) {
            auto &h = m_hist[sym.symbol];
            if (!h.empty() && t - h.back().t < 1.0)
                continue;
            Sample smp{t, sym.perpRef.ok() ? sym.perpRef.v : kNaN, sym.cvd.totalSinceStart, {}};
            for (const CvdVenue &v : sym.cvd.venues)
                smp.venues.emplace_back(v.venue, v.tradeSinceStart);
            h.push_back(std::move(smp));
            while (!h.empty() && t - h.front().t > 900)
                h.pop_front();
        }
    }
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        if (!hasMarkets(s)) {
            m_grid->setRowCount(1);
            return;
        }
        int row = 1;
        for (const SymbolSnapshot &sym : s.symbols) {
            const QString name = QString::fromStdString(sym.symbol);
            const Cvd &c = sym.cvd;
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            m_grid->label(row, 1)->setVal(c.priceChangePct, fmt::pctSigned(c.priceChangePct.v, 3), toneForSign(c.priceChangePct.v));
            m_grid->label(row, 2)->set(fmt::usdSigned(c.total5m), toneForSign(c.total5m));
            m_grid->label(row, 3)->setVal(c.normFlowPct, fmt::pctSigned(c.normFlowPct.v, 1), toneForSign(c.normFlowPct.v));
            ValueLabel *d = m_grid->label(row, 4);
            d->setObjectName(name + QStringLiteral(".divergence"));
            if (c.divergence.empty() || c.divergence == "n/a")
                d->setNa(c.divergenceNa);
            else
                d->set(fmt::label(c.divergence),
                       c.divergence == "BULLISH" ? Tone::Buy : (c.divergence == "BEARISH" ? Tone::Sell : (c.divergence == "ALIGNED" ? Tone::Caution : Tone::Muted)));
            ++row;
        }
        m_grid->setRowCount(row);

        // chart of the selected symbol: samples are 1 s apart and snapshots 250 ms, so the
        // chart (x relative to the newest sample) is rebuilt and replotted only on a new sample
        const auto it = m_hist.find(symbol().toStdString());
        const bool dark = isDarkTheme(this);
        PlotKey key;
        key.add(symbol()).add(dark);
        if (it != m_hist.end() && !it->second.empty())
            key.add(static_cast<int64_t>(it->second.size())).add(it->second.front().t).add(it->second.back().t);
        if (key.value() == m_plotKey)
            return;
        const double now = it != m_hist.end() && !it->second.empty() ? it->second.back().t : s.clockNs / 1e9;
        QVector<QCPGraphData> px, tot;
        std::map<std::string, QVector<QCPGraphData>> venues;
        double div = 1; // CVD in $K or $M on the right axis, not 7.5·10⁶
        if (it != m_hist.end()) {
            double mx = 0;
            for (const Sample &smp : it->second) {
                mx = std::max(mx, std::abs(smp.total));
                for (const auto &[v, cvd] : smp.venues)
                    mx = std::max(mx, std::abs(cvd));
            }
            m_plot->yAxis2->setLabel(tr("CVD %1").arg(usdAxisUnit(mx, &div)));
            px.reserve(static_cast<int>(it->second.size()));
            tot.reserve(static_cast<int>(it->second.size()));
            for (const Sample &smp : it->second) {
                const double x = (smp.t - now) / 60.0;
                px.append({x, smp.price});
                tot.append({x, smp.total / div});
                for (const auto &[v, cvd] : smp.venues)
                    venues[v].append({x, cvd / div});
            }
        }
        m_price->data()->set(px, true);
        m_price->setPen(cosmeticPen(toneColor(Tone::Normal, dark), 1.5));
        m_total->data()->set(tot, true);
        m_total->setPen(cosmeticPen(toneColor(Tone::Caution, dark), 1.8));
        int vi = 0;
        for (auto &[v, g] : m_venueGraphs)
            if (!venues.count(v))
                g->data()->clear();
        for (auto &[v, pts] : venues) {
            QCPGraph *&g = m_venueGraphs[v];
            if (!g) {
                g = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
                g->setName(QString::fromStdString(v));
            }
            g->setPen(cosmeticPen(seriesColor(vi, dark), 1, seriesDash(vi)));
            ++vi;
            g->data()->set(pts, true);
        }
        m_plot->xAxis->setRange(px.isEmpty() ? -15 : std::max(-15.0, px.front().key), 0);
        m_price->rescaleValueAxis(false, true);
        m_total->rescaleValueAxis(false, true);
        for (auto &[v, g] : m_venueGraphs)
            g->rescaleValueAxis(true, true);
        if (px.size() < 2)
            m_plot->xAxis->setLabel(tr("collecting: the chart starts when the panel receives snapshots"));
        else
            m_plot->xAxis->setLabel(tr("minutes ago"));
        replotIfChanged(m_plot, m_plotKey, key);
    }

private:
    CellGrid *m_grid;
    QCustomPlot *m_plot;
    QCPGraph *m_price, *m_total;
    std::map<std::string, QCPGraph *> m_venueGraphs;
    std::map<std::string, std::deque<Sample>> m_hist;
    uint64_t m_plotKey = 0;
};

Panel *makeCvdDivergencePanel(QWidget *parent) { return new CvdDivergencePanel(parent); }

} // namespace fd

#include "cvddivergencepanel.moc"
