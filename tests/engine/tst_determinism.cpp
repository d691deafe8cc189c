// Determinism: the aggregates depend on the frames only, never on how they
// arrive or on how often snapshots are taken. The golden scenario is fed once
// in one go and again in random-sized chunks (seeded) with snapshots of every
// view built between the chunks; the final buildAll() JSON must be identical,
// byte for byte, apart from "sequence" and "signals" (both count the snapshots
// taken: signals fire on transitions seen between snapshots).
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/snapshotbuilder.h"
#include "core/snapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <zlib.h>

#include <random>

using namespace fd;

namespace {

std::vector<std::string> readGz(const QString &path)
{
    std::vector<std::string> lines;
    gzFile f = gzopen(path.toLocal8Bit().constData(), "rb");
    if (!f)
        return lines;
    std::string cur;
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) {
        for (int i = 0; i < n; ++i) {
            if (buf[i] == '\n') {
                lines.push_back(cur);
                cur.clear();
            } else {
                cur.push_back(buf[i]);
            }
        }
    }
    if (!cur.empty())
        lines.push_back(cur);
    gzclose(f);
    return lines;
}

// Everything a snapshot says that must not depend on delivery or snapshot cadence.
QByteArray comparable(const ViewSnapshot &s)
{
    QJsonObject o = snapshotToJson(s);
    o.remove(QStringLiteral("sequence"));
    o.remove(QStringLiteral("signals"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The first path at which two JSON values differ, for a readable failure.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type())
        return path + QStringLiteral(": type %1 vs %2").arg(int(a.type())).arg(int(b.type()));
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            if (!x.contains(k) || !y.contains(k))
                return path + QLatin1Char('.') + k + QStringLiteral(": only on one side");
            const QString d = firstDifference(x.value(k), y.value(k), path + QLatin1Char('.') + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return path + QStringLiteral(": %1 vs %2 items").arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString d = firstDifference(x.at(i), y.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a != b)
        return path + QStringLiteral(": %1 vs %2").arg(a.toVariant().toString(), b.toVariant().toString());
    return {};
}

struct Run {
    std::unique_ptr<Decoder> dec = std::make_unique<Decoder>();
    std::unique_ptr<Aggregator> agg = std::make_unique<Aggregator>(dec->registry());
    std::unique_ptr<SnapshotBuilder> builder = std::make_unique<SnapshotBuilder>(*agg);
    MarketEvent ev;
    uint64_t rejected = 0;

    void feed(const std::string &frame)
    {
        switch (dec->decode(frame, ev)) {
        case DecodeStatus::Event: agg->apply(ev); break;
        case DecodeStatus::Rejected: ++rejected; break;
        case DecodeStatus::Welcome:
        case DecodeStatus::Ignored: break;
        }
    }
};

} // namespace

class TstDeterminism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chunkedEqualsWhole_data();
    void chunkedEqualsWhole();
    void repeatedBuildIsPure();

private:
    std::vector<std::string> m_lines;
    QByteArray m_whole;          // final buildAll() of the one-go run, comparable form
    QJsonObject m_wholeJson;     // same, as an object
    uint64_t m_wholeEvents = 0;
};

void TstDeterminism::initTestCase()
{
    m_lines = readGz(QStringLiteral(FLOWDESK_SHARED_DIR "/testdata/golden/scenario.jsonl.gz"));
    QCOMPARE(m_lines.size(), size_t(36241));

    Run r;
    for (const std::string &line : m_lines)
        r.feed(line);
    QCOMPARE(r.rejected, uint64_t(0));
    const auto snap = r.builder->buildAll();
    m_whole = comparable(*snap);
    m_wholeJson = QJsonDocument::fromJson(m_whole).object();
    m_wholeEvents = r.agg->eventsApplied();

    // Not vacuous: the one-go run really aggregated the scenario.
    QVERIFY(m_wholeEvents > 30000);
    QVERIFY(m_whole.size() > 10000);
    const QJsonObject syms = m_wholeJson.value(QStringLiteral("symbols")).toObject();
    for (const char *sym : {"BTC", "ETH", "SOL"}) {
        const QJsonObject s = syms.value(QLatin1String(sym)).toObject();
        QVERIFY2(!s.isEmpty(), sym);
        const QJsonObject perp5m = s.value(QStringLiteral("volume")).toObject().value(QStringLiteral("5m")).toObject()
                                       .value(QStringLiteral("perp")).toObject();
        QVERIFY2(perp5m.value(QStringLiteral("total_usd")).toDouble() > 0, sym);
        QVERIFY2(perp5m.value(QStringLiteral("trade_count")).toInteger() > 0, sym);
        QVERIFY2(s.value(QStringLiteral("open_interest")).toObject().value(QStringLiteral("total_usd")).toDouble() > 0, sym);
        QVERIFY2(s.value(QStringLiteral("perp_reference")).toDouble() > 0, sym);
    }
    QVERIFY(syms.value(QStringLiteral("BTC")).toObject().value(QStringLiteral("volume")).toObject()
                .value(QStringLiteral("5m")).toObject().value(QStringLiteral("perp")).toObject()
                .value(QStringLiteral("total_usd")).toDouble() > 1e6);
}

