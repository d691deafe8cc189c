// RelayClient against local fixtures: a QWebSocketServer serving the protocol
// examples as text and binary frames, a raw TCP server answering 401, and a
// server that is closed and reopened on the same port.
#include "relay/relayclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QWebSocketServer>
#include <QtTest>

using namespace fd;

class TstRelayClient : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesToTheCap();
    void framesArriveIntact_data();
    void framesArriveIntact();
    void unauthorisedStopsRetrying();
    void reconnectsAfterServerRestart();
    void silentRelayIsDroppedAndRetried();
    void wssVerifiesCertificates();

private:
    static QList<QByteArray> exampleLines()
    {
        QFile f(QStringLiteral(FLOWDESK_SHARED_DIR "/protocol/relay-examples.jsonl"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> out;
        for (const QByteArray &l : f.readAll().split('\n'))
            if (!l.trimmed().isEmpty())
                out << l;
        return out;
    }
};

void TstRelayClient::backoffDoublesToTheCap()
{
    RelayClientSettings s; // 0.5 s doubling to 10 s
    QCOMPARE(RelayClient::backoffMs(0, s), 500);
    QCOMPARE(RelayClient::backoffMs(1, s), 1000);
    QCOMPARE(RelayClient::backoffMs(4, s), 8000);
    QCOMPARE(RelayClient::backoffMs(5, s), 10000);
    QCOMPARE(RelayClient::backoffMs(50, s), 10000);
}

void TstRelayClient::framesArriveIntact_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("text") << false;
    QTest::newRow("binary") << true;
}

void TstRelayClient::framesArriveIntact()
{
    QFETCH(bool, binary);
    const QList<QByteArray> lines = exampleLines();
    QCOMPARE(lines.size(), 27);
    QWebSocketServer server(QStringLiteral("fixture"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *ws = server.nextPendingConnection();
        for (const QByteArray &l : lines) {
            if (binary)
                ws->sendBinaryMessage(l);
            else
                ws->sendTextMessage(QString::fromUtf8(l));
        }
    });
    RelayClient client;
    QList<QByteArray> got;
    client.setFrameSink([&](std::string_view f, qint64 ns) {
        QVERIFY(ns > 0);
        got << QByteArray(f.data(), static_cast<qsizetype>(f.size()));
    });
    RelayClientSettings s;
    s.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));
    client.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), lines.size(), 5000);
    QCOMPARE(got, lines); // byte-identical, in order
    QCOMPARE(client.health().state, ConnectionState::Live);
    QCOMPARE(client.health().connects, quint64(1));
    client.stop();
}

void TstRelayClient::unauthorisedStopsRetrying()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    QByteArray request;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        ++connections;
        connect(s, &QTcpSocket::readyRead, s, [s, &request] {
            request += s->readAll();
            if (request.contains("\r\n\r\n")) {
                s->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 12\r\nConnection: close\r\n\r\nUnauthorized");
                s->disconnectFromHost();
            }
        });
    });
    RelayClient client;
    QSignalSpy spy(&client, &RelayClient::stateChanged);
    RelayClientSettings s;
    s.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));
    s.authToken = QStringLiteral("wrong-token");
    client.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(client.health().state, ConnectionState::Unauthorised, 5000);
    QVERIFY(request.contains("x-auth-token: wrong-token"));
    QVERIFY(request.contains("Authorization: Bearer wrong-token"));
    QTest::qWait(1500); // longer than the first backoff: no retry may happen
    QCOMPARE(connections, 1);
    QCOMPARE(client.health().state, ConnectionState::Unauthorised);
}

