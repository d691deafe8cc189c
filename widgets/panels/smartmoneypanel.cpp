// Smart Money Tracker (issue 5 §7, METRICS.md §3/§6): net flow 5 m per symbol with
// arrows; aggressor buy % / sell % / ratio; CVD per exchange; per-exchange breakdown.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QVBoxLayout>

namespace fd {

class SmartMoneyPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit SmartMoneyPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.smartmoney"), View::Flow, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Net flow 5m"), tr("Velocity"), tr("Aggr. buy"), tr("Aggr. sell"), tr("Buy/sell orders"),
                           tr("Buy/sell $")});
        auto *sub = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        sub->setObjectName(QStringLiteral("breakdownTitle"));
        m_subTitle = sub;
        m_venues = new CellGrid(this);
        m_venues->setObjectName(QStringLiteral("venues"));
        m_venues->setHeader({tr("Exchange"), tr("CVD 1m"), tr("CVD 5m"), tr("CVD 15m"), tr("CVD session"), tr("Relay CVD")});
        // The space under the tables shows whether the flow persists: net flow 5m of the
        // selected symbol every 10 s over 15 minutes (buying up in green, selling down in red).
        m_chartTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_chartTitle->setObjectName(QStringLiteral("chartTitle"));
        m_chart = new HistoryChart(this, 90);
        m_chart->setObjectName(QStringLiteral("netFlowChart"));
        body()->addWidget(m_grid);
        body()->addWidget(sub);
        body()->addWidget(m_venues);
        body()->addWidget(m_chartTitle);
        body()->addWidget(m_chart, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Smart Money Tracker"); }
    QString explanation() const override
    {
        return explainHtml(tr("Net aggressive flow and who is the aggressor, per symbol and per exchange (perpetuals)."),
                           tr("net flow = Σ buy taker USD − Σ sell taker USD; velocity = net flow per minute (5 m / 5); aggressor "
                              "buy % = buy taker orders / all taker orders; ratio = buy orders / sell orders (and by USD). CVD per "
                              "exchange = running Σ signed USD of perp taker prints; the relay's own CVD stream is shown as a "
                              "cross-check (increments, resets detected)."),
                           tr("perp taker prints; taker orders = prints with the same market, side and ms timestamp"),
                           tr("5 minutes (arrow: 1 m imbalance against its last 60 one-minute samples); chart: net flow 5m of the "
                              "selected symbol, one sample per 10 s, last 15 minutes"),
                           tr("arrow |z| &lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &gt; 2 ↑↑↑"));
    }

protected:
    void ingest(const ViewSnapshot &s) override
    {
        m_hist.sample(s, [](const SymbolSnapshot &sym) {
            const VolumeStats &v = sym.volume[1][0];
            return SymbolHistory<1>::Values{v.totalUsd > 0 ? v.netFlowUsd : kNaN};
        });
    }
    void renderChart()
    {
        QVector<double> x;
        std::array<QVector<double>, 1> ys;
        m_hist.series(symbol().toStdString(), x, ys);
        QVector<double> &y = ys[0];
        double mx = 0;
        for (double v : y)
            if (!std::isnan(v))
                mx = std::max(mx, std::abs(v));
        double div = 1;
        const QString unit = usdAxisUnit(mx, &div);
        for (double &v : y)
            v /= div;
        m_chartTitle->set(x.size() < 2 ? tr("Net flow 5m · %1 · collecting (one sample per 10 s)").arg(symbol())
                                       : tr("Net flow 5m · %1 · last %2 min").arg(symbol()).arg(std::lround(-x.front())),
                          Tone::Muted, tr("positive: taker buys exceed taker sells over the 5 minutes before each sample"));
        m_chart->setAxisLabels(tr("minutes ago"), tr("net flow %1").arg(unit));
        m_chart->setBars(x, y, m_hist.periodSec() / 60.0 * 0.8);
        m_chart->setXRange(-15.2, 0.2);
        m_chart->commit();
    }
    void render(const ViewSnapshot &s) override
    {
        if (!hasMarkets(s)) {
            m_grid->setRowCount(1);
            m_venues->setRowCount(1);
            renderChart();
            return;
        }
        int row = 1;
        for (const SymbolSnapshot &sym : s.symbols) {
            const QString name = QString::fromStdString(sym.symbol);
            const VolumeStats &v = sym.volume[1][0];
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            ValueLabel *net = m_grid->label(row, 1);
            net->setObjectName(name + QStringLiteral(".net5m"));
            if (v.totalUsd > 0)
                net->set(fmt::usdSigned(v.netFlowUsd) + QLatin1Char(' ') + fmt::arrow(sym.imbalanceArrow), toneForSign(v.netFlowUsd),
                         tr("buy %1 · sell %2").arg(fmt::usd(v.buyUsd), fmt::usd(v.sellUsd)));
            else
                net->setNa(v.imbalancePct.na);
            m_grid->label(row, 2)->set(fmt::usdSigned(sym.cvd.velocity5m) + tr("/min"), toneForSign(sym.cvd.velocity5m));
            const double buyPct = v.orderCount ? 100.0 * v.buyOrderCount / v.orderCount : kNaN;
            ValueLabel *b = m_grid->label(row, 3);
            b->setObjectName(name + QStringLiteral(".aggrBuy"));
            if (v.orderCount) {
                b->set(fmt::pct(buyPct, 1), buyPct > 55 ? Tone::Buy : (buyPct < 45 ? Tone::Sell : Tone::Caution));
                m_grid->label(row, 4)->set(fmt::pct(100 - buyPct, 1), buyPct < 45 ? Tone::Sell : Tone::Normal);
            } else {
                b->setNa(v.avgOrderUsd.na);
                m_grid->label(row, 4)->setNa(v.avgOrderUsd.na);
            }
            ValueLabel *r = m_grid->label(row, 5);
            r->setObjectName(name + QStringLiteral(".ratio"));
            r->setVal(v.aggressorRatioCount, fmt::num(v.aggressorRatioCount.v, 2) + QStringLiteral("×"), toneForSign(v.aggressorRatioCount.v - 1, 0.1),
                      tr("%1 buy / %2 sell taker orders").arg(v.buyOrderCount).arg(v.sellOrderCount));
            m_grid->label(row, 6)->setVal(v.aggressorRatioUsd, fmt::num(v.aggressorRatioUsd.v, 2) + QStringLiteral("×"),
                                          toneForSign(v.aggressorRatioUsd.v - 1, 0.1));
            ++row;
        }
        m_grid->setRowCount(row);

        const SymbolSnapshot *sym = s.find(symbol().toStdString());
        m_subTitle->set(tr("Per-exchange CVD · %1").arg(symbol()), Tone::Muted);
        int vr = 1;
        if (sym) {
            for (const CvdVenue &v : sym->cvd.venues) {
                const QString venue = QString::fromStdString(v.venue);
                m_venues->label(vr, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(venue);
                m_venues->label(vr, 1)->set(fmt::usdSigned(v.trade1m), toneForSign(v.trade1m));
                ValueLabel *c5 = m_venues->label(vr, 2);
                c5->setObjectName(venue + QStringLiteral(".cvd5m"));
                c5->set(fmt::usdSigned(v.trade5m), toneForSign(v.trade5m));
                m_venues->label(vr, 3)->set(fmt::usdSigned(v.trade15m), toneForSign(v.trade15m));
                m_venues->label(vr, 4)->set(fmt::usdSigned(v.tradeSinceStart), toneForSign(v.tradeSinceStart));
                m_venues->label(vr, 5)->setVal(v.relayAdjusted,
                                               fmt::usdSigned(v.relayAdjusted.v) + (v.resets.empty() ? QString() : tr(" (%1 resets)").arg(v.resets.size())),
                                               Tone::Muted, tr("relay cumulative_volume_delta increments, %1 messages").arg(v.relayMessages));
                ++vr;
            }
            m_venues->label(vr, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Total"));
            m_venues->label(vr, 1)->set(fmt::usdSigned(sym->cvd.total1m), toneForSign(sym->cvd.total1m));
            m_venues->label(vr, 2)->set(fmt::usdSigned(sym->cvd.total5m), toneForSign(sym->cvd.total5m));
            m_venues->label(vr, 3)->set(fmt::usdSigned(sym->cvd.total15m), toneForSign(sym->cvd.total15m));
            m_venues->label(vr, 4)->set(fmt::usdSigned(sym->cvd.totalSinceStart), toneForSign(sym->cvd.totalSinceStart));
            m_venues->label(vr, 5)->setVal(sym->cvd.exchangeCorrelation, tr("corr %1").arg(fmt::num(sym->cvd.exchangeCorrelation.v, 2)),
                                           Tone::Muted, tr("mean pairwise Pearson of 1 s CVD increments between venues, 5 m"));
            ++vr;
        }
        m_venues->setRowCount(vr);
        renderChart();
    }

private:
    CellGrid *m_grid, *m_venues;
    ValueLabel *m_subTitle, *m_chartTitle;
    HistoryChart *m_chart;
    SymbolHistory<1> m_hist{10, 900}; // net flow 5m USD every 10 s for 15 min
};

Panel *makeSmartMoneyPanel(QWidget *parent) { return new SmartMoneyPanel(parent); }

} // namespace fd

#include "smartmoneypanel.moc"
