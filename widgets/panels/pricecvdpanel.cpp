// Price & CVD (issue 5 §15): the perp price and the trade CVD of the selected
// symbol over the last hour, composite or one venue, on two axes. Data: the
// engine's SymbolSnapshot::priceHistory (5 s bars, built in
// SnapshotBuilder::priceHistory). Wheel zooms and drag pans the time axis;
// the crosshair reads time, price and CVD under the mouse.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"
#include "panels/plotstyle.h"
#include "util/timeutil.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace fd {

namespace {

// Axis labels in the panels' number style ($1.2M, 90,120): as many decimals as the tick needs.
class UsdTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return std::abs(tick) < 1e-9 ? QStringLiteral("$0") : fmt::usdSigned(tick);
    }
};

class PriceTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        int dec = 0;
        while (dec < 5 && std::abs(tick * std::pow(10.0, dec) - std::round(tick * std::pow(10.0, dec))) > 1e-6)
            ++dec;
        return fmt::num(tick, dec);
    }
};

// The data point of `g` nearest to `key`, or false when the graph is empty.
bool nearest(const QCPGraph *g, double key, QCPGraphData &out)
{
    const auto &d = g->data();
    if (d->isEmpty())
        return false;
    auto it = d->findBegin(key, false); // first point with key ≥ `key`, or end
    if (it == d->constEnd())
        --it;
    else if (it != d->constBegin() && key - (it - 1)->key < it->key - key)
        --it;
    out = *it;
    return true;
}

constexpr double kDefaultSpanSec = 15 * 60;
constexpr double kMinSpanSec = 60;

} // namespace

class PriceCvdPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit PriceCvdPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.pricecvd"), View::Microstructure, parent)
    {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        m_venue = new QComboBox(this);
        m_venue->setObjectName(QStringLiteral("venue"));
        m_venue->setToolTip(tr("Composite (perp reference price, CVD summed over venues) or one venue"));
        m_venue->addItem(tr("Composite"), QStringLiteral("composite"));
        m_venue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_live = new QToolButton(this);
        m_live->setObjectName(QStringLiteral("live"));
        m_live->setText(tr("Live"));
        m_live->setCheckable(true);
        m_live->setChecked(true);
        m_live->setAutoRaise(true); // framed only while live
        m_live->setToolTip(tr("Follow the newest data (double-click the chart does the same)"));
        m_readout = new ValueLabel(this, Qt::AlignRight | Qt::AlignVCenter);
        m_readout->setObjectName(QStringLiteral("readout"));
        row->addWidget(m_venue);
        row->addWidget(m_live);
        row->addStretch(1);
        row->addWidget(m_readout);

        m_plot = new QCustomPlot(this);
        m_plot->setObjectName(QStringLiteral("plot"));
        setupPlot(m_plot, 150);
        m_plot->setMouseTracking(true);
        m_plot->yAxis2->setVisible(true);
        m_plot->yAxis->setLabel(tr("price"));
        m_plot->yAxis2->setLabel(tr("CVD $"));
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PriceTicker));
        m_plot->yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new UsdTicker));
        auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
        timeTicker->setDateTimeFormat(QStringLiteral("HH:mm"));
        timeTicker->setDateTimeSpec(Qt::UTC);
        m_plot->xAxis->setTicker(timeTicker);
        m_plot->xAxis->setLabel(tr("time (UTC) · wheel: zoom, drag: pan"));
        m_plot->legend->setVisible(true);
        m_plot->legend->setBrush(Qt::NoBrush);
        m_plot->legend->setBorderPen(Qt::NoPen);
        m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
        m_price = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        m_price->setObjectName(QStringLiteral("price"));
        m_cvd = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        m_cvd->setObjectName(QStringLiteral("cvd"));
        // Zoom and pan the time axis only; the value axes follow what is visible.
        m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
        m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
        m_plot->axisRect()->setRangeDragAxes(m_plot->xAxis, nullptr);
        m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, nullptr);
        // Crosshair: lines through the price point, a dot on the CVD line, a tag with the values.
        m_cross = new QCPItemTracer(m_plot); // attached to the graphs on hover (an empty graph logs a warning)
        m_cross->setStyle(QCPItemTracer::tsCrosshair);
        m_cvdDot = new QCPItemTracer(m_plot);
        m_cvdDot->setStyle(QCPItemTracer::tsCircle);
        m_cvdDot->setSize(6);
        m_tag = new QCPItemText(m_plot);
        m_tag->position->setTypeX(QCPItemPosition::ptPlotCoords);
        m_tag->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_tag->position->setAxes(m_plot->xAxis, m_plot->yAxis);
        m_tag->position->setAxisRect(m_plot->axisRect());
        m_tag->setPadding(QMargins(4, 2, 4, 2));
        m_tag->setTextAlignment(Qt::AlignLeft);
        setCrosshairVisible(false);
        themeItems();

        body()->addLayout(row);
        body()->addWidget(m_plot, 1);
        setHeading(title());

        connect(m_venue, &QComboBox::activated, this, [this](int i) {
            m_venueChoice = m_venue->itemData(i).toString();
            renderNow();
        });
        connect(m_live, &QToolButton::toggled, this, [this](bool on) {
            m_follow = on;
            if (on)
                renderNow();
        });
        connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *) { m_dragging = true; });
        connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *) { m_dragging = false; });
        connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { m_live->setChecked(true); });
        connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { hover(e->position().x()); });
        connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &PriceCvdPanel::userRange);
        m_plot->installEventFilter(this);
    }

    QString title() const override { return tr("Price & CVD"); }
    QString explanation() const override
    {
        return explainHtml(tr("Does the aggressive flow (CVD) confirm the price? Per venue or composite, over the last hour."),
                           tr("composite price = perp reference (median of fresh L1 mids, else the last trade) at each bar's end; "
                              "venue price = VWAP of its perp prints in the bar (carried over bars without prints). "
                              "CVD = running Σ signed USD of perp taker prints since start, at each bar's end; composite = Σ venues."),
                           tr("perp trades and quotes of every venue for the symbol"),
                           tr("%1 s bars over the last %2 minutes; the newest bar is in progress")
                               .arg(kHistoryBarSec)
                               .arg(kHistoryBars * kHistoryBarSec / 60),
                           tr("none (a chart); wheel zooms and drag pans the time axis, double-click returns to live"));
    }

    QJsonObject saveSettings() const override
    {
        return {{QStringLiteral("venue"), m_venueChoice}, {QStringLiteral("span_s"), m_span}};
    }
    void restoreSettings(const QJsonObject &o) override
    {
        m_venueChoice = o.value(QStringLiteral("venue")).toString(QStringLiteral("composite"));
        m_span = std::clamp(o.value(QStringLiteral("span_s")).toDouble(kDefaultSpanSec), kMinSpanSec,
                            double(kHistoryBars * kHistoryBarSec));
    }

    // The series on show ("composite" or a venue name); for tests.
    QString shownSeries() const { return m_shown; }

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == m_plot && e->type() == QEvent::Leave) {
            setCrosshairVisible(false);
            showLatest();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        if (o == m_plot && e->type() == QEvent::PaletteChange)
            themeItems();
        return PanelBase::eventFilter(o, e);
    }

    void render(const ViewSnapshot &s) override
    {
        setHeading(title() + QStringLiteral(" · ") + symbol());
        m_now = s.clockNs / 1e9;
        const SymbolSnapshot *sym = pickSymbol(s);
        const PriceHistory *h = sym ? &sym->priceHistory : nullptr;
        if (!h || h->series.empty()) {
            if (sym)
                setStatus(tr("waiting for perp trades of %1…").arg(symbol()), Tone::Muted);
            clear();
            return;
        }
        updateVenues(*h);
        const PriceCvdSeries *shown = &h->series.front();
        for (const auto &x : h->series)
            if (QString::fromStdString(x.venue) == m_venueChoice)
                shown = &x;
        m_shown = QString::fromStdString(shown->venue);

        QVector<QCPGraphData> px, cvd;
        const int n = static_cast<int>(shown->price.size());
        px.reserve(n);
        cvd.reserve(n);
        for (int i = 0; i < n; ++i) {
            // Bar end time; the bar in progress is drawn at the clock.
            const double t = std::min(m_now, double(h->lastBarEndSec - int64_t(n - 1 - i) * h->barSec));
            const double p = shown->price[size_t(i)], c = shown->cvd[size_t(i)];
            if (!std::isnan(p))
                px.append({t, p});
            if (!std::isnan(c))
                cvd.append({t, c});
        }
        m_price->data()->set(px, true);
        m_cvd->data()->set(cvd, true);
        const QString label = shown->venue == "composite" ? tr("composite") : m_shown;
        m_price->setName(tr("price · %1").arg(label));
        m_cvd->setName(tr("CVD · %1").arg(label));
        setStatus(px.isEmpty() && cvd.isEmpty() ? tr("waiting for perp trades of %1…").arg(symbol()) : QString(), Tone::Muted);
        themeItems();

        if (m_follow)
            followNow();
        rescaleValues();
        if (m_cross->visible())
            hover(m_plot->xAxis->coordToPixel(m_cross->graphKey()));
        else
            showLatest();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    void renderEmpty(const QString &why) override
    {
        Q_UNUSED(why)
        clear();
    }

private:
    void clear()
    {
        m_price->data()->clear();
        m_cvd->data()->clear();
        m_shown.clear();
        setCrosshairVisible(false);
        m_readout->set(QString());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    void updateVenues(const PriceHistory &h)
    {
        QStringList have;
        for (int i = 0; i < m_venue->count(); ++i)
            have << m_venue->itemData(i).toString();
        QStringList want;
        for (const auto &x : h.series)
            want << QString::fromStdString(x.venue);
        if (have == want)
            return;
        const QSignalBlocker block(m_venue);
        m_venue->clear();
        for (const QString &v : want)
            m_venue->addItem(v == QLatin1String("composite") ? tr("Composite") : v, v);
        const int i = m_venue->findData(m_venueChoice);
        m_venue->setCurrentIndex(i < 0 ? 0 : i); // a venue that went away shows the composite
    }

    void setTimeRange(double lo, double hi)
    {
        m_settingRange = true;
        m_plot->xAxis->setRange(lo, hi);
        m_settingRange = false;
    }

    // Wheel or drag on the time axis: a drag leaves live mode; a wheel while live changes the span.
    void userRange(const QCPRange &r)
    {
        if (m_settingRange)
            return;
        const double maxSpan = double(kHistoryBars * kHistoryBarSec);
        if (r.size() > maxSpan * 1.05 || r.size() < kMinSpanSec) {
            const double span = std::clamp(r.size(), kMinSpanSec, maxSpan * 1.05);
            setTimeRange(r.center() - span / 2, r.center() + span / 2);
        }
        m_span = std::clamp(m_plot->xAxis->range().size() / 1.02, kMinSpanSec, maxSpan);
        if (m_dragging && m_follow)
            m_live->setChecked(false);
        if (m_follow)
            followNow();
        rescaleValues();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    // Live: the span ends at the clock; while less history than the span exists, it starts at the first point.
    void followNow()
    {
        double lo = m_now - m_span;
        const auto &p = m_price->data(), &c = m_cvd->data();
        double first = m_now;
        if (!p->isEmpty())
            first = std::min(first, p->constBegin()->key);
        if (!c->isEmpty())
            first = std::min(first, c->constBegin()->key);
        lo = std::max(lo, std::min(first, m_now - kMinSpanSec));
        setTimeRange(lo, m_now + (m_now - lo) * 0.02);
    }

    // Value axes fit the visible part of each line.
    void rescaleValues()
    {
        auto fit = [](QCPGraph *g, QCPAxis *a) {
            bool found = false;
            const QCPRange k = g->keyAxis()->range();
            QCPRange r = g->data()->valueRange(found, QCP::sdBoth, k);
            if (!found)
                return;
            const double pad = std::max(r.size() * 0.08, std::abs(r.center()) * 1e-5 + 1e-9);
            a->setRange(r.lower - pad, r.upper + pad);
        };
        fit(m_price, m_plot->yAxis);
        fit(m_cvd, m_plot->yAxis2);
    }

    void hover(double px)
    {
        const QRect ar = m_plot->axisRect()->rect();
        QCPGraphData p, c;
        const double key = m_plot->xAxis->pixelToCoord(px);
        const bool haveP = nearest(m_price, key, p), haveC = nearest(m_cvd, key, c);
        if (px < ar.left() || px > ar.right() || (!haveP && !haveC)) {
            setCrosshairVisible(false);
            showLatest();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
            return;
        }
        const double t = haveP ? p.key : c.key;
        m_cross->setGraph(haveP ? m_price : m_cvd);
        m_cross->setGraphKey(t);
        m_cvdDot->setGraph(haveC ? m_cvd : nullptr);
        m_cvdDot->setGraphKey(t);
        const QString text = readout(t, haveP ? p.value : kNaN, haveC ? c.value : kNaN);
        m_readout->set(text, Tone::Normal);
        m_tag->setText(text);
        m_tag->position->setCoords(t, 0.02);
        const bool rightHalf = m_plot->xAxis->coordToPixel(t) > ar.center().x();
        m_tag->setPositionAlignment(Qt::AlignTop | (rightHalf ? Qt::AlignRight : Qt::AlignLeft));
        setCrosshairVisible(true);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    QString readout(double t, double price, double cvd) const
    {
        return tr("%1 · price %2 · CVD %3")
            .arg(fmt::time(static_cast<int64_t>(std::llround(t)) * kNsPerSec), fmt::price(price), fmt::usdSigned(cvd));
    }

    // Without hover the readout shows the newest values.
    void showLatest()
    {
        const auto &p = m_price->data(), &c = m_cvd->data();
        if (p->isEmpty() && c->isEmpty()) {
            m_readout->set(QString());
            return;
        }
        const double t = !p->isEmpty() ? (p->constEnd() - 1)->key : (c->constEnd() - 1)->key;
        const double cv = c->isEmpty() ? kNaN : (c->constEnd() - 1)->value;
        m_readout->set(readout(t, p->isEmpty() ? kNaN : (p->constEnd() - 1)->value, cv), toneForSign(cv));
    }

    void setCrosshairVisible(bool on)
    {
        m_cross->setVisible(on);
        m_cvdDot->setVisible(on && m_cvdDot->graph());
        m_tag->setVisible(on);
    }

    void themeItems()
    {
        const bool dark = isDarkTheme(this);
        const QColor fg = toneColor(Tone::Normal, dark), cvdColour = toneColor(Tone::Caution, dark);
        QColor cross = toneColor(Tone::Muted, dark);
        m_price->setPen(cosmeticPen(fg, 1.2));
        m_cvd->setPen(cosmeticPen(cvdColour, 1.4));
        m_cross->setPen(cosmeticPen(cross, 1, Qt::DashLine));
        m_cvdDot->setPen(cosmeticPen(cvdColour));
        m_cvdDot->setBrush(cvdColour);
        QColor bg = m_plot->palette().color(QPalette::Base);
        bg.setAlpha(220);
        m_tag->setBrush(bg);
        m_tag->setPen(cosmeticPen(cross));
        m_tag->setColor(fg);
        m_plot->legend->setTextColor(fg);
        m_plot->legend->setBrush(bg); // readable over the lines
    }

    QComboBox *m_venue;
    QToolButton *m_live;
    ValueLabel *m_readout;
    QCustomPlot *m_plot;
    QCPGraph *m_price, *m_cvd;
    QCPItemTracer *m_cross, *m_cvdDot;
    QCPItemText *m_tag;
    QString m_venueChoice = QStringLiteral("composite");
    QString m_shown;
    double m_now = 0;
    double m_span = kDefaultSpanSec;
    bool m_follow = true, m_dragging = false, m_settingRange = false;
};

Panel *makePriceCvdPanel(QWidget *parent) { return new PriceCvdPanel(parent); }

} // namespace fd

#include "pricecvdpanel.moc"
