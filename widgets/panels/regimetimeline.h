#pragma once
// Market Regime's timeline: the last hour of each symbol's regime as coloured bands.
#include "panels/style.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <vector>

namespace fd {

// The last hour of each symbol's regime as coloured bands (state words inside where they
// fit): when did the market turn, and how long has this regime held?
class RegimeTimeline : public QWidget
{
public:
    static constexpr double kSpanSec = 3600;
    explicit RegimeTimeline(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumHeight(60);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    struct Segment {
        double from, to; // event time, s
        QString state;
        Tone tone;
    };
    // No snapshot for longer than this, or than 3 of the usual intervals (a replay at 60×
    // publishes the Risk view every 5 min of market time): a new band, not one across the gap.
    static constexpr double kGapSec = 30;
    double gapSec() const // unknown before the 2nd snapshot
    {
        if (m_steps.empty())
            return 1e18;
        std::vector<double> v(m_steps.begin(), m_steps.end());
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return std::max(kGapSec, 3 * v[v.size() / 2]); // the median: one outage does not stretch it
    }
    // Extends the symbol's last band to t, or starts a new one when the state changed.
    // A clock that goes back (a new source) starts afresh; a symbol gone for an hour goes.
    void record(const std::string &sym, double t, const QString &state, Tone tone)
    {
        if (t < m_now - 1) {
            m_rows.clear();
            m_steps.clear();
            ++m_version;
        }
        const double gap = gapSec(); // from the intervals before this one
        if (t > m_now && m_now > -1e17) { // snapshots come per view, all symbols at one time
            m_steps.push_back(t - m_now);
            if (m_steps.size() > 9)
                m_steps.pop_front();
        }
        m_now = t;
        auto &segs = m_rows[sym];
        if (!segs.empty() && segs.back().state == state && t >= segs.back().to && t - segs.back().to <= gap) {
            segs.back().to = t;
        } else {
            const bool joined = !segs.empty() && t >= segs.back().to && t - segs.back().to <= gap;
            segs.push_back({joined ? segs.back().to : t, t, state, tone});
            ++m_version;
        }
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            auto &v = it->second;
            while (!v.empty() && v.front().to < t - kSpanSec)
                v.erase(v.begin()), ++m_version;
            it = v.empty() ? m_rows.erase(it) : std::next(it);
        }
    }
    // Repaints when a band came or went or the bands moved by a pixel: not on every snapshot.
    void refresh()
    {
        const double pxPerSec = std::max(1, width()) / kSpanSec;
        if (m_version != m_paintedVersion || std::abs(m_now - m_paintedNow) * pxPerSec >= 1) {
            m_paintedVersion = m_version;
            m_paintedNow = m_now;
            update();
        }
    }
    const std::vector<Segment> &segments(const std::string &sym) const
    {
        static const std::vector<Segment> none;
        const auto it = m_rows.find(sym);
        return it == m_rows.end() ? none : it->second;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QFontMetrics fm = fontMetrics();
        const int labelW = fm.horizontalAdvance(QStringLiteral("WWWW")) + 6, axisH = fm.height() + 2;
        const QRect area = rect().adjusted(labelW, 0, -4, -axisH);
        const int n = static_cast<int>(m_rows.size());
        if (n == 0 || area.width() < 20)
            return;
        const bool dark = isDarkTheme(this);
        const QColor muted = toneColor(Tone::Muted, dark);
        const int rowH = std::clamp(area.height() / n, 8, 22);
        auto xOf = [&](double t) { return area.left() + static_cast<int>((t - (m_now - kSpanSec)) / kSpanSec * area.width()); };
        int y = area.top();
        for (const auto &[sym, segs] : m_rows) {
            if (y + rowH > area.bottom() + 1)
                break; // more symbols than the height shows
            p.setPen(toneColor(Tone::Normal, this));
            p.drawText(QRect(0, y, labelW - 4, rowH), Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(sym));
            for (const Segment &sg : segs) {
                const int x0 = std::max(area.left(), xOf(sg.from)), x1 = std::max(x0 + 1, xOf(sg.to));
                QColor fill = sg.tone == Tone::Muted ? muted : toneColor(sg.tone, dark);
                fill.setAlpha(sg.tone == Tone::Muted ? 50 : 110);
                const QRect r(x0, y + 2, x1 - x0, rowH - 4);
                p.fillRect(r, fill);
                if (fm.horizontalAdvance(sg.state) + 6 < r.width()) {
                    p.setPen(toneColor(Tone::Normal, this));
                    p.drawText(r, Qt::AlignCenter, sg.state);
                }
            }
            y += rowH;
        }
        p.setPen(muted);
        for (int m = 0; m <= 60; m += 15) {
            const int x = xOf(m_now - (60 - m) * 60.0);
            p.drawLine(x, y, x, y + 3);
            const QString t = m == 60 ? tr("now") : tr("−%1 min").arg(60 - m);
            const int w = fm.horizontalAdvance(t);
            p.drawText(QRect(std::clamp(x - w / 2, 0, width() - w), y + 2, w, axisH), Qt::AlignCenter, t);
        }
    }

private:
    Q_DECLARE_TR_FUNCTIONS(fd::RegimeTimeline)
    std::map<std::string, std::vector<Segment>> m_rows;
    double m_now = -1e18, m_paintedNow = 0;
    std::deque<double> m_steps; // the last intervals between snapshots
    uint64_t m_version = 0, m_paintedVersion = ~uint64_t(0);
};

} // namespace fd
