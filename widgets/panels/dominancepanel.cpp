// Exchange Dominance (issue 5 §8, METRICS.md §1/§2/§7): volume share and OI share
// per venue as bars, and volume migration (which venue is gaining).
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <set>

namespace fd {

class DominancePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit DominancePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.dominance"), View::Flow, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Venue"), tr("Volume 5m"), QString(), tr("Share"), tr("OI"), QString(), tr("OI share")});
        m_grid->grid()->setColumnStretch(2, 1);
        m_grid->grid()->setColumnStretch(5, 1);
        m_migration = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_migration->setObjectName(QStringLiteral("migration"));
        // Migration over time: each venue's 5 m volume share of the selected symbol, every
        // 10 s over 30 minutes; a line that keeps climbing is where the flow is moving.
        m_plot = historyPlot(this, QStringLiteral("sharePlot"), tr("volume share 5m %"), 30, 90);
        body()->addWidget(m_grid);
        body()->addWidget(m_migration);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Exchange Dominance"); }
    QString explanation() const override
    {
        return explainHtml(tr("Which venue carries the volume and the open interest."),
                           tr("volume share = venue USD / total USD (perp + spot, 5 m); OI share = venue OI USD / total OI USD "
                              "(OI USD = notional when the relay sends it, else contracts · perp reference); migration = the venue "
                              "whose 5 m share rose most against its 60 m share."),
                           tr("trades and open_interest messages"),
                           tr("5 minutes (migration: 5 m vs 60 m); chart: 5 m volume share per venue, one sample per 10 s, "
                              "last 30 minutes"),
                           QString());
    }

