#pragma once
// QCustomPlot setup shared by the panels: theme colours, cosmetic pens,
// compact axes; replot with rpQueuedReplot only, and only when what is
// plotted changed (PlotKey).
#include "panels/style.h"

#include <QVector>

#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <string>

class QCustomPlot;
class QCPAxis;
class QCPBars;
class QCPGraph;

namespace fd {

void setupPlot(QCustomPlot *plot, int minHeight = 120);
// A set-up plot of one value over the last `minutes` (x = minutes ago), with a legend in
// the top-left corner for its lines.
QCustomPlot *historyPlot(QWidget *parent, const QString &objectName, const QString &valueLabel, double minutes, int minHeight);
void themePlot(QCustomPlot *plot); // re-resolve colours against the current palette
QPen cosmeticPen(const QColor &c, qreal width = 1.0, Qt::PenStyle style = Qt::SolidLine);

// A fingerprint (FNV-1a) of everything a plot shows. A replot re-renders every
// layer, so a tick that changes nothing on the chart should not pay for one.
class PlotKey
{
public:
    PlotKey &add(double v)
    {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        return mix(bits);
    }
    PlotKey &add(int64_t v) { return mix(static_cast<uint64_t>(v)); }
    PlotKey &add(int v) { return mix(static_cast<uint64_t>(v)); }
    PlotKey &add(bool v) { return mix(v ? 1u : 2u); }
    PlotKey &add(const QString &s)
    {
        for (QChar c : s)
            mix(c.unicode());
        return mix(0xffff);
    }
    PlotKey &add(const QVector<double> &v)
    {
        for (double x : v)
            add(x);
        return add(static_cast<int64_t>(v.size()));
    }
    uint64_t value() const { return m_h; }

private:
    PlotKey &mix(uint64_t x)
    {
        for (int i = 0; i < 8; ++i) {
            m_h ^= (x >> (8 * i)) & 0xff;
            m_h *= 0x100000001b3ULL;
        }
        return *this;
    }
    uint64_t m_h = 0xcbf29ce484222325ULL;
};

// A history of a signed value as bars coloured by meaning: green above zero
// (buying / above VWAP), red below.
class SignedBars
{
public:
    SignedBars(QCPAxis *keyAxis, QCPAxis *valueAxis);
    void setData(const QVector<double> &x, const QVector<double> &y, double width);
    void setTheme(bool dark);
    QCPBars *positive() const { return m_pos; }
    QCPBars *negative() const { return m_neg; }

private:
    QCPBars *m_pos, *m_neg;
};

// "$M" or "$K" (and the divisor) for an axis showing USD up to maxAbs.
QString usdAxisUnit(double maxAbs, double *divisor);

// A compact chart of one symbol's recent history, x in minutes ago: signed bars
// (green/red) on the left axis and optionally a muted line on the right axis.
// Owns its QCustomPlot (panels using it need not include qcustomplot.h) and
// replots only when the data changed.
class HistoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr, int minHeight = 90);
    void setAxisLabels(const QString &x, const QString &bars, const QString &line = {});
    // x and y of the bars; width in x units. NaN values are gaps.
    void setBars(const QVector<double> &x, const QVector<double> &y, double width);
    // A non-negative series (its axis starts at 0 when the data allow), e.g. trades/s.
    void setLine(const QVector<double> &x, const QVector<double> &y, const QString &name = {});
    void setXRange(double lo, double hi);
    // Rescales the value axes (bars around zero) and queues a replot when anything changed.
    void commit();
    int barCount() const { return m_barCount; }
    double lastBar() const { return m_lastBar; }
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
    SignedBars *m_bars;
    QCPGraph *m_line = nullptr;
    PlotKey m_key;
    uint64_t m_last = 0;
    int m_barCount = 0;
    double m_lastBar = 0;
    double m_barMax = 0, m_lineMin = 0, m_lineMax = 0;
};

// Per-symbol samples of N values taken from the snapshots every `period` seconds of
// event time and kept for `keep` seconds: the recent history that a chart under a
// table shows. Recorded in Panel::ingest, so it keeps filling while the panel is hidden.
// A clock that goes back (a new source: replay after live, a relay restart with a
// recording) starts the history afresh; a symbol that stops coming ages out.
template <int N>
class SymbolHistory
{
public:
    using Values = std::array<double, N>;
    SymbolHistory(double periodSec, double keepSec)
        : m_period(periodSec)
        , m_keep(keepSec)
    {
    }
    // valuesOf(const SymbolSnapshot &) -> Values, called for each symbol due a sample.
    template <class F>
    void sample(const ViewSnapshot &s, F valuesOf)
    {
        const double t = setClock(s);
        for (const SymbolSnapshot &sym : s.symbols)
            if (due(sym.symbol, t))
                add(sym.symbol, t, valuesOf(sym));
    }
    // The snapshot's clock in seconds; clears everything when it went back, drops series
    // whose newest sample is older than the kept window.
    double setClock(const ViewSnapshot &s)
    {
        const double t = static_cast<double>(s.clockNs) / 1e9;
        if (t < m_now - 1) {
            m_rows.clear();
            m_newest = -1e18;
        }
        m_now = t;
        // (single old samples go in add(), with a new one: trimming here on the clock would
        // change the chart, and replot it, between samples)
        for (auto it = m_rows.begin(); it != m_rows.end();)
            it = it->second.empty() || t - it->second.back().first > m_keep ? m_rows.erase(it) : std::next(it);
        return t;
    }
    // By hand, for series keyed otherwise (e.g. "BTC|Binance"), after setClock().
    bool due(const std::string &key, double t) const
    {
        const auto it = m_rows.find(key);
        return it == m_rows.end() || it->second.empty() || t - it->second.back().first >= m_period;
    }
    void add(const std::string &key, double t, const Values &v)
    {
        auto &h = m_rows[key];
        h.emplace_back(t, v);
        while (!h.empty() && t - h.front().first > m_keep)
            h.pop_front();
        m_newest = std::max(m_newest, t);
    }
    // x = minutes before the newest sample of any series (oldest first): it moves when a
    // sample is taken, not with every snapshot, so a chart keyed on it replots once per
    // sample; a series that stopped ages against the others. ys[k] = value k.
    int series(const std::string &key, QVector<double> &x, std::array<QVector<double>, N> &ys) const
    {
        x.clear();
        for (auto &y : ys)
            y.clear();
        const auto it = m_rows.find(key);
        if (it == m_rows.end())
            return 0;
        for (const auto &[t, v] : it->second) {
            x << (t - m_newest) / 60.0;
            for (int k = 0; k < N; ++k)
                ys[static_cast<size_t>(k)] << v[static_cast<size_t>(k)];
        }
        return static_cast<int>(x.size());
    }
    double periodSec() const { return m_period; }
    bool contains(const std::string &key) const { return m_rows.count(key) > 0; }

private:
    double m_period, m_keep, m_now = -1e18, m_newest = -1e18;
    std::map<std::string, std::deque<std::pair<double, Values>>> m_rows;
};

