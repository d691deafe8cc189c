// Panels fed with crafted snapshots and with the golden scenario
// (../shared/testdata/golden, final 10:08:00Z): expected texts, colours by
// meaning and n/a reasons, read from the widgets' labels and models; theme
// legibility as contrast ratios computed from the palettes; no rendering work
// for hidden or tabbed-away panels.
// Debian's qcustomplot.h needs `foreach`, which flowdesk_common_cfg's QT_NO_FOREACH removes.
#undef QT_NO_FOREACH
#include "core/pipeline.h"
#include "paneldocks.h"
#include "panels/panelbase.h"
#include "panels/panelfactory.h"
#include "panels/plotstyle.h"
#include "panels/regimetimeline.h"
#include "panels/style.h"
#include "util/linereader.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QSet>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTextStream>
#include <QtTest>
#include <qcustomplot.h>

using namespace fd;

namespace {

std::unique_ptr<PanelBase> make(const QString &id)
{
    Panel *p = createPanel(id);
    auto *pb = qobject_cast<PanelBase *>(p);
    return std::unique_ptr<PanelBase>(pb);
}

ValueLabel *lbl(QWidget *w, const QString &name)
{
    auto *l = w->findChild<ValueLabel *>(name);
    if (!l)
        qWarning("no label %s", qPrintable(name));
    return l;
}

QColor tone(Tone t) { return toneColor(t, false); } // tests run with the default (light) palette

// The app's themes (app/gui.cpp applyTheme): Fusion with its standard palette, or this dark one.
QPalette lightPalette() { return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette(); }
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1e, 0x22, 0x27), base(0x16, 0x19, 0x1d), text(0xdc, 0xe1, 0xe6), mid(0x2b, 0x30, 0x36);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, mid);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

SymbolSnapshot symbolNamed(const char *name)
{
    SymbolSnapshot sym;
    sym.symbol = name;
    return sym;
}

// A snapshot of one view at an event-clock time (the panels sample their histories by it).
ViewSnapshotPtr snapAt(View view, int64_t clockNs, std::vector<SymbolSnapshot> symbols)
{
    auto s = std::make_shared<ViewSnapshot>();
    s->view = view;
    s->clockNs = clockNs;
    s->symbols = std::move(symbols);
    return s;
}

// A copy: PanelBase ingests a given snapshot object once.
ViewSnapshotPtr copyOf(const ViewSnapshotPtr &s) { return std::make_shared<ViewSnapshot>(*s); }

// Counts paint events of a widget tree (children created later are not counted).
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *root)
    {
        root->installEventFilter(this);
        for (QWidget *w : root->findChildren<QWidget *>())
            w->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        paints += e->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

class TstPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void factory();
    void formatting();
    void hiddenPanelsDoNotRender();
    void emptySnapshotSaysWhy();
    void orderflowGolden();
    void orderflowCrafted();
    void basisGolden();
    void liqClustersGolden();
    void whalesGolden();
    void othersGolden();
    void regimeWarmUpSaysHowFar();
    void whalesColumnsAndUpdates();
    void smartMoneyAndMomentumCharts();
    void orderflowChartAgainstPrice();
    void fundingAllSymbols();
    void arbitrageVenuesAndBasisChart();
    void symbolHistoryFollowsTheClock();
    void whaleOutlierOnlyBelowTier();
    void seriesColoursCarryNoMeaning();
    void dominanceSharesNeutral();
    void regimeTimeline();
    void depthBidShareChart();
    void cascadeSaysWhyNoLevel();
    void valueLabelKeepsItsWidth();
    void tonesReadableInBothThemes();
    void panelsLegibleInBothThemes();
    void correlationCellsColouredByValue();
    void tabbedAwayPanelsDoNoRenderingWork();
    void dumpScreenshots();

private:
    ViewSnapshotPtr m_micro, m_flow, m_risk;
};

void TstPanels::initTestCase()
{
    const std::string path = FLOWDESK_SHARED_DIR "/testdata/golden/scenario.jsonl.gz";
    Pipeline pipe;
    std::string err;
    QVERIFY2(forEachLine(path, [&](std::string_view l) { pipe.feed(l); }, &err), err.c_str());
    m_micro = pipe.builder().build(View::Microstructure);
    m_flow = pipe.builder().build(View::Flow);
    m_risk = pipe.builder().build(View::Risk);
    QVERIFY(m_micro->find("BTC"));
}

void TstPanels::factory()
{
    const QStringList ids = allPanelIds();
    QVERIFY(ids.contains(QStringLiteral("panel.orderflow")));
    for (const QString &id : ids) {
        std::unique_ptr<Panel> p(createPanel(id));
        if (!p)
            continue; // declared but not implemented yet
        QCOMPARE(p->panelId(), id);
        QCOMPARE(p->objectName(), id);
        QVERIFY(!p->title().isEmpty());
        QVERIFY(p->explanation().contains(QStringLiteral("Thresholds")) || p->explanation().contains(QStringLiteral("Formula")));
    }
    QVERIFY(!createPanel(QStringLiteral("panel.feedhealth")));
    QVERIFY(!createPanel(QStringLiteral("panel.nope")));
}

