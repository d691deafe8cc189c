// Fuzz regressions: every input saved under tests/fixtures/fuzz-regressions/
// (docs/fuzzing.md) goes through the same path as the libFuzzer target —
// frames split on '\n', decoded, aggregated, then every view built and
// serialised — and must neither crash nor hang. Under the sanitizer build of
// tests/fuzz these inputs reproduced undefined behaviour before their fixes;
// here they also pin how the decoder now treats them.
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/snapshotbuilder.h"
#include "core/snapshotjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fd;

class TstFuzzRegress : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TstFuzzRegress::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(FLOWDESK_FIXTURES_DIR "/fuzz-regressions"));
    const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.absoluteFilePath(f);
}

void TstFuzzRegress::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    Decoder dec;
    Aggregator agg(dec.registry());
    MarketEvent ev;
    const std::string_view in(bytes.constData(), static_cast<size_t>(bytes.size()));
    size_t pos = 0;
    while (pos <= in.size()) {
        size_t nl = in.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = in.size();
        const std::string_view frame = in.substr(pos, nl - pos);
        if (!frame.empty() && dec.decode(frame, ev) == DecodeStatus::Event) // (the fuzz target decodes empty ones too)
            agg.apply(ev);
        pos = nl + 1;
    }
    SnapshotBuilder builder(agg);
    for (View v : {View::Microstructure, View::Flow, View::Risk})
        QVERIFY(builder.build(v));
    const auto all = builder.buildAll();
    const QByteArray json = QJsonDocument(snapshotToJson(*all)).toJson(QJsonDocument::Compact);
    QVERIFY(json.startsWith('{'));

    // What the fixes decided, per family of input.
    const QString name = QFileInfo(path).fileName();
    const auto &st = dec.stats();
    if (name.startsWith(QLatin1String("simdjson-junk-"))) {
        // Junk after a child object's last value read: the frame is not JSON.
        QCOMPARE(st.rejected[static_cast<size_t>(RejectReason::NotJson)], uint64_t(1));
        QCOMPARE(st.events, uint64_t(0));
    } else if (name.startsWith(QLatin1String("simdjson-unclosed-object"))) {
        // Two broken frames, the second after a longer one: both refused as not
        // JSON by the structure check, before any unordered key search.
        QCOMPARE(st.rejected[static_cast<size_t>(RejectReason::NotJson)], uint64_t(2));
        QCOMPARE(st.events, uint64_t(0));
    } else if (name.startsWith(QLatin1String("simdjson-colon-after-value"))) {
        // `"k":"v":"w"` inside the instrument: On Demand's forward walk let it
        // through; the DOM check refuses the frame before the unordered search.
        QCOMPARE(st.rejected[static_cast<size_t>(RejectReason::NotJson)], uint64_t(1));
        QCOMPARE(st.events, uint64_t(0));
    } else if (name.startsWith(QLatin1String("time-difference-overflow"))) {
        // Times outside [1970, 2100) are out of range, so no two event times differ by 2^63 ns.
        QCOMPARE(st.rejected[static_cast<size_t>(RejectReason::OutOfRange)], uint64_t(5));
        QCOMPARE(st.events, uint64_t(0));
    } else if (name.startsWith(QLatin1String("cluster-bucket-huge-price"))) {
        // A liquidation at 1e300 is a valid frame; its cluster bucket is clamped, not overflowed.
        QCOMPARE(st.events, uint64_t(3));
        QCOMPARE(st.rejectedTotal(), uint64_t(0));
        const QJsonObject btc = QJsonDocument::fromJson(json).object().value(QStringLiteral("symbols")).toObject()
                                    .value(QStringLiteral("BTC")).toObject();
        QVERIFY(!btc.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstFuzzRegress)
#include "tst_fuzzregress.moc"
