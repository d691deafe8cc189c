// The chart panels fed crafted snapshots: Price & CVD (issue 5 §15) and Volume
// Profile (§16). What they show is read back from the QCustomPlot graphs and
// bars, the labels and the controls (offscreen, no pixel diffs).
#include "core/aggregator.h"
#include "core/pipeline.h"
#include "core/snapshotbuilder.h"
#include "panels/panelbase.h"
#include "panels/panelfactory.h"
#include "panels/style.h"
#include "sim/marketsimulator.h"
#include "util/timeutil.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QToolButton>
#include <QtTest>
#include <qcustomplot.h>

using namespace fd;

namespace {

constexpr int64_t kT0 = 1765533600; // 2025-12-12T10:00:00Z

std::unique_ptr<PanelBase> make(const QString &id)
{
    auto p = std::unique_ptr<PanelBase>(qobject_cast<PanelBase *>(createPanel(id)));
    p->resize(900, 520);
    p->show();
    return p;
}

ValueLabel *lbl(QWidget *w, const QString &name) { return w->findChild<ValueLabel *>(name); }
QCustomPlot *plotOf(QWidget *w) { return w->findChild<QCustomPlot *>(QStringLiteral("plot")); }
QColor tone(Tone t) { return toneColor(t, false); }

std::shared_ptr<ViewSnapshot> snapshot(View v, int64_t clockSec, SymbolSnapshot sym)
{
    auto s = std::make_shared<ViewSnapshot>();
    s->view = v;
    s->clockNs = clockSec * kNsPerSec;
    s->symbols.push_back(std::move(sym));
    return s;
}

// 720 bars ending at 10:00:20 (clock 10:00:17); only the last four have values.
SymbolSnapshot withHistory()
{
    SymbolSnapshot s;
    s.symbol = "BTC";
    s.perpRef = Val::of(90'010);
    PriceHistory &h = s.priceHistory;
    h.barSec = 5;
    h.lastBarEndSec = kT0 + 20;
    auto series = [](const char *venue, std::vector<double> px, std::vector<double> cvd) {
        PriceCvdSeries x{venue, std::vector<double>(kHistoryBars, kNaN), std::vector<double>(kHistoryBars, kNaN)};
        std::copy(px.begin(), px.end(), x.price.end() - static_cast<std::ptrdiff_t>(px.size()));
        std::copy(cvd.begin(), cvd.end(), x.cvd.end() - static_cast<std::ptrdiff_t>(cvd.size()));
        return x;
    };
    h.series.push_back(series("composite", {90'000, 90'005, 90'002, 90'010}, {-100'020, 200'100, 200'100, 100'110}));
    h.series.push_back(series("Binance", {90'006.5, 90'020, 90'020, 89'990}, {-100'020, 0, 0, -99'990}));
    h.series.push_back(series("Bybit", {90'050, 90'050, 90'050}, {200'100, 200'100, 200'100}));
    return s;
}

// The same with the composite known since the first bar (one hour ago, 09:00:25).
SymbolSnapshot withLongHistory()
{
    SymbolSnapshot s = withHistory();
    s.priceHistory.series[0].price[0] = 89'900;
    s.priceHistory.series[0].cvd[0] = 0;
    return s;
}

// The hand-computed profile of tst_history (step 20): POC [100 000, 100 020), value area [99 980, 100 040).
SymbolSnapshot withProfile()
{
    SymbolSnapshot s;
    s.symbol = "BTC";
    s.perpRef = Val::of(100'012.5);
    VolumeProfile &vp = s.volumeProfile[0];
    vp.windowSec = 900;
    vp.step = 20;
    vp.buckets = {{99'960, 99'980, 0, 49'985, 1},
                  {99'980, 100'000, 0, 199'980, 1},
                  {100'000, 100'020, 300'030, 100'010, 2},
                  {100'020, 100'040, 200'060, 0, 2},
                  {100'040, 100'060, 50'025, 0, 1}};
    vp.totalUsd = 900'090;
    vp.pocIndex = 2;
    vp.pocLow = Val::of(100'000);
    vp.pocHigh = Val::of(100'020);
    vp.pocUsd = 400'040;
    vp.valueAreaLow = Val::of(99'980);
    vp.valueAreaHigh = Val::of(100'040);
    vp.valueAreaUsd = 800'080;
    VolumeProfile &h = s.volumeProfile[1]; // 1 h: one more bucket far below
    h = vp;
    h.windowSec = 3600;
    h.buckets.insert(h.buckets.begin(), ProfileBucket{99'500, 99'520, 2'000'000, 0, 9});
    h.pocIndex = 0;
    h.pocLow = Val::of(99'500);
    h.pocHigh = Val::of(99'520);
    h.pocUsd = 2'000'000;
    h.totalUsd = 2'900'090;
    h.valueAreaLow = Val::of(99'500);
    h.valueAreaHigh = Val::of(100'020);
    h.valueAreaUsd = 2'800'080;
    return s;
}

} // namespace

class TstPanelsCharts : public QObject
{
    Q_OBJECT

private slots:
    void priceCvdWaiting();
    void priceCvdSeries();
    void priceCvdVenueSelector();
    void priceCvdCrosshair();
    void priceCvdZoomPan();
    void priceCvdFromEngine();
    void volumeProfileWaiting();
    void volumeProfileBars();
    void volumeProfileWindowToggle();
    void volumeProfileFromEngine();
    void dumpScreenshots();
};

void TstPanelsCharts::priceCvdWaiting()
{
    auto p = make(QStringLiteral("panel.pricecvd"));
    QCOMPARE(p->view(), View::Microstructure);
    QVERIFY(p->statusLabel()->text().contains(QStringLiteral("waiting for data")));
    SymbolSnapshot btc;
    btc.symbol = "BTC"; // a market seen, no perp trade yet: no history series
    btc.priceHistory.barSec = 5;
    p->applySnapshot(snapshot(View::Microstructure, kT0, btc));
    QCOMPARE(p->statusLabel()->text(), QStringLiteral("waiting for perp trades of BTC…"));
    QVERIFY(p->statusLabel()->isVisibleTo(p.get()));
    QCOMPARE(plotOf(p.get())->graph(0)->data()->size(), 0);
    QCOMPARE(plotOf(p.get())->graph(1)->data()->size(), 0);
    // Another symbol selected: says which symbols exist.
    p->setSymbolOverride(QStringLiteral("DOGE"));
    QVERIFY(p->statusLabel()->text().startsWith(QStringLiteral("no data for DOGE yet")));
}

void TstPanelsCharts::priceCvdSeries()
{
    auto p = make(QStringLiteral("panel.pricecvd"));
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withHistory()));
    QVERIFY(!p->statusLabel()->isVisibleTo(p.get()));
    QCustomPlot *plot = plotOf(p.get());
    QCPGraph *price = plot->graph(0), *cvd = plot->graph(1);
    QCOMPARE(price->objectName(), QStringLiteral("price"));
    QCOMPARE(cvd->valueAxis(), plot->yAxis2); // dual axis
    // NaN bars are left out; keys are the bar ends (seconds), the bar in progress at the clock.
    QCOMPARE(price->data()->size(), 4);
    QCOMPARE(cvd->data()->size(), 4);
    const double keys[] = {double(kT0 + 5), double(kT0 + 10), double(kT0 + 15), double(kT0 + 17)};
    const double px[] = {90'000, 90'005, 90'002, 90'010}, cv[] = {-100'020, 200'100, 200'100, 100'110};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(price->data()->at(i)->key, keys[i]);
        QCOMPARE(price->data()->at(i)->value, px[i]);
        QCOMPARE(cvd->data()->at(i)->value, cv[i]);
    }
    QCOMPARE(price->name(), QStringLiteral("price · composite"));
    QCOMPARE(cvd->name(), QStringLiteral("CVD · composite"));
    QVERIFY(plot->legend->visible());
    // Live: the time axis ends at the clock; with less history than the default 15 minutes
    // it starts at the first point (at least one minute shown).
    QVERIFY(std::abs(plot->xAxis->range().lower - (kT0 + 17 - 60)) < 1e-6);
    QVERIFY(std::abs(plot->xAxis->range().upper - (kT0 + 17 + 1.2)) < 1e-6);
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withLongHistory()));
    QCOMPARE(price->data()->size(), 5);
    QVERIFY(std::abs(plot->xAxis->range().lower - (kT0 + 17 - 900)) < 1e-6);
    QVERIFY(std::abs(plot->xAxis->range().upper - (kT0 + 17 + 18)) < 1e-6);
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withHistory()));
    // The value axes fit the visible values.
    QVERIFY(plot->yAxis->range().contains(90'000) && plot->yAxis->range().contains(90'010));
    QVERIFY(plot->yAxis->range().upper < 90'020);
    QVERIFY(plot->yAxis2->range().contains(-100'020) && plot->yAxis2->range().contains(200'100));
    // Without hover the readout shows the newest point, coloured by the CVD's sign.
    ValueLabel *r = lbl(p.get(), QStringLiteral("readout"));
    QCOMPARE(r->text(), QStringLiteral("10:00:17 · price 90,010.0 · CVD +$100K"));
    QCOMPARE(r->toneColour(), tone(Tone::Buy));
}

void TstPanelsCharts::priceCvdVenueSelector()
{
    auto p = make(QStringLiteral("panel.pricecvd"));
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withHistory()));
    auto *combo = p->findChild<QComboBox *>(QStringLiteral("venue"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("Composite"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Binance"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Bybit"));
    combo->setCurrentIndex(2);
    Q_EMIT combo->activated(2);
    QCPGraph *price = plotOf(p.get())->graph(0), *cvd = plotOf(p.get())->graph(1);
    QCOMPARE(price->data()->size(), 3); // Bybit printed from the second bar on
    QCOMPARE(price->data()->at(0)->value, 90'050.0);
    QCOMPARE(cvd->data()->at(2)->value, 200'100.0);
    QCOMPARE(price->name(), QStringLiteral("price · Bybit"));
    QCOMPARE(p->saveSettings().value(QStringLiteral("venue")).toString(), QStringLiteral("Bybit"));
    // The choice survives the next snapshot; a snapshot without that venue falls back to the composite.
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 18, withHistory()));
    QCOMPARE(price->name(), QStringLiteral("price · Bybit"));
    SymbolSnapshot two = withHistory();
    two.priceHistory.series.pop_back();
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 19, two));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(price->name(), QStringLiteral("price · composite"));
    // Restored settings pick the venue before any snapshot.
    auto q = make(QStringLiteral("panel.pricecvd"));
    q->restoreSettings(QJsonObject{{QStringLiteral("venue"), QStringLiteral("Binance")}});
    q->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withHistory()));
    QCOMPARE(plotOf(q.get())->graph(0)->data()->at(0)->value, 90'006.5);
}

void TstPanelsCharts::priceCvdCrosshair()
{
    auto p = make(QStringLiteral("panel.pricecvd"));
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withHistory()));
    QCustomPlot *plot = plotOf(p.get());
    plot->replot(); // lay out the axis rect now
    // Hover near the 10:00:10 bar: the crosshair snaps to it and reads its values.
    const QPointF pos(plot->xAxis->coordToPixel(kT0 + 10.4), plot->axisRect()->center().y());
    QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    ValueLabel *r = lbl(p.get(), QStringLiteral("readout"));
    QCOMPARE(r->text(), QStringLiteral("10:00:10 · price 90,005.0 · CVD +$200K"));
    auto *tracer = qobject_cast<QCPItemTracer *>(plot->item(0));
    QVERIFY(tracer && tracer->visible());
    QCOMPARE(tracer->graphKey(), double(kT0 + 10));
    auto *tag = qobject_cast<QCPItemText *>(plot->item(2));
    QVERIFY(tag && tag->visible());
    QCOMPARE(tag->text(), r->text());
    // A new snapshot keeps the crosshair where it is; leaving the plot hides it.
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 18, withHistory()));
    QCOMPARE(r->text(), QStringLiteral("10:00:10 · price 90,005.0 · CVD +$200K"));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(plot, &leave);
    QVERIFY(!tracer->visible());
    QVERIFY(r->text().startsWith(QStringLiteral("10:00:18 · price 90,010.0")));
}

void TstPanelsCharts::priceCvdZoomPan()
{
    auto p = make(QStringLiteral("panel.pricecvd"));
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 17, withLongHistory()));
    QCustomPlot *plot = plotOf(p.get());
    auto *live = p->findChild<QToolButton *>(QStringLiteral("live"));
    QVERIFY(live->isChecked());
    // Wheel zoom while live (a range change without a drag): the span changes, the right edge stays at the clock.
    plot->xAxis->setRange(kT0 - 300, kT0 + 10);
    QVERIFY(std::abs(plot->xAxis->range().upper - (kT0 + 17 + 0.02 * 310 / 1.02)) < 1e-3);
    QVERIFY(std::abs(plot->xAxis->range().size() - 310) < 1e-3);
    QCOMPARE(p->saveSettings().value(QStringLiteral("span_s")).toDouble(), 310 / 1.02);
    QVERIFY(live->isChecked());
    // Zoom is limited to the hour of history.
    plot->xAxis->setRange(kT0 - 20000, kT0 + 10);
    QVERIFY(plot->xAxis->range().size() <= 3600 * 1.05 + 1e-6);
    // A drag pans and leaves live mode; the next snapshot keeps the panned range.
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(100, 100), QPointF(100, 100), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &press);
    plot->xAxis->setRange(kT0 - 100, kT0 + 12);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(100, 100), QPointF(100, 100), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &release);
    QVERIFY(!live->isChecked());
    p->applySnapshot(snapshot(View::Microstructure, kT0 + 30, withLongHistory()));
    QCOMPARE(plot->xAxis->range().lower, double(kT0 - 100));
    QCOMPARE(plot->xAxis->range().upper, double(kT0 + 12));
    // Live again: back to the clock.
    live->click();
    QVERIFY(live->isChecked());
    QVERIFY(std::abs(plot->xAxis->range().upper - (kT0 + 30 + 0.02 * 112 / 1.02)) < 1e-3);
}

