// Orderbook Depth Imbalance (issue 5 §9, METRICS.md §5): bid vs ask USD within
// 1 %, 2 %, 5 % as opposed bars with ratio and label, per venue; book age and
// reach ("covers ±x %"); the L1 fallback clearly marked.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <array>
#include <vector>

namespace fd {

class DepthPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit DepthPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.depth"), View::Flow, parent)
        , m_plot(historyPlot(this, QStringLiteral("bidSharePlot"), tr("bid share ±2 % (%)"), 15, 90))
        , m_lines(m_plot)
    {
        // One block per venue: a header line (venue, book age and reach) over a small grid of
        // bands. The header used to sit in the bands' grid, where its long text widened the
        // bid column and pushed the labels out of a 1/3-screen dock.
        m_list = new QVBoxLayout;
        m_list->setSpacing(6);
        body()->addLayout(m_list);
        // Under the books: is the imbalance holding or being pulled? Each L2 book's bid share
        // of the USD within ±2 % of its mid, every 5 s over 15 minutes (50 % = balanced).
        m_chartTitle = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_chartTitle->setObjectName(QStringLiteral("chartTitle"));
        m_half = new QCPItemStraightLine(m_plot);
        m_half->point1->setCoords(-15, 50);
        m_half->point2->setCoords(0, 50);
        body()->addWidget(m_chartTitle);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }
    QString title() const override { return tr("Orderbook Depth Imbalance"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Resting liquidity near the mid, per venue (perpetuals and spot)."),
                           tr("bid USD within mid·(1−b) … mid, ask USD within mid … mid·(1+b); ratio = bid / ask. The book is a "
                              "best-effort L2 book (a snapshot replaces it, updates set sizes; the relay drops updates), so its age "
                              "and reach are shown and bands beyond the reach are n/a. Without an L2 snapshot: top-of-book ratio "
                              "(L1 fallback)."),
                           tr("order_book_l2 snapshots and updates; order_book_l1 for the fallback"),
                           tr("now; bands 1 %, 2 %, 5 %; chart: bid / (bid + ask) USD within ±2 % of each L2 book, one sample "
                              "per 5 s, last 15 minutes"),
                           tr("ratio &gt; %1 BUYERS DOMINANT, &gt; %2 STRONG BID, &lt; %3 STRONG ASK, &lt; %4 ASK HEAVY, else BALANCED")
                               .arg(st.depthBuyersDominant)
                               .arg(st.depthStrongBid)
                               .arg(st.depthStrongAsk)
                               .arg(st.depthAskHeavy));
    }

protected:
    // The market of a book ("BybitSpot/BTC/SPOT" vs "BybitPerpetualsUsd/BTC/PERP").
    static const std::string &marketKey(const Depth &d) { return d.exchange.empty() ? d.venue : d.exchange; }
    static bool isSpot(const std::string &market) { return QString::fromStdString(market).contains(QLatin1String("spot"), Qt::CaseInsensitive); }
    static QString bookName(const Depth &d)
    {
        return QString::fromStdString(d.venue.empty() ? marketKey(d) : d.venue) + QLatin1Char(' ') + (isSpot(marketKey(d)) ? tr("spot") : tr("perp"));
    }
    void ingest(const ViewSnapshot &s) override
    {
        m_hist.sample(
            s,
            [](const SymbolSnapshot &sym) {
                std::vector<std::pair<std::string, double>> v;
                for (const Depth &d : sym.depth) {
                    const DepthBand &b = d.bands[1];
                    // keyed by the market, not the translated name
                    if (d.fromL2 && b.bidUsd.ok() && b.askUsd.ok() && b.bidUsd.v + b.askUsd.v > 0)
                        v.emplace_back(marketKey(d), 100.0 * b.bidUsd.v / (b.bidUsd.v + b.askUsd.v));
                }
                return v;
            },
            [](const SymbolSnapshot &) { return kNaN; }); // a book without a ±2 % band: a gap
    }
    void renderChart()
    {
        const std::string sym = symbol().toStdString();
        const bool dark = isDarkTheme(this);
        PlotKey key;
        key.add(dark).add(symbol());
        const auto lines = m_hist.lines(sym, key);
        m_chartTitle->set(lines.empty() ? tr("Bid share ±2 % · %1 · needs an L2 book").arg(symbol())
                                        : tr("Bid share ±2 % · %1 · above 50 %: bids outweigh asks").arg(symbol()),
                          Tone::Muted, tr("bid USD / (bid + ask) USD within ±2 % of the mid, per L2 book, every 5 s"));
        if (key.value() == m_plotKey)
            return;
        for (const auto &l : lines)
            m_lines.draw(l.venue, l.x, l.y, dark, 1.4, isSpot(l.venue), QString::fromStdString(m_names.count(l.venue) ? m_names.at(l.venue) : l.venue));
        m_lines.removeUndrawn();
        m_plot->yAxis->setRange(0, 100);
        m_half->setPen(cosmeticPen(toneColor(Tone::Muted, dark), 1, Qt::DashLine));
        themePlot(m_plot);
        replotIfChanged(m_plot, m_plotKey, key);
    }
    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        if (const SymbolSnapshot *cur = s.find(symbol().toStdString()))
            for (const Depth &d : cur->depth)
                m_names[marketKey(d)] = bookName(d).toStdString();
        renderChart();
        const SymbolSnapshot *sym = pickSymbol(s);
        if (!sym) {
            for (Block &b : m_blocks)
                b.w->hide();
            return;
        }
        if (sym->depth.empty())
            setStatus(s.view == View::Flow ? tr("waiting for data: no order book for %1 yet").arg(symbol())
                                           : tr("depth is computed for the Institutional Flow view only"));
        else
            setStatus({});
        size_t bi = 0;
        for (const Depth &d : sym->depth) {
            const QString venue = QString::fromStdString(marketKey(d));
            Block &b = block(bi++);
            b.name->set(bookName(d), Tone::Normal, venue);
            b.info->setObjectName(venue + QStringLiteral(".book"));
            if (d.fromL2)
                b.info->set(tr("L2 · age %1 s · covers ±%2 · %3/%4 levels")
                                .arg(fmt::num(d.ageSec, 1), d.reachPct.ok() ? fmt::pct(d.reachPct.v, 2) : fmt::na())
                                .arg(d.bidLevels)
                                .arg(d.askLevels),
                            d.ageSec > 60 ? Tone::Caution : Tone::Muted,
                            tr("%1 updates applied, %2 ignored since the snapshot").arg(d.updatesApplied).arg(d.updatesIgnored));
            else
                b.info->set(tr("L1 FALLBACK (top of book only)"), Tone::Caution, fmt::naReason(d.fallbackWhy));
            double mx = 0;
            for (const DepthBand &band : d.bands)
                mx = std::max({mx, band.bidUsd.ok() ? band.bidUsd.v : 0, band.askUsd.ok() ? band.askUsd.v : 0});
            int row = 0;
            for (size_t i = 0; i < d.bands.size(); ++i) {
                const DepthBand &band = d.bands[i];
                if (!d.fromL2 && i > 0)
                    break; // L1: one row, the top of book
                CellGrid *g = b.bands;
                g->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)
                    ->set(d.fromL2 ? QStringLiteral("±") + fmt::pct(band.pct, 0) : tr("top of book"), Tone::Muted);
                g->label(row, 1)->setVal(band.bidUsd, fmt::usd(band.bidUsd.v), Tone::Buy);
                g->widget<OpposedBars>(row, 2)->setValues(band.bidUsd.ok() ? band.bidUsd.v : 0, band.askUsd.ok() ? band.askUsd.v : 0, mx);
                g->label(row, 3, Qt::AlignLeft | Qt::AlignVCenter)->setVal(band.askUsd, fmt::usd(band.askUsd.v), Tone::Sell);
                ValueLabel *r = g->label(row, 4);
                r->setObjectName(venue + QStringLiteral(".ratio%1").arg(i));
                r->setVal(band.ratio, fmt::num(band.ratio.v, 2) + QStringLiteral("×"));
                ValueLabel *l = g->label(row, 5, Qt::AlignLeft | Qt::AlignVCenter);
                l->setObjectName(venue + QStringLiteral(".label%1").arg(i));
                if (band.ratio.ok())
                    l->set(fmt::label(band.label) + (d.fromL2 ? QString() : tr(" (L1)")),
                           band.label == "BALANCED" ? Tone::Caution : (band.ratio.v > 1 ? Tone::Buy : Tone::Sell));
                else
                    l->setNa(band.ratio.na);
                ++row;
            }
            b.bands->setRowCount(row);
            if (b.w->isHidden())
                b.w->show();
        }
        for (size_t i = bi; i < m_blocks.size(); ++i)
            if (!m_blocks[i].w->isHidden())
                m_blocks[i].w->hide();
        alignColumns(bi);
    }

