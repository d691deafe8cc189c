#include "plotstyle.h"

#include <qcustomplot.h>

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
    a->grid()->setPen(cosmeticPen(grid, 1, Qt::DotLine));
    a->grid()->setZeroLinePen(cosmeticPen(fg, 1, Qt::DashLine));
}

void themePlot(QCustomPlot *plot)
{
    const bool dark = isDarkTheme(plot);
    const QColor bg = plot->palette().color(QPalette::Base);
    const QColor fg = toneColor(Tone::Muted, dark);
    QColor grid = fg;
    grid.setAlpha(90);
    plot->setBackground(bg);
    plot->axisRect()->setBackground(bg);
    for (QCPAxis *a : plot->axisRect()->axes())
        themeAxis(a, fg, grid);
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
    themePlot(plot);
}

} // namespace fd