// Per symbol and venue, one value every `period` seconds for `keep` seconds, venues as
// they come and go (Dominance's shares, CVD Divergence's per-venue CVD).
class VenueHistory
{
public:
    VenueHistory(double periodSec, double keepSec)
        : m_hist(periodSec, keepSec)
        , m_keep(keepSec)
    {
    }
    // valuesOf(const SymbolSnapshot &) -> std::vector<std::pair<std::string, double>>;
    // a venue seen before but not in this sample gets absentOf(sym) (0 % share, NaN gap …).
    template <class F, class G>
    void sample(const ViewSnapshot &s, F valuesOf, G absentOf)
    {
        const double t = m_hist.setClock(s);
        for (auto it = m_venues.begin(); it != m_venues.end();)
            it = m_hist.contains(it->first) ? std::next(it) : m_venues.erase(it);
        for (const SymbolSnapshot &sym : s.symbols) {
            if (!m_hist.due(sym.symbol, t))
                continue;
            m_hist.add(sym.symbol, t, {0}); // this symbol's sample clock
            const auto values = valuesOf(sym);
            auto &seen = m_venues[sym.symbol]; // (venue, last time it had a value)
            for (const auto &[venue, v] : values) {
                auto it = std::find_if(seen.begin(), seen.end(), [&](const auto &x) { return x.first == venue; });
                if (it == seen.end())
                    seen.emplace_back(venue, t);
                else
                    it->second = t;
            }
            // a venue absent for longer than the window is forgotten, with its line
            seen.erase(std::remove_if(seen.begin(), seen.end(), [&](const auto &x) { return t - x.second > m_keep; }), seen.end());
            for (const auto &[venue, lastSeen] : seen) {
                double v = absentOf(sym);
                for (const auto &[name, x] : values)
                    if (name == venue)
                        v = x;
                m_hist.add(sym.symbol + '|' + venue, t, {v});
            }
        }
    }
    std::vector<std::string> venues(const std::string &symbol) const
    {
        std::vector<std::string> out;
        if (const auto it = m_venues.find(symbol); it != m_venues.end())
            for (const auto &[venue, lastSeen] : it->second)
                out.push_back(venue);
        return out;
    }
    struct Line {
        std::string venue;
        QVector<double> x, y; // x: minutes before the newest sample
    };
    // Every venue's series of a symbol, each added to `key` (what the chart shows).
    std::vector<Line> lines(const std::string &symbol, PlotKey &key) const
    {
        std::vector<Line> out;
        for (const std::string &venue : venues(symbol)) {
            Line &l = out.emplace_back(Line{venue, {}, {}});
            std::array<QVector<double>, 1> ys;
            m_hist.series(symbol + '|' + venue, l.x, ys);
            l.y = ys[0];
            key.add(QString::fromStdString(venue)).add(l.x).add(l.y);
        }
        return out;
    }

private:
    SymbolHistory<1> m_hist;
    double m_keep;
    std::map<std::string, std::vector<std::pair<std::string, double>>> m_venues;
};

// Named lines on one plot (a venue, a symbol): each keeps its colour and dash by name
// (seriesIndex), lines not drawn in a pass are removed with their legend entries.
class SeriesSet
{
public:
    SeriesSet(QCustomPlot *plot, QCPAxis *valueAxis = nullptr);
    // The line for `name`, created on first use, with its data replaced by (x, y); `label`
    // is the legend text (default: the name).
    QCPGraph *draw(const std::string &name, const QVector<double> &x, const QVector<double> &y, bool dark, qreal width = 1.4,
                   bool dashed = false, const QString &label = {});
    void removeUndrawn(); // call after the pass's draw() calls
    int count() const { return static_cast<int>(m_graphs.size()); }

private:
    QCustomPlot *m_plot;
    QCPAxis *m_axis;
    std::map<std::string, QCPGraph *> m_graphs;
    std::map<std::string, int> m_index; // unknown names: the next look not taken on this plot
    std::vector<std::string> m_drawn;
};

// Queues a replot when `key` differs from `last` (and remembers it); true when queued.
bool replotIfChanged(QCustomPlot *plot, uint64_t &last, const PlotKey &key);

} // namespace fd
