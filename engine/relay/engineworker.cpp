#include "engineworker.h"

#include "relay/framepump.h"
#include "relay/relayserver.h"
#include "util/timeutil.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace fd {

EngineWorker::EngineWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fd::View>();
    qRegisterMetaType<fd::ViewSnapshotPtr>();
    qRegisterMetaType<fd::HealthSnapshotPtr>();
    qRegisterMetaType<fd::EngineSettings>();
    qRegisterMetaType<fd::ConnectionState>();
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::start(const EngineSettings &settings)
{
    stop();
    m_settings = settings;
    m_pipeline = std::make_unique<Pipeline>(settings.decoder, settings.metrics);
    m_lastEventPeriod = {};
    if (!m_client) {
        m_client = new RelayClient(this); // created here, in the engine thread
        connect(m_client, &RelayClient::stateChanged, this, &EngineWorker::connectionStateChanged);
        m_client->setFrameSink([this](std::string_view f, qint64 ns) { onFrame(f, ns); });
        for (int i = 0; i < 3; ++i) {
            m_timers[static_cast<size_t>(i)] = new QTimer(this);
            const auto view = static_cast<View>(i);
            connect(m_timers[static_cast<size_t>(i)], &QTimer::timeout, this, [this, view] { publishNow(view); });
        }
        m_healthTimer = new QTimer(this);
        connect(m_healthTimer, &QTimer::timeout, this, &EngineWorker::publishHealth);
    }
    if (!settings.eventTimePublish)
        for (size_t i = 0; i < 3; ++i)
            m_timers[i]->start(settings.publishMs[i]);
    m_healthTimer->start(settings.healthMs);
    if (!settings.recordFile.isEmpty())
        startRecording(settings.recordFile);

    RelayClientSettings relay = settings.relay;
    if (settings.mode != SourceMode::Relay) {
        // Demo and replay go through a loopback relay and the same client path.
        m_server = new RelayServer(this);
        RelayServerSettings rs;
        rs.port = 0;
        rs.clientBufferFrames = 200000;
        QString err;
        if (!m_server->listen(rs, &err)) {
            Q_EMIT connectionStateChanged(ConnectionState::Offline, err);
            return;
        }
        FramePump::Source source;
        if (settings.mode == SourceMode::Demo) {
            m_sim = std::make_unique<MarketSimulator>(settings.simulator);
            source = [this](std::string &f, int64_t &t) {
                t = m_sim->next(f);
                return true;
            };
        } else {
            m_reader = std::make_unique<RecordingReader>();
            std::string error;
            if (!m_reader->open(settings.replayFile.toStdString(), &error)) {
                Q_EMIT connectionStateChanged(ConnectionState::Offline, QString::fromStdString(error));
                return;
            }
            // Pace by the recorded receive time; a plain relay JSON-lines file has
            // none, so it is paced by its own time_exchange order at "max".
            source = [this](std::string &f, int64_t &t) {
                int64_t rx = 0;
                if (!m_reader->next(f, rx))
                    return false;
                t = rx;
                return true;
            };
        }
        m_pump = new FramePump(this);
        // In-process sources never outrun the client: wait while frames are queued.
        m_pump->setGate([this] { return m_server && m_server->backlog() < 1000; });
        connect(m_pump, &FramePump::finished, this, [this] {
            // Finished only once the loopback client has received every frame sent.
            auto *wait = new QTimer(this);
            connect(wait, &QTimer::timeout, this, [this, wait] {
                if (m_server && m_client->health().frames < m_server->framesSent())
                    return;
                wait->deleteLater();
                Q_EMIT replayProgress(1.0, static_cast<qint64>(m_pump ? m_pump->frames() : 0));
                Q_EMIT sourceFinished();
            });
            wait->start(10);
        });
        connect(m_server, &RelayServer::clientCountChanged, this, [this](int n) {
            if (n > 0 && m_pump && !m_pump->frames() && !m_pump->isFinished())
                m_pump->start(
                    [src = std::move(m_pendingSource)](std::string &f, int64_t &t) mutable { return src(f, t); },
                    [this](const std::string &f, int64_t) { m_server->broadcast(f); }, m_settings.speed);
        });
        m_pendingSource = std::move(source);
        relay.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
        relay.authToken.clear();
    }
    m_client->start(relay);
}

void EngineWorker::stop()
{
    for (QTimer *t : m_timers)
        if (t)
            t->stop();
    if (m_healthTimer)
        m_healthTimer->stop();
    if (m_client)
        m_client->stop();
    if (m_pump) {
        m_pump->stop();
        m_pump->deleteLater();
        m_pump = nullptr;
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    stopRecording();
}

void EngineWorker::onFrame(std::string_view frame, qint64 receivedNs)
{
    if (m_recorder.isOpen())
        m_recorder.write(frame, receivedNs);
    if (!m_oldestUnpublishedRxNs)
        m_oldestUnpublishedRxNs = receivedNs;
    m_pipeline->feed(frame, receivedNs);
    if (m_settings.eventTimePublish) {
        const int64_t clock = m_pipeline->aggregator().clockNs();
        for (size_t i = 0; i < 3; ++i) {
            const int64_t period = floorDiv(clock, int64_t(m_settings.publishMs[i]) * kNsPerMs);
            if (period > m_lastEventPeriod[i]) {
                if (m_lastEventPeriod[i] != 0)
                    publishNow(static_cast<View>(i));
                m_lastEventPeriod[i] = period;
            }
        }
    }
    if (m_reader && m_pump && (m_pump->frames() & 1023) == 0)
        Q_EMIT replayProgress(m_reader->progress(), static_cast<qint64>(m_pump->frames()));
}

void EngineWorker::publishNow(View view)
{
    if (!m_pipeline)
        return;
    Q_EMIT snapshotReady(view, m_pipeline->builder().build(view));
    if (view == View::Microstructure && m_oldestUnpublishedRxNs) {
        const double ms = static_cast<double>(wallClockNs() - m_oldestUnpublishedRxNs) / kNsPerMs;
        if (m_latencyMs.size() < 1000)
            m_latencyMs.push_back(ms);
        else
            m_latencyMs[m_latencyNext++ % 1000] = ms;
        m_oldestUnpublishedRxNs = 0;
    }
}

void EngineWorker::publishHealth()
{
    if (!m_pipeline)
        return;
    auto h = std::make_shared<HealthSnapshot>(m_pipeline->health(wallClockNs()));
    if (m_client)
        h->connection = m_client->health();
    h->simulatedClock = m_settings.mode != SourceMode::Relay;
    if (!m_latencyMs.empty()) {
        std::vector<double> v = m_latencyMs;
        std::sort(v.begin(), v.end());
        h->publishLatencyP50Ms = v[v.size() / 2];
        h->publishLatencyP99Ms = v[std::min(v.size() - 1, static_cast<size_t>(0.99 * static_cast<double>(v.size())))];
    }
    Q_EMIT healthReady(h);
}

void EngineWorker::setPaused(bool paused)
{
    if (m_pump)
        m_pump->setPaused(paused);
}

void EngineWorker::setSpeed(double speed)
{
    m_settings.speed = speed;
    if (m_pump)
        m_pump->setSpeed(speed);
}

bool EngineWorker::startRecording(const QString &path)
{
    std::string error;
    const bool ok = m_recorder.open(path.toStdString(), &error);
    Q_EMIT recordingChanged(ok, path);
    return ok;
}

void EngineWorker::stopRecording()
{
    if (m_recorder.isOpen()) {
        m_recorder.close();
        Q_EMIT recordingChanged(false, QString());
    }
}

} // namespace fd
