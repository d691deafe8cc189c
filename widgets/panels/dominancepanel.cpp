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
        , m_plot(historyPlot(this, QStringLiteral("sharePlot"), tr("volume share 5m %"), 30, 90))
        , m_lines(m_plot)
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
        m_hist.sample(
            s,
            [](const SymbolSnapshot &sym) {
                std::vector<std::pair<std::string, double>> shares;
                for (const auto &x : sym.volume[1][static_cast<int>(TypeSel::Combined)].perVenue)
                    shares.emplace_back(x.venue, x.sharePct);
                return shares;
            },
            // a venue without trades in the 5 m window has a 0 % share (no trades at all: a gap)
            [](const SymbolSnapshot &sym) { return sym.volume[1][static_cast<int>(TypeSel::Combined)].totalUsd > 0 ? 0.0 : kNaN; });
    }
    void renderChart()
    {
        const std::string sym = symbol().toStdString();
        const bool dark = isDarkTheme(this);
        PlotKey key;
        key.add(dark).add(symbol());
        const auto lines = m_hist.lines(sym, key);
        if (key.value() == m_plotKey)
            return;
        double oldest = 0;
        for (const auto &l : lines) {
            if (!l.x.isEmpty())
                oldest = std::min(oldest, l.x.front());
            m_lines.draw(l.venue, l.x, l.y, dark);
        }
        m_lines.removeUndrawn();
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
    SeriesSet m_lines;
    uint64_t m_plotKey = 0;
    VenueHistory m_hist{10, 1800}; // 5 m volume share % per venue, every 10 s for 30 min
};

Panel *makeDominancePanel(QWidget *parent) { return new DominancePanel(parent); }

} // namespace fd

#include "dominancepanel.moc"
