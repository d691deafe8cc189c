#include "settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace fd {

namespace {
// Labels are QT_TRANSLATE_NOOP("Settings", …); messages name that context explicitly so
// lupdate files them there too (a local tr() would land in "fd::Settings").
QString trs(const char *s) { return QCoreApplication::translate("Settings", s); }
QString num(double v) { return QLocale().toString(v, 'g', 10); }
} // namespace

Settings::Settings(const QString &iniFile)
    : m_store(iniFile.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::fileName() const { return m_store->fileName(); }
void Settings::sync() { m_store->sync(); }

QUrl Settings::relayUrl() const
{
    return QUrl(SettingValue<QString>(m_store.get(), QStringLiteral("Relay/url"), QStringLiteral("ws://127.0.0.1:9001")).get());
}
void Settings::setRelayUrl(const QUrl &url) { SettingValue<QString>(m_store.get(), QStringLiteral("Relay/url"), {}).set(url.toString()); }
bool Settings::okxSizesInContracts() const { return SettingValue<bool>(m_store.get(), QStringLiteral("Relay/okxSizesInContracts"), true).get(); }
void Settings::setOkxSizesInContracts(bool on) { SettingValue<bool>(m_store.get(), QStringLiteral("Relay/okxSizesInContracts"), true).set(on); }
QString Settings::extraCaFile() const { return SettingValue<QString>(m_store.get(), QStringLiteral("Relay/extraCaFile"), {}).get(); }
void Settings::setExtraCaFile(const QString &p) { SettingValue<QString>(m_store.get(), QStringLiteral("Relay/extraCaFile"), {}).set(p); }
QString Settings::plainTextToken() const { return SettingValue<QString>(m_store.get(), QStringLiteral("Relay/authTokenPlainText"), {}).get(); }
void Settings::setPlainTextToken(const QString &t)
{
    SettingValue<QString> v(m_store.get(), QStringLiteral("Relay/authTokenPlainText"), {});
    if (t.isEmpty())
        v.reset();
    else
        v.set(t);
}
bool Settings::hasPlainTextToken() const { return m_store->contains(QStringLiteral("Relay/authTokenPlainText")); }

const QList<MetricField> &Settings::metricFields()
{
    using M = MetricSettings;
    static const QList<MetricField> f = {
        {"Metrics/l1FreshSec", QT_TRANSLATE_NOOP("Settings", "L1 quote fresh for"), &M::l1FreshSec, nullptr, 0.5, 600, QT_TRANSLATE_NOOP("Settings", "s")},
        {"Metrics/arrowHistoryMinutes", QT_TRANSLATE_NOOP("Settings", "Arrow history"), nullptr, &M::arrowHistoryMinutes, 5, 1440, QT_TRANSLATE_NOOP("Settings", "min")},
        {"Metrics/arrowMinSamples", QT_TRANSLATE_NOOP("Settings", "Arrow minimum samples"), nullptr, &M::arrowMinSamples, 2, 1000, ""},
        {"Metrics/tierLargeUsd", QT_TRANSLATE_NOOP("Settings", "Large order from"), &M::tierLargeUsd, nullptr, 1000, 1e9, "USD"},
        {"Metrics/tierWhaleUsd", QT_TRANSLATE_NOOP("Settings", "Whale order from"), &M::tierWhaleUsd, nullptr, 1000, 1e9, "USD"},
        {"Metrics/tierMegaUsd", QT_TRANSLATE_NOOP("Settings", "Mega order from"), &M::tierMegaUsd, nullptr, 1000, 1e10, "USD"},
        {"Metrics/sizeTrendUp", QT_TRANSLATE_NOOP("Settings", "Size trend up ratio"), &M::sizeTrendUp, nullptr, 1, 10, "×"},
        {"Metrics/sizeTrendDown", QT_TRANSLATE_NOOP("Settings", "Size trend down ratio"), &M::sizeTrendDown, nullptr, 0.01, 1, "×"},
        {"Metrics/intensityHigh", QT_TRANSLATE_NOOP("Settings", "Intensity HIGH from"), &M::intensityHigh, nullptr, 0.1, 1e6, QT_TRANSLATE_NOOP("Settings", "trades/s")},
        {"Metrics/intensityMedium", QT_TRANSLATE_NOOP("Settings", "Intensity MEDIUM from"), &M::intensityMedium, nullptr, 0.01, 1e6, QT_TRANSLATE_NOOP("Settings", "trades/s")},
        {"Metrics/outlierSigma", QT_TRANSLATE_NOOP("Settings", "Outlier order"), &M::outlierSigma, nullptr, 1, 20, "σ"},
        {"Metrics/divergenceWindowSec", QT_TRANSLATE_NOOP("Settings", "Divergence window"), nullptr, &M::divergenceWindowSec, 30, 3600, QT_TRANSLATE_NOOP("Settings", "s")},
        {"Metrics/divergencePricePct", QT_TRANSLATE_NOOP("Settings", "Divergence price move"), &M::divergencePricePct, nullptr, 0.001, 10, "%"},
        {"Metrics/divergenceFlowPct", QT_TRANSLATE_NOOP("Settings", "Divergence flow share"), &M::divergenceFlowPct, nullptr, 0.1, 100, "%"},
        {"Metrics/dangerBtcUsd", QT_TRANSLATE_NOOP("Settings", "Danger zone BTC"), &M::dangerBtcUsd, nullptr, 1000, 1e10, "USD"},
        {"Metrics/dangerEthUsd", QT_TRANSLATE_NOOP("Settings", "Danger zone ETH"), &M::dangerEthUsd, nullptr, 1000, 1e10, "USD"},
        {"Metrics/dangerOtherUsd", QT_TRANSLATE_NOOP("Settings", "Danger zone other"), &M::dangerOtherUsd, nullptr, 1000, 1e10, "USD"},
        {"Metrics/clusterStepFraction", QT_TRANSLATE_NOOP("Settings", "Cluster bucket step (fraction of price)"), &M::clusterStepFraction, nullptr, 0.00001, 0.1, ""},
        {"Metrics/microBuy", QT_TRANSLATE_NOOP("Settings", "Micro signal BUY above"), &M::microBuy, nullptr, 50, 100, "%"},
        {"Metrics/microSell", QT_TRANSLATE_NOOP("Settings", "Micro signal SELL below"), &M::microSell, nullptr, 0, 50, "%"},
        {"Metrics/depthBuyersDominant", QT_TRANSLATE_NOOP("Settings", "Depth: buyers dominant ratio"), &M::depthBuyersDominant, nullptr, 1, 100, "×"},
        {"Metrics/depthStrongBid", QT_TRANSLATE_NOOP("Settings", "Depth: strong bid ratio"), &M::depthStrongBid, nullptr, 1, 100, "×"},
        {"Metrics/depthAskHeavy", QT_TRANSLATE_NOOP("Settings", "Depth: ask heavy ratio"), &M::depthAskHeavy, nullptr, 0.01, 1, "×"},
        {"Metrics/depthStrongAsk", QT_TRANSLATE_NOOP("Settings", "Depth: strong ask ratio"), &M::depthStrongAsk, nullptr, 0.01, 1, "×"},
        {"Metrics/flowTrendPoints", QT_TRANSLATE_NOOP("Settings", "Flow trend ACCEL/FADING"), &M::flowTrendPoints, nullptr, 0.1, 100, QT_TRANSLATE_NOOP("Settings", "pts")},
        {"Metrics/contangoPct", QT_TRANSLATE_NOOP("Settings", "Contango/backwardation from"), &M::contangoPct, nullptr, 0, 10, "%"},
        {"Metrics/steepPct", QT_TRANSLATE_NOOP("Settings", "Steep basis from"), &M::steepPct, nullptr, 0, 50, "%"},
        {"Metrics/arbBasisPct", QT_TRANSLATE_NOOP("Settings", "Basis arbitrage from"), &M::arbBasisPct, nullptr, 0, 10, "%"},
        {"Metrics/basisTrendPctPer5m", QT_TRANSLATE_NOOP("Settings", "Basis trend slope"), &M::basisTrendPctPer5m, nullptr, 0, 10, QT_TRANSLATE_NOOP("Settings", "%/5 min")},
        {"Metrics/exchangeSpreadFlagPct", QT_TRANSLATE_NOOP("Settings", "Exchange spread flag"), &M::exchangeSpreadFlagPct, nullptr, 0, 10, "%"},
        {"Metrics/fundingExtremePct", QT_TRANSLATE_NOOP("Settings", "Funding EXTREME from"), &M::fundingExtremePct, nullptr, 0, 10, "%"},
        {"Metrics/fundingHighPct", QT_TRANSLATE_NOOP("Settings", "Funding HIGH from"), &M::fundingHighPct, nullptr, 0, 10, "%"},
        {"Metrics/fundingArbPct", QT_TRANSLATE_NOOP("Settings", "Funding arbitrage differential"), &M::fundingArbPct, nullptr, 0, 10, "%"},
        {"Metrics/cascadeWithinPct", QT_TRANSLATE_NOOP("Settings", "Cascade levels within"), &M::cascadeWithinPct, nullptr, 0.1, 50, "%"},
        {"Metrics/cascadeLiqFloorUsd", QT_TRANSLATE_NOOP("Settings", "Cascade liquidation floor"), &M::cascadeLiqFloorUsd, nullptr, 0, 1e10, "USD"},
        {"Metrics/cascadeMediumScore", QT_TRANSLATE_NOOP("Settings", "Cascade MEDIUM from"), &M::cascadeMediumScore, nullptr, 0, 100, ""},
        {"Metrics/cascadeHighScore", QT_TRANSLATE_NOOP("Settings", "Cascade HIGH from"), &M::cascadeHighScore, nullptr, 0, 100, ""},
        {"Metrics/regimeTrendEr", QT_TRANSLATE_NOOP("Settings", "Regime TRENDING efficiency ratio"), &M::regimeTrendEr, nullptr, 0, 1, ""},
        {"Metrics/regimeVolatileRatio", QT_TRANSLATE_NOOP("Settings", "Regime VOLATILE vol ratio"), &M::regimeVolatileRatio, nullptr, 1, 10, "×"},
        {"Metrics/liquidityThin", QT_TRANSLATE_NOOP("Settings", "Liquidity THIN below"), &M::liquidityThin, nullptr, 0, 100, ""},
        {"Metrics/liquidityThick", QT_TRANSLATE_NOOP("Settings", "Liquidity THICK above"), &M::liquidityThick, nullptr, 0, 100, ""},
        {"Metrics/correlationMinBars", QT_TRANSLATE_NOOP("Settings", "Correlation minimum bars"), nullptr, &M::correlationMinBars, 5, 10000, QT_TRANSLATE_NOOP("Settings", "bars")},
        {"Metrics/leadLagMaxSec", QT_TRANSLATE_NOOP("Settings", "Lead/lag search up to"), nullptr, &M::leadLagMaxSec, 1, 120, QT_TRANSLATE_NOOP("Settings", "s")},
        {"Metrics/signalCooldownSec", QT_TRANSLATE_NOOP("Settings", "Signal cool-down"), nullptr, &M::signalCooldownSec, 0, 3600, QT_TRANSLATE_NOOP("Settings", "s")},
    };
    return f;
}

MetricSettings Settings::metrics() const
{
    MetricSettings m;
    for (const MetricField &f : metricFields()) {
        const QString key = QString::fromLatin1(f.key);
        if (!m_store->contains(key))
            continue;
        bool ok = false;
        const double v = m_store->value(key).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < f.min || v > f.max)
            continue; // hand-edited nonsense: keep the default
        if (f.real)
            m.*f.real = v;
        else
            m.*f.integer = static_cast<int>(std::lround(v));
    }
    if (!validateMetrics(m).isEmpty())
        return MetricSettings{}; // inconsistent file: all defaults rather than a half-valid mix
    return m;
}

