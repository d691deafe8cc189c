#include "mainwindow.h"

#include "application.h"
#include "alerts/alertnotifier.h"
#include "alerts/alertrulesdialog.h"
#include "alerts/alertspanel.h"
#include "panel.h"
#include "panelcatalog.h"
#include "paneldocks.h"
#include "settings.h"
#include "settingsdialog.h"
#include "statusindicators.h"
#include "tokenstore.h"
#include "workspacemanager.h"
#include "feedhealthpanel.h"
#include "panels/style.h"
#include "util/timeutil.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace fd {

MainWindow::MainWindow(Application *app, Settings *settings, TokenStore *tokens, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_options(options)
{
    setObjectName(QStringLiteral("window.main"));
    resize(1600, 900);
    m_docks = new PanelDocks(this);
    m_workspaces = new WorkspaceManager(m_docks, options.workspaceDir, this);
    m_indicators = new StatusIndicators(statusBar());
    buildAlerts();
    buildToolbars();
    buildMenus();
    m_docks->setGlobalSymbol(settings->globalSymbol());

    connect(m_app, &Application::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_app, &Application::healthReady, this, [this](const HealthSnapshotPtr &h) {
        m_docks->deliverHealth(h);
        m_indicators->applyHealth(h);
        const int64_t now = wallClockNs();
        handleAlerts(m_alerts->onHealth(*h, now));
        // Only a real relay can be "disconnected"; demo and replay use an in-process loopback.
        if (m_app->mode() == SourceMode::Relay && m_app->running())
            handleAlerts(m_alerts->onConnectionState(h->connection.state, now, h->connection.lastError));
    });
    connect(m_app, &Application::started, this, [this] { m_alerts->resetState(); });
    connect(m_app, &Application::connectionStateChanged, this, &MainWindow::onConnectionState);
    connect(m_app, &Application::recordingChanged, this, [this](bool on, const QString &path) {
        m_recording = on;
        m_indicators->setRecording(on, path);
        m_recordAction->setText(on ? tr("Stop &Recording") : tr("Start &Recording…"));
        if (on)
            showMessage(tr("Recording to %1").arg(path), false);
    });
    connect(m_app, &Application::replayProgress, this, [this](double f, qint64 frames) {
        m_progress->setValue(static_cast<int>(f * 1000));
        m_progress->setFormat(tr("%1 % · %2 frames").arg(f * 100, 0, 'f', 1).arg(frames));
    });
    connect(m_app, &Application::sourceFinished, this, [this] {
        m_progress->setValue(1000);
        showMessage(tr("Replay finished."), false);
    });
    connect(m_indicators, &StatusIndicators::venueClicked, this, [this](const QString &venue) {
        QDockWidget *d = m_docks->dock(QStringLiteral("panel.feedhealth"));
        d->show();
        d->raise();
        if (auto *fh = qobject_cast<FeedHealthPanel *>(m_docks->panel(QStringLiteral("panel.feedhealth"))))
            fh->setVenueFilter(fh->venueFilter() == venue ? QString() : venue);
    });
    connect(m_workspaces, &WorkspaceManager::currentChanged, this, &MainWindow::updateTitle);
    connect(m_workspaces, &WorkspaceManager::listChanged, this, &MainWindow::refreshWorkspaceMenu);
    connect(m_docks, &PanelDocks::globalSymbolChanged, this, [this](const QString &s) {
        m_settings->setGlobalSymbol(s);
        if (m_symbol->currentText() != s)
            m_symbol->setCurrentText(s);
    });
    // Remember which panel the user last worked in (copy/export act on it).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget())
            if (auto *p = qobject_cast<Panel *>(w)) {
                m_lastPanel = p;
                break;
            }
    });
    refreshWorkspaceMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildAlerts()
{
    m_alerts = std::make_unique<AlertEngine>();
    m_notifier = new AlertNotifier(this);
    // Tests and screenshot runs make no noise and no tray icons.
    m_notifier->setMuted(!m_options.interactive || QSettings().value(QStringLiteral("Alerts/muted"), false).toBool());
    // Without a tray the latest alert shows in the status bar, as a permanent widget so it
    // never hides the DEMO badge or the connection state (temporary messages would).
    m_alertLine = new QToolButton(statusBar());
    m_alertLine->setObjectName(QStringLiteral("status.alert"));
    m_alertLine->setAutoRaise(true);
    m_alertLine->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_alertLine->hide();
    statusBar()->addPermanentWidget(m_alertLine);
    connect(m_alertLine, &QToolButton::clicked, this, &MainWindow::showAlertsLog);
    m_alertLineTimer = new QTimer(this);
    m_alertLineTimer->setSingleShot(true);
    connect(m_alertLineTimer, &QTimer::timeout, m_alertLine, &QWidget::hide);
    connect(m_notifier, &AlertNotifier::fallbackMessage, this, [this](const QString &text, AlertSeverity severity) {
        const QString full = tr("Alert: %1").arg(text);
        m_alertLine->setText(m_alertLine->fontMetrics().elidedText(full, Qt::ElideRight, 640));
        m_alertLine->setToolTip(full + QLatin1Char('\n') + tr("Click to open the Alerts Log."));
        QPalette p = m_alertLine->palette();
        p.setColor(QPalette::ButtonText, toneColor(AlertsPanel::severityTone(severity), this));
        m_alertLine->setPalette(p);
        m_alertLine->show();
        m_alertLineTimer->start(20000);
    });
    connect(m_notifier, &AlertNotifier::activated, this, &MainWindow::showAlertsLog);
    m_alertsPanel = qobject_cast<AlertsPanel *>(m_docks->panel(QStringLiteral("panel.alerts")));
    if (m_alertsPanel) {
        connect(m_alertsPanel, &AlertsPanel::editRulesRequested, this, &MainWindow::editAlertRules);
        connect(m_alertsPanel, &AlertsPanel::exportRequested, this, [this] { exportCsv(m_alertsPanel); });
    }
    connect(m_workspaces, &WorkspaceManager::alertRulesChanged, this, [this] { applyAlertRules(m_workspaces->alertRules()); });
    applyAlertRules(m_workspaces->alertRules());
    // Relay-disconnected timing and end-of-cool-down summaries need a clock, not data.
    m_alertTimer = new QTimer(this);
    m_alertTimer->setObjectName(QStringLiteral("timer.alerts"));
    connect(m_alertTimer, &QTimer::timeout, this, [this] { handleAlerts(m_alerts->tick(wallClockNs())); });
    m_alertTimer->start(1000);
}

