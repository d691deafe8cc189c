#pragma once
// Composition root: owns the engine thread ("engine", quit + wait on
// destruction) and its EngineWorker, and talks to it only through queued
// calls and signals. Keeps only the newest snapshot per view: if the GUI falls
// behind, intermediate snapshots are dropped, never queued up.
#include "relay/engineworker.h"

#include <QLocale>
#include <QObject>
#include <QThread>
#include <array>
#include <memory>

namespace fd {

class Application : public QObject
{
    Q_OBJECT

public:
    struct GracefulDeleter {
        void operator()(QThread *t) const
        {
            t->quit();
            t->wait();
            delete t;
        }
    };

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // (Re)starts the engine on a source; queued into the engine thread.
    void start(const EngineSettings &settings);
    // Stops the source (socket closed, timers stopped) and waits for it.
    void stop();
    void setPaused(bool paused);
    void setSpeed(double speed);
    void startRecording(const QString &path);
    void stopRecording();

    const EngineSettings &engineSettings() const { return m_settings; }
    SourceMode mode() const { return m_settings.mode; }
    bool running() const { return m_running; }
    ConnectionState connectionState() const { return m_state; }
    ViewSnapshotPtr latest(View v) const { return m_latest[static_cast<size_t>(v)]; }
    HealthSnapshotPtr latestHealth() const { return m_health; }
    QThread *engineThread() const { return m_thread.get(); }
    quint64 droppedSnapshots() const { return m_dropped; }

Q_SIGNALS:
    void started(fd::SourceMode mode);
    void snapshotReady(fd::View view, fd::ViewSnapshotPtr snapshot); // newest only
    void healthReady(fd::HealthSnapshotPtr health);
    void connectionStateChanged(fd::ConnectionState state, const QString &detail);
    void replayProgress(double fraction, qint64 frames);
    void sourceFinished();
    void recordingChanged(bool on, const QString &path);

private:
    void onSnapshot(View view, const ViewSnapshotPtr &snapshot);

    std::unique_ptr<QThread, GracefulDeleter> m_thread;
    EngineWorker *m_worker = nullptr;
    EngineSettings m_settings;
    bool m_running = false;
    ConnectionState m_state = ConnectionState::Offline;
    std::array<ViewSnapshotPtr, 3> m_latest{};
    std::array<bool, 3> m_pending{};
    HealthSnapshotPtr m_health;
    quint64 m_dropped = 0;
};

// Installs FlowDesk's translation (embedded under :/i18n) and Qt's own (qtbase)
// for a language code ("" = the system's, "en", "de", "zh_CN"), and makes that
// locale the default for numbers in labels (never in data files). Call once at
// startup, before any window or command-line help is built. Returns the locale.
QLocale installTranslations(const QString &language, const QString &qmDir = QStringLiteral(":/i18n"));

} // namespace fd
