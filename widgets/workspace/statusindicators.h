#pragma once
// The status bar's live indicators: connection state with reconnect
// countdown, msgs/s, one health dot per venue (click: Feed Health), the
// DEMO / REPLAY badge, the recording indicator and clock skew.
#include "core/feedhealth.h"
#include "model/connectionhealth.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;
class QToolButton;
class QHBoxLayout;
class QWidget;

namespace fd {

class StatusIndicators : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Relay, Demo, Replay };

    explicit StatusIndicators(QStatusBar *bar);

    void setMode(Mode mode);
    void setConnectionState(ConnectionState state, const QString &detail, int reconnectInMs = -1);
    void applyHealth(const HealthSnapshotPtr &health);
    void setRecording(bool on, const QString &path);

    // Clock skew as the status bar and Feed Health show it: n/a with the reason
    // for simulated or replayed clocks, or when no trades/L1 have arrived yet.
    static QString skewText(const HealthSnapshot &h);

    QString connectionText() const;
    QString badgeText() const;
    QStringList venues() const { return m_dotOrder; }
    QString venueDotTip(const QString &venue) const;

Q_SIGNALS:
    void venueClicked(const QString &venue);

private:
    void refreshConnection();

    QLabel *m_connection, *m_rate, *m_skew, *m_badge, *m_recording;
    QWidget *m_dots;
    QHBoxLayout *m_dotLayout;
    QHash<QString, QToolButton *> m_dotButtons;
    QStringList m_dotOrder;
    QTimer *m_tick;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_detail;
    QElapsedTimer m_reconnectClock;
    int m_reconnectInMs = 0;
    Mode m_mode = Mode::Relay;
};

} // namespace fd