private:
    struct Block {
        QWidget *w;
        ValueLabel *name, *info;
        CellGrid *bands;
    };
    Block &block(size_t i)
    {
        while (m_blocks.size() <= i) {
            Block b;
            b.w = new QWidget(this);
            auto *v = new QVBoxLayout(b.w);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(1);
            auto *h = new QHBoxLayout;
            h->setSpacing(8);
            b.name = new ValueLabel(b.w, Qt::AlignLeft | Qt::AlignVCenter);
            b.name->setBold(true);
            b.info = new ValueLabel(b.w, Qt::AlignLeft | Qt::AlignVCenter);
            h->addWidget(b.name);
            h->addWidget(b.info, 1);
            v->addLayout(h);
            b.bands = new CellGrid(b.w);
            b.bands->grid()->setColumnStretch(2, 1);
            v->addWidget(b.bands);
            m_list->addWidget(b.w);
            m_blocks.push_back(b);
        }
        return m_blocks[i];
    }
    // The venues' band grids line up: each column as wide as its widest cell in any venue.
    void alignColumns(size_t used)
    {
        std::array<int, 6> w{};
        for (size_t i = 0; i < used; ++i)
            for (int r = 0; r < m_blocks[i].bands->rowCount(); ++r)
                for (int c = 0; c < 6; ++c)
                    if (c != 2)
                        if (QWidget *x = m_blocks[i].bands->at(r, c))
                            w[static_cast<size_t>(c)] = std::max(w[static_cast<size_t>(c)], x->sizeHint().width());
        for (size_t i = 0; i < used; ++i)
            for (int c = 0; c < 6; ++c)
                if (m_blocks[i].bands->grid()->columnMinimumWidth(c) != w[static_cast<size_t>(c)])
                    m_blocks[i].bands->grid()->setColumnMinimumWidth(c, w[static_cast<size_t>(c)]);
    }

    QVBoxLayout *m_list;
    std::vector<Block> m_blocks;
    QCustomPlot *m_plot;
    SeriesSet m_lines;
    ValueLabel *m_chartTitle;
    QCPItemStraightLine *m_half;
    uint64_t m_plotKey = 0;
    VenueHistory m_hist{5, 900}; // per L2 book: bid share ±2 % every 5 s for 15 min
    std::map<std::string, std::string> m_names; // market key → "Bybit spot" (the legend)
};

Panel *makeDepthPanel(QWidget *parent) { return new DepthPanel(parent); }

} // namespace fd

#include "depthpanel.moc"
