// Spot vs Perp Basis (issue 5 §2, METRICS.md §7): composite and per venue,
// $ and %, CONTANGO/BACKWARDATION/FLAT, STEEP, arbitrage flag; basis % history.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace fd {

class BasisPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit BasisPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.basis"), View::Microstructure, parent)
    {
        m_top = new CellGrid(this);
        m_top->setObjectName(QStringLiteral("composite"));
        m_top->setHeader({tr("Composite"), tr("Perp"), tr("Spot"), tr("Basis $"), tr("Basis %"), tr("State"), tr("Trend 5m")});
        for (int c = 0; c < 7; ++c)
            m_top->label(1, c);
        m_flags = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_flags->setObjectName(QStringLiteral("flags"));
        m_flags->setBold(true);
        m_venues = new CellGrid(this);
        m_venues->setObjectName(QStringLiteral("venues"));
        m_venues->setHeader({tr("Venue"), tr("Perp mid"), tr("Spot mid"), tr("Basis $"), tr("Basis %")});
        m_plot = new QCustomPlot(this);
        m_plot->setObjectName(QStringLiteral("plot"));
        setupPlot(m_plot, 110);
        m_graph = m_plot->addGraph();
        m_plot->yAxis->setLabel(tr("basis %"));
        m_plot->xAxis->setLabel(tr("minutes ago"));
        m_plot->xAxis->setRange(-15, 0);
        for (int i = 0; i < 2; ++i) {
            m_arbLines[i] = new QCPItemStraightLine(m_plot);
            m_arbLines[i]->setPen(cosmeticPen(toneColor(Tone::Arb, this), 1, Qt::DashLine));
        }
        body()->addWidget(m_top);
        body()->addWidget(m_flags);
        body()->addWidget(m_venues);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Spot vs Perp Basis"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Premium of perpetuals over spot."),
                           tr("basis = perp reference − spot reference; basis % = basis / spot · 100. Per venue where the venue "
                              "has both spot and perp. Trend = slope of basis % over 5 m."),
                           tr("reference = median of fresh (&lt; %1 s) L1 mids across venues, else the last trade").arg(st.l1FreshSec),
                           tr("now; trend 5 minutes; history: one point per 5 s over 15 minutes"),
                           tr("CONTANGO &gt; +%1 %, BACKWARDATION &lt; −%1 %, else FLAT; STEEP |basis %| &gt; %2 %; arbitrage "
                              "(cyan) |basis %| &gt; %3 %; trend ±%4 % per 5 m")
                               .arg(st.contangoPct)
                               .arg(st.steepPct)
                               .arg(st.arbBasisPct)
                               .arg(st.basisTrendPctPer5m));
    }

