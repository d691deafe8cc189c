#include "headless.h"

#include "core/snapshotjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <cstdio>

int runHeadless(const HeadlessOptions &o)
{
    for (const QString &v : o.views)
        if (v != QLatin1String("micro") && v != QLatin1String("flow") && v != QLatin1String("risk") && v != QLatin1String("health")) {
            std::fprintf(stderr, "flowdesk: %s\n",
                         qPrintable(QCoreApplication::translate("main", "unknown view '%1' (use micro, flow, risk, health).").arg(v)));
            return 2;
        }
    if (o.engine.mode == fd::SourceMode::Replay && !QFile::exists(o.engine.replayFile)) {
        std::fprintf(stderr, "flowdesk: %s\n",
                     qPrintable(QCoreApplication::translate("main", "the recording %1 does not exist.").arg(o.engine.replayFile)));
        return 2;
    }
    QFile out;
    if (o.out == QLatin1String("-")) {
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 2;
    } else {
        out.setFileName(o.out);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "flowdesk: %s\n",
                         qPrintable(QCoreApplication::translate("main", "cannot write %1: %2.").arg(o.out, out.errorString())));
            return 2;
        }
    }
    auto write = [&out](const QJsonObject &obj) {
        out.write(QJsonDocument(obj).toJson(QJsonDocument::Compact));
        out.write("\n");
        out.flush();
    };

    QThread thread;
    thread.setObjectName(QStringLiteral("engine"));
    auto *worker = new fd::EngineWorker;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();

    const bool wantHealth = o.views.contains(QLatin1String("health"));
    quint64 frames = 0;
    QObject::connect(worker, &fd::EngineWorker::snapshotReady, qApp, [&](fd::View v, fd::ViewSnapshotPtr s) {
        if (o.views.contains(QLatin1String(fd::viewName(v))))
            write(fd::snapshotToJson(*s));
    });
    QObject::connect(worker, &fd::EngineWorker::healthReady, qApp, [&](fd::HealthSnapshotPtr h) {
        frames = h->frames;
        if (wantHealth)
            write(fd::healthToJson(*h));
    });
    int exitCode = 0;
    QString failure;
    QObject::connect(worker, &fd::EngineWorker::connectionStateChanged, qApp, [&](fd::ConnectionState s, const QString &d) {
        if (s == fd::ConnectionState::Unauthorised) {
            failure = QCoreApplication::translate("main", "the relay refused the connection as unauthorised (check the auth token): %1").arg(d);
            exitCode = 3;
            QCoreApplication::quit();
        }
    });
    auto finish = [&] {
        // Last snapshots of every view, then stop.
        for (int v = 0; v < 3; ++v)
            QMetaObject::invokeMethod(worker, "publishNow", Qt::BlockingQueuedConnection, Q_ARG(fd::View, static_cast<fd::View>(v)));
        QMetaObject::invokeMethod(worker, "publishHealth", Qt::BlockingQueuedConnection);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    QObject::connect(worker, &fd::EngineWorker::sourceFinished, qApp, finish);
    if (o.durationSec > 0)
        QTimer::singleShot(static_cast<int>(o.durationSec * 1000), qApp, [&] {
            QMetaObject::invokeMethod(worker, "publishHealth", Qt::BlockingQueuedConnection);
            QCoreApplication::processEvents();
            if (frames == 0 && o.engine.mode == fd::SourceMode::Relay) {
                failure = QCoreApplication::translate("main", "could not reach the relay at %1 within %2 s")
                              .arg(o.engine.relay.url.toString())
                              .arg(o.durationSec);
                exitCode = 1;
                QCoreApplication::quit();
                return;
            }
            finish();
        });
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(fd::EngineSettings, o.engine));
    QCoreApplication::exec();
    QMetaObject::invokeMethod(worker, "stop", Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    QCoreApplication::processEvents();
    if (!failure.isEmpty())
        std::fprintf(stderr, "flowdesk: %s.\n", qPrintable(failure));
    return exitCode;
}
