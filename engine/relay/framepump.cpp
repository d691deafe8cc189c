#include "framepump.h"

#include <QTimer>

namespace fd {

FramePump::FramePump(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &FramePump::tick);
}

void FramePump::start(Source source, Sink sink, double speed)
{
    m_source = std::move(source);
    m_sink = std::move(sink);
    m_speed = speed;
    m_paused = m_finished = false;
    m_frames = 0;
    m_havePending = m_source(m_pending, m_pendingT);
    if (!m_havePending) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    m_lastT = m_pendingT;
    rebase();
    m_timer->start(m_speed > 0 ? 5 : 0);
}

void FramePump::stop() { m_timer->stop(); }

void FramePump::rebase()
{
    m_baseT = m_lastT;
    m_wall.start();
}

void FramePump::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        rebase();
}

void FramePump::setSpeed(double speed)
{
    m_speed = speed;
    rebase();
    if (m_timer->isActive())
        m_timer->start(m_speed > 0 ? 5 : 0);
}

void FramePump::tick()
{
    if (m_paused || m_finished || (m_gate && !m_gate()))
        return;
    // Bounded batches keep the event loop responsive even at "max".
    const int64_t target = m_speed > 0 ? m_baseT + static_cast<int64_t>(static_cast<double>(m_wall.nsecsElapsed()) * m_speed)
                                       : INT64_MAX;
    for (int n = 0; n < 20000 && m_havePending && m_pendingT <= target; ++n) {
        m_sink(m_pending, m_pendingT);
        ++m_frames;
        m_lastT = std::max(m_lastT, m_pendingT);
        m_havePending = m_source(m_pending, m_pendingT);
    }
    if (!m_havePending) {
        m_finished = true;
        m_timer->stop();
        Q_EMIT finished();
    }
}

} // namespace fd
