// Arbitrage Opportunities (issue 5 §13, METRICS.md §7/§8): basis per symbol with
// ⚠ over the threshold, exchange spreads ($ and bps, which pair), funding
// differentials; cyan when actionable.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace fd {

class ArbitragePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit ArbitragePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.arbitrage"), View::Risk, parent)
        , m_plot(historyPlot(this, QStringLiteral("basisPlot"), tr("basis %"), 15, 100))
        , m_lines(m_plot)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Basis"), QString(), tr("Venue spread"), tr("Pair"), tr("Funding diff."), QString()});
        // Which venue is off the pack: each perp mid against the median of the venues, in bps.
        m_venueTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_venueTitle->setObjectName(QStringLiteral("venueTitle"));
        m_venues = new CellGrid(this);
        m_venues->setObjectName(QStringLiteral("venues"));
        m_venues->grid()->setColumnStretch(16, 1); // an empty column past the venues takes the spare width
        // How long a basis gap has been open: basis % of every symbol over 15 minutes
        // against the arbitrage threshold (cyan, dashed).
        for (auto *&line : m_arbLines)
            line = new QCPItemStraightLine(m_plot);
        body()->addWidget(m_grid);
        body()->addWidget(m_venueTitle);
        body()->addWidget(m_venues);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Arbitrage Opportunities"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Price gaps worth trading: spot vs perp, venue vs venue, funding vs funding."),
                           tr("basis % = (perp ref − spot ref) / spot ref · 100; venue spread = max − min of the perp mids across "
                              "venues (as % of the median, $ and bps); funding differential = max − min 8 h-normalised rate."),
                           tr("fresh L1 mids, last trades, funding_rate messages"),
                           tr("now; chart: basis % of each symbol, one point per 5 s, last 15 minutes"),
                           tr("basis ⚠ |basis %| &gt; %1 %; venue spread flag &gt; %2 %; funding ARB &gt; %3 %")
                               .arg(st.arbBasisPct)
                               .arg(st.exchangeSpreadFlagPct)
                               .arg(st.fundingArbPct));
    }

