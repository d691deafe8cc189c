#include "panelcatalog.h"

#include "alerts/alertspanel.h"
#include "feedhealthpanel.h"
#include "placeholderpanel.h"

#include <QCoreApplication>

#if __has_include("panels/panelfactory.h")
#include "panels/panelfactory.h"
#define FLOWDESK_HAVE_PANEL_FACTORY 1
#endif

namespace fd {

namespace {
#ifdef FLOWDESK_HAVE_PANEL_FACTORY
// The factory may hand out raw pointers or unique_ptrs; the dock takes ownership either way.
Panel *releasePanel(Panel *p) { return p; }
template <class T>
Panel *releasePanel(std::unique_ptr<T> p) { return p.release(); }
#endif
} // namespace

QList<PanelInfo> PanelCatalog::all()
{
    using V = View;
    return {
        {QStringLiteral("panel.orderflow"), tr("Orderflow Imbalance"), V::Microstructure},
        {QStringLiteral("panel.basis"), tr("Spot vs Perp Basis"), V::Microstructure},
        {QStringLiteral("panel.liqclusters"), tr("Liquidation Clusters"), V::Microstructure},
        {QStringLiteral("panel.funding"), tr("Funding Momentum"), V::Microstructure},
        {QStringLiteral("panel.whales"), tr("Whale Detector"), V::Microstructure},
        {QStringLiteral("panel.cvddivergence"), tr("CVD Divergence"), V::Microstructure},
        {QStringLiteral("panel.smartmoney"), tr("Smart Money Tracker"), V::Flow},
        {QStringLiteral("panel.dominance"), tr("Exchange Dominance"), V::Flow},
        {QStringLiteral("panel.depth"), tr("Orderbook Depth Imbalance"), V::Flow},
        {QStringLiteral("panel.momentum"), tr("Momentum Signals"), V::Flow},
        {QStringLiteral("panel.cascade"), tr("Liquidation Cascade Risk"), V::Risk},
        {QStringLiteral("panel.regime"), tr("Market Regime"), V::Risk},
        {QStringLiteral("panel.arbitrage"), tr("Arbitrage Opportunities"), V::Risk},
        {QStringLiteral("panel.correlation"), tr("Correlation Matrix"), V::Risk},
        {QStringLiteral("panel.pricecvd"), tr("Price & CVD"), V::Microstructure},
        {QStringLiteral("panel.volumeprofile"), tr("Volume Profile"), V::Flow},
        {QStringLiteral("panel.signals"), tr("Signals"), V::Microstructure},
        {QStringLiteral("panel.feedhealth"), tr("Feed Health"), V::Microstructure},
        {QStringLiteral("panel.alerts"), tr("Alerts Log"), V::Microstructure},
    };
}

QStringList PanelCatalog::ids()
{
    QStringList out;
    for (const PanelInfo &p : all())
        out << p.id;
    return out;
}

PanelInfo PanelCatalog::info(const QString &id)
{
    for (const PanelInfo &p : all())
        if (p.id == id)
            return p;
    return {};
}

bool PanelCatalog::contains(const QString &id) { return !info(id).id.isEmpty(); }

Panel *PanelCatalog::create(const QString &id)
{
    const PanelInfo i = info(id);
    if (i.id.isEmpty())
        return nullptr;
    if (id == QLatin1String("panel.feedhealth"))
        return new FeedHealthPanel;
    if (id == QLatin1String("panel.alerts"))
        return new AlertsPanel; // fed by the shell's AlertEngine (MainWindow)
#ifdef FLOWDESK_HAVE_PANEL_FACTORY
    if (Panel *p = releasePanel(fd::createPanel(id)))
        return p;
#endif
    return new PlaceholderPanel(i.id, i.title, i.view);
}

} // namespace fd
