#pragma once
// A relay on a WebSocket port: broadcasts frames to any number of clients the
// way the seed plan fixes the relay — a bounded per-client buffer, and a
// client that falls behind skips ahead (logged, counted), never disconnected.
// Used by flowdesk-relay and by the in-process demo/replay sources.
#include <QHostAddress>
#include <QObject>
#include <deque>
#include <string_view>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace fd {

struct RelayServerSettings {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 9001; // 0: ephemeral
    bool binary = false;
    bool envelope = false;
    int clientBufferFrames = 10000;
    qint64 socketHighWaterBytes = 4 << 20; // queue in our buffer above this much unsent data
};

class RelayServer : public QObject
{
    Q_OBJECT

public:
    explicit RelayServer(QObject *parent = nullptr);
    ~RelayServer() override;

    bool listen(const RelayServerSettings &settings, QString *error = nullptr);
    void close();
    quint16 port() const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }
    quint64 framesSent() const { return m_sent; }
    quint64 framesSkipped() const { return m_skipped; }
    size_t backlog() const; // largest per-client queue, in frames

    // Sends one relay frame (a JSON object) to every client.
    void broadcast(std::string_view frame);

Q_SIGNALS:
    void clientCountChanged(int clients);

private:
    struct Client {
        QWebSocket *ws = nullptr;
        std::deque<QByteArray> queue;
        bool warned = false;
    };
    void send(Client &c, const QByteArray &payload);
    void drain(Client &c);
    QByteArray wrap(std::string_view frame) const;
    void flushClients();

    static constexpr qint64 kFlushBytes = 64 * 1024; // broadcast bytes between socket flushes

    RelayServerSettings m_settings;
    QWebSocketServer *m_server = nullptr;
    std::vector<Client> m_clients;
    quint64 m_sent = 0, m_skipped = 0;
    qint64 m_unflushedBytes = 0;
};

} // namespace fd
