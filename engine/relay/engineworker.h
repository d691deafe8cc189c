#pragma once
// The engine thread's worker: owns the relay client and the pipeline, and
// publishes immutable per-view snapshots on its own timers (250 ms / 1 s / 5 s).
// The GUI talks to it only through queued calls; it never waits for the GUI.
#include "core/pipeline.h"
#include "model/snapshot.h"
#include "relay/relayclient.h"

#include <QObject>
#include <array>
#include <memory>

class QTimer;

namespace fd {

struct EngineSettings {
    RelayClientSettings relay;
    std::array<int, 3> publishMs{250, 1000, 5000}; // micro, flow, risk
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

Q_SIGNALS:
    void snapshotReady(fd::View view, fd::ViewSnapshotPtr snapshot);
    void connectionStateChanged(fd::ConnectionState state, const QString &detail);

private:
    std::unique_ptr<Pipeline> m_pipeline;
    RelayClient *m_client = nullptr;
    std::array<QTimer *, 3> m_timers{};
};

} // namespace fd

Q_DECLARE_METATYPE(fd::View)
Q_DECLARE_METATYPE(fd::ViewSnapshotPtr)
Q_DECLARE_METATYPE(fd::EngineSettings)
Q_DECLARE_METATYPE(fd::ConnectionState)