void TstPanels::formatting()
{
    QCOMPARE(fmt::usd(2'300'000), QStringLiteral("$2.30M"));
    QCOMPARE(fmt::usd(4'240'000), QStringLiteral("$4.24M"));
    QCOMPARE(fmt::usd(45'000), QStringLiteral("$45.0K"));
    QCOMPARE(fmt::usd(845'000), QStringLiteral("$845K"));
    QCOMPARE(fmt::usd(12.4), QStringLiteral("$12.40"));
    QCOMPARE(fmt::usdSigned(-1'200'000), fmt::minus() + QStringLiteral("$1.20M"));
    QCOMPARE(fmt::pct(0.04), QStringLiteral("0.04 %"));
    QCOMPARE(fmt::pctSigned(0.0315, 4), QStringLiteral("+0.0315 %"));
    QCOMPARE(fmt::bps(12.2), QStringLiteral("12 bps"));
    QCOMPARE(fmt::bps(1.26), QStringLiteral("1.3 bps"));
    // what rounds to zero carries no sign
    QCOMPARE(fmt::bpsSigned(-0.04), QStringLiteral("0.0 bps"));
    QCOMPARE(fmt::bpsSigned(0.04), QStringLiteral("0.0 bps"));
    QCOMPARE(fmt::bpsSigned(-0.06), fmt::minus() + QStringLiteral("0.1 bps"));
    QCOMPARE(fmt::bpsSigned(4.44), QStringLiteral("+4.4 bps"));
    QCOMPARE(fmt::pctSigned(-0.00004, 4), QStringLiteral("0.0000 %"));
    QCOMPARE(fmt::pctSigned(0.00006, 4), QStringLiteral("+0.0001 %"));
    QCOMPARE(fmt::num(-0.004, 2), QStringLiteral("0.00"));
    QCOMPARE(fmt::price(89512.34), QStringLiteral("89,512.3"));
    QCOMPARE(fmt::usd(kNaN), QStringLiteral("n/a"));
    QCOMPARE(fmt::arrow(Arrow::UpUp), QStringLiteral("↑↑"));
    QCOMPARE(fmt::naReason(NaReason{"warming up %1/%2 samples", 12, 30}), QStringLiteral("warming up 12/30 samples"));
    QCOMPARE(fmt::time(1765533968109000000LL, true), QStringLiteral("10:06:08.109"));
}

void TstPanels::hiddenPanelsDoNotRender()
{
    auto p = make(QStringLiteral("panel.orderflow"));
    p->applySnapshot(copyOf(m_micro));
    QCOMPARE(p->renderCount(), 0); // never shown: no rendering work
    QVERIFY(p->hasPendingRender());
    p->show();
    QCOMPARE(p->renderCount(), 1); // rendered on show
    p->applySnapshot(copyOf(m_micro));
    QCOMPARE(p->renderCount(), 2);
    p->hide();
    PaintCounter paints(p.get());
    p->applySnapshot(copyOf(m_micro));
    p->applySnapshot(copyOf(m_micro));
    QCoreApplication::processEvents();
    QCOMPARE(p->renderCount(), 2);
    QCOMPARE(paints.paints, 0);
    p->show();
    QCOMPARE(p->renderCount(), 3); // only the newest, once
    p->applySnapshot(p->latest()); // the shell re-feeding the newest snapshot on show: no second render
    QCOMPARE(p->renderCount(), 3);
}

void TstPanels::emptySnapshotSaysWhy()
{
    for (const QString &id : allPanelIds()) {
        auto p = make(id);
        if (!p)
            continue;
        p->show();
        QVERIFY2(p->statusLabel()->text().contains(QStringLiteral("waiting for data")), qPrintable(id));
        auto empty = std::make_shared<ViewSnapshot>();
        empty->view = p->view();
        p->applySnapshot(empty);
        QVERIFY2(p->statusLabel()->isVisibleTo(p.get()) && p->statusLabel()->text().contains(QStringLiteral("waiting for data")),
                 qPrintable(id + QStringLiteral(": ") + p->statusLabel()->text()));
    }
}

void TstPanels::orderflowGolden()
{
    auto p = make(QStringLiteral("panel.orderflow"));
    p->show();
    p->applySnapshot(m_micro);
    const VolumeStats &v = m_micro->find("BTC")->volume[0][0];
    ValueLabel *buy = lbl(p.get(), QStringLiteral("BTC.buyPct"));
    QVERIFY(buy);
    QCOMPARE(buy->text(), fmt::pct(v.buySharePct.v, 1));
    QCOMPARE(p->findChild<ShareBar *>(QStringLiteral("BTC.bar"))->filledCells(), int(std::lround(v.buySharePct.v / 10)));
    QVERIFY(lbl(p.get(), QStringLiteral("BTC.netFlow"))->text().endsWith(QStringLiteral("/min")));
    QVERIFY(lbl(p.get(), QStringLiteral("ETH.buyPct")));
    QVERIFY(lbl(p.get(), QStringLiteral("SOL.buyPct")));
}

void TstPanels::orderflowCrafted()
{
    auto snap = std::make_shared<ViewSnapshot>();
    SymbolSnapshot btc;
    btc.symbol = "BTC";
    VolumeStats &v = btc.volume[0][0];
    v.buyUsd = 7'000'000;
    v.sellUsd = 3'000'000;
    v.totalUsd = 10'000'000;
    v.netFlowUsdPerMin = 4'000'000;
    v.buySharePct = Val::of(70);
    v.imbalancePct = Val::of(40);
    btc.volume[1][0].imbalancePct = Val::of(20);
    btc.imbalanceArrow = Arrow::UpUp;
    btc.flowTrend = "ACCEL";
    btc.imbalanceHistory = {10, 20, kNaN, 40};
    SymbolSnapshot eth;
    eth.symbol = "ETH";
    eth.volume[0][0].buySharePct = Val::missing("no trades in the window");
    eth.volume[0][0].imbalancePct = Val::missing("no trades in the window");
    eth.flowTrend = "n/a";
    snap->symbols = {btc, eth};
    auto p = make(QStringLiteral("panel.orderflow"));
    p->show();
    p->applySnapshot(snap);
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.buyPct"))->text(), QStringLiteral("70.0 %"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.buyPct"))->toneColour(), tone(Tone::Buy));
    QCOMPARE(p->findChild<ShareBar *>(QStringLiteral("BTC.bar"))->filledCells(), 7);
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.netFlow"))->text(), QStringLiteral("+$4.00M/min"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.arrow"))->text(), QStringLiteral("+40 ↑↑"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.arrow"))->toneColour(), tone(Tone::Buy));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.trend"))->text(), QStringLiteral("ACCEL"));
    QCOMPARE(p->findChild<Sparkline *>(QStringLiteral("BTC.spark"))->data().size(), size_t(4));
    ValueLabel *ethBuy = lbl(p.get(), QStringLiteral("ETH.buyPct"));
    QCOMPARE(ethBuy->text(), QStringLiteral("n/a"));
    QCOMPARE(ethBuy->toolTip(), QStringLiteral("no trades in the window"));
    QCOMPARE(ethBuy->toneColour(), tone(Tone::Muted));
    QCOMPARE(p->findChild<ShareBar *>(QStringLiteral("ETH.bar"))->filledCells(), -1);
    // sell pressure turns red, in place (same label object)
    btc.volume[0][0].buySharePct = Val::of(30);
    btc.volume[0][0].netFlowUsdPerMin = -4'000'000;
    btc.imbalanceArrow = Arrow::Down;
    auto snap2 = std::make_shared<ViewSnapshot>();
    snap2->symbols = {btc};
    ValueLabel *before = lbl(p.get(), QStringLiteral("BTC.buyPct"));
    p->applySnapshot(snap2);
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.buyPct")), before);
    QCOMPARE(before->toneColour(), tone(Tone::Sell));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.netFlow"))->text(), fmt::minus() + QStringLiteral("$4.00M/min"));
    QVERIFY(!lbl(p.get(), QStringLiteral("ETH.buyPct"))->isVisibleTo(p.get())); // ETH row hidden, not deleted
}

void TstPanels::basisGolden()
{
    auto p = make(QStringLiteral("panel.basis"));
    p->show();
    p->applySnapshot(m_micro);
    QCOMPARE(lbl(p.get(), QStringLiteral("basisPct"))->text(), QStringLiteral("+0.0315 %"));
    QCOMPARE(lbl(p.get(), QStringLiteral("state"))->text(), QStringLiteral("CONTANGO"));
    QCOMPARE(lbl(p.get(), QStringLiteral("basisPct"))->toneColour(), tone(Tone::Arb));
    QVERIFY(lbl(p.get(), QStringLiteral("flags"))->text().contains(QStringLiteral("ARBITRAGE")));
    QCOMPARE(lbl(p.get(), QStringLiteral("flags"))->toneColour(), tone(Tone::Arb));
    const int renders = p->renderCount();
    p->setSymbolOverride(QStringLiteral("DOGE"));
    QCOMPARE(p->renderCount(), renders + 1);
    QCOMPARE(p->symbol(), QStringLiteral("DOGE"));
    QVERIFY2(p->statusLabel()->text().contains(QStringLiteral("no data for DOGE")), qPrintable(p->statusLabel()->text() + QStringLiteral("/") + p->headerLabel()->text()));
    QCOMPARE(lbl(p.get(), QStringLiteral("basisPct"))->text(), QStringLiteral("n/a"));
}

void TstPanels::liqClustersGolden()
{
    auto p = make(QStringLiteral("panel.liqclusters"));
    p->show();
    p->applySnapshot(m_micro);
    // the [89,000–89,100) bucket: $4.24M, DANGER ZONE in red
    bool found = false;
    auto *grid = p->findChild<CellGrid *>(QStringLiteral("buckets"));
    for (int r = 1; r < grid->rowCount(); ++r) {
        auto *range = qobject_cast<ValueLabel *>(grid->at(r, 0));
        if (range && range->text() == QStringLiteral("89,000 – 89,100")) {
            found = true;
            QCOMPARE(static_cast<ValueLabel *>(grid->at(r, 1))->text(), QStringLiteral("$4.24M"));
            QCOMPARE(static_cast<ValueLabel *>(grid->at(r, 5))->text(), QStringLiteral("DANGER ZONE"));
            QCOMPARE(static_cast<ValueLabel *>(grid->at(r, 5))->toneColour(), tone(Tone::Sell));
            QCOMPARE(range->toneColour(), tone(Tone::Sell));
        }
    }
    QVERIFY(found);
    QVERIFY(lbl(p.get(), QStringLiteral("priceMarker"))->text().startsWith(QStringLiteral("▶ ")));
}

