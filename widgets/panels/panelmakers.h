#pragma once
// Constructors of the individual panels (one file each), used by the factory.
class QWidget;

namespace fd {
class Panel;
Panel *makeOrderflowPanel(QWidget *parent);
Panel *makeBasisPanel(QWidget *parent);
Panel *makeLiqClustersPanel(QWidget *parent);
Panel *makeFundingPanel(QWidget *parent);
Panel *makeWhalesPanel(QWidget *parent);
Panel *makeCvdDivergencePanel(QWidget *parent);
Panel *makeSmartMoneyPanel(QWidget *parent);
Panel *makeDominancePanel(QWidget *parent);
Panel *makeDepthPanel(QWidget *parent);
Panel *makeMomentumPanel(QWidget *parent);
Panel *makeCascadePanel(QWidget *parent);
Panel *makeRegimePanel(QWidget *parent);
Panel *makeArbitragePanel(QWidget *parent);
Panel *makeCorrelationPanel(QWidget *parent);
Panel *makeSignalsPanel(QWidget *parent);
Panel *makePriceCvdPanel(QWidget *parent);
Panel *makeVolumeProfilePanel(QWidget *parent);
} // namespace fd
