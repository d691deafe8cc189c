#pragma once
// WebSocket client for the barter-data-server relay: reconnects forever with
// exponential backoff and jitter, pings every 15 s and drops a link that has
// been silent for 45 s (the relay never pings and never announces lag, so
// trouble is detected by time: RELAY_PROTOCOL.md §1.7–1.8). Lives in the
// engine thread; its QWebSocket is created in start(), inside that thread.
#include "model/connectionhealth.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <string_view>

class QWebSocket;
class QTimer;

namespace fd {


struct RelayClientSettings {
    QUrl url{QStringLiteral("ws://127.0.0.1:9001")};
    QString authToken;       // sent as x-auth-token and Authorization: Bearer
    QString extraCaFile;     // optional PEM added to the default CAs (never a blanket ignore)
    int pingIntervalMs = 15000;
    int silenceTimeoutMs = 45000;
    int staleAfterMs = 10000; // no frame for this long: Stale (still connected)
    int backoffStartMs = 500;
    int backoffMaxMs = 10000;
    int backoffResetAfterMs = 60000;
    quint64 maxMessageBytes = 16u << 20;
};

class RelayClient : public QObject
{
    Q_OBJECT

public:
    using FrameSink = std::function<void(std::string_view frame, qint64 receivedNs)>;

    explicit RelayClient(QObject *parent = nullptr);
    ~RelayClient() override;

    // Called for every frame (text or binary: both are UTF-8 JSON), in the engine thread.
    void setFrameSink(FrameSink sink) { m_sink = std::move(sink); }
    const ConnectionHealth &health() const { return m_health; }
    // Delay of the n-th consecutive retry (0-based) before jitter.
    static int backoffMs(int attempt, const RelayClientSettings &s);

public Q_SLOTS:
    void start(const fd::RelayClientSettings &settings);
    void stop();

Q_SIGNALS:
    void stateChanged(fd::ConnectionState state, const QString &detail);

private:
    void connectNow();
    void scheduleReconnect(const QString &why);
    void setState(ConnectionState s, const QString &detail = {});
    void onFrame(const QByteArray &utf8);
    void onTick();

    RelayClientSettings m_settings;
    FrameSink m_sink;
    QWebSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_tickTimer = nullptr;
    QElapsedTimer m_sinceData, m_sincePing, m_sinceConnected;
    QByteArray m_textUtf8; // text frames re-encoded here: no allocation per frame
    ConnectionHealth m_health;
    int m_attempt = 0;
    bool m_running = false;
    bool m_unauthorised = false;
};

} // namespace fd
