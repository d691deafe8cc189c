// RelayServer: welcome first, every client gets every frame (text, binary,
// envelope), and a client that stops reading skips ahead without being dropped.
#include "core/decoder.h"
#include "relay/relayserver.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace fd;

class TstRelayServer : public QObject
{
    Q_OBJECT

private slots:
    void broadcastsToEveryClient_data();
    void broadcastsToEveryClient();
    void slowClientSkipsAheadAndStaysConnected();
};

static const char *kTrade = R"({"time_exchange":"2025-12-12T10:00:00.123Z","time_received":"2025-12-12T10:00:00.131052711Z","exchange":"BinanceFuturesUsd","instrument":{"base":"btc","quote":"usdt","kind":"Perpetual"},"kind":"trade","data":{"amount":0.035,"id":"6548213970","price":92415.3,"side":"Sell"}})";

void TstRelayServer::broadcastsToEveryClient_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<bool>("envelope");
    QTest::newRow("text") << false << false;
    QTest::newRow("binary") << true << false;
    QTest::newRow("binary+envelope") << true << true;
}

void TstRelayServer::broadcastsToEveryClient()
{
    QFETCH(bool, binary);
    QFETCH(bool, envelope);
    RelayServer server;
    RelayServerSettings s;
    s.port = 0;
    s.binary = binary;
    s.envelope = envelope;
    QVERIFY(server.listen(s));
    QList<QByteArray> got[2];
    QWebSocket clients[2];
    for (int i = 0; i < 2; ++i) {
        connect(&clients[i], &QWebSocket::textMessageReceived, this, [&, i](const QString &m) {
            QVERIFY(!binary);
            got[i] << m.toUtf8();
        });
        connect(&clients[i], &QWebSocket::binaryMessageReceived, this, [&, i](const QByteArray &m) {
            QVERIFY(binary);
            got[i] << m;
        });
        clients[i].open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(got[0].size() == 1 && got[1].size() == 1, 5000);
    for (int n = 0; n < 100; ++n)
        server.broadcast(kTrade);
    QTRY_VERIFY_WITH_TIMEOUT(got[0].size() == 101 && got[1].size() == 101, 5000);
    // The decoder sees: the welcome, then 100 identical trades (unwrapped when enveloped).
    for (int i = 0; i < 2; ++i) {
        Decoder dec;
        MarketEvent ev;
        QCOMPARE(dec.decode(got[i][0].toStdString(), ev), DecodeStatus::Welcome);
        for (int n = 1; n <= 100; ++n) {
            QCOMPARE(dec.decode(got[i][n].toStdString(), ev), DecodeStatus::Event);
            QCOMPARE(ev.price, 92415.3);
        }
        QCOMPARE(dec.stats().envelopes, envelope ? uint64_t(100) : uint64_t(0));
    }
    QCOMPARE(server.framesSent(), quint64(2 * 101));
    QCOMPARE(server.framesSkipped(), quint64(0));
}

void TstRelayServer::slowClientSkipsAheadAndStaysConnected()
{
    RelayServer server;
    RelayServerSettings s;
    s.port = 0;
    s.binary = true;
    s.clientBufferFrames = 100;
    s.socketHighWaterBytes = 64 * 1024;
    QVERIFY(server.listen(s));
    QWebSocket client;
    quint64 received = 0;
    connect(&client, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &) { ++received; });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(received, quint64(1), 5000);
    // Burst far beyond socket high water + 100 buffered frames without letting the
    // event loop run: the server must skip the oldest frames for this client.
    const QByteArray big(8 * 1024, 'x');
    const std::string frame = "{\"pad\":\"" + big.toStdString() + "\"}";
    const int burst = 2000;
    for (int n = 0; n < burst; ++n)
        server.broadcast(frame);
    QVERIFY(server.framesSkipped() > 0);
    QVERIFY(server.backlog() <= 100);
    // Everything not skipped still arrives, and the client was never disconnected.
    QTRY_COMPARE_WITH_TIMEOUT(received, quint64(1 + burst) - server.framesSkipped(), 10000);
    QCOMPARE(server.clientCount(), 1);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(TstRelayServer)
#include "tst_relayserver.moc"