void TstPanels::whalesGolden()
{
    auto p = make(QStringLiteral("panel.whales"));
    p->show();
    p->applySnapshot(m_micro);
    auto *view = p->findChild<QTableView *>(QStringLiteral("table"));
    QAbstractItemModel *m = view->model();
    QVERIFY(m->rowCount() > 0);
    int mega = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        QVERIFY(m->data(m->index(r, 3), Qt::DisplayRole).toString() >= QString()); // value column filled
        if (m->data(m->index(r, 6)).toString().contains(QStringLiteral("⚠")))
            mega = r;
    }
    QVERIFY(mega >= 0);
    QCOMPARE(m->data(m->index(mega, 0)).toString(), QStringLiteral("10:07:08.109"));
    QCOMPARE(m->data(m->index(mega, 2)).toString(), QStringLiteral("BUY"));
    QCOMPARE(m->data(m->index(mega, 3)).toString(), QStringLiteral("$7.73M"));
    QCOMPARE(m->data(m->index(mega, 5)).toString(), QStringLiteral("Binance perp"));
    QCOMPARE(m->data(m->index(mega, 3), Qt::ForegroundRole).value<QColor>(), tone(Tone::Whale));
    // threshold: $5M keeps only the mega order; persisted in the settings
    const int all = m->rowCount();
    p->restoreSettings({{QStringLiteral("thresholdUsd"), 5'000'000.0}});
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(p->saveSettings().value(QStringLiteral("thresholdUsd")).toDouble(), 5'000'000.0);
    p->restoreSettings({{QStringLiteral("thresholdUsd"), 500'000.0}, {QStringLiteral("side"), QStringLiteral("BUY")}});
    QVERIFY(m->rowCount() < all);
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(m->data(m->index(r, 2)).toString(), QStringLiteral("BUY"));
    QString csv;
    QTextStream ts(&csv);
    QVERIFY(p->exportCsv(ts));
    ts.flush();
    QVERIFY(csv.startsWith(QStringLiteral("time_utc,symbol")));
    QVERIFY(csv.contains(QStringLiteral("10:07:08.109,BTC,perp,buy")));
}

void TstPanels::othersGolden()
{
    // every implemented panel renders golden data without an empty body or a waiting status
    for (const QString &id : allPanelIds()) {
        auto p = make(id);
        QVERIFY(p);
        p->show();
        p->applySnapshot(p->view() == View::Microstructure ? m_micro : (p->view() == View::Flow ? m_flow : m_risk));
        QVERIFY2(!p->statusLabel()->text().contains(QStringLiteral("waiting")), qPrintable(id + QStringLiteral(": ") + p->statusLabel()->text()));
    }
    // depth: L1 fallback is marked, with the reason
    auto d = make(QStringLiteral("panel.depth"));
    d->show();
    d->applySnapshot(m_flow);
    bool fallback = false, l2 = false;
    for (auto *l : d->findChildren<ValueLabel *>()) {
        if (l->objectName().endsWith(QStringLiteral(".book"))) {
            fallback |= l->text().startsWith(QStringLiteral("L1 FALLBACK"));
            l2 |= l->text().startsWith(QStringLiteral("L2 · age")) && l->text().contains(QStringLiteral("covers ±"));
        }
    }
    QVERIFY(fallback);
    QVERIFY(l2);
    // regime: implied vol is n/a with the engine's reason
    auto r = make(QStringLiteral("panel.regime"));
    r->show();
    r->applySnapshot(m_risk);
    QCOMPARE(lbl(r.get(), QStringLiteral("BTC.implied"))->text(), QStringLiteral("n/a"));
    QCOMPARE(lbl(r.get(), QStringLiteral("BTC.implied"))->toolTip(), QStringLiteral("relay sends no options data"));
    // arbitrage: BTC basis flagged in cyan
    auto a = make(QStringLiteral("panel.arbitrage"));
    a->show();
    a->applySnapshot(m_risk);
    QCOMPARE(lbl(a.get(), QStringLiteral("BTC.basis"))->text(), QStringLiteral("+0.0315 %"));
    QCOMPARE(lbl(a.get(), QStringLiteral("BTC.basis"))->toneColour(), tone(Tone::Arb));
    QVERIFY(lbl(a.get(), QStringLiteral("BTC.basisFlag"))->text().startsWith(QStringLiteral("⚠")));
    // funding: estimated funding is labelled est. when the relay sends none, real venues otherwise
    auto f = make(QStringLiteral("panel.funding"));
    f->show();
    auto snap = std::make_shared<ViewSnapshot>();
    SymbolSnapshot btc;
    btc.symbol = "BTC";
    btc.funding.estimated = true;
    btc.funding.estRatePct = Val::of(0.0123);
    btc.funding.premiumPct = Val::of(0.002);
    snap->symbols = {btc};
    f->applySnapshot(snap);
    QCOMPARE(lbl(f.get(), QStringLiteral("est.rate"))->text(), QStringLiteral("+0.0123 % est."));
    QVERIFY(f->statusLabel()->text().startsWith(QStringLiteral("est.")));
    // correlation matrix diagonal
    auto c = make(QStringLiteral("panel.correlation"));
    c->show();
    c->applySnapshot(m_risk);
    QVERIFY(lbl(c.get(), QStringLiteral("BTC.ETH")));
}

void TstPanels::regimeWarmUpSaysHowFar()
{
    auto snap = std::make_shared<ViewSnapshot>();
    snap->view = View::Risk;
    for (const char *name : {"BTC", "ETH"}) {
        SymbolSnapshot sym;
        sym.symbol = name;
        Regime &r = sym.regime;
        r.state = "n/a";
        r.bars = 4;
        r.na = {"warming up %1/%2 one-minute bars", 4, 16};
        r.confidence = r.er = r.rv15 = r.rv60 = r.volRatio = Val::missing(r.na.text, 4, 16);
        r.impliedVol = Val::missing("relay sends no options data");
        r.direction = r.volState = "n/a";
        snap->symbols.push_back(sym);
    }
    auto p = make(QStringLiteral("panel.regime"));
    p->show();
    p->applySnapshot(snap);
    ValueLabel *st = p->statusLabel();
    QVERIFY(st->isVisibleTo(p.get()));
    QVERIFY2(st->text().startsWith(QStringLiteral("warming up: 4 of 16 min of 1-minute bars (BTC, ETH)")), qPrintable(st->text()));
    QCOMPARE(st->toneColour(), tone(Tone::Caution));
    ValueLabel *reg = lbl(p.get(), QStringLiteral("BTC.regime"));
    QCOMPARE(reg->text(), QStringLiteral("warming up 4/16"));
    QVERIFY(reg->isNa());
    QCOMPARE(reg->toneColour(), tone(Tone::Muted));
    QCOMPARE(reg->toolTip(), QStringLiteral("warming up 4/16 one-minute bars"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.confidence"))->text(), QStringLiteral("n/a"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.confidence"))->toolTip(), QStringLiteral("warming up 4/16 one-minute bars"));
    QCOMPARE(lbl(p.get(), QStringLiteral("ivNote"))->text(), QStringLiteral("IV n/a: relay sends no options data"));

    // ETH further along than BTC: one clause each
    auto snap2 = std::make_shared<ViewSnapshot>(*snap);
    snap2->symbols[1].regime.bars = 9;
    snap2->symbols[1].regime.na.a = 9;
    p->applySnapshot(snap2);
    QVERIFY2(st->text().contains(QStringLiteral("4 of 16 min of 1-minute bars (BTC); 9 of 16 min of 1-minute bars (ETH)")),
             qPrintable(st->text()));

    // classified: the warm-up line goes; confidence says what still caps it
    auto snap3 = std::make_shared<ViewSnapshot>(*snap);
    for (SymbolSnapshot &sym : snap3->symbols) {
        Regime &r = sym.regime;
        r.state = "TRENDING";
        r.bars = 30;
        r.na = {};
        r.confidence = Val::of(40);
        r.er = Val::of(0.5);
        r.rv15 = Val::of(0.4);
        r.rv60 = Val::of(0.35);
        r.volRatio = Val::of(1.14);
        r.direction = "BULLISH";
        r.volState = "STABLE";
    }
    p->applySnapshot(snap3);
    QVERIFY(!st->isVisibleTo(p.get()));
    QCOMPARE(reg->text(), QStringLiteral("TRENDING"));
    QCOMPARE(reg->toneColour(), tone(Tone::Buy)); // a bullish trend: its direction's colour, not cyan
    QVERIFY(lbl(p.get(), QStringLiteral("BTC.confidence"))->toolTip().contains(QStringLiteral("29 of 60 min")));
}

void TstPanels::whalesColumnsAndUpdates()
{
    auto p = make(QStringLiteral("panel.whales"));
    p->resize(650, 600); // the dock's size in the "Everything" workspace at 1920×1080
    p->show();
    p->applySnapshot(copyOf(m_micro));
    auto *view = p->findChild<QTableView *>(QStringLiteral("table"));
    QAbstractItemModel *m = view->model();
    QVERIFY(m->rowCount() > 0);
    const QFontMetrics fm(view->font());
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics fb(bold);
    for (int c = 0; c + 1 < m->columnCount(); ++c) { // the last column stretches
        int widest = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            widest = std::max({widest, fm.horizontalAdvance(m->data(m->index(r, c)).toString()),
                               fb.horizontalAdvance(m->data(m->index(r, c)).toString())});
        widest = std::max(widest, view->horizontalHeader()->fontMetrics().horizontalAdvance(m->headerData(c, Qt::Horizontal).toString()));
        // nothing is elided, and no column is more than twice as wide as what it shows
        QVERIFY2(view->columnWidth(c) >= widest + 4, qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(view->columnWidth(c)).arg(widest)));
        QVERIFY2(view->columnWidth(c) <= 2 * widest + 24, qPrintable(QStringLiteral("column %1: %2 for %3").arg(c).arg(view->columnWidth(c)).arg(widest)));
    }
    int total = 0;
    for (int c = 0; c < m->columnCount(); ++c)
        total += view->columnWidth(c);
    QVERIFY2(total <= view->viewport()->width() + 1, "all columns fit the dock without a horizontal scroll bar");
    QCOMPARE(m->data(m->index(0, 3), Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight)); // numbers right-aligned

    // the same orders again: the model says nothing (no repaint, selection kept)
    QSignalSpy reset(m, &QAbstractItemModel::modelReset), inserted(m, &QAbstractItemModel::rowsInserted),
        changed(m, &QAbstractItemModel::dataChanged);
    const int before = m->rowCount();
    p->applySnapshot(copyOf(m_micro));
    QCOMPARE(reset.count() + inserted.count() + changed.count(), 0);
    // a new order arrives on top: one row inserted at the top, no reset
    auto snap = std::make_shared<ViewSnapshot>(*m_micro);
    TakerOrder o = snap->whales.front();
    o.timeNs += 1'000'000'000;
    o.usd = 6'100'000;
    snap->whales.insert(snap->whales.begin(), o);
    p->applySnapshot(snap);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(m->rowCount(), before + 1);
    QCOMPARE(m->data(m->index(0, 3)).toString(), QStringLiteral("$6.10M"));
}

