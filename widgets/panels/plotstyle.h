#pragma once
// QCustomPlot setup shared by the panels: theme colours, cosmetic pens,
// compact axes; replot with rpQueuedReplot only.
#include "panels/style.h"

class QCustomPlot;
class QCPAxis;

namespace fd {

void setupPlot(QCustomPlot *plot, int minHeight = 120);
void themePlot(QCustomPlot *plot); // re-resolve colours against the current palette
QPen cosmeticPen(const QColor &c, qreal width = 1.0, Qt::PenStyle style = Qt::SolidLine);

} // namespace fd
