#include "relayserver.h"

#include "util/timeutil.h"

#include <QDateTime>
#include <QPointer>
#include <QVarLengthArray>
#include <QWebSocket>
#include <QWebSocketServer>

namespace fd {

RelayServer::RelayServer(QObject *parent)
    : QObject(parent)
{
}

RelayServer::~RelayServer() { close(); }

bool RelayServer::listen(const RelayServerSettings &settings, QString *error)
{
    close();
    m_settings = settings;
    m_server = new QWebSocketServer(QStringLiteral("flowdesk-relay"), QWebSocketServer::NonSecureMode, this);
    if (!m_server->listen(settings.address, settings.port)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_server->nextPendingConnection()) {
            ws->setParent(this);
            m_clients.push_back({ws, {}, false});
            // The welcome is never wrapped in the envelope (RELAY_PROTOCOL.md §1.4–1.5).
            const std::string welcome = "{\"message\":\"Connected to barter-data market feed\",\"timestamp\":\""
                                        + formatRfc3339(wallClockNs()) + "\",\"type\":\"welcome\"}";
            send(m_clients.back(), QByteArray(welcome.data(), static_cast<qsizetype>(welcome.size())));
            connect(ws, &QWebSocket::bytesWritten, this, [this, ws] {
                for (Client &c : m_clients)
                    if (c.ws == ws)
                        drain(c);
            });
            connect(ws, &QWebSocket::disconnected, this, [this, ws] {
                std::erase_if(m_clients, [ws](const Client &c) { return c.ws == ws; });
                ws->deleteLater();
                Q_EMIT clientCountChanged(clientCount());
            });
            Q_EMIT clientCountChanged(clientCount());
        }
    });
    return true;
}

void RelayServer::close()
{
    for (Client &c : m_clients) {
        c.ws->disconnect(this);
        c.ws->abort();
        c.ws->deleteLater();
    }
    m_clients.clear();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

size_t RelayServer::backlog() const
{
    size_t n = 0;
    for (const Client &c : m_clients)
        n = std::max(n, c.queue.size());
    return n;
}

quint16 RelayServer::port() const { return m_server ? m_server->serverPort() : 0; }

QByteArray RelayServer::wrap(std::string_view frame) const
{
    if (!m_settings.envelope)
        return QByteArray(frame.data(), static_cast<qsizetype>(frame.size()));
    QByteArray out;
    out.reserve(static_cast<qsizetype>(frame.size()) + 96);
    out += "{\"schema_version\":1,\"source\":\"flowdesk-relay\",\"time_sent\":\"";
    out += formatRfc3339(wallClockNs());
    out += "\",\"payload\":";
    out.append(frame.data(), static_cast<qsizetype>(frame.size()));
    out += '}';
    return out;
}

void RelayServer::broadcast(std::string_view frame)
{
    if (m_clients.empty())
        return;
    const QByteArray payload = wrap(frame);
    for (Client &c : m_clients)
        send(c, payload);
    // Qt hands a socket's buffer to the kernel one 32 KiB block per event-loop pass. A pump
    // catching up runs long batches with few passes in between, so without this the socket
    // starves, the per-client buffer overflows and the relay skips frames while the
    // client sits idle (loopback load test: ~1,500 of 200,000 msgs/s delivered).
    m_unflushedBytes += static_cast<qint64>(payload.size());
    if (m_unflushedBytes >= kFlushBytes)
        flushClients();
}

void RelayServer::flushClients()
{
    m_unflushedBytes = 0;
    // flush() may report a failed write at once (disconnected() erases from m_clients) and
    // emits bytesWritten (drain()): walk a copy of the sockets.
    QVarLengthArray<QPointer<QWebSocket>, 4> sockets;
    for (const Client &c : m_clients)
        sockets.append(c.ws);
    for (const QPointer<QWebSocket> &ws : sockets)
        if (ws && ws->bytesToWrite() > 0)
            ws->flush(); // without blocking: writes what the kernel takes now
}

void RelayServer::send(Client &c, const QByteArray &payload)
{
    if (c.queue.empty() && c.ws->bytesToWrite() < m_settings.socketHighWaterBytes) {
        if (m_settings.binary)
            c.ws->sendBinaryMessage(payload);
        else
            c.ws->sendTextMessage(QString::fromUtf8(payload));
        ++m_sent;
        return;
    }
    c.queue.push_back(payload);
    if (static_cast<int>(c.queue.size()) > m_settings.clientBufferFrames) {
        c.queue.pop_front(); // skip ahead: the oldest frame is lost, the client stays connected
        ++m_skipped;
        if (!c.warned) {
            qWarning("flowdesk-relay: client %s fell behind; skipping ahead (buffer %d frames)",
                     qPrintable(c.ws->peerAddress().toString()), m_settings.clientBufferFrames);
            c.warned = true;
        }
    }
}

void RelayServer::drain(Client &c)
{
    while (!c.queue.empty() && c.ws->bytesToWrite() < m_settings.socketHighWaterBytes) {
        if (m_settings.binary)
            c.ws->sendBinaryMessage(c.queue.front());
        else
            c.ws->sendTextMessage(QString::fromUtf8(c.queue.front()));
        c.queue.pop_front();
        ++m_sent;
    }
    if (c.queue.empty())
        c.warned = false;
}

} // namespace fd
