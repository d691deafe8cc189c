// The engine worker in its own QThread, fed by a loopback relay fixture that
// serves the golden scenario: snapshots published through queued signals must
// carry the same numbers as the golden file-fed run, whatever the transport.
#include "relay/engineworker.h"
#include "util/linereader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace fd;

class TstEngineWorker : public QObject
{
    Q_OBJECT

private slots:
    void goldenOverWebSocket_data();
    void goldenOverWebSocket();
};

void TstEngineWorker::goldenOverWebSocket_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<bool>("envelope");
    QTest::newRow("text") << false << false;
    QTest::newRow("binary+envelope") << true << true;
}

void TstEngineWorker::goldenOverWebSocket()
{
    QFETCH(bool, binary);
    QFETCH(bool, envelope);
    const std::string golden = FLOWDESK_SHARED_DIR "/testdata/golden";
    QList<QByteArray> frames;
    QVERIFY(forEachLine(golden + "/scenario.jsonl.gz", [&](std::string_view l) {
        QByteArray f(l.data(), static_cast<qsizetype>(l.size()));
        if (envelope && !f.contains("\"type\":\"welcome\""))
            f = "{\"schema_version\":1,\"source\":\"fixture\",\"time_sent\":\"2025-12-12T10:00:00Z\",\"payload\":" + f + "}";
        frames << f;
    }));
    QCOMPARE(frames.size(), 36241);

    QWebSocketServer server(QStringLiteral("fixture"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *ws = server.nextPendingConnection();
        for (const QByteArray &f : std::as_const(frames))
            binary ? ws->sendBinaryMessage(f) : ws->sendTextMessage(QString::fromUtf8(f));
    });

    QThread thread;
    thread.setObjectName(QStringLiteral("engine"));
    auto *worker = new EngineWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();

    ViewSnapshotPtr latest;
    connect(worker, &EngineWorker::snapshotReady, this, [&](View v, ViewSnapshotPtr s) {
        QVERIFY(QThread::currentThread() == this->thread()); // delivered queued, in the GUI thread
        if (v == View::Microstructure)
            latest = std::move(s);
    });
    EngineSettings st;
    st.relay.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));
    st.publishMs = {50, 200, 1000};
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(fd::EngineSettings, st));

    QTRY_VERIFY_WITH_TIMEOUT(latest && latest->clockNs == 1765534080000000000LL, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(latest->eventsApplied == 36230, 10000); // all market frames (10 ignored kinds)
    const SymbolSnapshot *btc = latest->find("BTC");
    QVERIFY(btc);
    // golden expected.json final: BTC perp 5 m volume 40,796,675.04012 USD, VWAP 89,300.18853095127
    QVERIFY(std::abs(btc->volume[1][0].totalUsd - 40796675.04012) <= 0.01);
    QVERIFY(std::abs(btc->volume[1][0].vwap.v - 89300.18853095127) <= 1e-9 * 89300.0);
    QCOMPARE(btc->clusters.front().low, 89000.0);

    QMetaObject::invokeMethod(worker, "stop", Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TstEngineWorker)
#include "tst_engineworker.moc"
