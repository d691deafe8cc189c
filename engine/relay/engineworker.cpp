#include "engineworker.h"

#include <QTimer>

namespace fd {

EngineWorker::EngineWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fd::View>();
    qRegisterMetaType<fd::ViewSnapshotPtr>();
    qRegisterMetaType<fd::EngineSettings>();
    qRegisterMetaType<fd::ConnectionState>();
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::start(const EngineSettings &settings)
{
    stop();
    m_pipeline = std::make_unique<Pipeline>(settings.decoder, settings.metrics);
    if (!m_client) {
        m_client = new RelayClient(this); // created here, in the engine thread
        connect(m_client, &RelayClient::stateChanged, this, &EngineWorker::connectionStateChanged);
    }
    m_client->setFrameSink([this](std::string_view frame, qint64) { m_pipeline->feed(frame); });
    for (int i = 0; i < 3; ++i) {
        if (!m_timers[i]) {
            m_timers[i] = new QTimer(this);
            const auto view = static_cast<View>(i);
            connect(m_timers[i], &QTimer::timeout, this, [this, view] { publishNow(view); });
        }
        m_timers[i]->start(settings.publishMs[static_cast<size_t>(i)]);
    }
    m_client->start(settings.relay);
}

void EngineWorker::stop()
{
    for (QTimer *t : m_timers)
        if (t)
            t->stop();
    if (m_client)
        m_client->stop();
}

void EngineWorker::publishNow(View view)
{
    if (m_pipeline)
        Q_EMIT snapshotReady(view, m_pipeline->builder().build(view));
}

} // namespace fd
