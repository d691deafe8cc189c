// Volume Profile (issue 5 §16): perp taker USD by price over the last 15 m or
// 1 h as horizontal bars split buy (green) / sell (red), the point of control
// (POC, yellow), the 70 % value area shaded and the current price marked.
// Data: SymbolSnapshot::volumeProfile, built in SnapshotBuilder::volumeProfile
// from the aggregator's running sums (Aggregator::addToProfile).
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace fd {

namespace {

class UsdAxisTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return fmt::usd(tick); }
};

// Price labels with as many decimals as the bucket step needs (step 20 → 0, 0.02 → 2).
QString edge(double v, double step)
{
    const int dec = step > 0 ? std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 8) : 2;
    return fmt::num(v, dec);
}

class StepTicker : public QCPAxisTicker
{
public:
    double step = 0;

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return edge(tick, step); }
};

} // namespace

class VolumeProfilePanel : public PanelBase
{
    Q_OBJECT
public:
    explicit VolumeProfilePanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.volumeprofile"), View::Flow, parent)
    {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        auto *group = new QButtonGroup(this);
        for (int w = 0; w < kProfileCount; ++w) {
            auto *b = new QToolButton(this);
            b->setObjectName(w == 0 ? QStringLiteral("window15m") : QStringLiteral("window1h"));
            b->setText(w == 0 ? tr("15 m") : tr("1 h"));
            b->setCheckable(true);
            b->setChecked(w == 0);
            b->setAutoRaise(true); // only the window on show is framed
            group->addButton(b, w);
            row->addWidget(b);
        }
        connect(group, &QButtonGroup::idClicked, this, [this](int w) {
            m_window = w;
            renderNow();
        });
        m_poc = new ValueLabel(this);
        m_poc->setObjectName(QStringLiteral("poc"));
        m_poc->setBold(true);
        m_va = new ValueLabel(this);
        m_va->setObjectName(QStringLiteral("valueArea"));
        m_total = new ValueLabel(this);
        m_total->setObjectName(QStringLiteral("total"));
        row->addStretch(1);
        row->addWidget(m_poc);
        auto *row2 = new QHBoxLayout;
        row2->setSpacing(6);
        m_va->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        row2->addWidget(m_va);
        row2->addStretch(1);
        row2->addWidget(m_total);

        m_plot = new QCustomPlot(this);
        m_plot->setObjectName(QStringLiteral("plot"));
        setupPlot(m_plot, 150);
        m_plot->xAxis->setLabel(tr("USD traded (perp taker prints)"));
        m_plot->yAxis->setLabel(tr("price"));
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UsdAxisTicker));
        m_priceTicker = QSharedPointer<StepTicker>::create();
        m_plot->yAxis->setTicker(m_priceTicker);
        // Value area behind the bars, the bars, then the POC outline and the price line on top.
        m_vaRect = new QCPItemRect(m_plot);
        m_vaRect->setLayer(QStringLiteral("background"));
        m_vaRect->setClipToAxisRect(true);
        m_buy = new QCPBars(m_plot->yAxis, m_plot->xAxis); // key = price (vertical), value = USD
        m_buy->setObjectName(QStringLiteral("buy"));
        m_buy->setName(tr("buy"));
        m_buy->setWidthType(QCPBars::wtPlotCoords);
        m_sell = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        m_sell->setObjectName(QStringLiteral("sell"));
        m_sell->setName(tr("sell"));
        m_sell->setWidthType(QCPBars::wtPlotCoords);
        m_sell->moveAbove(m_buy); // stacked: sell continues where buy ends
        m_pocRect = new QCPItemRect(m_plot);
        m_priceLine = new QCPItemStraightLine(m_plot);
        m_priceTag = new QCPItemText(m_plot);
        m_priceTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        m_priceTag->position->setTypeY(QCPItemPosition::ptPlotCoords);
        m_priceTag->position->setAxes(m_plot->xAxis, m_plot->yAxis);
        m_priceTag->position->setAxisRect(m_plot->axisRect());
        m_priceTag->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        m_priceTag->setPadding(QMargins(2, 0, 2, 1));
        m_priceTag->setObjectName(QStringLiteral("lastPrice"));
        themeItems();

        body()->addLayout(row);
        body()->addLayout(row2);
        body()->addWidget(m_plot, 1);
        setHeading(title());
    }

    QString title() const override { return tr("Volume Profile"); }
    QString explanation() const override
    {
        return explainHtml(tr("Where the volume traded: the price levels the market accepted."),
                           tr("per price bucket [floor(price/step)·step, +step) the USD (price · qty) of perp taker prints, "
                              "buy vs sell by taker side. POC (point of control) = the bucket with the most USD. Value area = "
                              "from the POC, add the neighbouring bucket with more USD until the area holds %1 % of the window.")
                               .arg(kValueAreaPct),
                           tr("perp trades of every venue for the symbol"),
                           tr("15 minutes or 1 hour (toggle); step = the round step (1, 2, 5 × 10^k) nearest to %1 % of the "
                              "session's first perp price (%2 now)")
                               .arg(kProfileStepFraction * 100)
                               .arg(m_step > 0 ? edge(m_step, m_step) : fmt::na()),
                           tr("value area %1 %; the signal feed reports a new 15 m POC (volume-profile node)").arg(kValueAreaPct));
    }

    QJsonObject saveSettings() const override { return {{QStringLiteral("window"), m_window == 0 ? QStringLiteral("15m") : QStringLiteral("1h")}}; }
    void restoreSettings(const QJsonObject &o) override
    {
        m_window = o.value(QStringLiteral("window")).toString() == QLatin1String("1h") ? 1 : 0;
        if (auto *b = findChild<QToolButton *>(m_window == 0 ? QStringLiteral("window15m") : QStringLiteral("window1h")))
            b->setChecked(true);
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::PaletteChange)
            themeItems();
        return PanelBase::event(e);
    }

    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        const SymbolSnapshot *sym = pickSymbol(s);
        const VolumeProfile *vp = sym ? &sym->volumeProfile[static_cast<size_t>(m_window)] : nullptr;
        if (!vp || vp->buckets.empty()) {
            if (sym)
                setStatus(tr("waiting for perp trades of %1 in the last %2…").arg(symbol(), windowText()), Tone::Muted);
            clear();
            if (vp)
                m_poc->setNa(vp->pocLow.na);
            return;
        }
        setStatus({});
        m_step = vp->step;
        m_priceTicker->step = vp->step;
        const auto &bk = vp->buckets;
        QVector<QCPBarsData> buy, sell;
        buy.reserve(static_cast<int>(bk.size()));
        sell.reserve(static_cast<int>(bk.size()));
        double maxUsd = 0;
        for (const ProfileBucket &b : bk) {
            const double mid = 0.5 * (b.low + b.high);
            buy.append({mid, b.buyUsd});
            sell.append({mid, b.sellUsd});
            maxUsd = std::max(maxUsd, b.usd());
        }
        m_buy->data()->set(buy, true);
        m_sell->data()->set(sell, true);
        m_buy->setWidth(vp->step * 0.9);
        m_sell->setWidth(vp->step * 0.9);

        const ProfileBucket &poc = bk[static_cast<size_t>(vp->pocIndex)];
        m_poc->set(tr("POC %1–%2 · %3").arg(edge(poc.low, vp->step), edge(poc.high, vp->step), fmt::usd(vp->pocUsd)), Tone::Caution,
                   tr("point of control: the price bucket with the most USD in the last %1").arg(windowText()));
        m_va->set(tr("VA %1 %: %2–%3").arg(kValueAreaPct).arg(edge(vp->valueAreaLow.v, vp->step), edge(vp->valueAreaHigh.v, vp->step)),
                  Tone::Normal, tr("value area: %1 of %2 around the POC").arg(fmt::usd(vp->valueAreaUsd), fmt::usd(vp->totalUsd)));
        m_total->set(tr("%1 · %2 buckets of %3").arg(fmt::usd(vp->totalUsd)).arg(bk.size()).arg(edge(vp->step, vp->step)), Tone::Muted);

        // Price range: the buckets and the current price, a bucket of air on both sides.
        double lo = bk.front().low, hi = bk.back().high;
        const Val &last = sym->perpRef;
        if (last.ok()) {
            lo = std::min(lo, last.v);
            hi = std::max(hi, last.v);
        }
        m_plot->yAxis->setRange(lo - vp->step, hi + vp->step);
        m_plot->xAxis->setRange(0, maxUsd * 1.08);

        m_pocRect->topLeft->setCoords(0, poc.high);
        m_pocRect->bottomRight->setCoords(poc.usd(), poc.low);
        m_pocRect->setVisible(true);
        m_vaRect->topLeft->setCoords(0, vp->valueAreaHigh.v);
        m_vaRect->bottomRight->setCoords(maxUsd * 1.08, vp->valueAreaLow.v);
        m_vaRect->setVisible(true);
        m_priceLine->setVisible(last.ok());
        m_priceTag->setVisible(last.ok());
        if (last.ok()) {
            m_priceLine->point1->setCoords(0, last.v);
            m_priceLine->point2->setCoords(1, last.v);
            m_priceTag->position->setCoords(1.0, last.v);
            m_priceTag->setText(tr("last %1").arg(fmt::price(last.v)));
        }
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    void renderEmpty(const QString &) override { clear(); }