protected:
    void ingest(const ViewSnapshot &s) override
    {
        const double t = static_cast<double>(s.clockNs) / 1e9;
        for (const SymbolSnapshot &sym : s.symbols) {
            if (!m_hist.due(sym.symbol, t))
                continue;
            m_hist.add(sym.symbol, t, {}); // the sample clock of this symbol
            const VolumeStats &v = sym.volume[1][static_cast<int>(TypeSel::Combined)];
            auto &seen = m_venuesSeen[sym.symbol];
            for (const auto &x : v.perVenue)
                if (std::find(seen.begin(), seen.end(), x.venue) == seen.end())
                    seen.push_back(x.venue);
            for (const std::string &venue : seen) { // a venue without trades in 5 m has 0 % share
                double share = v.totalUsd > 0 ? 0 : kNaN;
                for (const auto &x : v.perVenue)
                    if (x.venue == venue)
                        share = x.sharePct;
                m_hist.add(sym.symbol + '|' + venue, t, {share});
            }
        }
    }
    void renderChart()
    {
        const std::string sym = symbol().toStdString();
        const bool dark = isDarkTheme(this);
        PlotKey key;
        key.add(dark).add(symbol());
        std::map<std::string, std::pair<QVector<double>, QVector<double>>> lines;
        double oldest = 0;
        const auto seen = m_venuesSeen.find(sym);
        if (seen != m_venuesSeen.end())
            for (const std::string &venue : seen->second) {
                auto &[x, y] = lines[venue];
                std::array<QVector<double>, 1> ys;
                m_hist.series(sym + '|' + venue, x, ys);
                y = ys[0];
                // x relative to this venue's newest sample: all venues are sampled together
                if (!x.isEmpty())
                    oldest = std::min(oldest, x.front());
                key.add(QString::fromStdString(venue)).add(x).add(y);
            }
        if (key.value() == m_plotKey)
            return;
        for (auto &[venue, g] : m_graphs)
            if (!lines.count(venue))
                g->data()->clear();
        int i = 0;
        for (auto &[venue, xy] : lines) {
            QCPGraph *&g = m_graphs[venue];
            if (!g) {
                g = m_plot->addGraph();
                g->setName(QString::fromStdString(venue));
            }
            g->setPen(cosmeticPen(seriesColor(i++, dark), 1.4));
            QVector<QCPGraphData> pts;
            for (int k = 0; k < xy.first.size(); ++k)
                pts.append({xy.first[k], xy.second[k]});
            g->data()->set(pts, true);
        }
        m_plot->xAxis->setRange(std::min(-5.0, oldest), 0);
        m_plot->yAxis->setRange(0, 100);
        m_plot->xAxis->setLabel(lines.empty() || oldest > -0.2 ? tr("collecting: one sample per 10 s") : tr("minutes ago"));
        themePlot(m_plot);
        replotIfChanged(m_plot, m_plotKey, key);
    }
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        renderChart();
        const SymbolSnapshot *sym = pickSymbol(s);
        if (!sym) {
            m_grid->setRowCount(1);
            m_migration->set(QString());
            return;
        }
        setStatus({});
        const VolumeStats &v = sym->volume[1][static_cast<int>(TypeSel::Combined)];
        std::set<std::string> venues;
        for (const auto &x : v.perVenue)
            venues.insert(x.venue);
        for (const auto &o : sym->oi.venues)
            venues.insert(o.venue);
        int row = 1;
        for (const std::string &venue : venues) {
            const QString name = QString::fromStdString(venue);
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            const VenueVolume *vv = nullptr;
            for (const auto &x : v.perVenue)
                if (x.venue == venue)
                    vv = &x;
            const bool gaining = venue == sym->basis.migrationVenue;
            m_grid->label(row, 1)->set(vv ? fmt::usd(vv->usd) : QStringLiteral("$0"));
            // Shares carry no buy/sell meaning: grey bars; the venue gaining share is the one
            // thing to notice (yellow), not an arbitrage (cyan) or a whale (purple).
            m_grid->widget<HBar>(row, 2)->setValue(vv ? vv->sharePct : 0, 100, gaining ? Tone::Caution : Tone::Muted);
            ValueLabel *sh = m_grid->label(row, 3);
            sh->setObjectName(name + QStringLiteral(".volShare"));
            sh->set(fmt::pct(vv ? vv->sharePct : 0, 1), gaining ? Tone::Caution : Tone::Normal);
            const OiVenue *ov = nullptr;
            for (const auto &o : sym->oi.venues)
                if (o.venue == venue)
                    ov = &o;
            ValueLabel *os = m_grid->label(row, 6);
            os->setObjectName(name + QStringLiteral(".oiShare"));
            if (ov) {
                m_grid->label(row, 4)->setVal(ov->usd, fmt::usd(ov->usd.v));
                m_grid->widget<HBar>(row, 5)->setValue(ov->sharePct.ok() ? ov->sharePct.v : 0, 100, Tone::Muted);
                os->setVal(ov->sharePct, fmt::pct(ov->sharePct.v, 1));
            } else {
                const NaReason why{QT_TRANSLATE_NOOP("Panels", "no open_interest message from this venue")};
                m_grid->label(row, 4)->setNa(why);
                m_grid->widget<HBar>(row, 5)->setValue(0, 0, Tone::Muted);
                os->setNa(why);
            }
            ++row;
        }
        if (venues.empty())
            setStatus(tr("no trades or open interest in the last 5 minutes"));
        m_grid->setRowCount(row);
        if (!sym->basis.migrationVenue.empty())
            m_migration->set(tr("Migration: %1 gaining (%2 share vs 60 m)")
                                 .arg(QString::fromStdString(sym->basis.migrationVenue), fmt::pctSigned(sym->basis.migrationDeltaPct.v, 1)),
                             Tone::Caution);
        else
            m_migration->set(tr("Migration: n/a — %1").arg(fmt::naReason(sym->basis.migrationDeltaPct.na)), Tone::Muted);
    }

private:
    CellGrid *m_grid;
    ValueLabel *m_migration;
    QCustomPlot *m_plot;
    std::map<std::string, QCPGraph *> m_graphs;
    uint64_t m_plotKey = 0;
    SymbolHistory<1> m_hist{10, 1800}; // keys "BTC" (sample clock) and "BTC|Binance" (5 m share %)
    std::map<std::string, std::vector<std::string>> m_venuesSeen;
};

Panel *makeDominancePanel(QWidget *parent) { return new DominancePanel(parent); }

} // namespace fd

#include "dominancepanel.moc"