void TstPanels::smartMoneyAndMomentumCharts()
{
    auto sm = make(QStringLiteral("panel.smartmoney"));
    auto mo = make(QStringLiteral("panel.momentum"));
    for (auto *p : {sm.get(), mo.get()}) {
        p->resize(580, 500); // a dock of the Institutional Flow workspace at 1920×1080
        p->show();
    }
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    for (int i = 0; i < 30; ++i) { // 150 s, one snapshot per 5 s: buying for 100 s, then selling
        SymbolSnapshot btc = symbolNamed("BTC");
        VolumeStats &v5 = btc.volume[1][0];
        v5.totalUsd = 10'000'000;
        v5.netFlowUsd = i < 20 ? 2'000'000 : -1'000'000;
        btc.vwapDeviationPct = Val::of(i < 20 ? 0.05 : -0.02);
        btc.volume[0][0].tradesPerS = 10 + i;
        const ViewSnapshotPtr s = snapAt(View::Flow, t0 + i * 5'000'000'000LL, {btc});
        sm->applySnapshot(s);
        mo->applySnapshot(s);
    }
    QCoreApplication::processEvents();
    auto *flow = sm->findChild<HistoryChart *>(QStringLiteral("netFlowChart"));
    QVERIFY(flow);
    QCOMPARE(flow->barCount(), 15); // one sample per 10 s
    QVERIFY(flow->lastBar() < 0);
    QVERIFY(lbl(sm.get(), QStringLiteral("chartTitle"))->text().startsWith(QStringLiteral("Net flow 5m · BTC · last 2 min")));
    QCOMPARE(flow->plot()->yAxis->label(), QStringLiteral("net flow $M"));
    auto *pos = qobject_cast<QCPBars *>(flow->plot()->plottable(0));
    auto *neg = qobject_cast<QCPBars *>(flow->plot()->plottable(1));
    QVERIFY(pos && neg);
    QCOMPARE(pos->data()->size(), 10);
    QCOMPARE(neg->data()->size(), 5);
    QCOMPARE(pos->brush().color(), tone(Tone::Buy));
    QCOMPARE(neg->brush().color(), tone(Tone::Sell));
    QVERIFY2(flow->height() > 120, "the chart takes the space under the tables");

    auto *vwap = mo->findChild<HistoryChart *>(QStringLiteral("vwapChart"));
    QVERIFY(vwap);
    QCOMPARE(vwap->barCount(), 30); // one sample per 5 s
    QVERIFY(vwap->lastBar() < 0);
    QVERIFY(vwap->plot()->yAxis2->visible());
    QVERIFY2(vwap->height() > 120, "the chart takes the space under the table");
}

void TstPanels::orderflowChartAgainstPrice()
{
    auto p = make(QStringLiteral("panel.orderflow"));
    p->resize(640, 420);
    p->show();
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    // 60 s of snapshots every 2.5 s (the 250 ms view at 10× speed): one sample per 5 s = 12
    for (int i = 0; i < 24; ++i) {
        SymbolSnapshot btc = symbolNamed("BTC");
        VolumeStats &v1 = btc.volume[0][static_cast<int>(TypeSel::Perp)];
        v1.totalUsd = 1'000'000;
        v1.imbalancePct = Val::of(i < 12 ? 40.0 : -20.0);
        v1.buySharePct = Val::of(i < 12 ? 70.0 : 40.0);
        btc.basis.perp.price = Val::of(90'000.0 + 10.0 * i);
        const ViewSnapshotPtr s = snapAt(View::Microstructure, t0 + i * 2'500'000'000LL, {btc});
        p->applySnapshot(s);
    }
    QCoreApplication::processEvents();
    auto *chart = p->findChild<HistoryChart *>(QStringLiteral("imbalanceChart"));
    QVERIFY(chart);
    QCOMPARE(chart->barCount(), 12);
    QCOMPARE(chart->lastBar(), -20.0);
    QVERIFY(lbl(p.get(), QStringLiteral("chartTitle"))->text().startsWith(QStringLiteral("Imbalance 1m (bars, points) and price (line) · BTC")));
    auto *pos = qobject_cast<QCPBars *>(chart->plot()->plottable(0));
    auto *neg = qobject_cast<QCPBars *>(chart->plot()->plottable(1));
    QCOMPARE(pos->data()->size(), 6); // samples at 0, 5, …, 25 s bought; 30 … 55 s sold
    QCOMPARE(neg->data()->size(), 6);
    // the price line on the right axis spans 90,000 … 90,220 (every other snapshot): the
    // axis pads by 10 % of that range, not by 5 % of the price
    const QCPRange r = chart->plot()->yAxis2->range();
    QVERIFY2(r.lower >= 90'000 - 23 && r.lower <= 90'000, qPrintable(QString::number(r.lower)));
    QVERIFY2(r.upper >= 90'220 && r.upper <= 90'220 + 23, qPrintable(QString::number(r.upper)));
    QVERIFY2(chart->height() > 120, "the chart takes the space under the table");

    // one sample only (a flat line): ±0.5 % of the price, not ±5 %
    auto q = make(QStringLiteral("panel.orderflow"));
    q->show();
    auto one = std::make_shared<ViewSnapshot>();
    one->view = View::Microstructure;
    one->clockNs = t0;
    SymbolSnapshot b1;
    b1.symbol = "BTC";
    b1.basis.perp.price = Val::of(90'000.0);
    one->symbols = {b1};
    q->applySnapshot(one);
    const QCPRange r1 = q->findChild<HistoryChart *>(QStringLiteral("imbalanceChart"))->plot()->yAxis2->range();
    QVERIFY2(std::abs(r1.lower - 89'550) < 1 && std::abs(r1.upper - 90'450) < 1, qPrintable(QStringLiteral("%1 … %2").arg(r1.lower).arg(r1.upper)));
}

void TstPanels::fundingAllSymbols()
{
    auto p = make(QStringLiteral("panel.funding"));
    p->show();
    auto snap = std::make_shared<ViewSnapshot>();
    snap->view = View::Microstructure;
    auto venue = [](const char *name, double r8h, const char *intensity) {
        FundingVenue v;
        v.venue = name;
        v.rate8hPct = r8h;
        v.ratePct = r8h;
        v.intensity = intensity;
        v.payer = r8h > 0 ? "LONGS PAY" : "SHORTS PAY";
        return v;
    };
    SymbolSnapshot btc, eth, sol;
    btc.symbol = "BTC";
    btc.funding.venues = {venue("Binance", 0.01, "NORMAL"), venue("Bybit", 0.05, "EXTREME")};
    btc.funding.differentialPct = Val::of(0.04);
    btc.funding.arb = true;
    eth.symbol = "ETH";
    eth.funding.venues = {venue("OKX", -0.025, "HIGH")};
    eth.funding.differentialPct = Val::missing("needs two venues");
    sol.symbol = "SOL"; // no funding feed: estimated
    sol.funding.estimated = true;
    sol.funding.estRatePct = Val::of(0.0123);
    sol.funding.differentialPct = Val::missing("needs two venues");
    SymbolSnapshot xrp; // open interest only: no funding, no estimate either
    xrp.symbol = "XRP";
    xrp.funding.estimated = true;
    xrp.funding.estRatePct = Val::missing("needs perp and spot mids");
    snap->symbols = {btc, eth, sol, xrp};
    p->applySnapshot(snap);
    auto *grid = p->findChild<CellGrid *>(QStringLiteral("allSymbols"));
    QVERIFY(grid);
    QCOMPARE(grid->rowCount(), 4);
    // columns: the venues in order of first appearance
    QCOMPARE(static_cast<ValueLabel *>(grid->at(0, 1))->text(), QStringLiteral("Binance"));
    QCOMPARE(static_cast<ValueLabel *>(grid->at(0, 3))->text(), QStringLiteral("OKX"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.Bybit"))->text(), QStringLiteral("+0.0500 % →"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.Bybit"))->toneColour(), tone(Tone::Sell)); // EXTREME
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.Binance"))->toneColour(), toneColor(Tone::Normal, p.get()));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.OKX"))->text(), QStringLiteral("n/a"));
    QCOMPARE(lbl(p.get(), QStringLiteral("ETH.OKX"))->text(), QStringLiteral("−0.0250 % →"));
    QCOMPARE(lbl(p.get(), QStringLiteral("ETH.OKX"))->toneColour(), tone(Tone::Caution)); // HIGH
    // SOL's estimate has a column of its own, not a venue's
    QCOMPARE(static_cast<ValueLabel *>(grid->at(0, 4))->text(), QStringLiteral("est. 8h"));
    QCOMPARE(lbl(p.get(), QStringLiteral("SOL.est. 8h"))->text(), QStringLiteral("+0.0123 %"));
    QCOMPARE(lbl(p.get(), QStringLiteral("SOL.est. 8h"))->toneColour(), toneColor(Tone::Normal, p.get())); // NORMAL intensity
    QCOMPARE(lbl(p.get(), QStringLiteral("SOL.Binance"))->text(), QStringLiteral("n/a"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.est. 8h"))->text(), QString());
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.differential"))->text(), QStringLiteral("0.0400 % ARB"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.differential"))->toneColour(), tone(Tone::Arb));
    QCOMPARE(lbl(p.get(), QStringLiteral("ETH.differential"))->text(), QStringLiteral("n/a"));
    QCOMPARE(lbl(p.get(), QStringLiteral("ETH.differential"))->toolTip(), QStringLiteral("needs two venues"));
    // a venue that goes away takes its column with it
    snap = std::make_shared<ViewSnapshot>(*snap);
    snap->symbols.resize(1);
    snap->symbols[0].funding.venues.resize(1);
    p->applySnapshot(snap);
    QCOMPARE(grid->rowCount(), 2);
    QCOMPARE(static_cast<ValueLabel *>(grid->at(0, 2))->text(), QStringLiteral("Differential"));
    QCOMPARE(static_cast<ValueLabel *>(grid->at(0, 3))->text(), QString());
}

