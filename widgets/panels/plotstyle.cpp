#include "plotstyle.h"

#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

#include <cmath>
#include <functional>

namespace fd {

QPen cosmeticPen(const QColor &c, qreal width, Qt::PenStyle style)
{
    QPen p(c, width, style);
    p.setCosmetic(true);
    return p;
}

static void themeAxis(QCPAxis *a, const QColor &fg, const QColor &grid)
{
    a->setBasePen(cosmeticPen(grid));
    a->setTickPen(cosmeticPen(grid));
    a->setSubTickPen(cosmeticPen(grid));
    a->setTickLabelColor(fg);
    a->setLabelColor(fg);
    // Solid, faint grid lines: a dotted pen is stroked dash by dash, which was a sixth of a replot.
    QColor faint = grid;
    faint.setAlpha(grid.alpha() / 2);
    a->grid()->setPen(cosmeticPen(faint));
    a->grid()->setZeroLinePen(cosmeticPen(grid));
}

QCustomPlot *historyPlot(QWidget *parent, const QString &objectName, const QString &valueLabel, double minutes, int minHeight)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    setupPlot(plot, minHeight);
    plot->yAxis->setLabel(valueLabel);
    plot->xAxis->setLabel(QCoreApplication::translate("Panels", "minutes ago"));
    plot->xAxis->setRange(-minutes, 0);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    return plot;
}

SeriesSet::SeriesSet(QCustomPlot *plot, QCPAxis *valueAxis)
    : m_plot(plot)
    , m_axis(valueAxis ? valueAxis : plot->yAxis)
{
}

QCPGraph *SeriesSet::draw(const std::string &name, const QVector<double> &x, const QVector<double> &y, bool dark, qreal width, bool dashed,
                          const QString &label)
{
    QCPGraph *&g = m_graphs[name];
    if (!g)
        g = m_plot->addGraph(m_plot->xAxis, m_axis);
    g->setName(label.isEmpty() ? QString::fromStdString(name) : label);
    auto idx = m_index.find(name);
    if (idx == m_index.end()) {
        int i = seriesIndex(name);
        if (i >= 3) { // a name without a colour of its own: the first look no other line has
            i = 3;
            while (std::any_of(m_index.begin(), m_index.end(), [i](const auto &e) { return e.second == i; }))
                ++i;
        }
        idx = m_index.emplace(name, i).first;
    }
    const int i = idx->second;
    g->setPen(cosmeticPen(seriesColor(i, dark), width, dashed || i >= 3 ? seriesDash(i) : Qt::SolidLine));
    QVector<QCPGraphData> pts;
    pts.reserve(x.size());
    for (int k = 0; k < x.size() && k < y.size(); ++k)
        pts.append({x[k], y[k]});
    g->data()->set(pts, true);
    m_drawn.push_back(name);
    return g;
}

void SeriesSet::removeUndrawn()
{
    for (auto it = m_graphs.begin(); it != m_graphs.end();) {
        if (std::find(m_drawn.begin(), m_drawn.end(), it->first) == m_drawn.end()) {
            m_plot->removeGraph(it->second);
            m_index.erase(it->first);
            it = m_graphs.erase(it);
        } else {
            ++it;
        }
    }
    m_drawn.clear();
}

void themePlot(QCustomPlot *plot)
{
    const bool dark = isDarkTheme(plot);
    const QColor bg = plot->palette().color(QPalette::Base);
    const QColor fg = toneColor(Tone::Muted, dark);
    QColor grid = fg;
    grid.setAlpha(90);
    plot->setBackground(bg); // the axis rect stays transparent: one fill per replot, not two
    for (QCPAxis *a : plot->axisRect()->axes())
        themeAxis(a, fg, grid);
    // The legend defaulted to black text on no brush: unreadable on the dark base. Its text
    // takes the palette's text colour, on a translucent base so bars under it stay visible.
    QColor legendBg = bg;
    legendBg.setAlpha(200);
    plot->legend->setBrush(legendBg);
    plot->legend->setBorderPen(cosmeticPen(grid));
    plot->legend->setTextColor(plot->palette().color(QPalette::Text));
    plot->legend->setSelectedTextColor(plot->palette().color(QPalette::Text));
}