void Settings::setMetrics(const MetricSettings &m)
{
    const MetricSettings d;
    for (const MetricField &f : metricFields()) {
        const QString key = QString::fromLatin1(f.key);
        const double v = f.real ? m.*f.real : m.*f.integer;
        const double dv = f.real ? d.*f.real : d.*f.integer;
        if (v == dv)
            m_store->remove(key); // defaults stay out of the file, so new defaults reach users
        else if (f.real)
            m_store->setValue(key, v);
        else
            m_store->setValue(key, m.*f.integer);
    }
}

std::array<int, 3> Settings::publishMs() const
{
    return {SettingValue<int>(m_store.get(), QStringLiteral("Refresh/microMs"), 250).get(),
            SettingValue<int>(m_store.get(), QStringLiteral("Refresh/flowMs"), 1000).get(),
            SettingValue<int>(m_store.get(), QStringLiteral("Refresh/riskMs"), 5000).get()};
}
void Settings::setPublishMs(const std::array<int, 3> &ms)
{
    m_store->setValue(QStringLiteral("Refresh/microMs"), ms[0]);
    m_store->setValue(QStringLiteral("Refresh/flowMs"), ms[1]);
    m_store->setValue(QStringLiteral("Refresh/riskMs"), ms[2]);
}

Settings::Theme Settings::theme() const
{
    Theme t = Theme::Dark; // a hand-edited nonsense value keeps the default
    parseTheme(SettingValue<QString>(m_store.get(), QStringLiteral("Appearance/theme"), QStringLiteral("dark")).get(), &t);
    return t;
}
bool Settings::parseTheme(const QString &name, Theme *theme)
{
    if (name != QLatin1String("dark") && name != QLatin1String("light"))
        return false;
    *theme = name == QLatin1String("light") ? Theme::Light : Theme::Dark;
    return true;
}
void Settings::setTheme(Theme t)
{
    m_store->setValue(QStringLiteral("Appearance/theme"), t == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark"));
}
QString Settings::language() const { return SettingValue<QString>(m_store.get(), QStringLiteral("Appearance/language"), {}).get(); }
void Settings::setLanguage(const QString &l) { m_store->setValue(QStringLiteral("Appearance/language"), l); }

QList<Settings::Language> Settings::languages()
{
    return {{QString(), QString()},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale Settings::localeFor(const QString &language)
{
    const QLocale l = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (l.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return l;
}

double Settings::demoSpeed() const { return SettingValue<double>(m_store.get(), QStringLiteral("Demo/speed"), 1.0).get(); }
void Settings::setDemoSpeed(double x) { m_store->setValue(QStringLiteral("Demo/speed"), x); }
qulonglong Settings::demoSeed() const { return SettingValue<qulonglong>(m_store.get(), QStringLiteral("Demo/seed"), 1).get(); }
void Settings::setDemoSeed(qulonglong s) { m_store->setValue(QStringLiteral("Demo/seed"), s); }
double Settings::demoRate() const { return SettingValue<double>(m_store.get(), QStringLiteral("Demo/rate"), 1.0).get(); }
void Settings::setDemoRate(double x) { m_store->setValue(QStringLiteral("Demo/rate"), x); }
double Settings::replaySpeed() const { return SettingValue<double>(m_store.get(), QStringLiteral("Replay/speed"), 1.0).get(); }
void Settings::setReplaySpeed(double x) { m_store->setValue(QStringLiteral("Replay/speed"), x); }

Settings::DemoPreference Settings::demoPreference() const
{
    const QString v = SettingValue<QString>(m_store.get(), QStringLiteral("Demo/whenNoRelay"), QStringLiteral("ask")).get();
    return v == QLatin1String("demo") ? DemoPreference::UseDemo : v == QLatin1String("relay") ? DemoPreference::KeepRelay : DemoPreference::Ask;
}
void Settings::setDemoPreference(DemoPreference p)
{
    m_store->setValue(QStringLiteral("Demo/whenNoRelay"),
                      p == DemoPreference::UseDemo ? QStringLiteral("demo") : p == DemoPreference::KeepRelay ? QStringLiteral("relay") : QStringLiteral("ask"));
}

QString Settings::globalSymbol() const { return SettingValue<QString>(m_store.get(), QStringLiteral("View/symbol"), QStringLiteral("BTC")).get(); }
void Settings::setGlobalSymbol(const QString &s) { m_store->setValue(QStringLiteral("View/symbol"), s); }

QString Settings::validateRelayUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Settings", "Relay URL: enter the relay address, e.g. ws://127.0.0.1:9001.");
    if (!url.isValid())
        return QCoreApplication::translate("Settings", "Relay URL: \"%1\" is not a valid URL.").arg(text);
    if (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        return QCoreApplication::translate("Settings", "Relay URL: must start with ws:// or wss:// (not %1://).").arg(url.scheme());
    if (url.host().isEmpty())
        return QCoreApplication::translate("Settings", "Relay URL: the host is missing.");
    if (url.port() == 0 || url.port() > 65535)
        return QCoreApplication::translate("Settings", "Relay URL: the port must be between 1 and 65535.");
    return {};
}

QString Settings::validatePublishMs(int ms)
{
    if (ms < 50 || ms > 60000)
        return QCoreApplication::translate("Settings", "Refresh period %1 ms: must be between 50 ms and 60 s.").arg(ms);
    return {};
}

QString Settings::validateSpeed(double x)
{
    if (!std::isfinite(x) || x < 0 || x > 10000)
        return QCoreApplication::translate("Settings", "Speed %1: must be between 0 (as fast as possible) and 10000.").arg(num(x));
    return {};
}

QStringList Settings::validateMetrics(const MetricSettings &m)
{
    QStringList out;
    for (const MetricField &f : metricFields()) {
        const double v = f.real ? m.*f.real : m.*f.integer;
        if (!std::isfinite(v) || v < f.min || v > f.max)
            out << QCoreApplication::translate("Settings", "%1: %2 is outside %3 – %4 %5.").arg(trs(f.label), num(v), num(f.min), num(f.max), trs(f.unit)).trimmed();
    }
    auto order = [&](double lo, double hi, const char *loName, const char *hiName) {
        if (!(lo < hi))
            out << QCoreApplication::translate("Settings", "%1 (%2) must be below %3 (%4).").arg(trs(loName), num(lo), trs(hiName), num(hi));
    };
    order(m.tierLargeUsd, m.tierWhaleUsd, "Large order from", "Whale order from");
    order(m.tierWhaleUsd, m.tierMegaUsd, "Whale order from", "Mega order from");
    order(m.intensityMedium, m.intensityHigh, "Intensity MEDIUM from", "Intensity HIGH from");
    order(m.microSell, m.microBuy, "Micro signal SELL below", "Micro signal BUY above");
    order(m.depthStrongAsk, m.depthAskHeavy, "Depth: strong ask ratio", "Depth: ask heavy ratio");
    order(m.depthStrongBid, m.depthBuyersDominant, "Depth: strong bid ratio", "Depth: buyers dominant ratio");
    order(m.fundingHighPct, m.fundingExtremePct, "Funding HIGH from", "Funding EXTREME from");
    order(m.cascadeMediumScore, m.cascadeHighScore, "Cascade MEDIUM from", "Cascade HIGH from");
    order(m.liquidityThin, m.liquidityThick, "Liquidity THIN below", "Liquidity THICK above");
    order(m.contangoPct, m.steepPct, "Contango/backwardation from", "Steep basis from");
    return out;
}

} // namespace fd
