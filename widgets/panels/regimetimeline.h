#pragma once
// Market Regime's timeline: the last hour of each symbol's regime as coloured bands.
#include "panels/style.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
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
    // Extends the symbol's last band to t, or starts a new one when the state changed.
    void record(const std::string &sym, double t, const QString &state, Tone tone)
    {
        auto &segs = m_rows[sym];
        if (!segs.empty() && segs.back().state == state && t >= segs.back().to)
            segs.back().to = t;
        else
            segs.push_back({segs.empty() ? t : segs.back().to, t, state, tone});
        while (!segs.empty() && segs.front().to < t - kSpanSec)
            segs.erase(segs.begin());
        m_now = std::max(m_now, t);
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
        const int rowH = std::min(22, area.height() / n);
        auto xOf = [&](double t) { return area.left() + static_cast<int>((t - (m_now - kSpanSec)) / kSpanSec * area.width()); };
        int y = area.top();
        for (const auto &[sym, segs] : m_rows) {
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
    double m_now = 0;
};

} // namespace fd