void TstDeterminism::chunkedEqualsWhole_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("maxChunk");
    QTest::newRow("seed 1, chunks ≤ 2000") << 1u << 2000;
    QTest::newRow("seed 42, chunks ≤ 700") << 42u << 700;
    QTest::newRow("seed 20251212, chunks ≤ 5000") << 20251212u << 5000;
}

void TstDeterminism::chunkedEqualsWhole()
{
    QFETCH(unsigned, seed);
    QFETCH(int, maxChunk);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> chunkSize(1, maxChunk);
    std::uniform_int_distribution<int> coin(0, 3);

    Run r;
    size_t pos = 0;
    int chunks = 0, snapshots = 0;
    while (pos < m_lines.size()) {
        // Mostly large chunks, now and then a burst of tiny ones.
        size_t n = static_cast<size_t>(coin(rng) == 0 ? 1 + chunkSize(rng) % 7 : chunkSize(rng));
        n = std::min(n, m_lines.size() - pos);
        for (size_t i = 0; i < n; ++i)
            r.feed(m_lines[pos + i]);
        pos += n;
        ++chunks;
        // Snapshots between chunks, in a varying order, each view and everything.
        const int first = coin(rng);
        for (int k = 0; k < 4; ++k) {
            switch ((first + k) % 4) {
            case 0: QVERIFY(r.builder->build(View::Microstructure)); break;
            case 1: QVERIFY(r.builder->build(View::Flow)); break;
            case 2: QVERIFY(r.builder->build(View::Risk)); break;
            case 3: QVERIFY(r.builder->buildAll()); break;
            }
            ++snapshots;
        }
    }
    QCOMPARE(r.rejected, uint64_t(0));
    QCOMPARE(r.agg->eventsApplied(), m_wholeEvents);
    QVERIFY(chunks > 10);

    const auto snap = r.builder->buildAll();
    QCOMPARE(snap->sequence, uint64_t(snapshots + 1)); // the snapshots really were taken
    const QByteArray got = comparable(*snap);
    if (got != m_whole) {
        const QString d = firstDifference(QJsonDocument::fromJson(got).object(), m_wholeJson, QStringLiteral("$"));
        QFAIL(qPrintable(QStringLiteral("chunked run differs (%1 chunks): %2").arg(chunks).arg(d)));
    }
    qInfo("seed %u: %d chunks, %d snapshots in between, %lld bytes identical", seed, chunks, snapshots,
          static_cast<long long>(got.size()));
}

// Building a snapshot reads the aggregator only: two builds in a row, and a
// second builder on the same aggregator, say the same.
void TstDeterminism::repeatedBuildIsPure()
{
    Run r;
    for (size_t i = 0; i < m_lines.size() / 2; ++i)
        r.feed(m_lines[i]);
    const QByteArray a = comparable(*r.builder->buildAll());
    const QByteArray b = comparable(*r.builder->buildAll());
    QCOMPARE(a, b);
    SnapshotBuilder other(*r.agg);
    QCOMPARE(comparable(*other.buildAll()), a);
    for (View v : {View::Microstructure, View::Flow, View::Risk}) {
        const QByteArray x = comparable(*r.builder->build(v));
        QCOMPARE(comparable(*other.build(v)), x);
    }
}

QTEST_GUILESS_MAIN(TstDeterminism)
#include "tst_determinism.moc"
