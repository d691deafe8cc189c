#include "paneldocks.h"

#include "panel.h"
#include "panelcatalog.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>
#include <QProxyStyle>
#include <QScrollArea>
#include <QStyleOptionDockWidget>
#include <QTabBar>

namespace fd {

namespace {
// The dock's own title bar draws its title verbatim, unlike its tab and toggle action
// which take '&' as a mnemonic: undo mnemonicSafe() there, so all three read "Price & CVD".
class DockTitleStyle : public QProxyStyle
{
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (const auto *o = qstyleoption_cast<const QStyleOptionDockWidget *>(option); o && element == CE_DockWidgetTitle) {
            QStyleOptionDockWidget plain(*o);
            plain.title.replace(QLatin1String("&&"), QLatin1String("&"));
            return QProxyStyle::drawControl(element, &plain, painter, widget);
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

// One for the process, owned by the application: a dock never outlives it.
QStyle *dockStyle()
{
    static QPointer<QStyle> style;
    if (!style) {
        style = new DockTitleStyle; // the application's style underneath
        style->setParent(QCoreApplication::instance());
    }
    return style;
}
} // namespace

QString PanelDocks::mnemonicSafe(const QString &text) { return QString(text).replace(QLatin1Char('&'), QLatin1String("&&")); }

PanelDocks::PanelDocks(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->setDockOptions(QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging
                           | QMainWindow::AnimatedDocks);
    window->setDockNestingEnabled(true);
    for (const PanelInfo &info : PanelCatalog::all()) {
        Panel *p = PanelCatalog::create(info.id);
        if (!p)
            continue;
        auto *d = new QDockWidget(mnemonicSafe(info.title), window);
        d->setObjectName(info.id);
        d->setStyle(dockStyle()); // the dock's own painting only; its children keep the application style
        d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        // The panel sits in a frameless scroll area: a dock can then be smaller than the
        // panel's minimum size (a long table scrolls) instead of growing the window.
        auto *scroll = new QScrollArea(d);
        scroll->setObjectName(info.id + QStringLiteral(".scroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setBackgroundRole(QPalette::Window);
        scroll->setWidget(p);
        d->setWidget(scroll);
        d->toggleViewAction()->setObjectName(QStringLiteral("action.toggle.") + info.id);
        p->setGlobalSymbol(m_globalSymbol);
        window->addDockWidget(Qt::LeftDockWidgetArea, d);
        d->hide();
        connect(d, &QDockWidget::visibilityChanged, this, [this, id = info.id](bool visible) {
            if (visible)
                feed(id);
        });
        m_ids << info.id;
        m_docks.insert(info.id, d);
        m_panels.insert(info.id, p);
    }
}

QList<QDockWidget *> PanelDocks::docks() const
{
    QList<QDockWidget *> out;
    for (const QString &id : m_ids)
        out << m_docks.value(id);
    return out;
}

namespace {
const char *const kBuiltinNames[] = {QT_TRANSLATE_NOOP("fd::PanelDocks", "Market Microstructure"),
                                     QT_TRANSLATE_NOOP("fd::PanelDocks", "Institutional Flow"),
                                     QT_TRANSLATE_NOOP("fd::PanelDocks", "Risk & Arbitrage"),
                                     QT_TRANSLATE_NOOP("fd::PanelDocks", "Everything")};
} // namespace

QStringList PanelDocks::builtinNames()
{
    QStringList out;
    for (const char *n : kBuiltinNames)
        out << tr(n);
    return out;
}

QString PanelDocks::builtinKey(int index)
{
    return index >= 0 && index < static_cast<int>(std::size(kBuiltinNames)) ? QString::fromUtf8(kBuiltinNames[index]) : QString();
}

int PanelDocks::builtinIndex(const QString &name)
{
    const int i = static_cast<int>(builtinNames().indexOf(name));
    if (i >= 0)
        return i;
    for (int k = 0; k < static_cast<int>(std::size(kBuiltinNames)); ++k)
        if (name == QLatin1String(kBuiltinNames[k]))
            return k;
    return -1;
}

void PanelDocks::resetAll()
{
    for (QDockWidget *d : docks()) {
        d->setFloating(false);
        m_window->removeDockWidget(d); // also hides it and forgets its tab/nesting
    }
}

void PanelDocks::applyBuiltin(int index)
{
    if (index < 0 || index >= builtinNames().size())
        return;
    m_window->setUpdatesEnabled(false);
    resetAll();
    auto D = [this](const char *id) { return m_docks.value(QLatin1String("panel.") + QLatin1String(id)); };
    auto show = [](QDockWidget *d) { d->show(); };
    // Columns left to right in the left dock area (no central widget: docks fill the window),
    // then rows inside each column, then tabs.
    auto columns = [&](const QList<QList<QList<QDockWidget *>>> &cols, const QList<int> &widthWeights,
                       const QList<QList<int>> &heightWeights) {
        QDockWidget *prevTop = nullptr;
        for (const auto &col : cols) {
            QDockWidget *top = col.first().first();
            if (!prevTop)
                m_window->addDockWidget(Qt::LeftDockWidgetArea, top);
            else
                m_window->splitDockWidget(prevTop, top, Qt::Horizontal);
            show(top);
            prevTop = top;
        }
        for (const auto &col : cols) {
            QDockWidget *above = col.first().first();
            for (int r = 1; r < col.size(); ++r) {
                QDockWidget *cell = col.at(r).first();
                m_window->splitDockWidget(above, cell, Qt::Vertical);
                show(cell);
                above = cell;
            }
        }
        for (const auto &col : cols)
            for (const auto &cell : col) {
                for (int t = 1; t < cell.size(); ++t) {
                    m_window->tabifyDockWidget(cell.first(), cell.at(t));
                    show(cell.at(t));
                }
                cell.first()->raise();
            }
        // Proportions for the window's current size.
        const int w = std::max(800, m_window->width());
        const int h = std::max(500, m_window->height() - 90); // menu, tool and status bars
        int wsum = 0;
        for (int x : widthWeights)
            wsum += x;
        QList<QDockWidget *> tops;
        QList<int> widths;
        for (int c = 0; c < cols.size(); ++c) {
            tops << cols.at(c).first().first();
            widths << w * widthWeights.value(c, 1) / std::max(1, wsum);
        }
        m_window->resizeDocks(tops, widths, Qt::Horizontal);
        for (int c = 0; c < cols.size(); ++c) {
            const QList<int> hw = heightWeights.value(c);
            int hsum = 0;
            for (int x : hw)
                hsum += x;
            QList<QDockWidget *> cells;
            QList<int> heights;
            for (int r = 0; r < cols.at(c).size(); ++r) {
                cells << cols.at(c).at(r).first();
                heights << h * hw.value(r, 1) / std::max(1, hsum);
            }
            if (cells.size() > 1 && hsum > 0)
                m_window->resizeDocks(cells, heights, Qt::Vertical);
        }
    };
    switch (index) {
    // Every arrangement fits 1920×1080 (tst_layoutfit): three columns, at most three
    // rows each, tabs for the rest; the first tab of a group is the one raised.
    case 0: // Market Microstructure
        columns({{{D("orderflow")}, {D("whales")}},
                 {{D("basis")}, {D("funding")}, {D("cvddivergence"), D("pricecvd")}},
                 {{D("liqclusters")}, {D("signals"), D("alerts")}}},
                {34, 33, 33}, {{26, 74}, {36, 26, 38}, {52, 48}});
        break;
    case 1: // Institutional Flow
        columns({{{D("smartmoney")}, {D("momentum")}},
                 {{D("depth")}, {D("dominance")}},
                 {{D("whales")}, {D("signals"), D("volumeprofile")}}},
                {30, 40, 30}, {{50, 50}, {60, 40}, {60, 40}});
        break;
    case 2: // Risk & Arbitrage
        columns({{{D("cascade")}, {D("regime")}},
                 {{D("arbitrage")}, {D("correlation")}},
                 {{D("liqclusters"), D("funding")}, {D("feedhealth"), D("alerts")}}},
                {33, 33, 34}, {{64, 36}, {40, 60}, {55, 45}});
        break;
    case 3: // Everything: 19 panels in nine tab groups
        columns({{{D("orderflow"), D("momentum"), D("smartmoney")}, {D("whales")}},
                 {{D("basis"), D("arbitrage"), D("funding")},
                  {D("liqclusters"), D("cascade"), D("volumeprofile")},
                  {D("cvddivergence"), D("pricecvd"), D("depth"), D("dominance")}},
                 {{D("signals"), D("alerts")}, {D("regime"), D("correlation"), D("feedhealth")}}},
                {34, 33, 33}, {{36, 64}, {34, 33, 33}, {55, 45}});
        break;
    }
    m_window->setUpdatesEnabled(true);
}

void PanelDocks::setGlobalSymbol(const QString &symbol)
{
    if (symbol.isEmpty() || symbol == m_globalSymbol)
        return;
    m_globalSymbol = symbol;
    for (Panel *p : std::as_const(m_panels))
        p->setGlobalSymbol(symbol);
    Q_EMIT globalSymbolChanged(symbol);
}

bool PanelDocks::showing(const QDockWidget *d) { return d->isVisible() && !d->visibleRegion().isEmpty(); }

void PanelDocks::deliver(View view, const ViewSnapshotPtr &snapshot)
{
    m_latest[static_cast<size_t>(view)] = snapshot;
    for (const QString &id : std::as_const(m_ids)) {
        Panel *p = m_panels.value(id);
        if (p->view() != view)
            continue;
        // Hidden or tabbed-away panels do no rendering work: those that keep a history
        // record it (and render once when shown), the others get the newest snapshot on show.
        if (showing(m_docks.value(id)) || p->ingestsWhenHidden())
            p->applySnapshot(snapshot);
    }
}

void PanelDocks::deliverHealth(const HealthSnapshotPtr &health)
{
    m_health = health;
    for (const QString &id : std::as_const(m_ids))
        if (showing(m_docks.value(id)))
            m_panels.value(id)->applyHealth(health);
}

void PanelDocks::feed(const QString &id)
{
    Panel *p = m_panels.value(id);
    if (!p)
        return;
    if (const auto &s = m_latest[static_cast<size_t>(p->view())])
        p->applySnapshot(s);
    if (m_health)
        p->applyHealth(m_health);
}

QStringList PanelDocks::tabGroup(const QString &id) const
{
    QDockWidget *d = m_docks.value(id);
    if (!d)
        return {};
    const QList<QDockWidget *> tabbed = m_window->tabifiedDockWidgets(d);
    if (tabbed.isEmpty())
        return {id};
    QStringList out{id};
    for (QDockWidget *o : tabbed)
        out << o->objectName();
    out.sort();
    return out;
}

} // namespace fd
