#include "alertrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace fd {

namespace {

// Not named tr(): lupdate would swallow the QT_TRANSLATE_NOOP inside tr(…) and miss the string.
QString trAlerts(const char *s) { return QCoreApplication::translate("Alerts", s); }

struct KindInfo {
    AlertKind kind;
    const char *key;
    const char *label;
    const char *thresholdKey; // JSON key of the threshold, nullptr when the kind has none
};

const KindInfo kKinds[kAlertKindCount] = {
    {AlertKind::Whale, "whale", QT_TRANSLATE_NOOP("Alerts", "Whale order ≥ X"), "minUsd"},
    {AlertKind::MegaWhale, "mega_whale", QT_TRANSLATE_NOOP("Alerts", "Mega whale order"), nullptr},
    {AlertKind::CascadeRisk, "cascade_risk", QT_TRANSLATE_NOOP("Alerts", "Cascade risk ≥ Y"), "minScore"},
    {AlertKind::LiqClusterDanger, "liq_cluster_danger", QT_TRANSLATE_NOOP("Alerts", "Liquidation cluster DANGER"), nullptr},
    {AlertKind::Funding, "funding", QT_TRANSLATE_NOOP("Alerts", "Funding EXTREME or ARB"), nullptr},
    {AlertKind::Basis, "basis", QT_TRANSLATE_NOOP("Alerts", "Basis STEEP or arbitrage"), nullptr},
    {AlertKind::RegimeChange, "regime_change", QT_TRANSLATE_NOOP("Alerts", "Regime change"), nullptr},
    {AlertKind::LiquidityThin, "liquidity_thin", QT_TRANSLATE_NOOP("Alerts", "Liquidity THIN"), nullptr},
    {AlertKind::StreamStale, "stream_stale", QT_TRANSLATE_NOOP("Alerts", "Any stream stale"), nullptr},
    {AlertKind::RelayDisconnected, "relay_disconnected", QT_TRANSLATE_NOOP("Alerts", "Relay disconnected > N s"), "afterSec"},
};

const KindInfo &info(AlertKind k) { return kKinds[static_cast<int>(k)]; }

QString trimmedNumber(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

} // namespace

const char *alertKindKey(AlertKind kind) { return info(kind).key; }

bool alertKindFromKey(const QString &key, AlertKind *kind)
{
    for (const KindInfo &k : kKinds)
        if (key == QLatin1String(k.key)) {
            *kind = k.kind;
            return true;
        }
    return false;
}

QString alertKindLabel(AlertKind kind) { return trAlerts(info(kind).label); }

const char *alertSeverityKey(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Info: return "info";
    case AlertSeverity::Warning: return "warning";
    case AlertSeverity::Critical: return "critical";
    }
    return "info";
}

QString alertSeverityLabel(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Info: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "info"));
    case AlertSeverity::Warning: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "warning"));
    case AlertSeverity::Critical: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "critical"));
    }
    return {};
}

bool alertKindHasThreshold(AlertKind kind) { return info(kind).thresholdKey != nullptr; }
bool alertKindUsesSymbol(AlertKind kind) { return kind != AlertKind::RelayDisconnected; }

QString alertThresholdLabel(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Whale: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Minimum order (USD)"));
    case AlertKind::CascadeRisk: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Minimum score (0–100)"));
    case AlertKind::RelayDisconnected: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Disconnected for more than (s)"));
    default: return {};
    }
}

QString alertUsd(double usd)
{
    const double a = std::abs(usd);
    QString s;
    if (a >= 1e9)
        s = QString::number(a / 1e9, 'f', 2) + QLatin1Char('B');
    else if (a >= 1e6)
        s = QString::number(a / 1e6, 'f', a >= 1e8 ? 0 : 1) + QLatin1Char('M');
    else if (a >= 1e3)
        s = QString::number(a / 1e3, 'f', 0) + QLatin1Char('K');
    else
        s = QString::number(a, 'f', 0);
    // "1.0M" reads as noise: drop a trailing ".0".
    s.replace(QRegularExpression(QStringLiteral("\\.0([MB])$")), QStringLiteral("\\1"));
    return (usd < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + s;
}

double AlertRule::defaultThreshold(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Whale: return 1'000'000;
    case AlertKind::CascadeRisk: return 70; // METRICS.md §9: HIGH from 70
    case AlertKind::RelayDisconnected: return 30;
    default: return 0;
    }
}

QString AlertRule::newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8); }

AlertRule AlertRule::make(AlertKind kind)
{
    AlertRule r;
    r.id = newId();
    r.kind = kind;
    r.threshold = defaultThreshold(kind);
    // Connection and risk rules want a human now; state rules repeat less often.
    switch (kind) {
    case AlertKind::MegaWhale:
    case AlertKind::CascadeRisk:
    case AlertKind::RelayDisconnected: r.sound = true; break;
    default: break;
    }
    r.cooldownSec = kind == AlertKind::Whale || kind == AlertKind::MegaWhale ? 30 : 120;
    return r;
}