private:
    QString windowText() const { return m_window == 0 ? tr("15 minutes") : tr("hour"); }

    void clear()
    {
        m_buy->data()->clear();
        m_sell->data()->clear();
        m_pocRect->setVisible(false);
        m_vaRect->setVisible(false);
        m_priceLine->setVisible(false);
        m_priceTag->setVisible(false);
        m_poc->set(QString());
        m_va->set(QString());
        m_total->set(QString());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    void themeItems()
    {
        const bool dark = isDarkTheme(this);
        const QColor buy = toneColor(Tone::Buy, dark), sell = toneColor(Tone::Sell, dark), poc = toneColor(Tone::Caution, dark);
        const QColor fg = toneColor(Tone::Normal, dark);
        m_buy->setPen(Qt::NoPen);
        m_buy->setBrush(buy);
        m_sell->setPen(Qt::NoPen);
        m_sell->setBrush(sell);
        QPen pocPen = cosmeticPen(poc, 2);
        m_pocRect->setPen(pocPen);
        m_pocRect->setBrush(Qt::NoBrush);
        QColor va = toneColor(Tone::Muted, dark);
        va.setAlpha(45);
        m_vaRect->setPen(Qt::NoPen);
        m_vaRect->setBrush(va);
        m_priceLine->setPen(cosmeticPen(fg, 1, Qt::DashLine));
        m_priceTag->setColor(fg);
        QColor bg = palette().color(QPalette::Base);
        bg.setAlpha(200);
        m_priceTag->setBrush(bg);
    }

    QCustomPlot *m_plot;
    QSharedPointer<StepTicker> m_priceTicker;
    QCPBars *m_buy, *m_sell;
    QCPItemRect *m_pocRect, *m_vaRect;
    QCPItemStraightLine *m_priceLine;
    QCPItemText *m_priceTag;
    ValueLabel *m_poc, *m_va, *m_total;
    int m_window = 0; // 0: 15 m, 1: 1 h
    double m_step = 0;
};

Panel *makeVolumeProfilePanel(QWidget *parent) { return new VolumeProfilePanel(parent); }

} // namespace fd

#include "volumeprofilepanel.moc"