void TstRelayClient::reconnectsAfterServerRestart()
{
    auto server = std::make_unique<QWebSocketServer>(QStringLiteral("fixture"), QWebSocketServer::NonSecureMode);
    QVERIFY(server->listen(QHostAddress::LocalHost, 0));
    const quint16 port = server->serverPort();
    QList<QWebSocket *> peers;
    auto serve = [&](QWebSocketServer *srv) {
        connect(srv, &QWebSocketServer::newConnection, this, [&, srv] {
            QWebSocket *ws = srv->nextPendingConnection();
            peers << ws;
            ws->sendTextMessage(QStringLiteral("{\"type\":\"welcome\"}"));
        });
    };
    serve(server.get());
    RelayClient client;
    int frames = 0;
    client.setFrameSink([&](std::string_view, qint64) { ++frames; });
    RelayClientSettings s;
    s.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    client.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(frames, 1, 5000);
    // Kill the relay: close every peer and the listener.
    for (QWebSocket *p : std::as_const(peers))
        p->abort();
    peers.clear();
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(client.health().state, ConnectionState::Reconnecting, 5000);
    // Restart on the same port: the client comes back by itself, within the backoff.
    auto again = std::make_unique<QWebSocketServer>(QStringLiteral("fixture"), QWebSocketServer::NonSecureMode);
    QVERIFY(again->listen(QHostAddress::LocalHost, port));
    serve(again.get());
    QTRY_COMPARE_WITH_TIMEOUT(frames, 2, 15000);
    QCOMPARE(client.health().state, ConnectionState::Live);
    QCOMPARE(client.health().connects, quint64(2));
    client.stop();
}

void TstRelayClient::silentRelayIsDroppedAndRetried()
{
    QWebSocketServer server(QStringLiteral("fixture"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    QList<QWebSocket *> peers;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        peers << server.nextPendingConnection(); // accept, then say nothing
        ++connections;
    });
    RelayClient client;
    RelayClientSettings s;
    s.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));
    s.staleAfterMs = 600;     // scaled-down timings of the 10 s / 45 s defaults
    s.silenceTimeoutMs = 1500;
    s.pingIntervalMs = 100000; // no pings, so no pongs: the link is truly silent
    client.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(client.health().state, ConnectionState::Stale, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(connections >= 2, 8000);
    client.stop();
}

void TstRelayClient::wssVerifiesCertificates()
{
    // A self-signed certificate for 127.0.0.1, made with the openssl CLI.
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
    const int rc = QProcess::execute(QStringLiteral("openssl"),
                                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                      QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QCOMPARE(rc, 0);
    QFile cf(cert), kf(key);
    QVERIFY(cf.open(QIODevice::ReadOnly) && kf.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(&cf, QSsl::Pem));
    ssl.setPrivateKey(QSslKey(&kf, QSsl::Rsa, QSsl::Pem));
    QWebSocketServer server(QStringLiteral("tls-fixture"), QWebSocketServer::SecureMode);
    server.setSslConfiguration(ssl);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        server.nextPendingConnection()->sendTextMessage(QStringLiteral("{\"type\":\"welcome\"}"));
    });
    connect(&server, &QWebSocketServer::peerVerifyError, this, [](const QSslError &) {});
    RelayClientSettings s;
    s.url = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(server.serverPort()));

    // Without the extra CA the self-signed certificate is refused: never Live, no frame.
    {
        RelayClient client;
        int frames = 0;
        client.setFrameSink([&](std::string_view, qint64) { ++frames; });
        client.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(!client.health().lastError.isEmpty(), 5000);
        QTest::qWait(300);
        QCOMPARE(frames, 0);
        QVERIFY(client.health().state != ConnectionState::Live);
        client.stop();
    }
    // With the certificate as an extra CA file, the same relay is trusted.
    {
        RelayClient client;
        int frames = 0;
        client.setFrameSink([&](std::string_view, qint64) { ++frames; });
        s.extraCaFile = cert;
        client.start(s);
        QTRY_COMPARE_WITH_TIMEOUT(frames, 1, 10000);
        QCOMPARE(client.health().state, ConnectionState::Live);
        client.stop();
    }
}

QTEST_GUILESS_MAIN(TstRelayClient)
#include "tst_relayclient.moc"
