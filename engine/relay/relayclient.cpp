#include "relayclient.h"

#include "util/timeutil.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringEncoder>
#include <QTimer>
#include <QWebSocket>

namespace fd {

const char *connectionStateName(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Offline: return QT_TRANSLATE_NOOP("Metrics", "Offline");
    case ConnectionState::Connecting: return QT_TRANSLATE_NOOP("Metrics", "Connecting");
    case ConnectionState::Live: return QT_TRANSLATE_NOOP("Metrics", "Live");
    case ConnectionState::Stale: return QT_TRANSLATE_NOOP("Metrics", "Stale");
    case ConnectionState::Reconnecting: return QT_TRANSLATE_NOOP("Metrics", "Reconnecting");
    case ConnectionState::Unauthorised: return QT_TRANSLATE_NOOP("Metrics", "Unauthorised");
    }
    return "Offline";
}

RelayClient::RelayClient(QObject *parent)
    : QObject(parent)
{
}

RelayClient::~RelayClient() = default;

int RelayClient::backoffMs(int attempt, const RelayClientSettings &s)
{
    qint64 d = s.backoffStartMs;
    for (int i = 0; i < attempt && d < s.backoffMaxMs; ++i)
        d *= 2;
    return static_cast<int>(std::min<qint64>(d, s.backoffMaxMs));
}

void RelayClient::start(const RelayClientSettings &settings)
{
    stop();
    m_settings = settings;
    m_running = true;
    m_unauthorised = false;
    m_attempt = 0;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RelayClient::connectNow);
        m_tickTimer = new QTimer(this);
        m_tickTimer->setInterval(500);
        connect(m_tickTimer, &QTimer::timeout, this, &RelayClient::onTick);
    }
    m_tickTimer->start();
    connectNow();
}

void RelayClient::stop()
{
    m_running = false;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_tickTimer)
        m_tickTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(ConnectionState::Offline);
}

void RelayClient::connectNow()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(m_settings.maxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(m_settings.maxMessageBytes);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        ++m_health.connects;
        m_sinceConnected.start();
        m_sinceData.start();
        m_sincePing.start();
        setState(ConnectionState::Live);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        ++m_health.disconnects;
        const QString why = m_socket ? m_socket->errorString() : QString();
        if (m_unauthorised)
            return;
        scheduleReconnect(why.isEmpty() ? QStringLiteral("disconnected") : why);
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        const QString why = m_socket ? m_socket->errorString() : QString();
        m_health.lastError = why;
        // A 401 means a bad token, not a transient failure: do not retry-storm.
        if (why.contains(QLatin1String("401"))) {
            m_unauthorised = true;
            m_retryTimer->stop();
            setState(ConnectionState::Unauthorised, why);
            return;
        }
        scheduleReconnect(why);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &m) {
        // Same bytes as m.toUtf8(), into a reused buffer (load test: one malloc/free less per frame).
        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        m_textUtf8.resize(utf8.requiredSpace(m.size()));
        const char *end = utf8.appendToBuffer(m_textUtf8.data(), m);
        m_textUtf8.resize(end - m_textUtf8.constData());
        onFrame(m_textUtf8);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RelayClient::onFrame);
    connect(m_socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &) { m_sinceData.start(); });

    QNetworkRequest req(m_settings.url);
    if (!m_settings.authToken.isEmpty()) {
        req.setRawHeader("x-auth-token", m_settings.authToken.toUtf8());
        req.setRawHeader("Authorization", "Bearer " + m_settings.authToken.toUtf8());
    }
#ifndef QT_NO_SSL
    if (m_settings.url.scheme() == QLatin1String("wss") && !m_settings.extraCaFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        auto certs = QSslCertificate::fromPath(m_settings.extraCaFile);
        ssl.addCaCertificates(certs);
        m_socket->setSslConfiguration(ssl);
    }
#endif
    setState(m_attempt == 0 ? ConnectionState::Connecting : ConnectionState::Reconnecting);
    m_socket->open(req);
}

void RelayClient::scheduleReconnect(const QString &why)
{
    if (!m_running || m_unauthorised || m_retryTimer->isActive())
        return;
    // A link that stayed up for a minute starts the backoff again from the bottom.
    if (m_sinceConnected.isValid() && m_sinceConnected.elapsed() >= m_settings.backoffResetAfterMs)
        m_attempt = 0;
    m_sinceConnected.invalidate();
    const int base = backoffMs(m_attempt++, m_settings);
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(base / 4 + 1));
    m_health.lastError = why;
    m_health.reconnectInMs = base + jitter;
    m_retryTimer->start(base + jitter);
    setState(ConnectionState::Reconnecting, why);
}

void RelayClient::setState(ConnectionState s, const QString &detail)
{
    if (m_health.state == s && detail.isEmpty())
        return;
    m_health.state = s;
    if (s != ConnectionState::Reconnecting)
        m_health.reconnectInMs = 0;
    Q_EMIT stateChanged(s, detail);
}

void RelayClient::onFrame(const QByteArray &utf8)
{
    m_sinceData.start();
    ++m_health.frames;
    m_health.bytes += static_cast<quint64>(utf8.size());
    if (m_health.state == ConnectionState::Stale)
        setState(ConnectionState::Live);
    if (m_sink)
        m_sink(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())),
               wallClockNs());
}

void RelayClient::onTick()
{
    if (m_retryTimer->isActive())
        m_health.reconnectInMs = m_retryTimer->remainingTime();
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_sincePing.elapsed() >= m_settings.pingIntervalMs) {
        m_socket->ping();
        m_sincePing.start();
    }
    const qint64 silent = m_sinceData.elapsed();
    if (silent >= m_settings.silenceTimeoutMs) {
        m_socket->disconnect(this);
        m_socket->abort();
        ++m_health.disconnects;
        scheduleReconnect(QStringLiteral("no data or pong for %1 s").arg(silent / 1000));
    } else if (silent >= m_settings.staleAfterMs && m_health.state == ConnectionState::Live) {
        setState(ConnectionState::Stale, QStringLiteral("no frame for %1 s").arg(silent / 1000));
    }
}

} // namespace fd