void TstPanels::arbitrageVenuesAndBasisChart()
{
    auto p = make(QStringLiteral("panel.arbitrage"));
    p->resize(640, 420);
    p->show();
    auto snap = std::make_shared<ViewSnapshot>();
    snap->view = View::Risk;
    SymbolSnapshot btc, eth;
    btc.symbol = "BTC";
    // mids 90,000 / 90,040 / 89,980: median 90,000; spread 60 / 90,000 = 0.0667 % > 0.03 % flag
    btc.basis.exchangeSpreads = {{"Binance", 90'000, 0, 0}, {"Bybit", 90'040, 40, 40 / 90'000.0 * 1e4}, {"OKX", 89'980, -20, -20 / 90'000.0 * 1e4}};
    btc.basis.spreadMaxMinPct = Val::of(60 / 90'000.0 * 100);
    btc.basis.spreadFlag = true;
    btc.basisHistory = {0.01, 0.02, 0.04};
    eth.symbol = "ETH";
    eth.basis.exchangeSpreads = {{"Binance", 3000, 0.1, 0.3333}, {"Bybit", 2999.8, -0.1, -0.3333}};
    eth.basis.spreadMaxMinPct = Val::of(0.2 / 3000 * 100);
    eth.basisHistory = {std::nan(""), -0.01};
    SymbolSnapshot xrp; // no basis at all: no line and no legend entry
    xrp.symbol = "XRP";
    xrp.basisHistory = {std::nan(""), std::nan("")};
    snap->symbols = {btc, eth, xrp};
    p->applySnapshot(snap);
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.Bybit"))->text(), QStringLiteral("+4.4 bps"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.Bybit"))->toneColour(), tone(Tone::Arb)); // the high leg
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.OKX"))->text(), QStringLiteral("−2.2 bps"));
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.OKX"))->toneColour(), tone(Tone::Arb)); // the low leg
    QCOMPARE(lbl(p.get(), QStringLiteral("BTC.Binance"))->toneColour(), toneColor(Tone::Normal, p.get()));
    QCOMPARE(lbl(p.get(), QStringLiteral("ETH.Bybit"))->toneColour(), toneColor(Tone::Normal, p.get())); // 0.67 bps: no flag
    QCOMPARE(lbl(p.get(), QStringLiteral("ETH.OKX"))->text(), QStringLiteral("n/a"));
    auto *plot = p->findChild<QCustomPlot *>(QStringLiteral("basisPlot"));
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("BTC"));
    QCOMPARE(plot->graph(0)->data()->size(), 3);
    QCOMPARE((plot->graph(0)->data()->constEnd() - 1)->key, 0.0); // newest point now
    QCOMPARE(plot->graph(0)->data()->constBegin()->key, -10.0 / 60.0); // 5 s apart
    QVERIFY(plot->yAxis->range().contains(0.04) && plot->yAxis->range().contains(-metricSettings().arbBasisPct));
    QVERIFY(plot->graph(0)->pen().color() != plot->graph(1)->pen().color());

    // BTC leaves the snapshot: its line and legend entry go; ETH keeps its colour (by name,
    // not by position)
    const QColor ethColour = plot->graph(1)->pen().color();
    auto only = std::make_shared<ViewSnapshot>(*snap);
    only->symbols.erase(only->symbols.begin());
    only->symbols[0].basisHistory.push_back(0.03);
    p->applySnapshot(only);
    QCOMPARE(plot->graphCount(), 1);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("ETH"));
    QCOMPARE(plot->graph(0)->pen().color(), ethColour);
    QCOMPARE(plot->legend->itemCount(), 1);
    // two symbols without a colour of their own get two different looks
    auto more = std::make_shared<ViewSnapshot>(*only);
    for (const char *n : {"XRP", "DOGE", "ADA"}) {
        SymbolSnapshot x = symbolNamed(n);
        x.basisHistory = {0.01, 0.02};
        more->symbols.push_back(x);
    }
    p->applySnapshot(more);
    QCOMPARE(plot->graphCount(), 4);
    QSet<QPair<QRgb, int>> looks;
    for (int g = 0; g < plot->graphCount(); ++g)
        looks.insert({plot->graph(g)->pen().color().rgb(), int(plot->graph(g)->pen().style())});
    QCOMPARE(looks.size(), 4);
}

void TstPanels::symbolHistoryFollowsTheClock()
{
    SymbolHistory<1> h(5, 60);
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    auto feed = [&](int64_t sec, std::vector<const char *> syms) {
        std::vector<SymbolSnapshot> v;
        for (const char *n : syms)
            v.push_back(symbolNamed(n));
        h.sample(*snapAt(View::Flow, t0 + sec * 1'000'000'000LL, v), [&](const SymbolSnapshot &) {
            return SymbolHistory<1>::Values{double(sec)};
        });
    };
    for (int sec = 0; sec <= 30; sec += 2) // every 2 s: samples at 0, 6, 12, 18, 24, 30 (5 s apart at least)
        feed(sec, {"BTC", "ETH"});
    QVector<double> x;
    std::array<QVector<double>, 1> y;
    QCOMPARE(h.series("BTC", x, y), 6);
    QCOMPARE(y[0], (QVector<double>{0, 6, 12, 18, 24, 30}));
    QCOMPARE(x.front(), -0.5); // minutes before the clock
    QCOMPARE(x.back(), 0.0);
    // ETH stops coming: its points age against the clock, then go
    for (int sec = 32; sec <= 80; sec += 2)
        feed(sec, {"BTC"});
    QCOMPARE(h.series("ETH", x, y), 6); // its newest sample (30 s) is within 60 s of the clock: kept whole
    QCOMPARE(y[0], (QVector<double>{0, 6, 12, 18, 24, 30}));
    QCOMPARE(x.back(), -48.0 / 60.0); // against BTC's newest sample (78 s), not the clock: x moves once per sample
    for (int sec = 82; sec <= 100; sec += 2)
        feed(sec, {"BTC"});
    QCOMPARE(h.series("ETH", x, y), 0); // its newest sample (30 s) is more than 60 s old
    QVERIFY(!h.contains("ETH"));
    QVERIFY(h.series("BTC", x, y) > 0);
    QVERIFY(x.front() >= -1.0); // kept 60 s
    // the clock goes back (a new source): the history starts afresh
    feed(10, {"BTC"});
    QCOMPARE(h.series("BTC", x, y), 1);
    QCOMPARE(y[0].front(), 10.0);
}

