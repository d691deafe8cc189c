// CVD Divergence (issue 5 §6, METRICS.md §3): per symbol price direction vs CVD
// direction with BULLISH/BEARISH/ALIGNED/NEUTRAL, and a dual-axis price vs CVD
// chart (per venue and total) for the selected symbol, sampled once a second.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <map>

namespace fd {

class CvdDivergencePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit CvdDivergencePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.cvddivergence"), View::Microstructure, parent)
        , m_plot(new QCustomPlot(this))
        , m_venueLines(m_plot, m_plot->yAxis2)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Price 5m"), tr("CVD 5m"), tr("Flow / volume"), tr("Divergence")});
        m_plot->setObjectName(QStringLiteral("plot"));
        setupPlot(m_plot, 130);
        m_plot->yAxis2->setVisible(true);
        m_plot->yAxis->setLabel(tr("price"));
        m_plot->yAxis2->setLabel(tr("CVD $"));
        // until the first snapshot: the empty chart says why it is empty, on the axes it will have
        m_plot->xAxis->setLabel(tr("collecting: the chart starts when the panel receives snapshots"));
        m_plot->xAxis->setRange(-15, 0);
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
    void ingest(const ViewSnapshot &s) override
    {
        m_hist.sample(s, [](const SymbolSnapshot &sym) {
            return SymbolHistory<2>::Values{sym.perpRef.ok() ? sym.perpRef.v : kNaN, sym.cvd.totalSinceStart};
        });
        m_venueHist.sample(
            s,
            [](const SymbolSnapshot &sym) {
                std::vector<std::pair<std::string, double>> v;
                for (const CvdVenue &x : sym.cvd.venues)
                    v.emplace_back(x.venue, x.tradeSinceStart);
                return v;
            },
            [](const SymbolSnapshot &) { return kNaN; });
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
        // chart is rebuilt and replotted only on a new sample
        const std::string sym = symbol().toStdString();
        QVector<double> x;
        std::array<QVector<double>, 2> ys;
        m_hist.series(sym, x, ys);
        const bool dark = isDarkTheme(this);
        PlotKey key;
        key.add(symbol()).add(dark).add(x).add(ys[0]).add(ys[1]);
        auto venues = m_venueHist.lines(sym, key);
        if (key.value() == m_plotKey)
            return;
        double mx = 0;
        for (double v : ys[1])
            mx = std::max(mx, std::abs(v));
        for (const auto &l : venues)
            for (double v : l.y)
                if (!std::isnan(v))
                    mx = std::max(mx, std::abs(v));
        double div = 1; // CVD in $K or $M on the right axis, not 7.5·10⁶
        m_plot->yAxis2->setLabel(tr("CVD %1").arg(usdAxisUnit(mx, &div)));
        QVector<QCPGraphData> px, tot;
        for (int k = 0; k < x.size(); ++k) {
            px.append({x[k], ys[0][k]});
            tot.append({x[k], ys[1][k] / div});
        }
        m_price->data()->set(px, true);
        m_price->setPen(cosmeticPen(toneColor(Tone::Normal, dark), 1.5));
        m_total->data()->set(tot, true);
        m_total->setPen(cosmeticPen(toneColor(Tone::Caution, dark), 1.8));
        for (auto &l : venues) {
            for (double &v : l.y)
                v /= div;
            m_venueLines.draw(l.venue, l.x, l.y, dark, 1, true);
        }
        m_venueLines.removeUndrawn();
        m_plot->xAxis->setRange(px.isEmpty() ? -15 : std::max(-15.0, px.front().key), 0);
        m_price->rescaleValueAxis(false, true);
        m_total->rescaleValueAxis(false, true);
        for (int g = 0; g < m_plot->graphCount(); ++g)
            if (m_plot->graph(g) != m_price && m_plot->graph(g) != m_total)
                m_plot->graph(g)->rescaleValueAxis(true, true);
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
    SeriesSet m_venueLines;
    SymbolHistory<2> m_hist{1, 900};  // perp reference, total CVD: every second for 15 min
    VenueHistory m_venueHist{1, 900}; // CVD per venue
    uint64_t m_plotKey = 0;
};

Panel *makeCvdDivergencePanel(QWidget *parent) { return new CvdDivergencePanel(parent); }

} // namespace fd

#include "cvddivergencepanel.moc"