QString AlertRule::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    switch (kind) {
    case AlertKind::Whale: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Whale ≥ %1")).arg(alertUsd(threshold));
    case AlertKind::MegaWhale: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Mega whale"));
    case AlertKind::CascadeRisk: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Cascade risk ≥ %1")).arg(trimmedNumber(threshold));
    case AlertKind::LiqClusterDanger: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Liquidation DANGER"));
    case AlertKind::Funding: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Funding EXTREME/ARB"));
    case AlertKind::Basis: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Basis STEEP/arbitrage"));
    case AlertKind::RegimeChange: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Regime change"));
    case AlertKind::LiquidityThin: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Liquidity THIN"));
    case AlertKind::StreamStale: return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Stream stale"));
    case AlertKind::RelayDisconnected:
        return trAlerts(QT_TRANSLATE_NOOP("Alerts", "Relay disconnected > %1 s")).arg(trimmedNumber(threshold));
    }
    return {};
}

QString AlertRule::validate() const
{
    static const QRegularExpression symbolRe(QStringLiteral("^[A-Z0-9]{1,15}$"));
    if (id.trimmed().isEmpty() || id.size() > 64)
        return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the rule has no id (or one longer than 64 characters)"));
    if (name.size() > 80)
        return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the name is longer than 80 characters"));
    if (!symbol.isEmpty() && !symbolRe.match(symbol).hasMatch())
        return trAlerts(QT_TRANSLATE_NOOP("Alerts", "symbol \"%1\" is not a base asset (1–15 capital letters or digits, e.g. BTC), "
                                              "or leave it empty for any symbol"))
            .arg(symbol);
    if (cooldownSec < 0 || cooldownSec > kMaxCooldownSec)
        return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the cool-down must be 0–%1 s, not %2 s")).arg(kMaxCooldownSec).arg(cooldownSec);
    if (!std::isfinite(threshold))
        return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the threshold is not a number"));
    switch (kind) {
    case AlertKind::Whale:
        if (threshold <= 0 || threshold > 1e11)
            return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the minimum order must be more than $0 and at most $100B, not %1"))
                .arg(trimmedNumber(threshold));
        break;
    case AlertKind::CascadeRisk:
        if (threshold <= 0 || threshold > 100)
            return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the cascade risk score runs 0–100: the minimum must be above 0 and at most 100, not %1"))
                .arg(trimmedNumber(threshold));
        break;
    case AlertKind::RelayDisconnected:
        if (threshold < 1 || threshold > kMaxCooldownSec)
            return trAlerts(QT_TRANSLATE_NOOP("Alerts", "the disconnection time must be 1–%1 s, not %2"))
                .arg(kMaxCooldownSec)
                .arg(trimmedNumber(threshold));
        break;
    default: break;
    }
    return {};
}

bool AlertRule::matchesSymbol(const std::string &s) const
{
    return symbol.isEmpty() || symbol == QLatin1String(s.c_str());
}

bool AlertRule::sameCondition(const AlertRule &o) const
{
    return id == o.id && kind == o.kind && threshold == o.threshold && symbol == o.symbol && enabled == o.enabled;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), QLatin1String(alertKindKey(kind)));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("enabled"), enabled);
    o.insert(QStringLiteral("symbol"), symbol.isEmpty() ? QStringLiteral("any") : symbol);
    o.insert(QStringLiteral("sound"), sound);
    o.insert(QStringLiteral("desktop"), desktop);
    o.insert(QStringLiteral("cooldownSec"), cooldownSec);
    if (const char *k = info(kind).thresholdKey)
        o.insert(QLatin1String(k), threshold);
    return o;
}

bool AlertRule::fromJson(const QJsonObject &o, AlertRule *out, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    AlertRule r;
    const QJsonValue kind = o.value(QStringLiteral("kind"));
    if (!kind.isString())
        return fail(trAlerts(QT_TRANSLATE_NOOP("Alerts", "it has no kind")));
    if (!alertKindFromKey(kind.toString(), &r.kind))
        return fail(trAlerts(QT_TRANSLATE_NOOP("Alerts", "unknown kind \"%1\"")).arg(kind.toString()));
    r = make(r.kind); // defaults for what the file leaves out
    auto str = [&](const char *key, QString *dst) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        *dst = v.toString();
        return true;
    };
    auto boolean = [&](const char *key, bool *dst) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return false;
        *dst = v.toBool();
        return true;
    };
    auto wrongType = [&](const char *key, const char *type) {
        return fail(trAlerts(QT_TRANSLATE_NOOP("Alerts", "\"%1\" must be %2")).arg(QLatin1String(key), trAlerts(type)));
    };
    const char *aString = QT_TRANSLATE_NOOP("Alerts", "a string");
    const char *aBool = QT_TRANSLATE_NOOP("Alerts", "true or false");
    const char *aNumber = QT_TRANSLATE_NOOP("Alerts", "a number");
    if (!str("id", &r.id))
        return wrongType("id", aString);
    if (!str("name", &r.name))
        return wrongType("name", aString);
    if (!str("symbol", &r.symbol))
        return wrongType("symbol", aString);
    r.symbol = r.symbol.trimmed().toUpper();
    if (r.symbol == QLatin1String("ANY") || r.symbol == QLatin1String("*"))
        r.symbol.clear();
    if (!boolean("enabled", &r.enabled))
        return wrongType("enabled", aBool);
    if (!boolean("sound", &r.sound))
        return wrongType("sound", aBool);
    if (!boolean("desktop", &r.desktop))
        return wrongType("desktop", aBool);
    const QJsonValue cd = o.value(QStringLiteral("cooldownSec"));
    if (!cd.isUndefined()) {
        if (!cd.isDouble())
            return wrongType("cooldownSec", aNumber);
        const double v = cd.toDouble();
        if (v != std::floor(v) || v < 0 || v > kMaxCooldownSec)
            return fail(trAlerts(QT_TRANSLATE_NOOP("Alerts", "the cool-down must be a whole number of seconds 0–%1, not %2"))
                            .arg(kMaxCooldownSec)
                            .arg(trimmedNumber(v)));
        r.cooldownSec = static_cast<int>(v);
    }
    if (const char *k = info(r.kind).thresholdKey) {
        const QJsonValue t = o.value(QLatin1String(k));
        if (!t.isUndefined()) {
            if (!t.isDouble())
                return wrongType(k, aNumber);
            r.threshold = t.toDouble();
        }
    }
    if (const QString bad = r.validate(); !bad.isEmpty())
        return fail(bad);
    *out = r;
    return true;
}

