#pragma once
// The desktop shell: docks (via PanelDocks), named workspaces, menus and
// shortcuts, the symbol toolbar, the replay toolbar and the status bar.
// Talks to the engine only through Application.
#include "alerts/alertengine.h"
#include "relay/engineworker.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QToolBar;
class QToolButton;

namespace fd {

class AlertNotifier;
class AlertsPanel;
class Application;
class Panel;
class PanelDocks;
class Settings;
class StatusIndicators;
class TokenStore;
class WorkspaceManager;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options {
        bool interactive = true;        // false: no modal questions (smoke, screenshots, tests)
        bool offerDemo = true;          // first start: offer demo data when no relay answers
        QString workspaceDir;           // empty: AppDataLocation/workspaces
    };

    MainWindow(Application *app, Settings *settings, TokenStore *tokens, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    PanelDocks *docks() const { return m_docks; }
    WorkspaceManager *workspaces() const { return m_workspaces; }
    StatusIndicators *indicators() const { return m_indicators; }
    QComboBox *symbolBox() const { return m_symbol; }
    AlertEngine *alertEngine() const { return m_alerts.get(); }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    AlertNotifier *alertNotifier() const { return m_notifier; }

    // Restores the last workspace (after show(), per house style 3.4) and the last session's arrangement.
    void restoreSession();
    void applyBuiltinWorkspace(int index);
    void startSource(const EngineSettings &settings);
    QString currentTitle() const { return windowTitle(); }
    void setAuthToken(const QString &token) { m_token = token; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolbars();
    void updateTitle();
    void showMessage(const QString &text, bool warn);
    void refreshWorkspaceMenu();
    void onSnapshot(View view, const ViewSnapshotPtr &snapshot);
    void onConnectionState(ConnectionState state, const QString &detail);
    void stepSymbol(int delta);
    Panel *pickPanel(const QString &purpose);
    void copyPanelImage();
    void savePanelImage();
    void saveWindowImage();
    void exportPanelCsv();
    void exportCsv(Panel *p);
    // Alerts (issue 6 §1): every snapshot, health update and state change goes
    // through the engine; its records go to the log, its notifications out.
    void buildAlerts();
    void handleAlerts(const AlertEngine::Output &out);
    void applyAlertRules(const std::vector<AlertRule> &rules);
    void editAlertRules();
    void showAlertsLog();
    void saveSessionAlertRules();
    void openSettings();
    void openRecording();
    void toggleRecording();
    void switchToDemo();
    void switchToRelay();
    void saveWorkspaceAs();
    void about();
    void maybeOfferDemo();
    EngineSettings baseEngineSettings() const;

    Application *m_app;
    Settings *m_settings;
    TokenStore *m_tokens;
    Options m_options;
    PanelDocks *m_docks = nullptr;
    WorkspaceManager *m_workspaces = nullptr;
    StatusIndicators *m_indicators = nullptr;
    QComboBox *m_symbol = nullptr;
    QToolBar *m_mainBar = nullptr;
    QToolBar *m_replayBar = nullptr;
    QAction *m_playPause = nullptr;
    QComboBox *m_speed = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_recordAction = nullptr;
    QMenu *m_workspaceMenu = nullptr;
    QMenu *m_loadMenu = nullptr;
    std::unique_ptr<AlertEngine> m_alerts;
    AlertNotifier *m_notifier = nullptr;
    AlertsPanel *m_alertsPanel = nullptr; // owned by its dock, which lives as long as the window
    QTimer *m_alertTimer = nullptr;
    QAction *m_muteAlerts = nullptr;
    QToolButton *m_alertLine = nullptr; // status bar: the latest alert when there is no system tray
    QTimer *m_alertLineTimer = nullptr;
    bool m_recording = false;
    bool m_paused = false;
    bool m_demoOffered = false;
    QString m_token;
    QPointer<Panel> m_lastPanel;
};

} // namespace fd