// Real engine data: hand-made prints through the aggregator and the builder.
void TstPanelsCharts::priceCvdFromEngine()
{
    MarketRegistry reg;
    Aggregator agg(reg);
    auto trade = [&](const char *ex, int64_t s, double price, double qty, Side side) {
        MarketEvent e;
        e.kind = EventKind::Trade;
        uint16_t venue = 0;
        e.exchange = reg.exchange(ex, venue);
        e.venue = venue;
        e.symbol = reg.symbol("BTC");
        e.type = MarketType::Perp;
        e.timeExchangeNs = e.timeReceivedNs = (kT0 + s) * kNsPerSec;
        e.price = price;
        e.qty = qty;
        e.side = side;
        agg.apply(e);
    };
    trade("BinanceFuturesUsd", 2, 90'000, 1, Side::Buy);
    trade("BinanceFuturesUsd", 7, 90'020, 2, Side::Sell);
    trade("BybitPerpetualsUsd", 8, 90'040, 1, Side::Buy);
    SnapshotBuilder b(agg);
    auto p = make(QStringLiteral("panel.pricecvd"));
    p->applySnapshot(b.build(View::Microstructure));
    QCPGraph *price = plotOf(p.get())->graph(0), *cvd = plotOf(p.get())->graph(1);
    // Composite price = the perp reference sampled at each bar's end (last trade: no quotes).
    QCOMPARE(price->data()->size(), 2);
    QCOMPARE(price->data()->at(0)->value, 90'000.0); // 10:00:05
    QCOMPARE(price->data()->at(1)->value, 90'040.0); // bar in progress: reference now
    QCOMPARE(cvd->data()->at(0)->value, 90'000.0);
    QCOMPARE(cvd->data()->at(1)->value, 90'000.0 - 180'040.0 + 90'040.0);
    QCOMPARE(p->findChild<QComboBox *>(QStringLiteral("venue"))->count(), 3);
}

void TstPanelsCharts::volumeProfileWaiting()
{
    auto p = make(QStringLiteral("panel.volumeprofile"));
    QCOMPARE(p->view(), View::Flow);
    QVERIFY(p->statusLabel()->text().contains(QStringLiteral("waiting for data")));
    SymbolSnapshot btc;
    btc.symbol = "BTC";
    for (int w = 0; w < kProfileCount; ++w) {
        btc.volumeProfile[size_t(w)].windowSec = kProfileSec[w];
        btc.volumeProfile[size_t(w)].pocLow = Val::missing("no perp trades in the window");
    }
    p->applySnapshot(snapshot(View::Flow, kT0, btc));
    QCOMPARE(p->statusLabel()->text(), QStringLiteral("waiting for perp trades of BTC in the last 15 minutes…"));
    ValueLabel *poc = lbl(p.get(), QStringLiteral("poc"));
    QCOMPARE(poc->text(), QStringLiteral("n/a"));
    QCOMPARE(poc->toolTip(), QStringLiteral("no perp trades in the window"));
    QCOMPARE(plotOf(p.get())->findChild<QCPBars *>(QStringLiteral("buy"))->data()->size(), 0);
}

void TstPanelsCharts::volumeProfileBars()
{
    auto p = make(QStringLiteral("panel.volumeprofile"));
    p->applySnapshot(snapshot(View::Flow, kT0 + 5, withProfile()));
    QVERIFY(!p->statusLabel()->isVisibleTo(p.get()));
    QCustomPlot *plot = plotOf(p.get());
    auto *buy = plot->findChild<QCPBars *>(QStringLiteral("buy"));
    auto *sell = plot->findChild<QCPBars *>(QStringLiteral("sell"));
    QVERIFY(buy && sell);
    QCOMPARE(buy->keyAxis(), plot->yAxis); // horizontal bars: price on the vertical axis
    QCOMPARE(sell->barBelow(), buy);       // stacked: sell continues where buy ends
    QCOMPARE(buy->data()->size(), 5);
    QCOMPARE(sell->data()->size(), 5);
    QCOMPARE(buy->data()->at(2)->key, 100'010.0); // bucket mid
    QCOMPARE(buy->data()->at(2)->value, 300'030.0);
    QCOMPARE(sell->data()->at(2)->value, 100'010.0);
    QCOMPARE(sell->data()->at(0)->value, 49'985.0);
    QCOMPARE(buy->width(), 18.0);
    QCOMPARE(buy->brush().color(), tone(Tone::Buy));
    QCOMPARE(sell->brush().color(), tone(Tone::Sell));
    ValueLabel *poc = lbl(p.get(), QStringLiteral("poc"));
    QCOMPARE(poc->text(), QStringLiteral("POC 100,000–100,020 · $400K"));
    QCOMPARE(poc->toneColour(), tone(Tone::Caution));
    QCOMPARE(lbl(p.get(), QStringLiteral("valueArea"))->text(), QStringLiteral("VA 70 %: 99,980–100,040"));
    QCOMPARE(lbl(p.get(), QStringLiteral("total"))->text(), QStringLiteral("$900K · 5 buckets of 20"));
    // The POC outline, the shaded value area and the price marker.
    auto *pocRect = qobject_cast<QCPItemRect *>(plot->item(1));
    auto *vaRect = qobject_cast<QCPItemRect *>(plot->item(0));
    QVERIFY(pocRect && vaRect && pocRect->visible() && vaRect->visible());
    QCOMPARE(pocRect->topLeft->coords().y(), 100'020.0);
    QCOMPARE(pocRect->bottomRight->coords(), QPointF(400'040, 100'000));
    QCOMPARE(pocRect->pen().color(), tone(Tone::Caution));
    QCOMPARE(vaRect->topLeft->coords().y(), 100'040.0);
    QCOMPARE(vaRect->bottomRight->coords().y(), 99'980.0);
    auto *last = plot->findChild<QCPItemText *>(QStringLiteral("lastPrice"));
    QVERIFY(last && last->visible());
    QCOMPARE(last->text(), QStringLiteral("last 100,012.5"));
    QVERIFY(plot->yAxis->range().contains(99'960) && plot->yAxis->range().contains(100'060));
}

void TstPanelsCharts::volumeProfileWindowToggle()
{
    auto p = make(QStringLiteral("panel.volumeprofile"));
    p->applySnapshot(snapshot(View::Flow, kT0 + 5, withProfile()));
    p->findChild<QToolButton *>(QStringLiteral("window1h"))->click();
    auto *buy = plotOf(p.get())->findChild<QCPBars *>(QStringLiteral("buy"));
    QCOMPARE(buy->data()->size(), 6);
    QCOMPARE(lbl(p.get(), QStringLiteral("poc"))->text(), QStringLiteral("POC 99,500–99,520 · $2.00M"));
    QCOMPARE(p->saveSettings().value(QStringLiteral("window")).toString(), QStringLiteral("1h"));
    // Restored settings show the same window.
    auto q = make(QStringLiteral("panel.volumeprofile"));
    q->restoreSettings(p->saveSettings());
    q->applySnapshot(snapshot(View::Flow, kT0 + 5, withProfile()));
    QCOMPARE(lbl(q.get(), QStringLiteral("poc"))->text(), QStringLiteral("POC 99,500–99,520 · $2.00M"));
    QVERIFY(q->findChild<QToolButton *>(QStringLiteral("window1h"))->isChecked());
}

void TstPanelsCharts::volumeProfileFromEngine()
{
    MarketRegistry reg;
    Aggregator agg(reg);
    auto trade = [&](int64_t s, double price, double qty, Side side) {
        MarketEvent e;
        e.kind = EventKind::Trade;
        uint16_t venue = 0;
        e.exchange = reg.exchange("BinanceFuturesUsd", venue);
        e.venue = venue;
        e.symbol = reg.symbol("ETH");
        e.type = MarketType::Perp;
        e.timeExchangeNs = e.timeReceivedNs = (kT0 + s) * kNsPerSec;
        e.price = price;
        e.qty = qty;
        e.side = side;
        agg.apply(e);
    };
    // ETH at 3 800: step niceStep(0.76) = 1.
    trade(1, 3'800.5, 10, Side::Buy);  // [3 800, 3 801) 38 005
    trade(2, 3'801.5, 4, Side::Sell);  // [3 801, 3 802) 15 206
    trade(3, 3'800.25, 4, Side::Sell); // [3 800, 3 801) + 15 201
    SnapshotBuilder b(agg);
    auto p = make(QStringLiteral("panel.volumeprofile"));
    p->setSymbolOverride(QStringLiteral("ETH"));
    p->applySnapshot(b.build(View::Flow));
    QCOMPARE(lbl(p.get(), QStringLiteral("poc"))->text(), QStringLiteral("POC 3,800–3,801 · $53.2K"));
    auto *sell = plotOf(p.get())->findChild<QCPBars *>(QStringLiteral("sell"));
    QCOMPARE(sell->data()->size(), 2);
    QCOMPARE(sell->data()->at(0)->value, 15'201.0);
    QCOMPARE(lbl(p.get(), QStringLiteral("valueArea"))->text(), QStringLiteral("VA 70 %: 3,800–3,801"));
}

// FD_PANEL_PNG_DIR=/tmp/charts (FD_DARK=1 for a dark palette): both panels after 70
// minutes of demo data as PNGs, for a look (not a check).
void TstPanelsCharts::dumpScreenshots()
{
    const QString dir = qEnvironmentVariable("FD_PANEL_PNG_DIR");
    if (dir.isEmpty())
        QSKIP("set FD_PANEL_PNG_DIR to write screenshots");
    QDir().mkpath(dir);
    const bool dark = qEnvironmentVariableIsSet("FD_DARK");
    if (dark) {
        QPalette pal;
        pal.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x24));
        pal.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
        pal.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        pal.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        pal.setColor(QPalette::Button, QColor(0x2a, 0x2d, 0x32));
        pal.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(pal);
    }
    MarketSimulator sim;
    Pipeline pipe;
    std::string f;
    while (sim.peekTimeNs() < sim.settings().startNs + 70 * 60 * kNsPerSec) {
        sim.next(f);
        pipe.feed(f);
    }
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
    for (const QString &id : {QStringLiteral("panel.pricecvd"), QStringLiteral("panel.volumeprofile")}) {
        auto p = make(id);
        p->resize(720, 420);
        p->applySnapshot(pipe.builder().build(p->view()));
        QCoreApplication::processEvents();
        QVERIFY(p->grab().save(dir + QLatin1Char('/') + id + QStringLiteral("-demo") + suffix));
        if (id == QLatin1String("panel.volumeprofile")) {
            p->findChild<QToolButton *>(QStringLiteral("window1h"))->click();
            QCoreApplication::processEvents();
            QVERIFY(p->grab().save(dir + QLatin1Char('/') + id + QStringLiteral("-demo-1h") + suffix));
        } else {
            auto *combo = p->findChild<QComboBox *>(QStringLiteral("venue"));
            combo->setCurrentIndex(1);
            Q_EMIT combo->activated(1);
            QCoreApplication::processEvents();
            QVERIFY(p->grab().save(dir + QLatin1Char('/') + id + QStringLiteral("-demo-venue") + suffix));
        }
    }
}

QTEST_MAIN(TstPanelsCharts)
#include "tst_panels_charts.moc"