SignedBars::SignedBars(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : m_pos(new QCPBars(keyAxis, valueAxis))
    , m_neg(new QCPBars(keyAxis, valueAxis))
{
    for (QCPBars *b : {m_pos, m_neg}) {
        b->setAntialiased(false);
        b->setAntialiasedFill(false);
        b->setPen(Qt::NoPen);
    }
}

void SignedBars::setData(const QVector<double> &x, const QVector<double> &y, double width)
{
    QVector<double> px, py, nx, ny;
    for (int i = 0; i < x.size() && i < y.size(); ++i) {
        if (std::isnan(y[i]))
            continue;
        (y[i] >= 0 ? px : nx) << x[i];
        (y[i] >= 0 ? py : ny) << y[i];
    }
    m_pos->setWidth(width);
    m_neg->setWidth(width);
    m_pos->setData(px, py, true);
    m_neg->setData(nx, ny, true);
}

void SignedBars::setTheme(bool dark)
{
    m_pos->setBrush(toneColor(Tone::Buy, dark));
    m_neg->setBrush(toneColor(Tone::Sell, dark));
}

QString usdAxisUnit(double maxAbs, double *divisor)
{
    if (maxAbs >= 1e6) {
        *divisor = 1e6;
        return QStringLiteral("$M");
    }
    *divisor = 1e3;
    return QStringLiteral("$K");
}

HistoryChart::HistoryChart(QWidget *parent, int minHeight)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    setupPlot(m_plot, minHeight);
    m_bars = new SignedBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setTheme(isDarkTheme(this));
    m_plot->xAxis->setRange(-15, 0);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HistoryChart::setAxisLabels(const QString &x, const QString &bars, const QString &line)
{
    m_plot->xAxis->setLabel(x);
    m_plot->yAxis->setLabel(bars);
    if (!line.isEmpty()) {
        m_plot->yAxis2->setVisible(true);
        m_plot->yAxis2->setLabel(line);
        themePlot(m_plot);
    }
    m_key.add(x).add(bars).add(line);
}

void HistoryChart::setBars(const QVector<double> &x, const QVector<double> &y, double width)
{
    // Samples come at most once per snapshot: at a replay speed where snapshots are further
    // apart than the sample period, bars as wide as the period would leave wide gaps.
    QVector<double> gaps;
    for (int i = 1; i < x.size(); ++i)
        gaps << x[i] - x[i - 1];
    if (!gaps.isEmpty()) {
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        width = std::max(width, 0.8 * gaps[gaps.size() / 2]);
    }
    m_bars->setData(x, y, width);
    m_barCount = 0;
    m_barMax = 0;
    for (double v : y)
        if (!std::isnan(v)) {
            ++m_barCount;
            m_barMax = std::max(m_barMax, std::abs(v));
            m_lastBar = v;
        }
    m_key.add(x).add(y).add(width);
}

void HistoryChart::setLine(const QVector<double> &x, const QVector<double> &y, const QString &name)
{
    if (!m_line) {
        m_line = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        m_line->setPen(cosmeticPen(toneColor(Tone::Normal, this), 1.2));
    }
    m_line->setName(name);
    QVector<QCPGraphData> pts;
    pts.reserve(x.size());
    m_lineMin = INFINITY, m_lineMax = -INFINITY;
    for (int i = 0; i < x.size() && i < y.size(); ++i) {
        pts.append({x[i], y[i]});
        if (!std::isnan(y[i]))
            m_lineMin = std::min(m_lineMin, y[i]), m_lineMax = std::max(m_lineMax, y[i]);
    }
    m_line->data()->set(pts, true);
    m_key.add(x).add(y);
}

void HistoryChart::setXRange(double lo, double hi)
{
    m_plot->xAxis->setRange(lo, hi);
    m_key.add(lo).add(hi);
}

void HistoryChart::commit()
{
    m_key.add(isDarkTheme(this));
    if (m_key.value() != m_last) {
        const double m = m_barMax > 0 ? m_barMax * 1.1 : 1;
        m_plot->yAxis->setRange(-m, m); // symmetric: zero in the middle, buying up, selling down
        if (m_line && m_lineMax >= m_lineMin) {
            // 10 % of the range; a flat line ±0.5 % of its value (a pad of 5 % of 90,000 would
            // squeeze a price into a flat line)
            const double range = m_lineMax - m_lineMin;
            const double pad = range > 0 ? range * 0.1 : std::abs(m_lineMax) * 0.005 + 1e-9;
            m_plot->yAxis2->setRange(std::max(0.0, m_lineMin - pad), m_lineMax + pad);
        }
        m_bars->setTheme(isDarkTheme(this));
        if (m_line)
            m_line->setPen(cosmeticPen(toneColor(Tone::Normal, this), 1.2));
        replotIfChanged(m_plot, m_last, m_key);
    }
    m_key = PlotKey();
}

bool replotIfChanged(QCustomPlot *plot, uint64_t &last, const PlotKey &key)
{
    if (key.value() == last)
        return false;
    last = key.value();
    plot->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

void setupPlot(QCustomPlot *plot, int minHeight)
{
    plot->setMinimumHeight(minHeight);
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom | QCP::msRight);
    plot->axisRect()->setMargins(QMargins(0, 6, 0, 0));
    QFont f = plot->font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    for (QCPAxis *a : plot->axisRect()->axes()) {
        a->setTickLabelFont(f);
        a->setLabelFont(f);
    }
    plot->legend->setVisible(false);
    plot->legend->setFont(f);
    plot->legend->setIconSize(12, 8);
    // One paint buffer instead of two: the overlay layer is for selection rectangles,
    // which these plots do not use, and each buffer is cleared and blended every replot.
    if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    themePlot(plot);
}

} // namespace fd
