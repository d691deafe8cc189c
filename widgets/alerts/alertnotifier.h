#pragma once
// Turns alert notifications into something a person notices: a beep
// (QApplication::beep; no Qt Multimedia) and a desktop notification through
// the system tray. Without a tray (many Wayland desktops, Xvfb, tests) the
// text goes to fallbackMessage() for the status bar instead.
#include "alerts/alertengine.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace fd {

class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QWidget *window);

    bool trayAvailable() const;
    // Muted: no beep and no tray balloon (the status-bar line still appears).
    void setMuted(bool muted) { m_muted = muted; }
    bool muted() const { return m_muted; }
    void notify(const AlertNotification &n);
    int shownCount() const { return m_shown; }

Q_SIGNALS:
    void fallbackMessage(const QString &text, fd::AlertSeverity severity);
    void activated(); // the user clicked the notification or the tray icon

private:
    QSystemTrayIcon *tray();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_muted = false;
    int m_shown = 0;
};

} // namespace fd
