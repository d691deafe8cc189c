#pragma once
// Every threshold and window of METRICS.md as a setting with its default.
#include <cstdint>
#include <map>
#include <string>

namespace fd {

struct MetricSettings {
    // §0
    double l1FreshSec = 5.0;
    int arrowHistoryMinutes = 60;
    int arrowMinSamples = 10;
    // §1 volume
    double tierLargeUsd = 100'000;
    double tierWhaleUsd = 500'000;
    double tierMegaUsd = 5'000'000;
    double sizeTrendUp = 1.2, sizeTrendDown = 0.8;
    double intensityHigh = 100, intensityMedium = 20; // trades/s over 1m
    double outlierSigma = 3.0;
    // §3 divergence
    int divergenceWindowSec = 300;
    double divergencePricePct = 0.05;   // %
    double divergenceFlowPct = 5.0;     // % of volume
    // §4 liquidations
    double dangerBtcUsd = 1'000'000, dangerEthUsd = 250'000, dangerOtherUsd = 100'000;
    double clusterStepFraction = 0.001;              // 0.1 % of the first reference price
    std::map<std::string, double, std::less<>> clusterStepOverride; // per symbol
    // §5 depth / microstructure
    double microBuy = 55, microSell = 45;
    double depthBuyersDominant = 2.0, depthStrongBid = 1.25, depthStrongAsk = 0.5, depthAskHeavy = 0.8;
    // §6 orderflow
    double flowTrendPoints = 5.0;
    // §7 basis
    double contangoPct = 0.01, steepPct = 0.5, arbBasisPct = 0.03, basisTrendPctPer5m = 0.005;
    double exchangeSpreadFlagPct = 0.03;
    // §8 funding
    double fundingExtremePct = 0.04, fundingHighPct = 0.02, fundingArbPct = 0.01;
    double estFundingBasePct = 0.01, estFundingClampPct = 0.05;
    // §9 risk
    double cascadeWithinPct = 5.0;
    double cascadeLiqFloorUsd = 50'000;
    double cascadeMediumScore = 40, cascadeHighScore = 70;
    double regimeTrendEr = 0.4, regimeVolatileRatio = 1.5, regimeVolatileEr = 0.3, regimeRangeEr = 0.2,
           regimeRangeRatio = 0.8, regimeDirectionEr = 0.3, volIncreasing = 1.2, volDecreasing = 0.8;
    double liquidityThin = 33, liquidityThick = 66;
    // §10 correlation
    int correlationMinBars = 30;
    int leadLagMaxSec = 10;
    // §11 signals: after a signal fires, the same (symbol, kind) stays quiet for this long,
    // and the same state fires again only once it has been left for this long (engine time).
    int signalCooldownSec = 60;

    double dangerZoneUsd(const std::string &symbol) const
    {
        if (symbol == "BTC")
            return dangerBtcUsd;
        if (symbol == "ETH")
            return dangerEthUsd;
        return dangerOtherUsd;
    }
};

} // namespace fd
