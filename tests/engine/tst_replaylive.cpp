// Replay equals live: a demo run (simulator → loopback relay → client) records
// its frames while publishing on event time; replaying the recording through
// the same path gives byte-identical snapshot JSON lines.
#include "core/snapshotjson.h"
#include "relay/engineworker.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace fd;

class TstReplayLive : public QObject
{
    Q_OBJECT

private slots:
    void replayEqualsLive();

private:
    QList<QByteArray> run(const EngineSettings &s, int stopAfterMs);
};

QList<QByteArray> TstReplayLive::run(const EngineSettings &s, int stopAfterMs)
{
    QThread thread;
    auto *worker = new EngineWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QList<QByteArray> lines;
    bool finished = false;
    connect(worker, &EngineWorker::snapshotReady, this, [&](View, ViewSnapshotPtr snap) {
        lines << QJsonDocument(snapshotToJson(*snap)).toJson(QJsonDocument::Compact);
    });
    connect(worker, &EngineWorker::sourceFinished, this, [&] { finished = true; });
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(fd::EngineSettings, s));
    if (stopAfterMs > 0)
        QTest::qWait(stopAfterMs);
    else
        QTest::qWaitFor([&] { return finished; }, 60000);
    QMetaObject::invokeMethod(worker, "stop", Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    QCoreApplication::processEvents(); // deliver queued snapshots
    return lines;
}

void TstReplayLive::replayEqualsLive()
{
    QTemporaryDir dir;
    const QString rec = dir.filePath(QStringLiteral("live.jsonl.gz"));
    EngineSettings live;
    live.mode = SourceMode::Demo;
    live.simulator.seed = 7;
    live.speed = 600; // ten minutes of market per second
    live.eventTimePublish = true;
    live.recordFile = rec;
    const QList<QByteArray> a = run(live, 2500);
    QVERIFY2(a.size() >= 100, qPrintable(QString::number(a.size()))); // ≥ 100 event-time publishes happened

    EngineSettings replay;
    replay.mode = SourceMode::Replay;
    replay.replayFile = rec;
    replay.speed = 0; // as fast as possible
    replay.eventTimePublish = true;
    const QList<QByteArray> b = run(replay, 0);
    QVERIFY(!b.isEmpty());
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i)
        QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("snapshot line %1 differs").arg(i)));
    // Not vacuous: the last snapshot carries real numbers.
    QVERIFY(a.last().contains("\"symbols\":{\"BTC\""));
    QVERIFY(!a.last().contains("\"total_usd\":0,"));
}

QTEST_GUILESS_MAIN(TstReplayLive)
#include "tst_replaylive.moc"