protected:
    void render(const ViewSnapshot &s) override
    {
        const SymbolSnapshot *sym = pickSymbol(s);
        setHeading(title() + QStringLiteral(" · ") + symbol());
        if (!sym) {
            for (int c = 1; c < 7; ++c)
                m_top->label(1, c)->setNa({QT_TRANSLATE_NOOP("Metrics", "no quote or trade yet")});
            m_flags->set(QString());
            m_venues->setRowCount(1);
            m_graph->data()->clear();
            replotIfChanged(m_plot, m_plotKey, PlotKey().add(-1));
            return;
        }
        const Basis &b = sym->basis;
        setStatus({});
        m_top->label(1, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(QString::fromStdString(sym->symbol));
        m_top->label(1, 1)->setVal(b.perp.price, fmt::price(b.perp.price.v), Tone::Normal,
                                   tr("source: %1").arg(fmt::label(b.perp.source)));
        m_top->label(1, 2)->setVal(b.spot.price, fmt::price(b.spot.price.v), Tone::Normal,
                                   tr("source: %1").arg(fmt::label(b.spot.source)));
        const Tone stTone = b.arbitrage ? Tone::Arb : Tone::Caution;
        ValueLabel *usd = m_top->label(1, 3);
        usd->setObjectName(QStringLiteral("basisUsd"));
        usd->setVal(b.basisUsd, (b.basisUsd.v > 0 ? QStringLiteral("+$") : (b.basisUsd.v < 0 ? fmt::minus() + QLatin1Char('$') : QStringLiteral("$")))
                                    + fmt::num(std::abs(b.basisUsd.v), 2),
                    stTone);
        ValueLabel *pct = m_top->label(1, 4);
        pct->setObjectName(QStringLiteral("basisPct"));
        pct->setVal(b.basisPct, fmt::pctSigned(b.basisPct.v, 4), stTone);
        ValueLabel *state = m_top->label(1, 5);
        state->setObjectName(QStringLiteral("state"));
        if (b.basisPct.ok())
            state->set(fmt::label(b.state), b.arbitrage ? Tone::Arb : (b.state == "FLAT" ? Tone::Muted : Tone::Caution));
        else
            state->setNa(b.basisPct.na);
        ValueLabel *trend = m_top->label(1, 6);
        trend->setObjectName(QStringLiteral("trend"));
        trend->setVal(b.trendSlopePctPer5m, fmt::arrow(b.trend) + QLatin1Char(' ') + fmt::pctSigned(b.trendSlopePctPer5m.v, 4),
                      Tone::Normal, tr("slope of basis % over 5 m"));

        QStringList flags;
        if (b.steep)
            flags << tr("STEEP");
        if (b.arbitrage)
            flags << tr("⚠ ARBITRAGE: |basis| %1 > %2").arg(fmt::pct(std::abs(b.basisPct.v), 4), fmt::pct(metricSettings().arbBasisPct, 2));
        // The line stays (an empty one would come and go, resizing and replotting the chart
        // below): without a flag it says how far the basis is from the arbitrage threshold.
        m_flags->setBold(!flags.isEmpty());
        if (flags.isEmpty() && b.basisPct.ok())
            m_flags->set(tr("no flag: |basis| %1 ≤ %2 arbitrage threshold")
                             .arg(fmt::pct(std::abs(b.basisPct.v), 4), fmt::pct(metricSettings().arbBasisPct, 2)),
                         Tone::Muted);
        else
            m_flags->set(flags.join(QStringLiteral("  ·  ")), b.steep ? Tone::Sell : (b.arbitrage ? Tone::Arb : Tone::Muted));

        int row = 1;
        for (const auto &v : b.perVenue) {
            m_venues->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(QString::fromStdString(v.venue));
            m_venues->label(row, 1)->set(fmt::price(v.perpMid));
            m_venues->label(row, 2)->set(fmt::price(v.spotMid));
            const bool arb = std::abs(v.basisPct) > metricSettings().arbBasisPct;
            m_venues->label(row, 3)->set(fmt::num(v.basisUsd, 2), arb ? Tone::Arb : Tone::Normal);
            ValueLabel *vp = m_venues->label(row, 4);
            vp->setObjectName(QString::fromStdString(v.venue) + QStringLiteral(".basisPct"));
            vp->set(fmt::pctSigned(v.basisPct, 4), arb ? Tone::Arb : Tone::Normal);
            ++row;
        }
        if (b.perVenue.empty()) {
            m_venues->label(1, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("no venue with both fresh spot and perp quotes"), Tone::Muted);
            for (int c = 1; c < 5; ++c)
                m_venues->label(1, c)->set(QString());
            row = 2;
        }
        m_venues->setRowCount(row);

        // history: one point per 5 s, oldest first, ending now. It moves every 5 s while
        // snapshots come every 250 ms: rebuild and replot only when it changed.
        const auto &h = sym->basisHistory;
        const double a = metricSettings().arbBasisPct;
        PlotKey key;
        key.add(static_cast<int64_t>(h.size())).add(b.arbitrage).add(a).add(QString::fromStdString(sym->symbol));
        for (double x : h)
            key.add(x);
        if (key.value() == m_plotKey)
            return;
        QVector<QCPGraphData> pts;
        pts.reserve(static_cast<int>(h.size()));
        double lo = -a, hi = a;
        const int n = static_cast<int>(h.size());
        for (int i = 0; i < n; ++i) {
            const double x = -(n - 1 - i) * 5.0 / 60.0;
            pts.append(QCPGraphData(x, h[static_cast<size_t>(i)]));
            if (!std::isnan(h[static_cast<size_t>(i)]))
                lo = std::min(lo, h[static_cast<size_t>(i)]), hi = std::max(hi, h[static_cast<size_t>(i)]);
        }
        m_graph->data()->set(pts, true);
        const QColor c = toneColor(b.arbitrage ? Tone::Arb : Tone::Caution, this);
        m_graph->setPen(cosmeticPen(c, 1.5));
        const double pad = (hi - lo) * 0.1 + 1e-6;
        m_plot->yAxis->setRange(lo - pad, hi + pad);
        m_arbLines[0]->point1->setCoords(-15, a), m_arbLines[0]->point2->setCoords(0, a);
        m_arbLines[1]->point1->setCoords(-15, -a), m_arbLines[1]->point2->setCoords(0, -a);
        replotIfChanged(m_plot, m_plotKey, key);
    }

private:
    CellGrid *m_top, *m_venues;
    ValueLabel *m_flags;
    QCustomPlot *m_plot;
    QCPGraph *m_graph;
    QCPItemStraightLine *m_arbLines[2];
    uint64_t m_plotKey = 0;
};

Panel *makeBasisPanel(QWidget *parent) { return new BasisPanel(parent); }

} // namespace fd

#include "basispanel.moc"
