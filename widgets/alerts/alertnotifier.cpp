#include "alertnotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace fd {

AlertNotifier::AlertNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool AlertNotifier::trayAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QSystemTrayIcon *AlertNotifier::tray()
{
    if (m_tray || !trayAvailable())
        return m_tray;
    // Created on the first notification only: no tray icon for people who use no alerts.
    QIcon icon = m_window ? m_window->windowIcon() : QIcon();
    if (icon.isNull())
        icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("FlowDesk alerts"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, &AlertNotifier::activated);
    m_tray->show();
    return m_tray;
}

void AlertNotifier::notify(const AlertNotification &n)
{
    ++m_shown;
    if (n.sound && !m_muted)
        QApplication::beep();
    if (!n.desktop)
        return;
    const QString text = n.title + QStringLiteral(": ") + n.message;
    QSystemTrayIcon *t = m_muted ? nullptr : tray();
    if (!t) {
        Q_EMIT fallbackMessage(text, n.severity);
        return;
    }
    const auto icon = n.severity == AlertSeverity::Critical  ? QSystemTrayIcon::Critical
                      : n.severity == AlertSeverity::Warning ? QSystemTrayIcon::Warning
                                                             : QSystemTrayIcon::Information;
    t->showMessage(n.title, n.message, icon, 10000);
}

} // namespace fd
