#pragma once
// The engine thread's worker: owns the relay client, the pipeline and (for
// demo and replay) a loopback relay, and publishes immutable per-view
// snapshots. The GUI talks to it only through queued calls; it never waits
// for the GUI, and the newest snapshot wins if the GUI falls behind.
#include "core/pipeline.h"
#include "model/snapshot.h"
#include "relay/framepump.h"
#include "relay/recording.h"
#include "relay/relayclient.h"
#include "sim/marketsimulator.h"

#include <QObject>
#include <array>
#include <vector>
#include <memory>

class QTimer;

namespace fd {

class RelayServer;

enum class SourceMode { Relay, Demo, Replay };

struct EngineSettings {
    SourceMode mode = SourceMode::Relay;
    RelayClientSettings relay;
    SimulatorSettings simulator;       // demo
    QString replayFile;                // replay
    double speed = 1.0;                // demo/replay pacing; 0 = as fast as possible
    QString recordFile;                // record raw frames while running
    std::array<int, 3> publishMs{250, 1000, 5000}; // micro, flow, risk
    int healthMs = 1000;
    // Publish when the event clock crosses each period instead of on wall-clock
    // timers: the same frames then give the same snapshot lines at any speed.
    bool eventTimePublish = false;
    DecoderSettings decoder;
    MetricSettings metrics;
};

class EngineWorker : public QObject
{
    Q_OBJECT

public:
    explicit EngineWorker(QObject *parent = nullptr);
    ~EngineWorker() override;
    Pipeline *pipeline() { return m_pipeline.get(); } // engine thread only

public Q_SLOTS:
    void start(const fd::EngineSettings &settings);
    void stop();
    void publishNow(fd::View view);
    void publishHealth();
    void setPaused(bool paused);
    void setSpeed(double speed);
    bool startRecording(const QString &path);
    void stopRecording();

Q_SIGNALS:
    void snapshotReady(fd::View view, fd::ViewSnapshotPtr snapshot);
    void healthReady(fd::HealthSnapshotPtr health);
    void connectionStateChanged(fd::ConnectionState state, const QString &detail);
    void replayProgress(double fraction, qint64 frames);
    void sourceFinished(); // replay reached its end
    void recordingChanged(bool on, const QString &path);

private:
    void onFrame(std::string_view frame, qint64 receivedNs);

    EngineSettings m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    RelayClient *m_client = nullptr;
    RelayServer *m_server = nullptr; // demo / replay loopback relay
    FramePump *m_pump = nullptr;
    std::unique_ptr<MarketSimulator> m_sim;
    std::unique_ptr<RecordingReader> m_reader;
    RecordingWriter m_recorder;
    std::array<QTimer *, 3> m_timers{};
    QTimer *m_healthTimer = nullptr;
    std::array<int64_t, 3> m_lastEventPeriod{};
    FramePump::Source m_pendingSource; // started when the loopback client connects
    qint64 m_oldestUnpublishedRxNs = 0;   // receipt time of the first frame since the last micro publish
    std::vector<double> m_latencyMs;      // ring of the last 1,000 publish latencies
    size_t m_latencyNext = 0;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::View)
Q_DECLARE_METATYPE(fd::ViewSnapshotPtr)
Q_DECLARE_METATYPE(fd::HealthSnapshotPtr)
Q_DECLARE_METATYPE(fd::EngineSettings)
Q_DECLARE_METATYPE(fd::ConnectionState)