protected:
    // the venues with the lowest and the highest perp mid: the two legs of a venue spread
    static auto spreadEnds(const Basis &b)
    {
        return std::minmax_element(b.exchangeSpreads.begin(), b.exchangeSpreads.end(), [](const auto &x, const auto &y) { return x.mid < y.mid; });
    }
    void render(const ViewSnapshot &s) override
    {
        if (!hasMarkets(s)) {
            m_grid->setRowCount(1);
            return;
        }
        int row = 1, actionable = 0;
        for (const SymbolSnapshot &sym : s.symbols) {
            const QString name = QString::fromStdString(sym.symbol);
            const Basis &b = sym.basis;
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            ValueLabel *bp = m_grid->label(row, 1);
            bp->setObjectName(name + QStringLiteral(".basis"));
            bp->setVal(b.basisPct, fmt::pctSigned(b.basisPct.v, 4), b.arbitrage ? Tone::Arb : Tone::Normal,
                       tr("%1 · basis %2").arg(fmt::label(b.state), fmt::num(b.basisUsd.v, 2)));
            ValueLabel *flag = m_grid->label(row, 2, Qt::AlignLeft | Qt::AlignVCenter);
            flag->setObjectName(name + QStringLiteral(".basisFlag"));
            // ⚠ alone (the state in the tooltip): the word made the panel too wide for the
            // Risk workspace's middle column at 1920 px, squeezing its right-hand column
            flag->set(b.arbitrage ? QStringLiteral("⚠") : QString(), Tone::Arb,
                      b.arbitrage ? tr("%1: |basis| over the %2 arbitrage threshold").arg(fmt::label(b.state), fmt::pct(metricSettings().arbBasisPct, 2))
                                  : QString());
            actionable += b.arbitrage;
            // exchange spread: widest pair
            ValueLabel *sp = m_grid->label(row, 3);
            sp->setObjectName(name + QStringLiteral(".spread"));
            ValueLabel *pair = m_grid->label(row, 4, Qt::AlignLeft | Qt::AlignVCenter);
            if (b.exchangeSpreads.size() >= 2 && b.spreadMaxMinPct.ok()) {
                const auto [lo, hi] = spreadEnds(b);
                const double usd = hi->mid - lo->mid, bpsV = b.spreadMaxMinPct.v * 100;
                sp->set(QStringLiteral("$%1 · %2").arg(fmt::num(usd, 2), fmt::bps(bpsV)), b.spreadFlag ? Tone::Arb : Tone::Normal,
                        tr("max − min perp mid = %1").arg(fmt::pct(b.spreadMaxMinPct.v, 4)));
                pair->set(QStringLiteral("%1 > %2").arg(QString::fromStdString(hi->venue), QString::fromStdString(lo->venue)),
                          b.spreadFlag ? Tone::Arb : Tone::Muted);
                actionable += b.spreadFlag;
            } else {
                sp->setNa(b.spreadMaxMinPct.na);
                pair->set(QString());
            }
            const Funding &f = sym.funding;
            ValueLabel *fd = m_grid->label(row, 5);
            fd->setObjectName(name + QStringLiteral(".funding"));
            fd->setVal(f.differentialPct, fmt::pct(f.differentialPct.v, 4), f.arb ? Tone::Arb : Tone::Normal);
            m_grid->label(row, 6, Qt::AlignLeft | Qt::AlignVCenter)->set(f.arb ? tr("ARB") : QString(), Tone::Arb);
            actionable += f.arb;
            ++row;
        }
        m_grid->setRowCount(row);
        renderVenues(s);
        renderChart(s);
        if (actionable)
            setStatus(tr("%n actionable gap(s)", nullptr, actionable), Tone::Arb);
        else
            setStatus(tr("no gap over its threshold"), Tone::Muted);
    }

    // Symbols × perp venues: mid − median of the venues' mids, bps; cyan for the two ends
    // of a flagged spread (the pair to trade).
    void renderVenues(const ViewSnapshot &s)
    {
        const std::vector<std::string> venues = venuesSeen(s, [](const SymbolSnapshot &x) -> const auto & { return x.basis.exchangeSpreads; });
        QStringList header{tr("Symbol")};
        for (const std::string &v : venues)
            header << QString::fromStdString(v);
        m_venues->setColumns(header);
        m_venueTitle->set(venues.size() < 2 ? tr("Perp venue vs median · needs two perp venues with fresh quotes")
                                            : tr("Perp venue vs median (bps)"),
                          Tone::Muted, tr("positive: the venue trades above the others; sell there, buy the lowest"));
        int row = 1;
        for (const SymbolSnapshot &sym : s.symbols) {
            const Basis &b = sym.basis;
            if (b.exchangeSpreads.size() < 2)
                continue;
            const QString name = QString::fromStdString(sym.symbol);
            m_venues->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            const auto [lo, hi] = spreadEnds(b);
            for (size_t c = 0; c < venues.size(); ++c) {
                ValueLabel *l = m_venues->label(row, static_cast<int>(c) + 1);
                l->setObjectName(name + QLatin1Char('.') + QString::fromStdString(venues[c]));
                const auto it = std::find_if(b.exchangeSpreads.begin(), b.exchangeSpreads.end(),
                                             [&](const auto &sp) { return sp.venue == venues[c]; });
                if (it == b.exchangeSpreads.end()) {
                    l->set(fmt::na(), Tone::Muted, tr("no fresh perp quote from this venue"));
                    continue;
                }
                const bool leg = b.spreadFlag && (it == lo || it == hi);
                l->set(fmt::bpsSigned(it->vsMedianBps), leg ? Tone::Arb : Tone::Normal,
                       tr("mid %1 (%2 vs median)").arg(fmt::price(it->mid), fmt::usdSigned(it->vsMedianUsd)));
            }
            ++row;
        }
        m_venues->setRowCount(row);
    }
    void renderChart(const ViewSnapshot &s)
    {
        const bool dark = isDarkTheme(this);
        const double a = metricSettings().arbBasisPct;
        PlotKey key;
        key.add(dark).add(a);
        for (const SymbolSnapshot &sym : s.symbols) {
            key.add(QString::fromStdString(sym.symbol));
            for (double x : sym.basisHistory)
                key.add(x);
        }
        if (key.value() == m_plotKey)
            return;
        double lo = -a, hi = a;
        for (const SymbolSnapshot &sym : s.symbols) {
            const auto &h = sym.basisHistory;
            QVector<double> x, y;
            const int n = static_cast<int>(h.size());
            for (int k = 0; k < n; ++k) {
                const double v = h[static_cast<size_t>(k)];
                x << -(n - 1 - k) * 5.0 / 60.0;
                y << v;
                if (!std::isnan(v))
                    lo = std::min(lo, v), hi = std::max(hi, v);
            }
            // no basis at all (e.g. a symbol with open interest only): no line, no legend entry
            if (std::any_of(y.begin(), y.end(), [](double v) { return !std::isnan(v); }))
                m_lines.draw(sym.symbol, x, y, dark);
        }
        m_lines.removeUndrawn(); // symbols that went away or have no basis
        const double pad = (hi - lo) * 0.1 + 1e-6;
        m_plot->yAxis->setRange(lo - pad, hi + pad);
        for (int k = 0; k < 2; ++k) {
            m_arbLines[k]->setPen(cosmeticPen(toneColor(Tone::Arb, dark), 1, Qt::DashLine));
            m_arbLines[k]->point1->setCoords(-15, k ? -a : a);
            m_arbLines[k]->point2->setCoords(0, k ? -a : a);
        }
        themePlot(m_plot);
        replotIfChanged(m_plot, m_plotKey, key);
    }

private:
    CellGrid *m_grid, *m_venues;
    ValueLabel *m_venueTitle;
    QCustomPlot *m_plot;
    SeriesSet m_lines;
    QCPItemStraightLine *m_arbLines[2];
    uint64_t m_plotKey = 0;
};

Panel *makeArbitragePanel(QWidget *parent) { return new ArbitragePanel(parent); }

} // namespace fd

#include "arbitragepanel.moc"