void MainWindow::applyAlertRules(const std::vector<AlertRule> &rules)
{
    m_alerts->setRules(rules);
    if (m_alertsPanel)
        m_alertsPanel->setRuleCounts(m_alerts->activeRuleCount(), static_cast<int>(rules.size()));
}

void MainWindow::handleAlerts(const AlertEngine::Output &out)
{
    if (out.empty())
        return;
    if (m_alertsPanel)
        m_alertsPanel->addRecords(out.records);
    for (const AlertNotification &n : out.notifications)
        m_notifier->notify(n);
}

void MainWindow::showAlertsLog()
{
    QDockWidget *d = m_docks->dock(QStringLiteral("panel.alerts"));
    if (!d)
        return;
    d->show();
    d->raise();
    if (isMinimized())
        showNormal();
    activateWindow();
}

void MainWindow::editAlertRules()
{
    QStringList symbols;
    for (int i = 0; i < m_symbol->count(); ++i)
        symbols << m_symbol->itemText(i);
    AlertRulesDialog dlg(m_alerts->rules(), symbols, m_notifier->trayAvailable(), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const std::vector<AlertRule> rules = dlg.rules();
    m_workspaces->setAlertRules(rules);
    applyAlertRules(rules);
    saveSessionAlertRules();
    const QString ws = m_workspaces->current();
    showMessage(m_workspaces->exists(ws) ? tr("Alert rules updated: %1 active. Save the workspace (Ctrl+S) to keep them with \"%2\".")
                                               .arg(m_alerts->activeRuleCount())
                                               .arg(ws)
                                         : tr("Alert rules updated: %1 active. Save the workspace as a named one to keep them with it.")
                                               .arg(m_alerts->activeRuleCount()),
                false);
}

void MainWindow::saveSessionAlertRules()
{
    // Like the dock arrangement, the rules in force survive a restart even when unsaved.
    QSettings().setValue(QStringLiteral("Session/alertRules"),
                         QString::fromUtf8(QJsonDocument(alertRulesToJson(m_alerts->rules())).toJson(QJsonDocument::Compact)));
}

void MainWindow::buildToolbars()
{
    m_mainBar = addToolBar(tr("Main"));
    m_mainBar->setObjectName(QStringLiteral("toolbar.main"));
    m_mainBar->addWidget(new QLabel(tr(" Symbol ")));
    m_symbol = new QComboBox;
    m_symbol->setObjectName(QStringLiteral("toolbar.symbol"));
    m_symbol->setMinimumContentsLength(6);
    m_symbol->addItems({QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("SOL")});
    m_symbol->setCurrentText(m_settings->globalSymbol());
    m_symbol->setToolTip(tr("Global symbol (each panel can override it)"));
    connect(m_symbol, &QComboBox::currentTextChanged, m_docks, &PanelDocks::setGlobalSymbol);
    m_mainBar->addWidget(m_symbol);

    m_replayBar = addToolBar(tr("Replay"));
    m_replayBar->setObjectName(QStringLiteral("toolbar.replay"));
    m_playPause = m_replayBar->addAction(tr("Pause"));
    m_playPause->setObjectName(QStringLiteral("action.replay.pause"));
    m_playPause->setShortcut(Qt::Key_Space);
    connect(m_playPause, &QAction::triggered, this, [this] {
        m_paused = !m_paused;
        m_app->setPaused(m_paused);
        m_playPause->setText(m_paused ? tr("Play") : tr("Pause"));
    });
    m_speed = new QComboBox;
    m_speed->setObjectName(QStringLiteral("replay.speed"));
    m_speed->addItem(QStringLiteral("1×"), 1.0);
    m_speed->addItem(QStringLiteral("10×"), 10.0);
    m_speed->addItem(QStringLiteral("60×"), 60.0);
    m_speed->addItem(tr("max"), 0.0);
    connect(m_speed, &QComboBox::activated, this, [this](int i) { m_app->setSpeed(m_speed->itemData(i).toDouble()); });
    m_replayBar->addWidget(new QLabel(tr(" Speed ")));
    m_replayBar->addWidget(m_speed);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("replay.progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(260);
    m_progressAction = m_replayBar->addWidget(m_progress);
    m_replayBar->hide();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Recording…"), this, &MainWindow::openRecording);
    open->setShortcut(QKeySequence::Open);
    m_recordAction = file->addAction(tr("Start &Recording…"), this, &MainWindow::toggleRecording);
    m_recordAction->setObjectName(QStringLiteral("action.record"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    file->addAction(tr("Connect to &Relay"), this, &MainWindow::switchToRelay);
    file->addAction(tr("Run on &Demo Data"), this, &MainWindow::switchToDemo);
    file->addSeparator();
    file->addAction(tr("Copy Panel Image"), this, &MainWindow::copyPanelImage)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addAction(tr("Save Panel as PNG…"), this, &MainWindow::savePanelImage);
    file->addAction(tr("Export Panel as CSV…"), this, &MainWindow::exportPanelCsv)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Copy Window Image"), this, [this] { QApplication::clipboard()->setPixmap(grab()); });
    file->addAction(tr("Save Window as PNG…"), this, &MainWindow::saveWindowImage);
    file->addSeparator();
    QAction *prefs = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    const QStringList builtins = PanelDocks::builtinNames();
    for (int i = 0; i < builtins.size(); ++i) {
        QAction *a = m_workspaceMenu->addAction(PanelDocks::mnemonicSafe(builtins.at(i)), this, [this, i] { applyBuiltinWorkspace(i); });
        a->setObjectName(QStringLiteral("action.workspace.%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    m_workspaceMenu->addSeparator();
    m_loadMenu = m_workspaceMenu->addMenu(tr("&Saved Workspaces"));
    QAction *save = m_workspaceMenu->addAction(tr("&Save"), this, [this] {
        if (PanelDocks::builtinIndex(m_workspaces->current()) >= 0 || m_workspaces->current().isEmpty())
            return saveWorkspaceAs();
        QString err;
        if (m_workspaces->save(m_workspaces->current(), &err))
            showMessage(tr("Workspace \"%1\" saved to %2").arg(m_workspaces->current(), m_workspaces->filePath(m_workspaces->current())), false);
        else
            showMessage(err, true);
    });
    save->setObjectName(QStringLiteral("action.workspace.save"));
    save->setShortcut(QKeySequence::Save);
    m_workspaceMenu->addAction(tr("Save &As…"), this, &MainWindow::saveWorkspaceAs)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_workspaceMenu->addAction(tr("&Rename…"), this, [this] {
        const QString from = m_workspaces->current();
        if (!m_workspaces->exists(from))
            return showMessage(tr("Only saved workspaces can be renamed; save this one first."), true);
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Rename Workspace"), tr("New name:"), QLineEdit::Normal, from, &ok);
        QString err;
        if (ok && !m_workspaces->rename(from, to.trimmed(), &err))
            showMessage(err, true);
    });
    m_workspaceMenu->addAction(tr("&Duplicate…"), this, [this] {
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Duplicate Workspace"), tr("Name of the copy:"), QLineEdit::Normal,
                                                 tr("%1 copy").arg(m_workspaces->current()), &ok);
        QString err;
        if (ok && !m_workspaces->duplicate(m_workspaces->current(), to.trimmed(), &err))
            showMessage(err, true);
    });
    m_workspaceMenu->addAction(tr("De&lete…"), this, [this] {
        const QStringList names = m_workspaces->savedNames();
        if (names.isEmpty())
            return showMessage(tr("There are no saved workspaces."), false);
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Delete Workspace"), tr("Workspace:"), names, 0, false, &ok);
        QString err;
        if (ok && !m_workspaces->remove(name, &err))
            showMessage(err, true);
    });
    m_workspaceMenu->addSeparator();
    m_workspaceMenu->addAction(tr("&Export…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Workspace"), m_workspaces->current() + QStringLiteral(".json"),
                                                          tr("Workspace (*.json)"));
        QString err;
        if (!path.isEmpty() && !m_workspaces->exportTo(path, &err))
            showMessage(err, true);
    });
    m_workspaceMenu->addAction(tr("&Import…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Workspace"), {}, tr("Workspace (*.json)"));
        if (path.isEmpty())
            return;
        const auto r = m_workspaces->importFrom(path);
        if (!r.message.isEmpty())
            showMessage(r.message, !r.ok || !r.alertProblems.isEmpty());
    });

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    alerts->setObjectName(QStringLiteral("menu.alerts"));
    QAction *rules = alerts->addAction(tr("Edit Alert &Rules…"), this, &MainWindow::editAlertRules);
    rules->setObjectName(QStringLiteral("action.alerts.rules"));
    rules->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    alerts->addAction(tr("Show Alerts &Log"), this, &MainWindow::showAlertsLog)->setObjectName(QStringLiteral("action.alerts.log"));
    m_muteAlerts = alerts->addAction(tr("&Mute Sound and Desktop Notifications"));
    m_muteAlerts->setObjectName(QStringLiteral("action.alerts.mute"));
    m_muteAlerts->setCheckable(true);
    m_muteAlerts->setChecked(QSettings().value(QStringLiteral("Alerts/muted"), false).toBool());
    m_muteAlerts->setToolTip(tr("Alerts are still logged; only the beep and the desktop notification stop."));
    connect(m_muteAlerts, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("Alerts/muted"), on);
        m_notifier->setMuted(on || !m_options.interactive);
    });
    alerts->addSeparator();
    alerts->addAction(tr("&Clear Alerts Log"), this, [this] {
        if (m_alertsPanel)
            m_alertsPanel->clear();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *d : m_docks->docks())
        panels->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(m_mainBar->toggleViewAction());
    view->addAction(m_replayBar->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Next Symbol"), this, [this] { stepSymbol(+1); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    view->addAction(tr("&Previous Symbol"), this, [this] { stepSymbol(-1); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    view->addSeparator();
    QAction *fs = view->addAction(tr("&Full Screen"), this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    fs->setShortcut(QKeySequence(Qt::Key_F11));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FlowDesk"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::refreshWorkspaceMenu()
{
    m_loadMenu->clear();
    const QStringList names = m_workspaces->savedNames();
    for (const QString &n : names)
        m_loadMenu->addAction(PanelDocks::mnemonicSafe(n), this, [this, n] {
            const auto r = m_workspaces->load(n);
            if (!r.message.isEmpty())
                showMessage(r.message, !r.ok || r.fellBack || !r.alertProblems.isEmpty());
        });
    m_loadMenu->setEnabled(!names.isEmpty());
}

void MainWindow::applyBuiltinWorkspace(int index) { m_workspaces->applyBuiltin(index); }

void MainWindow::restoreSession()
{
    const auto r = m_workspaces->restoreLast();
    if (!r.message.isEmpty())
        showMessage(r.message, r.fellBack || !r.alertProblems.isEmpty());
    // What the window looked like when it was closed (unsaved changes to the workspace included).
    QSettings s;
    const QByteArray state = s.value(QStringLiteral("Session/state")).toByteArray();
    if (!r.fellBack && !state.isEmpty()) {
        restoreGeometry(s.value(QStringLiteral("Session/geometry")).toByteArray());
        if (restoreState(state, WorkspaceManager::kLayoutVersion))
            m_workspaces->bringFloatingOnScreen();
    }
    // The alert rules in force when the window closed (edited since the workspace was saved, perhaps).
    const QString rules = s.value(QStringLiteral("Session/alertRules")).toString();
    if (!rules.isEmpty()) {
        QStringList problems;
        const auto parsed = alertRulesFromJson(QJsonDocument::fromJson(rules.toUtf8()).object(), &problems);
        m_workspaces->setAlertRules(parsed);
        applyAlertRules(parsed);
        if (!problems.isEmpty())
            showMessage(tr("Alert rules of the last session (%1): %2.").arg(s.fileName(), problems.join(QStringLiteral("; "))), true);
    }
}

EngineSettings MainWindow::baseEngineSettings() const
{
    EngineSettings e = m_app->engineSettings();
    e.relay.url = m_settings->relayUrl();
    e.relay.extraCaFile = m_settings->extraCaFile();
    if (!m_token.isEmpty())
        e.relay.authToken = m_token;
    e.decoder.okxSizesInContracts = m_settings->okxSizesInContracts();
    e.simulator.okxContracts = m_settings->okxSizesInContracts();
    e.metrics = m_settings->metrics();
    e.publishMs = m_settings->publishMs();
    e.recordFile.clear();
    return e;
}

void MainWindow::startSource(const EngineSettings &settings)
{
    m_paused = false;
    m_playPause->setText(tr("Pause"));
    m_app->start(settings);
    const bool replay = settings.mode == SourceMode::Replay;
    m_replayBar->setVisible(replay || settings.mode == SourceMode::Demo);
    m_progressAction->setVisible(replay); // a toolbar widget is shown/hidden through its action
    m_progress->setValue(0);
    const int si = m_speed->findData(settings.speed);
    if (si >= 0)
        m_speed->setCurrentIndex(si);
    m_indicators->setMode(settings.mode == SourceMode::Demo ? StatusIndicators::Mode::Demo
                          : replay                           ? StatusIndicators::Mode::Replay
                                                             : StatusIndicators::Mode::Relay);
    m_indicators->setConnectionState(ConnectionState::Connecting, {});
    updateTitle();
    if (settings.mode == SourceMode::Relay && m_options.offerDemo && m_options.interactive)
        QTimer::singleShot(3000, this, &MainWindow::maybeOfferDemo);
}

void MainWindow::maybeOfferDemo()
{
    if (m_demoOffered || m_app->mode() != SourceMode::Relay || m_app->connectionState() == ConnectionState::Live)
        return;
    if (m_settings->demoPreference() == Settings::DemoPreference::KeepRelay)
        return;
    if (m_settings->demoPreference() == Settings::DemoPreference::UseDemo)
        return switchToDemo();
    m_demoOffered = true;
    QMessageBox box(QMessageBox::Question, tr("No relay"),
                    tr("No relay answered at %1 within 3 seconds.\n\nRun on built-in demo data instead? Demo data is "
                       "simulated and labelled DEMO.")
                        .arg(m_settings->relayUrl().toString()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Use Demo Data"));
    box.button(QMessageBox::No)->setText(tr("Keep Trying"));
    auto *remember = new QCheckBox(tr("Remember my choice"));
    box.setCheckBox(remember);
    const bool demo = box.exec() == QMessageBox::Yes;
    if (remember->isChecked())
        m_settings->setDemoPreference(demo ? Settings::DemoPreference::UseDemo : Settings::DemoPreference::KeepRelay);
    if (demo)
        switchToDemo();
}

void MainWindow::switchToDemo()
{
    EngineSettings e = baseEngineSettings();
    e.mode = SourceMode::Demo;
    e.speed = m_settings->demoSpeed();
    e.simulator.seed = m_settings->demoSeed();
    e.simulator.rate = m_settings->demoRate();
    e.simulator.startNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
    startSource(e);
}

void MainWindow::switchToRelay()
{
    EngineSettings e = baseEngineSettings();
    e.mode = SourceMode::Relay;
    startSource(e);
}

void MainWindow::openRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Recording"), {}, tr("Recordings (*.jsonl.gz *.jsonl *.gz);;All files (*)"));
    if (path.isEmpty())
        return;
    EngineSettings e = baseEngineSettings();
    e.mode = SourceMode::Replay;
    e.replayFile = path;
    e.speed = m_settings->replaySpeed();
    startSource(e);
}

void MainWindow::toggleRecording()
{
    if (m_recording) {
        m_app->stopRecording();
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + QStringLiteral("/flowdesk-%1.jsonl.gz").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = m_options.interactive ? QFileDialog::getSaveFileName(this, tr("Record Frames To"), suggested, tr("Recordings (*.jsonl.gz)"))
                                               : suggested;
    if (!path.isEmpty())
        m_app->startRecording(path);
}

void MainWindow::onSnapshot(View view, const ViewSnapshotPtr &snapshot)
{
    m_docks->deliver(view, snapshot);
    handleAlerts(m_alerts->onSnapshot(*snapshot, wallClockNs()));
    // Any base the relay sends joins the symbol selector.
    for (const SymbolSnapshot &s : snapshot->symbols) {
        const QString sym = QString::fromStdString(s.symbol);
        if (!sym.isEmpty() && m_symbol->findText(sym) < 0)
            m_symbol->addItem(sym);
    }
}

void MainWindow::onConnectionState(ConnectionState state, const QString &detail)
{
    m_indicators->setConnectionState(state, detail);
    if (m_app->mode() == SourceMode::Relay)
        handleAlerts(m_alerts->onConnectionState(state, wallClockNs(), detail));
    if (state == ConnectionState::Unauthorised)
        showMessage(tr("The relay refused the connection as unauthorised: set the auth token in Settings."), true);
}

void MainWindow::stepSymbol(int delta)
{
    const int n = m_symbol->count();
    if (n > 0)
        m_symbol->setCurrentIndex((m_symbol->currentIndex() + delta + n) % n);
}

void MainWindow::updateTitle()
{
    const EngineSettings &e = m_app->engineSettings();
    QString source;
    switch (e.mode) {
    case SourceMode::Relay: source = e.relay.url.toString(); break;
    case SourceMode::Demo: source = tr("DEMO data"); break;
    case SourceMode::Replay: source = tr("REPLAY %1").arg(QFileInfo(e.replayFile).fileName()); break;
    }
    if (!m_app->running())
        source = tr("not connected");
    setWindowTitle(QStringLiteral("%1 — %2 — FlowDesk").arg(m_workspaces->current().isEmpty() ? tr("(no workspace)") : m_workspaces->current(), source));
}

void MainWindow::showMessage(const QString &text, bool warn)
{
    statusBar()->showMessage(text, warn ? 20000 : 6000);
    if (warn && m_options.interactive) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("FlowDesk"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

Panel *MainWindow::pickPanel(const QString &purpose)
{
    if (m_lastPanel && m_lastPanel->isVisible())
        return m_lastPanel;
    QStringList titles;
    QList<Panel *> open;
    for (const QString &id : m_docks->ids())
        if (m_docks->dock(id)->isVisible()) {
            titles << PanelCatalog::info(id).title; // the dock's title is mnemonic-escaped
            open << m_docks->panel(id);
        }
    if (open.isEmpty())
        return nullptr;
    bool ok = false;
    const QString t = QInputDialog::getItem(this, purpose, tr("Panel:"), titles, 0, false, &ok);
    return ok ? open.value(titles.indexOf(t)) : nullptr;
}

void MainWindow::copyPanelImage()
{
    if (Panel *p = pickPanel(tr("Copy Panel Image")))
        QApplication::clipboard()->setPixmap(p->grab());
}

void MainWindow::savePanelImage()
{
    Panel *p = pickPanel(tr("Save Panel as PNG"));
    if (!p)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Panel as PNG"), p->panelId().mid(6) + QStringLiteral(".png"), tr("PNG image (*.png)"));
    if (!path.isEmpty() && !p->grab().save(path, "PNG"))
        showMessage(tr("Could not write %1.").arg(path), true);
}

void MainWindow::saveWindowImage()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Window as PNG"), QStringLiteral("flowdesk.png"), tr("PNG image (*.png)"));
    if (!path.isEmpty() && !grab().save(path, "PNG"))
        showMessage(tr("Could not write %1.").arg(path), true);
}

void MainWindow::exportPanelCsv()
{
    if (Panel *p = pickPanel(tr("Export Panel as CSV")))
        exportCsv(p);
}

void MainWindow::exportCsv(Panel *p)
{
    if (!p)
        return;
    QString csv;
    QTextStream ts(&csv);
    if (!p->exportCsv(ts)) {
        showMessage(tr("%1 has nothing tabular to export.").arg(p->title()), false);
        return;
    }
    ts.flush();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Panel as CSV"), p->panelId().mid(6) + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path); // atomic: an interrupted export never leaves half a file
    if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit())
        showMessage(tr("Could not write %1: %2").arg(path, f.errorString()), true);
    else
        showMessage(tr("%1 exported to %2").arg(p->title(), QDir::toNativeSeparators(path)), false);
}

void MainWindow::openSettings()
{
    SettingsDialog dlg(m_settings, m_tokens, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (dlg.tokenEdited())
        m_token = dlg.enteredToken();
    // Restart the current source with the new settings (relay URL, thresholds, refresh rates).
    EngineSettings e = baseEngineSettings();
    e.mode = m_app->mode();
    e.replayFile = m_app->engineSettings().replayFile;
    e.speed = m_app->engineSettings().speed;
    e.simulator = m_app->engineSettings().simulator;
    startSource(e);
    showMessage(tr("Settings saved to %1; theme and language apply after a restart.").arg(m_settings->fileName()), false);
}

void MainWindow::saveWorkspaceAs()
{
    bool ok = false;
    const QString name = m_options.interactive
                             ? QInputDialog::getText(this, tr("Save Workspace As"), tr("Name:"), QLineEdit::Normal, m_workspaces->current() + tr(" (mine)"), &ok)
                             : QString();
    if (!ok || name.trimmed().isEmpty())
        return;
    if (PanelDocks::builtinIndex(name.trimmed()) >= 0)
        return showMessage(tr("\"%1\" is a built-in workspace; choose another name.").arg(name), true);
    QString err;
    if (m_workspaces->save(name.trimmed(), &err))
        showMessage(tr("Workspace \"%1\" saved to %2").arg(name.trimmed(), m_workspaces->filePath(name.trimmed())), false);
    else
        showMessage(err, true);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About FlowDesk"),
                       tr("<h3>FlowDesk %1</h3><p>Order-flow terminal for crypto derivatives.</p>"
                          "<p>FlowDesk is free software under the GNU General Public License version 3 or later.</p>"
                          "<p>Built with:<ul>"
                          "<li>Qt %2 — LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)</li>"
                          "<li>QCustomPlot — GPL-3.0-or-later</li>"
                          "<li>simdjson — Apache-2.0 / MIT</li>"
                          "<li>QtKeychain — BSD-2-Clause</li>"
                          "<li>zlib — zlib licence</li></ul></p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // House style 3.3 §8: stop the engine first, then save.
    m_app->stop();
    QSettings s;
    saveSessionAlertRules();
    s.setValue(QStringLiteral("Session/geometry"), saveGeometry());
    s.setValue(QStringLiteral("Session/state"), saveState(WorkspaceManager::kLayoutVersion));
    m_settings->sync();
    event->accept();
}

} // namespace fd
