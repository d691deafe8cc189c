#pragma once
// Paces a frame source (simulator or recording) in wall time: frames whose
// time ≤ start + elapsed × speed are handed to the sink; speed 0 means as fast
// as possible. Pause, speed changes and progress for the replay controls.
#include <QElapsedTimer>
#include <QObject>
#include <functional>
#include <string>

class QTimer;

namespace fd {

class FramePump : public QObject
{
    Q_OBJECT

public:
    // Returns false at the end; tNs is the pacing time of the frame.
    using Source = std::function<bool(std::string &frame, int64_t &tNs)>;
    using Sink = std::function<void(const std::string &frame, int64_t tNs)>;

    explicit FramePump(QObject *parent = nullptr);
    void start(Source source, Sink sink, double speed);
    void stop();
    void setPaused(bool paused);
    void setSpeed(double speed); // 0 = max
    // Back-pressure: while the gate says no, the pump waits (no frame is dropped).
    void setGate(std::function<bool()> gate) { m_gate = std::move(gate); }
    bool isPaused() const { return m_paused; }
    double speed() const { return m_speed; }
    bool isFinished() const { return m_finished; }
    quint64 frames() const { return m_frames; }
    int64_t currentTimeNs() const { return m_lastT; }

Q_SIGNALS:
    void finished();

private:
    void tick();
    void rebase();

    Source m_source;
    Sink m_sink;
    std::function<bool()> m_gate;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_wall;
    double m_speed = 1;
    bool m_paused = false, m_finished = false, m_havePending = false;
    std::string m_pending;
    int64_t m_pendingT = 0, m_baseT = 0, m_lastT = 0;
    quint64 m_frames = 0;
};

} // namespace fd