std::vector<AlertRule> defaultAlertRules()
{
    // Stable ids, so the session and a workspace saved with the defaults agree.
    auto rule = [](AlertKind k, const char *id) {
        AlertRule r = AlertRule::make(k);
        r.id = QLatin1String(id);
        return r;
    };
    std::vector<AlertRule> out;
    out.push_back(rule(AlertKind::MegaWhale, "default-mega-whale"));
    out.push_back(rule(AlertKind::CascadeRisk, "default-cascade-high"));
    out.push_back(rule(AlertKind::RelayDisconnected, "default-relay-30s"));
    AlertRule liq = rule(AlertKind::LiqClusterDanger, "default-liq-danger");
    out.push_back(liq);
    return out;
}

QJsonObject alertRulesToJson(const std::vector<AlertRule> &rules)
{
    QJsonArray a;
    for (const AlertRule &r : rules)
        a.append(r.toJson());
    return {{QStringLiteral("version"), kAlertRulesVersion}, {QStringLiteral("rules"), a}};
}

std::vector<AlertRule> alertRulesFromJson(const QJsonValue &entry, QStringList *problems, bool *usedDefaults)
{
    if (usedDefaults)
        *usedDefaults = false;
    auto defaults = [&](const QString &why) {
        if (problems)
            *problems << trAlerts(QT_TRANSLATE_NOOP("Alerts", "the alert rules are unreadable (%1); the default rules are used")).arg(why);
        if (usedDefaults)
            *usedDefaults = true;
        return defaultAlertRules();
    };
    if (!entry.isObject())
        return defaults(trAlerts(QT_TRANSLATE_NOOP("Alerts", "not a JSON object")));
    const QJsonObject o = entry.toObject();
    const QJsonValue ver = o.value(QStringLiteral("version"));
    if (!ver.isDouble() || ver.toInt() < 1)
        return defaults(trAlerts(QT_TRANSLATE_NOOP("Alerts", "no valid version")));
    if (ver.toInt() > kAlertRulesVersion)
        return defaults(trAlerts(QT_TRANSLATE_NOOP("Alerts", "written by a newer FlowDesk: rules format %1, this version reads %2"))
                            .arg(ver.toInt())
                            .arg(kAlertRulesVersion));
    const QJsonValue rules = o.value(QStringLiteral("rules"));
    if (!rules.isArray())
        return defaults(trAlerts(QT_TRANSLATE_NOOP("Alerts", "no rule list")));
    std::vector<AlertRule> out;
    QSet<QString> ids;
    const QJsonArray a = rules.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        AlertRule r;
        QString why;
        if (!a.at(i).isObject()) {
            why = trAlerts(QT_TRANSLATE_NOOP("Alerts", "not a JSON object"));
        } else if (AlertRule::fromJson(a.at(i).toObject(), &r, &why)) {
            while (ids.contains(r.id))
                r.id = AlertRule::newId(); // two rules with one id: keep both, apart
            ids.insert(r.id);
            out.push_back(r);
            continue;
        }
        if (problems) {
            const QString label = a.at(i).toObject().value(QStringLiteral("name")).toString();
            *problems << trAlerts(QT_TRANSLATE_NOOP("Alerts", "alert rule %1%2 was skipped: %3"))
                             .arg(i + 1)
                             .arg(label.isEmpty() ? QString() : QStringLiteral(" (") + label + QLatin1Char(')'), why);
        }
    }
    return out;
}

int activeAlertRuleCount(const std::vector<AlertRule> &rules)
{
    int n = 0;
    for (const AlertRule &r : rules)
        n += r.enabled ? 1 : 0;
    return n;
}

} // namespace fd
