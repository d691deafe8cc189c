// Funding Momentum (issue 5 §4, METRICS.md §8): per venue rate, 8 h rate, arrow,
// payer, intensity, cross-venue differential / ARB; "est." funding from the
// premium when the relay sends no funding.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QVBoxLayout>

#include <algorithm>

namespace fd {

class FundingPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit FundingPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.funding"), View::Microstructure, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("venues"));
        m_grid->setHeader({tr("Venue"), tr("Rate"), tr("Interval"), tr("8h rate"), tr("1h Δ"), tr("Payer"), tr("Intensity")});
        m_summary = new CellGrid(this);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->label(0, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("OI-weighted 8h"), Tone::Muted);
        m_summary->label(1, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Cross-venue differential"), Tone::Muted);
        m_oiw = m_summary->label(0, 1);
        m_oiw->setObjectName(QStringLiteral("oiWeighted"));
        m_diff = m_summary->label(1, 1);
        m_diff->setObjectName(QStringLiteral("differential"));
        m_arb = m_summary->label(1, 2, Qt::AlignLeft | Qt::AlignVCenter);
        m_arb->setObjectName(QStringLiteral("arb"));
        m_summary->grid()->setColumnStretch(3, 1);
        // Every symbol at a glance: where funding is crowded and which venue is out of line.
        m_allTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_allTitle->setObjectName(QStringLiteral("allTitle"));
        m_all = new CellGrid(this);
        m_all->setObjectName(QStringLiteral("allSymbols"));
        body()->addWidget(m_grid);
        body()->addWidget(m_summary);
        body()->addWidget(m_allTitle);
        body()->addWidget(m_all);
        body()->addStretch(1);
        setHeading(title());
    }
    QString title() const override { return tr("Funding Momentum"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Perpetual funding per venue and who pays it."),
                           tr("8h rate = rate · 8 / interval hours; arrow from the 1 h change; payer: &gt; 0 LONGS PAY, &lt; 0 SHORTS "
                              "PAY; differential = max − min across venues.<br>Without a funding feed: est. rate = P + clamp(%1 % − P, "
                              "−%2 %, +%2 %), P = time-average premium (perp mid − spot mid)/spot mid since the last 8 h boundary.")
                               .arg(st.estFundingBasePct)
                               .arg(st.estFundingClampPct),
                           tr("funding_rate messages (rate per interval; interval from successive next_time values, OKX next_time − "
                              "time, else 8 h)"),
                           tr("latest message; momentum over 1 hour"),
                           tr("EXTREME |8h| &gt; %1 %, HIGH &gt; %2 %, else NORMAL; ARB (cyan) when differential &gt; %3 %")
                               .arg(st.fundingExtremePct)
                               .arg(st.fundingHighPct)
                               .arg(st.fundingArbPct));
    }

protected:
    static Tone intensityTone(const std::string &intensity)
    {
        return intensity == "EXTREME" ? Tone::Sell : (intensity == "HIGH" ? Tone::Caution : Tone::Normal);
    }
    // All symbols × venues: the 8 h rate (est. where the relay sends no funding) and the
    // cross-venue differential.
    void renderAllSymbols(const ViewSnapshot &s)
    {
        const auto &st = metricSettings();
        const std::vector<std::string> venues = venuesSeen(s, [](const SymbolSnapshot &x) -> const auto & { return x.funding.venues; });
        // an estimate gets a column of its own: under a venue's name it would read as that venue's rate
        const bool anyEst = std::any_of(s.symbols.begin(), s.symbols.end(),
                                        [](const SymbolSnapshot &x) { return x.funding.estimated && x.funding.estRatePct.ok(); });
        QStringList header{tr("Symbol")};
        for (const std::string &v : venues)
            header << QString::fromStdString(v);
        const int estCol = anyEst ? static_cast<int>(header.size()) : -1;
        if (anyEst)
            header << tr("est. 8h");
        header << tr("Differential");
        m_all->setColumns(header);
        m_allTitle->set(tr("All symbols · 8h rate by venue"), Tone::Muted,
                        tr("red: EXTREME, yellow: HIGH; positive: longs pay shorts"));
        const int cols = static_cast<int>(header.size());
        int row = 1;
        for (const SymbolSnapshot &sym : s.symbols) {
            const Funding &f = sym.funding;
            const bool est = f.estimated && f.estRatePct.ok();
            if (f.venues.empty() && !est) // nothing to say (e.g. a symbol with open interest only)
                continue;
            const QString name = QString::fromStdString(sym.symbol);
            m_all->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(name);
            for (int c = 1; c < cols - 1; ++c) {
                ValueLabel *l = m_all->label(row, c);
                l->setObjectName(name + QLatin1Char('.') + header[c]);
                if (c == estCol) {
                    const double a = std::abs(f.estRatePct.v);
                    if (est)
                        l->set(fmt::pctSigned(f.estRatePct.v, 4), a > st.fundingExtremePct ? Tone::Sell : (a > st.fundingHighPct ? Tone::Caution : Tone::Normal),
                               tr("estimated from the spot/perp premium: the relay sends no funding"));
                    else
                        l->set(QString());
                    continue;
                }
                const auto it = std::find_if(f.venues.begin(), f.venues.end(),
                                             [&](const FundingVenue &v) { return v.venue == venues[static_cast<size_t>(c - 1)]; });
                if (it != f.venues.end())
                    l->set(fmt::pctSigned(it->rate8hPct, 4) + QLatin1Char(' ') + fmt::arrow(it->arrow), intensityTone(it->intensity),
                           tr("%1 · %2").arg(fmt::label(it->payer), fmt::label(it->intensity)));
                else
                    l->set(fmt::na(), Tone::Muted, tr("no funding from this venue"));
            }
            ValueLabel *d = m_all->label(row, cols - 1);
            d->setObjectName(name + QStringLiteral(".differential"));
            d->setVal(f.differentialPct, fmt::pct(f.differentialPct.v, 4) + (f.arb ? QStringLiteral(" ARB") : QString()),
                      f.arb ? Tone::Arb : Tone::Normal);
            ++row;
        }
        m_all->setRowCount(row);
    }
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        renderAllSymbols(s);
        const SymbolSnapshot *sym = pickSymbol(s);
        if (!sym) {
            m_grid->setRowCount(1);
            m_oiw->set(fmt::na(), Tone::Muted);
            m_diff->set(fmt::na(), Tone::Muted);
            m_arb->set(QString());
            return;
        }
        const Funding &f = sym->funding;
        int row = 1;
        if (f.estimated) {
            setStatus(tr("est. — the relay sends no funding: estimated from the spot/perp premium (%1 samples)")
                          .arg(fmt::count(f.premiumSamples)),
                      Tone::Caution);
            ValueLabel *v = m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter);
            v->set(tr("est."), Tone::Caution, tr("estimated, not a venue rate"));
            ValueLabel *r = m_grid->label(row, 1);
            r->setObjectName(QStringLiteral("est.rate"));
            r->setVal(f.estRatePct, fmt::pctSigned(f.estRatePct.v, 4) + QLatin1Char(' ') + tr("est."), Tone::Caution,
                      tr("premium %1").arg(fmt::pctSigned(f.premiumPct.v, 4)));
            m_grid->label(row, 2)->set(QStringLiteral("8h"), Tone::Muted);
            ValueLabel *r8 = m_grid->label(row, 3);
            r8->setVal(f.estRatePct, fmt::pctSigned(f.estRatePct.v, 4) + QLatin1Char(' ') + tr("est."), Tone::Caution);
            m_grid->label(row, 4)->set(QString());
            ValueLabel *payer = m_grid->label(row, 5);
            if (f.estRatePct.ok())
                payer->set(f.estRatePct.v > 0 ? tr("LONGS PAY") : (f.estRatePct.v < 0 ? tr("SHORTS PAY") : tr("NEUTRAL")), Tone::Caution);
            else
                payer->setNa(f.estRatePct.na);
            m_grid->label(row, 6)->set(QString());
            ++row;
        } else {
            setStatus({});
            for (const FundingVenue &v : f.venues) {
                const QString venue = QString::fromStdString(v.venue);
                m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(venue);
                const Tone it = intensityTone(v.intensity);
                m_grid->label(row, 1)->set(fmt::pctSigned(v.ratePct, 4), it);
                m_grid->label(row, 2)->set(fmt::num(v.intervalH, v.intervalH == std::floor(v.intervalH) ? 0 : 1) + QStringLiteral("h"),
                                           Tone::Muted);
                ValueLabel *r8 = m_grid->label(row, 3);
                r8->setObjectName(venue + QStringLiteral(".rate8h"));
                r8->set(fmt::pctSigned(v.rate8hPct, 4) + QLatin1Char(' ') + fmt::arrow(v.arrow), it);
                m_grid->label(row, 4)->setVal(v.deltaPerHourPct, fmt::pctSigned(v.deltaPerHourPct.v, 4) + tr("/h"),
                                              toneForArrow(v.arrow));
                ValueLabel *payer = m_grid->label(row, 5);
                payer->setObjectName(venue + QStringLiteral(".payer"));
                payer->set(fmt::label(v.payer), v.payer == "LONGS PAY" ? Tone::Buy : (v.payer == "SHORTS PAY" ? Tone::Sell : Tone::Muted),
                           tr("longs paying shorts is a crowded-long signal"));
                ValueLabel *in = m_grid->label(row, 6);
                in->setObjectName(venue + QStringLiteral(".intensity"));
                in->set(fmt::label(v.intensity), it == Tone::Normal ? Tone::Muted : it);
                ++row;
            }
        }
        m_grid->setRowCount(row);
        m_oiw->setVal(f.oiWeightedPct8h, fmt::pctSigned(f.oiWeightedPct8h.v, 4));
        m_diff->setVal(f.differentialPct, fmt::pct(f.differentialPct.v, 4), f.arb ? Tone::Arb : Tone::Normal);
        m_arb->set(f.arb ? tr("ARB: differential > %1").arg(fmt::pct(metricSettings().fundingArbPct, 2)) : QString(), Tone::Arb);
    }

private:
    CellGrid *m_grid, *m_summary, *m_all;
    ValueLabel *m_oiw, *m_diff, *m_arb, *m_allTitle;
};

Panel *makeFundingPanel(QWidget *parent) { return new FundingPanel(parent); }

} // namespace fd

#include "fundingpanel.moc"
