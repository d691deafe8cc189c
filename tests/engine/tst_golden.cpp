// Golden scenario (../shared/testdata/golden): 8 minutes of relay frames fed
// through the real decoder and aggregator; every key of expected.json that the
// core computes is compared within the tolerances of the golden README §6.
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/snapshotbuilder.h"
#include "core/snapshotjson.h"
#include "util/linereader.h"
#include "util/timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fd;

namespace {

std::vector<std::string> readLines(const QString &path)
{
    std::vector<std::string> lines;
    forEachLine(path.toStdString(), [&](std::string_view l) { lines.emplace_back(l); });
    return lines;
}

enum class Tol { Exact, Usd, Price, BasisUsd, Pct, Ratio, Base, Skip };

// Tolerance by key name (golden README §6).
Tol tolFor(const QString &k)
{
    static const QStringList skip = {QStringLiteral("age_s"), QStringLiteral("step_from_price"),
                                     QStringLiteral("step_rule_linear_agrees"), QStringLiteral("interval_h_metrics_rule"),
                                     QStringLiteral("rate_8h_metrics_rule")};
    if (skip.contains(k))
        return Tol::Skip;
    if (k == QLatin1String("basis_usd"))
        return Tol::BasisUsd;
    if (k.endsWith(QLatin1String("_pct")) || k.contains(QLatin1String("share")))
        return Tol::Pct;
    if (k.contains(QLatin1String("ratio")))
        return Tol::Ratio;
    if (k.contains(QLatin1String("usd")) || k == QLatin1String("usd"))
        return Tol::Usd;
    if (k == QLatin1String("vwap") || k.contains(QLatin1String("mid")) || k == QLatin1String("price")
        || k.startsWith(QLatin1String("best_")) || k.startsWith(QLatin1String("bucket_")) || k == QLatin1String("step"))
        return Tol::Price;
    if (k.contains(QLatin1String("base")) || k == QLatin1String("contracts_wire") || k == QLatin1String("rate"))
        return Tol::Base;
    return Tol::Exact;
}

bool close(double got, double exp, Tol t)
{
    switch (t) {
    case Tol::Usd: return std::abs(got - exp) <= std::max(1e-6 * std::abs(exp), 0.01);
    case Tol::Price:
    case Tol::Base: return std::abs(got - exp) <= 1e-9 * std::max(std::abs(exp), 1e-300);
    case Tol::BasisUsd: return std::abs(got - exp) <= 1e-6;
    case Tol::Pct: return std::abs(got - exp) <= 1e-6;
    case Tol::Ratio: return std::abs(got - exp) <= 1e-6 * std::abs(exp);
    case Tol::Exact: return got == exp;
    case Tol::Skip: return true;
    }
    return false;
}

struct Comparator {
    QStringList failures;
    int compared = 0;

    void cmp(const QString &path, const QString &key, const QJsonValue &got, const QJsonValue &exp)
    {
        const Tol t = tolFor(key);
        if (t == Tol::Skip)
            return;
        if (exp.isObject()) {
            if (!got.isObject()) {
                failures << path + QStringLiteral(": missing object");
                return;
            }
            const QJsonObject e = exp.toObject(), g = got.toObject();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (!g.contains(it.key()) && tolFor(it.key()) != Tol::Skip) {
                    failures << path + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
                    continue;
                }
                cmp(path + QLatin1Char('.') + it.key(), it.key(), g.value(it.key()), it.value());
            }
            return;
        }
        if (exp.isArray()) {
            const QJsonArray e = exp.toArray(), g = got.toArray();
            if (g.size() < e.size()) {
                failures << path + QStringLiteral(": array has %1 items, expected %2").arg(g.size()).arg(e.size());
                return;
            }
            for (int i = 0; i < e.size(); ++i)
                cmp(path + QStringLiteral("[%1]").arg(i), key, g.at(i), e.at(i));
            return;
        }
        ++compared;
        if (exp.isNull()) {
            if (!got.isNull())
                failures << path + QStringLiteral(": expected null, got ") + got.toVariant().toString();
            return;
        }
        if (exp.isDouble()) {
            if (!got.isDouble() || !close(got.toDouble(), exp.toDouble(), t))
                failures << path + QStringLiteral(": got %1, expected %2").arg(got.toVariant().toString()).arg(exp.toDouble(), 0, 'g', 17);
            return;
        }
        if (got != exp)
            failures << path + QStringLiteral(": got '%1', expected '%2'").arg(got.toVariant().toString(), exp.toVariant().toString());
    }
};

} // namespace

class TstGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluation_data();
    void evaluation();

private:
    std::vector<std::string> m_lines;
    QJsonObject m_expected;
};

void TstGolden::initTestCase()
{
    const QString dir = QStringLiteral(FLOWDESK_SHARED_DIR "/testdata/golden");
    m_lines = readLines(dir + QStringLiteral("/scenario.jsonl.gz"));
    QCOMPARE(m_lines.size(), size_t(36241));
    QFile f(dir + QStringLiteral("/expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(m_expected.contains(QStringLiteral("final")));
}

void TstGolden::evaluation_data()
{
    QTest::addColumn<QString>("at");
    QTest::newRow("checkpoint 10:03") << QStringLiteral("2025-12-12T10:03:00Z");
    QTest::newRow("checkpoint 10:06") << QStringLiteral("2025-12-12T10:06:00Z");
    QTest::newRow("final 10:08") << QString();
}

void TstGolden::evaluation()
{
    QFETCH(QString, at);
    QJsonObject exp;
    int64_t limit = INT64_MAX;
    if (at.isEmpty()) {
        exp = m_expected.value(QStringLiteral("final")).toObject();
    } else {
        QVERIFY(parseRfc3339(at.toStdString(), limit));
        for (const auto &c : m_expected.value(QStringLiteral("checkpoints")).toArray())
            if (c.toObject().value(QStringLiteral("at")).toString() == at)
                exp = c.toObject();
    }
    QVERIFY(!exp.isEmpty());

    // The checkpoint filter needs each frame's time_exchange, ignored kinds included:
    // a second decoder pass over a plain-JSON read would be slow, so take it from the text.
    Decoder dec;
    Aggregator agg(dec.registry());
    MarketEvent ev;
    int64_t considered = 0, oneSided = 0;
    std::map<std::string, int64_t> ignored;
    for (const std::string &line : m_lines) {
        int64_t te = 0;
        const auto p = line.find("\"time_exchange\":\"");
        if (p != std::string::npos) {
            const auto q = line.find('"', p + 17);
            QVERIFY(parseRfc3339(std::string_view(line).substr(p + 17, q - p - 17), te));
            if (te > limit)
                continue;
            ++considered;
        }
        const auto before = dec.stats().ignoredKinds;
        const DecodeStatus st = dec.decode(line, ev);
        QVERIFY2(st != DecodeStatus::Rejected, line.c_str());
        if (st == DecodeStatus::Event) {
            if (ev.kind == EventKind::L1 && (!ev.hasBid || !ev.hasAsk))
                ++oneSided;
            agg.apply(ev);
        }
    }
    for (const auto &[k, v] : dec.stats().ignoredKinds)
        ignored[k] = static_cast<int64_t>(v);
    QCOMPARE(dec.stats().rejectedTotal(), uint64_t(0));
    QCOMPARE(considered, exp.value(QStringLiteral("frames_considered")).toInteger());
    QCOMPARE(oneSided, exp.value(QStringLiteral("l1_one_sided_quotes")).toInteger());
    const QJsonObject ik = exp.value(QStringLiteral("ignored_kinds")).toObject();
    for (auto it = ik.begin(); it != ik.end(); ++it)
        QCOMPARE(ignored[it.key().toStdString()], it.value().toInteger());

    SnapshotBuilder builder(agg);
    const auto snap = builder.buildAll();
    const QJsonObject got = snapshotToJson(*snap);
    QCOMPARE(got.value(QStringLiteral("as_of")).toString(), exp.value(QStringLiteral("as_of")).toString());
    QCOMPARE(got.value(QStringLiteral("as_of_ns")).toInteger(), exp.value(QStringLiteral("as_of_ns")).toInteger());

    Comparator c;
    // Cluster "top" lists three buckets in expected.json; ours lists more.
    c.cmp(QStringLiteral("symbols"), QStringLiteral("symbols"), got.value(QStringLiteral("symbols")), exp.value(QStringLiteral("symbols")));
    c.cmp(QStringLiteral("order_book_depth"), QStringLiteral("order_book_depth"), got.value(QStringLiteral("order_book_depth")),
          exp.value(QStringLiteral("order_book_depth")));
    // summary.{SYM} is a digest of the same values under other names.
    const QJsonObject sum = exp.value(QStringLiteral("summary")).toObject();
    const QJsonObject gs = got.value(QStringLiteral("symbols")).toObject();
    for (auto it = sum.begin(); it != sum.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        const QJsonObject g = gs.value(it.key()).toObject();
        const auto path = [&](std::initializer_list<const char *> keys) {
            QJsonValue v = g;
            for (const char *k : keys)
                v = v.toObject().value(QLatin1String(k));
            return v;
        };
        const QString p = QStringLiteral("summary.") + it.key();
        if (e.contains(QStringLiteral("perp_volume_5m_usd"))) {
            c.cmp(p, QStringLiteral("usd"), path({"volume", "5m", "perp", "total_usd"}), e.value(QStringLiteral("perp_volume_5m_usd")));
            c.cmp(p, QStringLiteral("x_pct"), path({"volume", "5m", "perp", "buy_share_pct"}), e.value(QStringLiteral("perp_buy_share_5m_pct")));
            c.cmp(p, QStringLiteral("usd"), path({"volume", "5m", "perp", "net_flow_usd"}), e.value(QStringLiteral("perp_net_flow_5m_usd")));
            c.cmp(p, QStringLiteral("vwap"), path({"volume", "5m", "perp", "vwap"}), e.value(QStringLiteral("perp_vwap_5m")));
            c.cmp(p, QStringLiteral("n"), path({"taker_orders", "5m", "perp", "count_ge_500k"}), e.value(QStringLiteral("perp_whales_5m")));
            c.cmp(p, QStringLiteral("n"), path({"taker_orders", "5m", "perp", "count_ge_5m"}), e.value(QStringLiteral("perp_megas_5m")));
            c.cmp(p, QStringLiteral("usd"), path({"liquidations", "15m", "long_liquidated_usd"}), e.value(QStringLiteral("liq_15m_long_usd")));
            c.cmp(p, QStringLiteral("usd"), path({"liquidations", "15m", "short_liquidated_usd"}), e.value(QStringLiteral("liq_15m_short_usd")));
            c.cmp(p, QStringLiteral("basis_pct"), path({"basis", "basis_pct"}), e.value(QStringLiteral("basis_pct")));
            const QJsonArray top = e.value(QStringLiteral("top_cluster_15m")).toArray();
            const QJsonObject gt = path({"liquidation_clusters_15m", "top"}).toArray().at(0).toObject();
            c.cmp(p, QStringLiteral("bucket_low"), gt.value(QStringLiteral("bucket_low")), top.at(0));
            c.cmp(p, QStringLiteral("bucket_high"), gt.value(QStringLiteral("bucket_high")), top.at(1));
            c.cmp(p, QStringLiteral("usd"), gt.value(QStringLiteral("usd")), top.at(2));
        }
        c.cmp(p, QStringLiteral("total_usd"), path({"open_interest", "total_usd"}), e.value(QStringLiteral("oi_total_usd")));
    }
    qInfo("%s: %d values compared, %lld failures", qPrintable(at.isEmpty() ? QStringLiteral("final") : at), c.compared,
          static_cast<long long>(c.failures.size()));
    for (int i = 0; i < std::min<int>(40, static_cast<int>(c.failures.size())); ++i)
        qWarning("%s", qPrintable(c.failures.at(i)));
    QVERIFY(c.compared > 1000);
    QVERIFY2(c.failures.isEmpty(), qPrintable(QStringLiteral("%1 mismatches").arg(c.failures.size())));
}

QTEST_GUILESS_MAIN(TstGolden)
#include "tst_golden.moc"
