// Momentum Signals (issue 5 §10, METRICS.md §1/§6): VWAP deviation per symbol,
// tick direction ↑n ↓m (x % up) and streak, trade-size trend (avg $a → $b),
// trades/s with HIGH/MEDIUM/LOW.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

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
        body()->addWidget(m_grid);
        body()->addStretch(1);
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
                           tr("perp trades"), tr("1 minute (VWAP 5 m, size trend 1 m vs 15 m)"),
                           tr("size trend &gt; %1 Increasing, &lt; %2 Decreasing; trades/s HIGH &gt; %3, MEDIUM &gt; %4")
                               .arg(st.sizeTrendUp)
                               .arg(st.sizeTrendDown)
                               .arg(st.intensityHigh)
                               .arg(st.intensityMedium));
    }

protected:
    void render(const ViewSnapshot &s) override
    {
        if (!hasMarkets(s)) {
            m_grid->setRowCount(1);
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
                sz->set(QStringLiteral("%1 → %2 %3").arg(fmt::usd(sym.sizeTrend.avg15m.v), fmt::usd(sym.sizeTrend.avg1m.v),
                                                          fmt::label(sym.sizeTrend.label)),
                        sym.sizeTrend.label == "Increasing" ? Tone::Whale : (sym.sizeTrend.label == "Decreasing" ? Tone::Muted : Tone::Normal),
                        tr("average taker order 15 m → 1 m (ratio %1)").arg(fmt::num(sym.sizeTrend.ratio.v, 2)));
            else
                sz->setNa(sym.sizeTrend.ratio.na);
            m_grid->label(row, 5)->set(fmt::num(v.tradesPerS, 1));
            ValueLabel *in = m_grid->label(row, 6, Qt::AlignLeft | Qt::AlignVCenter);
            in->setObjectName(name + QStringLiteral(".intensity"));
            in->set(fmt::label(v.intensity), v.intensity == "HIGH" ? Tone::Sell : (v.intensity == "MEDIUM" ? Tone::Caution : Tone::Muted));
            ++row;
        }
        m_grid->setRowCount(row);
    }

private:
    CellGrid *m_grid;
};

Panel *makeMomentumPanel(QWidget *parent) { return new MomentumPanel(parent); }

} // namespace fd

#include "momentumpanel.moc"
