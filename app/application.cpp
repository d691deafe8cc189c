#include "application.h"

#include "settings.h"
#include "panels/style.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

namespace fd {

Application::Application(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("engine"));
    m_worker = new EngineWorker; // no parent: it lives in the engine thread
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::snapshotReady, this, &Application::onSnapshot, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::healthReady, this, [this](const HealthSnapshotPtr &h) {
        m_health = h;
        Q_EMIT healthReady(h);
    }, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::connectionStateChanged, this, [this](ConnectionState s, const QString &d) {
        m_state = s;
        Q_EMIT connectionStateChanged(s, d);
    }, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::replayProgress, this, &Application::replayProgress, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::sourceFinished, this, &Application::sourceFinished, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::recordingChanged, this, &Application::recordingChanged, Qt::QueuedConnection);
    m_thread->start();
}

Application::~Application()
{
    stop();
    // m_thread's GracefulDeleter quits and waits; the worker is deleted by QThread::finished.
}

void Application::start(const EngineSettings &settings)
{
    m_settings = settings;
    m_latest = {};
    m_health.reset();
    m_running = true;
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(fd::EngineSettings, settings));
    Q_EMIT started(settings.mode);
}

void Application::stop()
{
    if (!m_running || !m_thread->isRunning())
        return;
    m_running = false;
    // Blocking here is fine: stop() only closes the socket and timers.
    QMetaObject::invokeMethod(m_worker, "stop", Qt::BlockingQueuedConnection);
}

void Application::setPaused(bool paused) { QMetaObject::invokeMethod(m_worker, "setPaused", Qt::QueuedConnection, Q_ARG(bool, paused)); }
void Application::setSpeed(double speed) { QMetaObject::invokeMethod(m_worker, "setSpeed", Qt::QueuedConnection, Q_ARG(double, speed)); }
void Application::startRecording(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, "startRecording", Qt::QueuedConnection, Q_ARG(QString, path));
}
void Application::stopRecording() { QMetaObject::invokeMethod(m_worker, "stopRecording", Qt::QueuedConnection); }

void Application::onSnapshot(View view, const ViewSnapshotPtr &snapshot)
{
    const auto i = static_cast<size_t>(view);
    if (m_pending[i])
        ++m_dropped; // an older one was never shown: the newest wins
    m_latest[i] = snapshot;
    if (m_pending[i])
        return;
    m_pending[i] = true;
    // Delivered after the queued signals already waiting, so a backlog collapses to its newest snapshot.
    QTimer::singleShot(0, this, [this, view, i] {
        m_pending[i] = false;
        if (m_latest[i])
            Q_EMIT snapshotReady(view, m_latest[i]);
    });
}

QLocale installTranslations(const QString &language, const QString &qmDir)
{
    const QLocale locale = Settings::localeFor(language);
    QLocale::setDefault(locale); // QLocale() in dialogs and labels
    fmt::setLocale(locale);      // the panels' number format
    auto *app = QCoreApplication::instance();
    // Qt's own strings (standard buttons, context menus) where the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QCoreApplication::applicationDirPath() + QStringLiteral("/translations")))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English is the source language: no file, nothing to load.
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("flowdesk"), QStringLiteral("_"), qmDir))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return locale;
}

} // namespace fd