void TstPanels::whaleOutlierOnlyBelowTier()
{
    auto p = make(QStringLiteral("panel.whales"));
    p->restoreSettings({{QStringLiteral("thresholdUsd"), 100'000.0}});
    p->show();
    auto snap = std::make_shared<ViewSnapshot>();
    snap->view = View::Microstructure;
    auto order = [](int64_t ns, double usd, bool outlier) {
        TakerOrder o;
        o.timeNs = ns;
        o.symbol = "BTC";
        o.venue = "Binance";
        o.usd = usd;
        o.price = 90'000;
        o.outlier = outlier;
        return o;
    };
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    snap->whales = {order(t0 + 3'000'000'000, 6'000'000, true), order(t0 + 2'000'000'000, 800'000, true),
                    order(t0 + 1'000'000'000, 300'000, true), order(t0, 200'000, false)};
    p->applySnapshot(snap);
    QAbstractItemModel *m = p->findChild<QTableView *>(QStringLiteral("table"))->model();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m->data(m->index(0, 6)).toString(), QStringLiteral("⚠ MEGA"));
    QCOMPARE(m->data(m->index(1, 6)).toString(), QString()); // a whale: the tier says it
    QCOMPARE(m->data(m->index(2, 6)).toString(), QStringLiteral("outlier")); // $300K, unusual for the last 15 m
    QCOMPARE(m->data(m->index(3, 6)).toString(), QString());
}

void TstPanels::seriesColoursCarryNoMeaning()
{
    // Venue and symbol lines must not borrow a meaning colour (red, green, yellow, purple,
    // cyan): each series colour is far from every tone in both themes, and distinct.
    auto dist = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    for (bool dark : {false, true}) {
        for (int i = 0; i < 3; ++i) {
            const QColor c = seriesColor(i, dark);
            for (Tone t : {Tone::Buy, Tone::Sell, Tone::Caution, Tone::Whale, Tone::Arb})
                QVERIFY2(dist(c, toneColor(t, dark)) >= 80, qPrintable(QStringLiteral("series %1 vs tone %2 dark %3: %4")
                                                                             .arg(i).arg(int(t)).arg(dark).arg(dist(c, toneColor(t, dark)))));
            for (int j = 0; j < i; ++j)
                QVERIFY(dist(c, seriesColor(j, dark)) >= 80);
        }
    }
    // the CVD Divergence venue lines use them
    auto p = make(QStringLiteral("panel.cvddivergence"));
    p->show();
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    for (int i = 0; i < 3; ++i) {
        SymbolSnapshot btc = symbolNamed("BTC");
        btc.perpRef = Val::of(90'000.0 + i);
        btc.basis.perp.price = btc.perpRef;
        CvdVenue a, b;
        a.venue = "Binance";
        a.tradeSinceStart = 1000.0 * i;
        b.venue = "Bybit";
        b.tradeSinceStart = -500.0 * i;
        btc.cvd.venues = {a, b};
        btc.cvd.totalSinceStart = 500.0 * i;
        const ViewSnapshotPtr s = snapAt(View::Microstructure, t0 + i * 1'000'000'000LL, {btc});
        p->applySnapshot(s);
    }
    auto *plot = p->findChild<QCustomPlot *>(QStringLiteral("plot"));
    QVERIFY(plot);
    QStringList venueLines;
    for (int g = 0; g < plot->graphCount(); ++g) {
        const QString name = plot->graph(g)->name();
        if (name == QStringLiteral("Binance") || name == QStringLiteral("Bybit")) {
            venueLines << name;
            const QColor c = plot->graph(g)->pen().color();
            QCOMPARE(c, seriesColor(seriesIndex(name.toStdString()), false)); // by name: Binance blue, Bybit pink
        }
    }
    QCOMPARE(venueLines.size(), 2);
    QVERIFY(seriesIndex("Binance") != seriesIndex("Bybit"));
    QCOMPARE(seriesIndex("SOL"), seriesIndex("OKX")); // symbols and venues share the three colours
    QVERIFY(seriesIndex("Kraken") >= 3);             // an unknown venue: a dashed line
}

void TstPanels::dominanceSharesNeutral()
{
    auto p = make(QStringLiteral("panel.dominance"));
    p->show();
    auto snap = std::make_shared<ViewSnapshot>();
    snap->view = View::Flow;
    SymbolSnapshot btc;
    btc.symbol = "BTC";
    VolumeStats &v = btc.volume[1][static_cast<int>(TypeSel::Combined)];
    v.perVenue = {{"Binance", 6e6, 60, 100}, {"Bybit", 4e6, 40, 80}};
    btc.basis.migrationVenue = "Bybit";
    btc.basis.migrationDeltaPct = Val::of(7.5);
    snap->symbols = {btc};
    p->applySnapshot(snap);
    QCOMPARE(lbl(p.get(), QStringLiteral("Binance.volShare"))->text(), QStringLiteral("60.0 %"));
    QCOMPARE(lbl(p.get(), QStringLiteral("Binance.volShare"))->toneColour(), toneColor(Tone::Normal, p.get()));
    QCOMPARE(lbl(p.get(), QStringLiteral("Bybit.volShare"))->toneColour(), tone(Tone::Caution)); // gaining share
    QCOMPARE(lbl(p.get(), QStringLiteral("Binance.oiShare"))->text(), QStringLiteral("n/a"));

    // the share chart: one line per venue, one sample per 10 s of event time; a venue
    // without trades in the 5 m window counts 0 %
    auto q = make(QStringLiteral("panel.dominance"));
    q->show();
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    for (int i = 0; i < 13; ++i) { // 0 … 60 s every 5 s: samples at 0, 10, …, 60 s
        SymbolSnapshot b = symbolNamed("BTC");
        VolumeStats &vv = b.volume[1][static_cast<int>(TypeSel::Combined)];
        vv.totalUsd = 1e7;
        vv.perVenue = {{"Binance", 7e6, 70.0 - i, 100}};
        if (i < 6)
            vv.perVenue.push_back({"Bybit", 3e6, 30.0 + i, 80});
        const ViewSnapshotPtr s = snapAt(View::Flow, t0 + i * 5'000'000'000LL, {b});
        q->applySnapshot(s);
    }
    auto *plot = q->findChild<QCustomPlot *>(QStringLiteral("sharePlot"));
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("Binance"));
    QCOMPARE(plot->graph(0)->data()->size(), 7);
    QCOMPARE((plot->graph(0)->data()->constEnd() - 1)->value, 58.0); // i = 12
    QCOMPARE(plot->graph(0)->data()->constBegin()->key, -1.0);      // 60 s ago
    QCOMPARE(plot->graph(1)->name(), QStringLiteral("Bybit"));
    QCOMPARE(plot->graph(1)->data()->size(), 7);
    QCOMPARE((plot->graph(1)->data()->constBegin() + 2)->value, 34.0); // sample at 20 s, i = 4
    QCOMPARE((plot->graph(1)->data()->constEnd() - 1)->value, 0.0);    // gone from the window
    QVERIFY(plot->graph(0)->pen().color() != plot->graph(1)->pen().color());
}

void TstPanels::regimeTimeline()
{
    // 20 min warming up, then 25 min RANGING, then VOLATILE for 10 min, snapshots every 5 s
    auto p = make(QStringLiteral("panel.regime"));
    p->resize(640, 360);
    p->show();
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    for (int i = 0; i <= 660; ++i) {
        SymbolSnapshot btc = symbolNamed("BTC");
        btc.regime.state = i < 240 ? "n/a" : (i < 540 ? "RANGING" : "VOLATILE");
        const ViewSnapshotPtr s = snapAt(View::Risk, t0 + i * 5'000'000'000LL, {btc});
        p->applySnapshot(s);
    }
    auto *tl = p->findChild<RegimeTimeline *>(QStringLiteral("timeline"));
    QVERIFY(tl);
    const auto &segs = tl->segments("BTC");
    QCOMPARE(segs.size(), size_t(3));
    const double t0s = 1765533600.0;
    QCOMPARE(segs[0].state, QStringLiteral("warming up"));
    QCOMPARE(segs[0].tone, Tone::Muted);
    QCOMPARE(segs[1].state, QStringLiteral("RANGING"));
    QCOMPARE(segs[1].tone, Tone::Caution);
    QCOMPARE(segs[1].from - t0s, 1195.0); // bands meet: RANGING starts where warming up ended
    QCOMPARE(segs[1].to - t0s, 2695.0);
    QCOMPARE(segs[2].state, QStringLiteral("VOLATILE"));
    QCOMPARE(segs[2].tone, Tone::Sell);
    QCOMPARE(segs[2].to - t0s, 3300.0);
    // to 4,850 s: the warm-up band (ended at 1,195 s) is more than an hour old and goes
    for (int i = 661; i <= 970; ++i) {
        SymbolSnapshot btc = symbolNamed("BTC");
        btc.regime.state = "VOLATILE";
        const ViewSnapshotPtr s = snapAt(View::Risk, t0 + i * 5'000'000'000LL, {btc});
        p->applySnapshot(s);
    }
    QCOMPARE(tl->segments("BTC").size(), size_t(2));
    QCOMPARE(tl->segments("BTC").front().state, QStringLiteral("RANGING"));
    QVERIFY2(tl->height() > 60, "the timeline takes the space under the table");

    // the same state on both sides of a 2-minute hole: two bands, not one across it
    {
        auto g = make(QStringLiteral("panel.regime"));
        g->show();
        for (int64_t sec : {0, 5, 10, 15, 20, 140, 145}) {
            SymbolSnapshot b = symbolNamed("BTC");
            b.regime.state = "RANGING";
            g->applySnapshot(snapAt(View::Risk, t0 + sec * 1'000'000'000LL, {b}));
        }
        const auto &gs = g->findChild<RegimeTimeline *>(QStringLiteral("timeline"))->segments("BTC");
        QCOMPARE(gs.size(), size_t(2));
        QCOMPARE(gs[0].to - gs[0].from, 20.0);
        QCOMPARE(gs[1].from - t0 / 1e9, 140.0);
    }
    // no snapshot for 2 minutes: the next band starts when data came back, not across the gap
    const int64_t back = t0 + 970 * 5'000'000'000LL + 120'000'000'000LL;
    SymbolSnapshot up = symbolNamed("BTC");
    up.regime.state = "TRENDING";
    up.regime.direction = "BULLISH";
    p->applySnapshot(snapAt(View::Risk, back, {up}));
    const auto &after = tl->segments("BTC");
    QCOMPARE(after.back().state, QStringLiteral("TRENDING ↑"));
    QCOMPARE(after.back().tone, Tone::Buy);
    QCOMPARE(after.back().from, back / 1e9);
    QVERIFY(after[after.size() - 2].to < after.back().from - 100);

    // snapshots 5 min of market time apart (the Risk view replayed at 60×) make one band
    auto q = make(QStringLiteral("panel.regime"));
    q->show();
    for (int i = 0; i < 6; ++i) {
        SymbolSnapshot b = symbolNamed("BTC");
        b.regime.state = "RANGING";
        q->applySnapshot(snapAt(View::Risk, t0 + i * 300'000'000'000LL, {b}));
    }
    auto *tl2 = q->findChild<RegimeTimeline *>(QStringLiteral("timeline"));
    QCOMPARE(tl2->segments("BTC").size(), size_t(1));
    QCOMPARE(tl2->segments("BTC").front().to - tl2->segments("BTC").front().from, 1500.0);

    // the clock goes back (a replay after live): the timeline starts afresh
    p->applySnapshot(snapAt(View::Risk, t0, {up}));
    QCOMPARE(tl->segments("BTC").size(), size_t(1));
    QCOMPARE(tl->segments("BTC").front().from, t0 / 1e9);
}

void TstPanels::cascadeSaysWhyNoLevel()
{
    auto p = make(QStringLiteral("panel.cascade"));
    p->show();
    auto snap = std::make_shared<ViewSnapshot>();
    snap->view = View::Risk;
    SymbolSnapshot btc;
    btc.symbol = "BTC";
    CascadeRisk &c = btc.cascade;
    c.score = Val::of(12);
    c.label = "LOW";
    c.nextLevelPrice = c.nextLevelPct = c.nextLevelUsd = Val::missing("no estimated level within %1 % (needs OI growth)", 5);
    c.protectionPrice = Val::of(93'250);
    c.protectionPct = Val::of(4.03);
    c.protectionUsd = Val::of(489'658);
    snap->symbols = {btc};
    p->applySnapshot(snap);
    ValueLabel *next = lbl(p.get(), QStringLiteral("next"));
    QCOMPARE(next->text(), QStringLiteral("n/a · no estimated level within 5 % (needs OI growth)"));
    QVERIFY(next->isNa());
    QCOMPARE(next->toneColour(), tone(Tone::Muted));
    QCOMPARE(lbl(p.get(), QStringLiteral("protection"))->text(), QStringLiteral("93,250.0 (+4.03 %) · $490K"));
    QCOMPARE(lbl(p.get(), QStringLiteral("protection"))->toneColour(), tone(Tone::Buy));
}

void TstPanels::depthBidShareChart()
{
    auto p = make(QStringLiteral("panel.depth"));
    p->resize(640, 500);
    p->show();
    const int64_t t0 = 1765533600LL * 1'000'000'000LL;
    auto book = [](const char *venue, const char *exchange, bool l2, double bid, double ask) {
        Depth d;
        d.venue = venue;
        d.exchange = exchange;
        d.fromL2 = l2;
        d.bands[1].pct = 2;
        d.bands[1].bidUsd = Val::of(bid);
        d.bands[1].askUsd = Val::of(ask);
        d.bands[1].ratio = Val::of(bid / ask);
        return d;
    };
    for (int i = 0; i < 4; ++i) { // samples at 0, 5, 10, 15 s
        SymbolSnapshot btc = symbolNamed("BTC");
        btc.depth = {book("Binance", "BinanceFuturesUsd", true, 3e6 + i * 1e6, 3e6), book("Bybit", "BybitSpot", true, 1e6, 3e6),
                     book("OKX", "Okx", false, 5e5, 5e5)}; // OKX: L1 fallback, not charted
        p->applySnapshot(snapAt(View::Flow, t0 + i * 5'000'000'000LL, {btc}));
    }
    auto *plot = p->findChild<QCustomPlot *>(QStringLiteral("bidSharePlot"));
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), 2);
    QCPGraph *binance = plot->graph(0)->name() == QStringLiteral("Binance perp") ? plot->graph(0) : plot->graph(1);
    QCPGraph *bybit = binance == plot->graph(0) ? plot->graph(1) : plot->graph(0);
    QCOMPARE(binance->name(), QStringLiteral("Binance perp"));
    QCOMPARE(bybit->name(), QStringLiteral("Bybit spot"));
    QCOMPARE(binance->data()->size(), 4);
    QCOMPARE(binance->data()->constBegin()->value, 50.0);      // 3M / 6M
    QCOMPARE((binance->data()->constEnd() - 1)->value, 6.0 / 9.0 * 100); // 6M / 9M
    QCOMPARE(bybit->data()->constBegin()->value, 25.0);
    QCOMPARE(binance->pen().color(), seriesColor(0, false));
    QCOMPARE(bybit->pen().style(), Qt::DashLine); // spot: dashed
    QCOMPARE(binance->pen().style(), Qt::SolidLine);
    QCOMPARE(bybit->pen().color(), seriesColor(1, false));

    // Bybit's book goes (no L2 any more): its line stays while its samples are in the
    // 15-minute window, then goes with its legend entry
    for (int i = 4; i < 4 + 200; ++i) { // 1,000 s more
        SymbolSnapshot btc = symbolNamed("BTC");
        btc.depth = {book("Binance", "BinanceFuturesUsd", true, 3e6, 3e6)};
        p->applySnapshot(snapAt(View::Flow, t0 + i * 5'000'000'000LL, {btc}));
    }
    QCOMPARE(plot->graphCount(), 1);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("Binance perp"));
    QCOMPARE(plot->legend->itemCount(), 1);

    // no replot between samples: ten snapshots inside one 5 s sample period
    QCoreApplication::processEvents();
    QSignalSpy replots(plot, &QCustomPlot::afterReplot);
    for (int k = 1; k <= 10; ++k) {
        SymbolSnapshot btc = symbolNamed("BTC");
        btc.depth = {book("Binance", "BinanceFuturesUsd", true, 3e6, 3e6)};
        p->applySnapshot(snapAt(View::Flow, t0 + 203 * 5'000'000'000LL + k * 400'000'000LL, {btc}));
        QCoreApplication::processEvents();
    }
    QCOMPARE(replots.count(), 0);
    QVERIFY(lbl(p.get(), QStringLiteral("chartTitle"))->text().startsWith(QStringLiteral("Bid share ±2 % · BTC")));
}

void TstPanels::valueLabelKeepsItsWidth()
{
    QWidget host;
    auto *l = new ValueLabel(&host);
    host.show();
    l->set(QStringLiteral("$1.23M"));
    const int w = l->sizeHint().width();
    QVERIFY(w >= l->fontMetrics().horizontalAdvance(QStringLiteral("$1.23M")));
    l->set(QStringLiteral("$9.8K")); // a digit narrower: the column does not jitter
    QCOMPARE(l->text(), QStringLiteral("$9.8K"));
    QCOMPARE(l->sizeHint().width(), w);
    l->set(QStringLiteral("$12.34M"));
    QVERIFY(l->sizeHint().width() >= l->fontMetrics().horizontalAdvance(QStringLiteral("$12.34M")));
    l->set(QStringLiteral("x")); // much shorter: it shrinks
    QVERIFY(l->sizeHint().width() < w);
    QCOMPARE(l->minimumSizeHint(), l->sizeHint());
}

void TstPanels::tonesReadableInBothThemes()
{
    const Tone tones[] = {Tone::Normal, Tone::Buy, Tone::Sell, Tone::Caution, Tone::Whale, Tone::Arb, Tone::Muted};
    for (const bool dark : {false, true}) {
        const QPalette pal = dark ? darkPalette() : lightPalette();
        QCOMPARE(pal.color(QPalette::Window).lightness() < 128, dark);
        for (Tone t : tones)
            for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                const double cr = contrastRatio(toneColor(t, dark), pal.color(role));
                QVERIFY2(cr >= 4.5, qPrintable(QStringLiteral("%1 theme, tone %2 on role %3: %4:1")
                                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                                   .arg(int(t))
                                                   .arg(int(role))
                                                   .arg(cr, 0, 'f', 2)));
            }
    }
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
}

void TstPanels::panelsLegibleInBothThemes()
{
    const QPalette original = QApplication::palette();
    QApplication::setStyle(QStringLiteral("Fusion"));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        for (const QString &id : allPanelIds()) {
            auto p = make(id);
            p->resize(640, 480);
            p->show();
            p->applySnapshot(copyOf(p->view() == View::Microstructure ? m_micro : (p->view() == View::Flow ? m_flow : m_risk)));
            QCoreApplication::processEvents();
            const QColor bg = p->palette().color(QPalette::Window);
            for (ValueLabel *l : p->findChildren<ValueLabel *>()) {
                if (!l->isVisibleTo(p.get()) || l->text().isEmpty())
                    continue;
                const double cr = contrastRatio(l->toneColour(), l->fill().isValid() ? l->fill() : bg);
                QVERIFY2(cr >= 4.5, qPrintable(QStringLiteral("%1 theme, %2 %3 \"%4\": %5:1")
                                                   .arg(theme, id, l->objectName(), l->text())
                                                   .arg(cr, 0, 'f', 2)));
            }
            for (QCustomPlot *plot : p->findChildren<QCustomPlot *>()) {
                const QColor pbg = plot->palette().color(QPalette::Base);
                QVERIFY2(contrastRatio(plot->xAxis->tickLabelColor(), pbg) >= 4.5, qPrintable(theme + QLatin1Char(' ') + id));
                QVERIFY2(contrastRatio(plot->xAxis->labelColor(), pbg) >= 4.5, qPrintable(theme + QLatin1Char(' ') + id));
                if (plot->legend->visible()) // the cascade legend was black on the dark base
                    QVERIFY2(contrastRatio(plot->legend->textColor(), pbg) >= 4.5, qPrintable(theme + QStringLiteral(" legend ") + id));
            }
            for (QTableView *v : p->findChildren<QTableView *>()) {
                QAbstractItemModel *m = v->model();
                for (int r = 0; r < m->rowCount(); ++r)
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QVariant fg = m->data(m->index(r, c), Qt::ForegroundRole);
                        const QColor col = fg.isValid() ? fg.value<QColor>() : v->palette().color(QPalette::Text);
                        for (auto role : {QPalette::Base, QPalette::AlternateBase})
                            QVERIFY2(contrastRatio(col, v->palette().color(role)) >= 4.5,
                                     qPrintable(QStringLiteral("%1 theme, %2 cell %3,%4").arg(theme, id).arg(r).arg(c)));
                    }
            }
        }
    }
    QApplication::setPalette(original);
}

void TstPanels::correlationCellsColouredByValue()
{
    // A heat map: each off-diagonal cell's fill leans blue for r > 0 and pink for r < 0
    // (series colours: a correlation is neither buying nor selling), further from the
    // window colour the larger |r|; none for |r| < 0.05, the diagonal and n/a cells; the
    // value text stays readable (4.5:1) on every fill; all cells are equally wide.
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        auto snap = std::make_shared<ViewSnapshot>();
        snap->view = View::Risk;
        Correlation &c = snap->correlation;
        c.symbols = {"BTC", "ETH", "SOL"};
        c.bars = 120;
        const double na = std::nan("");
        const double m[9] = {1, 0.9, -0.6, 0.2, 1, na, -0.6, 0.02, 1}; // ETH.SOL n/a, SOL.ETH 0.02
        for (double v : m)
            c.matrix.push_back(std::isnan(v) ? Val::missing("too few bars %1/%2", 12, 30) : Val::of(v));
        c.crossExchange = {{"BTC", Val::of(0.95)}, {"ETH", Val::of(-0.4)}};
        auto p = make(QStringLiteral("panel.correlation"));
        p->show();
        p->applySnapshot(snap);
        const QColor bg = p->palette().color(QPalette::Window);
        auto fillOf = [&](const char *name) { return lbl(p.get(), QString::fromLatin1(name))->fill(); };
        auto dist = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
        };
        const QColor blue = seriesColor(0, dark), pink = seriesColor(1, dark);
        const QColor pos = fillOf("BTC.ETH"), neg = fillOf("BTC.SOL"), weak = fillOf("ETH.BTC");
        QVERIFY(pos.isValid() && neg.isValid() && weak.isValid());
        // which hue a fill leans to: the cosine between (fill − window) and (hue − window)
        auto lean = [&](const QColor &f, const QColor &hue) {
            const double a[3] = {double(f.red() - bg.red()), double(f.green() - bg.green()), double(f.blue() - bg.blue())};
            const double b[3] = {double(hue.red() - bg.red()), double(hue.green() - bg.green()), double(hue.blue() - bg.blue())};
            const double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
            return dot / (std::sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]) * std::sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2]) + 1e-9);
        };
        QVERIFY(lean(pos, blue) > 0.99 && lean(pos, blue) > lean(pos, pink));
        QVERIFY(lean(neg, pink) > 0.99 && lean(neg, pink) > lean(neg, blue));
        QVERIFY(dist(pos, bg) > dist(weak, bg)); // 0.9 deeper than 0.2
        QVERIFY(!fillOf("BTC.BTC").isValid());   // diagonal
        QVERIFY(!fillOf("ETH.SOL").isValid());   // n/a, off the diagonal
        QVERIFY(lbl(p.get(), QStringLiteral("ETH.SOL"))->isNa());
        QVERIFY(!fillOf("SOL.ETH").isValid());   // |r| < 0.05: no colour for noise
        QCOMPARE(lbl(p.get(), QStringLiteral("BTC.ETH"))->text(), QStringLiteral("0.90"));
        QCOMPARE(lbl(p.get(), QStringLiteral("BTC.ETH"))->width(), lbl(p.get(), QStringLiteral("BTC.SOL"))->width());
        QCOMPARE(lbl(p.get(), QStringLiteral("BTC.ETH"))->width(), lbl(p.get(), QStringLiteral("ETH.SOL"))->width());
        for (double r = -1; r <= 1.0001; r += 0.25) {
            const QColor f = correlationFill(r, p.get());
            QCOMPARE(f.isValid(), std::abs(r) >= 0.05);
            if (f.isValid())
                QVERIFY2(contrastRatio(p->palette().color(QPalette::WindowText), f) >= 4.5,
                         qPrintable(QStringLiteral("r %1 dark %2").arg(r).arg(dark)));
        }
        int crossFilled = 0;
        for (ValueLabel *l : p->findChildren<ValueLabel *>())
            crossFilled += l->text() == QStringLiteral("0.95") || l->text().endsWith(QStringLiteral("0.40")) ? l->fill().isValid() : 0;
        QCOMPARE(crossFilled, 2);
    }
    QApplication::setPalette(original);
}

void TstPanels::tabbedAwayPanelsDoNoRenderingWork()
{
    QMainWindow window;
    window.resize(1920, 1080);
    auto *docks = new PanelDocks(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    docks->applyBuiltin(3); // "Everything": nine tab groups
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QStringList shown, hidden;
    std::map<QString, std::unique_ptr<PaintCounter>> paints;
    for (const QString &id : allPanelIds()) { // the snapshot-fed panels
        auto *pb = qobject_cast<PanelBase *>(docks->panel(id));
        if (!pb)
            continue;
        QDockWidget *d = docks->dock(id);
        if (d->isVisible() && !d->visibleRegion().isEmpty()) {
            shown << id;
        } else {
            hidden << id;
            paints[id] = std::make_unique<PaintCounter>(pb);
        }
    }
    QVERIFY(shown.contains(QStringLiteral("panel.orderflow")));
    QVERIFY(hidden.contains(QStringLiteral("panel.momentum"))); // tabbed behind Orderflow
    QVERIFY(hidden.contains(QStringLiteral("panel.cascade")));
    const ViewSnapshotPtr snaps[] = {m_micro, m_flow, m_risk};
    for (int round = 0; round < 3; ++round) {
        for (int v = 0; v < 3; ++v)
            docks->deliver(static_cast<View>(v), copyOf(snaps[v]));
        QCoreApplication::processEvents();
    }
    for (const QString &id : hidden) {
        auto *pb = qobject_cast<PanelBase *>(docks->panel(id));
        QVERIFY2(pb->renderCount() == 0, qPrintable(id));
        QVERIFY2(paints[id]->paints == 0, qPrintable(id));
        QVERIFY2(pb->latest() && pb->hasPendingRender(), qPrintable(id)); // it has the newest, for its history and for later
    }
    for (const QString &id : shown)
        QVERIFY2(qobject_cast<PanelBase *>(docks->panel(id))->renderCount() == 3, qPrintable(id));
    // bring a tabbed-away panel forward: it renders the newest snapshot once
    auto *momentum = qobject_cast<PanelBase *>(docks->panel(QStringLiteral("panel.momentum")));
    docks->dock(QStringLiteral("panel.momentum"))->raise();
    QCoreApplication::processEvents();
    QVERIFY(momentum->isVisibleToUser());
    QCOMPARE(momentum->renderCount(), 1);
    QVERIFY(!momentum->hasPendingRender());
    // …and the one it covered now does no work
    auto *orderflow = qobject_cast<PanelBase *>(docks->panel(QStringLiteral("panel.orderflow")));
    QVERIFY(!orderflow->isVisibleToUser());
    const int before = orderflow->renderCount();
    docks->deliver(View::Microstructure, copyOf(m_micro));
    QCOMPARE(orderflow->renderCount(), before);
}

// FD_PANEL_PNG_DIR=/tmp/panels: every panel with golden data as a PNG (for a look, not a check).
void TstPanels::dumpScreenshots()
{
    const QString dir = qEnvironmentVariable("FD_PANEL_PNG_DIR");
    if (dir.isEmpty())
        QSKIP("set FD_PANEL_PNG_DIR to write screenshots");
    QDir().mkpath(dir);
    // FD_THEME=dark|light (default light): the app's palettes; QT_SCALE_FACTOR=2 gives the HiDPI look
    const bool dark = qEnvironmentVariable("FD_THEME") == QLatin1String("dark") || qEnvironmentVariableIsSet("FD_DARK");
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    for (const QString &id : allPanelIds()) {
        auto p = make(id);
        if (!p)
            continue;
        p->resize(620, 420);
        p->show();
        p->applySnapshot(p->view() == View::Microstructure ? m_micro : (p->view() == View::Flow ? m_flow : m_risk));
        QCoreApplication::processEvents();
        qInfo("%-22s minimum %dx%d", qPrintable(id), p->minimumSizeHint().width(), p->minimumSizeHint().height());
        QVERIFY(p->grab().save(dir + QLatin1Char('/') + id + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TstPanels)
#include "tst_panels.moc"
