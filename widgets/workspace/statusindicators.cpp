#include "statusindicators.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <cmath>
#include <map>

namespace fd {

namespace {
enum class Tone { Good, Warn, Bad };
// The dark theme's bright green/amber/red are too faint on the light theme's grey
// status bar (about 2:1): there the darker shades of the same hues.
QString toneColour(Tone t)
{
    const bool light = QGuiApplication::palette().color(QPalette::Window).lightness() > 128;
    switch (t) {
    case Tone::Good: return light ? QStringLiteral("#1a7f37") : QStringLiteral("#3fb950");
    case Tone::Warn: return light ? QStringLiteral("#9a6700") : QStringLiteral("#d29922");
    case Tone::Bad: break;
    }
    return light ? QStringLiteral("#cf222e") : QStringLiteral("#f85149");
}
} // namespace

StatusIndicators::StatusIndicators(QStatusBar *bar)
    : QObject(bar)
{
    auto label = [bar](const char *name, bool permanent = true) {
        auto *l = new QLabel(bar);
        l->setObjectName(QString::fromLatin1(name));
        l->setContentsMargins(6, 0, 6, 0);
        if (permanent)
            bar->addPermanentWidget(l);
        else
            bar->addWidget(l);
        return l;
    };
    m_badge = label("status.badge", false);
    m_connection = label("status.connection", false);
    m_rate = label("status.rate", false);
    m_dots = new QWidget(bar);
    m_dots->setObjectName(QStringLiteral("status.venues"));
    m_dotLayout = new QHBoxLayout(m_dots);
    m_dotLayout->setContentsMargins(0, 0, 0, 0);
    m_dotLayout->setSpacing(2);
    bar->addWidget(m_dots);
    m_skew = label("status.skew");
    m_recording = label("status.recording");
    m_recording->hide();
    m_badge->hide();
    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &StatusIndicators::refreshConnection);
    m_rate->setText(tr("– msgs/s"));
    m_skew->setText(tr("skew n/a"));
    refreshConnection();
}

void StatusIndicators::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Relay) {
        m_badge->hide();
        m_badge->clear();
        return;
    }
    m_badge->setText(mode == Mode::Demo ? tr("DEMO") : tr("REPLAY"));
    m_badge->setStyleSheet(mode == Mode::Demo ? QStringLiteral("QLabel{background:#b58900;color:black;font-weight:bold;border-radius:3px;padding:0 6px;}")
                                              : QStringLiteral("QLabel{background:#268bd2;color:white;font-weight:bold;border-radius:3px;padding:0 6px;}"));
    m_badge->show();
}

QString StatusIndicators::badgeText() const { return m_badge->isHidden() ? QString() : m_badge->text(); }

void StatusIndicators::setConnectionState(ConnectionState state, const QString &detail, int reconnectInMs)
{
    m_state = state;
    m_detail = detail;
    if (reconnectInMs >= 0) {
        m_reconnectInMs = reconnectInMs;
        m_reconnectClock.restart();
    }
    if (state == ConnectionState::Reconnecting)
        m_tick->start();
    else
        m_tick->stop();
    refreshConnection();
}

QString StatusIndicators::connectionText() const { return m_connection->text(); }

void StatusIndicators::refreshConnection()
{
    QString text = QCoreApplication::translate("Metrics", connectionStateName(m_state));
    QString colour = QStringLiteral("#888888");
    switch (m_state) {
    case ConnectionState::Live: colour = toneColour(Tone::Good); break;
    case ConnectionState::Connecting: colour = toneColour(Tone::Warn); break;
    case ConnectionState::Stale: colour = toneColour(Tone::Warn); break;
    case ConnectionState::Reconnecting: {
        colour = toneColour(Tone::Bad);
        const qint64 left = m_reconnectClock.isValid() ? m_reconnectInMs - m_reconnectClock.elapsed() : m_reconnectInMs;
        text = tr("Reconnecting in %1 s").arg(std::max<qint64>(0, (left + 999) / 1000));
        break;
    }
    case ConnectionState::Unauthorised: colour = toneColour(Tone::Bad); text = tr("Unauthorised — check the auth token"); break;
    case ConnectionState::Offline: colour = toneColour(Tone::Bad); break;
    }
    m_connection->setText(QStringLiteral("● ") + text);
    m_connection->setStyleSheet(QStringLiteral("QLabel{color:%1;}").arg(colour));
    m_connection->setToolTip(m_detail);
}

void StatusIndicators::applyHealth(const HealthSnapshotPtr &h)
{
    if (!h)
        return;
    if (h->connection.state != m_state || (m_state == ConnectionState::Reconnecting && !m_tick->isActive()))
        setConnectionState(h->connection.state, h->connection.lastError, h->connection.reconnectInMs);
    m_rate->setText(tr("%1 msgs/s").arg(QLocale().toString(h->msgsPerSec, 'f', 0)));
    m_skew->setText(skewText(*h));
    // Per venue: green all fresh, yellow some stale, red all stale.
    std::map<QString, std::pair<int, int>> venues; // venue → (streams, stale)
    for (const StreamHealth &s : h->streams) {
        auto &v = venues[QString::fromStdString(s.venue.empty() ? s.exchange : s.venue)];
        ++v.first;
        v.second += s.stale ? 1 : 0;
    }
    for (const auto &[venue, counts] : venues) {
        QToolButton *b = m_dotButtons.value(venue);
        if (!b) {
            b = new QToolButton(m_dots);
            b->setObjectName(QStringLiteral("status.venue.") + venue);
            b->setAutoRaise(true);
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
            connect(b, &QToolButton::clicked, this, [this, venue = venue] { Q_EMIT venueClicked(venue); });
            m_dotLayout->addWidget(b);
            m_dotButtons.insert(venue, b);
            m_dotOrder << venue;
        }
        const QString colour = counts.second == 0 ? toneColour(Tone::Good) : counts.second < counts.first ? toneColour(Tone::Warn) : toneColour(Tone::Bad);
        b->setText(QStringLiteral("● ") + venue);
        b->setStyleSheet(QStringLiteral("QToolButton{color:%1;}").arg(colour));
        b->setToolTip(tr("%1: %2 streams, %3 stale — click for Feed Health").arg(venue).arg(counts.first).arg(counts.second));
    }
}

QString StatusIndicators::skewText(const HealthSnapshot &h)
{
    if (h.simulatedClock)
        return tr("skew n/a (simulated or replayed clock)");
    if (std::isnan(h.skewMedianMs))
        return tr("skew n/a");
    return tr("skew %1 ms (p95 %2 ms)").arg(QLocale().toString(h.skewMedianMs, 'f', 0), QLocale().toString(h.skewP95Ms, 'f', 0));
}

QString StatusIndicators::venueDotTip(const QString &venue) const
{
    const QToolButton *b = m_dotButtons.value(venue);
    return b ? b->toolTip() : QString();
}

void StatusIndicators::setRecording(bool on, const QString &path)
{
    m_recording->setVisible(on);
    m_recording->setText(tr("● REC"));
    m_recording->setStyleSheet(QStringLiteral("QLabel{color:%1;font-weight:bold;}").arg(toneColour(Tone::Bad)));
    m_recording->setToolTip(on ? tr("Recording to %1").arg(path) : QString());
}

} // namespace fd
