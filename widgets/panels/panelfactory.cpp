#include "panelfactory.h"

#include "panel.h"
#include "panels/panelmakers.h"

namespace fd {

namespace {
struct Entry {
    const char *id;
    Panel *(*make)(QWidget *);
};
const Entry kPanels[] = {
    // Market Microstructure
    {"panel.orderflow", makeOrderflowPanel},
    {"panel.basis", makeBasisPanel},
    {"panel.liqclusters", makeLiqClustersPanel},
    {"panel.funding", makeFundingPanel},
    {"panel.whales", makeWhalesPanel},
    {"panel.cvddivergence", makeCvdDivergencePanel},
    // Institutional Flow
    {"panel.smartmoney", makeSmartMoneyPanel},
    {"panel.dominance", makeDominancePanel},
    {"panel.depth", makeDepthPanel},
    {"panel.momentum", makeMomentumPanel},
    // Risk & Arbitrage
    {"panel.cascade", makeCascadePanel},
    {"panel.regime", makeRegimePanel},
    {"panel.arbitrage", makeArbitragePanel},
    {"panel.correlation", makeCorrelationPanel},
    // Also
    {"panel.pricecvd", makePriceCvdPanel},
    {"panel.volumeprofile", makeVolumeProfilePanel},
    {"panel.signals", makeSignalsPanel},
};
} // namespace

Panel *createPanel(const QString &id, QWidget *parent)
{
    for (const Entry &e : kPanels)
        if (id == QLatin1String(e.id))
            return e.make(parent);
    return nullptr;
}

QStringList allPanelIds()
{
    QStringList ids;
    for (const Entry &e : kPanels)
        ids << QLatin1String(e.id);
    return ids;
}

} // namespace fd
