// Arbitrage Opportunities (issue 5 §13, METRICS.md §7/§8): basis per symbol with
// ⚠ over the threshold, exchange spreads ($ and bps, which pair), funding
// differentials; cyan when actionable.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QVBoxLayout>

namespace fd {

class ArbitragePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit ArbitragePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.arbitrage"), View::Risk, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setHeader({tr("Symbol"), tr("Basis"), QString(), tr("Venue spread"), tr("Pair"), tr("Funding diff."), QString()});
        body()->addWidget(m_grid);
        body()->addStretch(1);
        setHeading(title());
    }
    QString title() const override { return tr("Arbitrage Opportunities"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Price gaps worth trading: spot vs perp, venue vs venue, funding vs funding."),
                           tr("basis % = (perp ref − spot ref) / spot ref · 100; venue spread = max − min of the perp mids across "
                              "venues (as % of the median, $ and bps); funding differential = max − min 8 h-normalised rate."),
                           tr("fresh L1 mids, last trades, funding_rate messages"), tr("now"),
                           tr("basis ⚠ |basis %| &gt; %1 %; venue spread flag &gt; %2 %; funding ARB &gt; %3 %")
                               .arg(st.arbBasisPct)
                               .arg(st.exchangeSpreadFlagPct)
                               .arg(st.fundingArbPct));
    }

protected:
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
            flag->set(b.arbitrage ? QStringLiteral("⚠ ") + fmt::label(b.state) : QString(), Tone::Arb);
            actionable += b.arbitrage;
            // exchange spread: widest pair
            ValueLabel *sp = m_grid->label(row, 3);
            sp->setObjectName(name + QStringLiteral(".spread"));
            ValueLabel *pair = m_grid->label(row, 4, Qt::AlignLeft | Qt::AlignVCenter);
            if (b.exchangeSpreads.size() >= 2 && b.spreadMaxMinPct.ok()) {
                auto [lo, hi] = std::minmax_element(b.exchangeSpreads.begin(), b.exchangeSpreads.end(),
                                                    [](const auto &x, const auto &y) { return x.mid < y.mid; });
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
        if (actionable)
            setStatus(tr("%n actionable gap(s)", nullptr, actionable), Tone::Arb);
        else
            setStatus(tr("no gap over its threshold"), Tone::Muted);
    }

private:
    CellGrid *m_grid;
};

Panel *makeArbitragePanel(QWidget *parent) { return new ArbitragePanel(parent); }

} // namespace fd

#include "arbitragepanel.moc"
