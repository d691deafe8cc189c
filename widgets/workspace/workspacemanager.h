#pragma once
// Named workspaces: window geometry, dock state, which panels are
// open/floating/tabbed, per-panel settings and the screens they were saved
// on, as versioned JSON files (QSaveFile, keys in stable order) under
// AppDataLocation/workspaces/. Built-in workspaces are code, not files.
// A corrupt, truncated or too-new file never crashes: the default workspace
// is shown, the message names the file, and the file is kept as <name>.bad.
// The alert rules travel with the workspace under "alerts" (an optional key:
// files without it, written before alerts existed, keep the rules in force).
#include "alerts/alertrule.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QMainWindow;

namespace fd {

class PanelDocks;

class WorkspaceManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 2;  // the JSON format
    static constexpr int kLayoutVersion = 1;  // QMainWindow::saveState version
    static QString formatTag() { return QStringLiteral("flowdesk-workspace"); }

    struct Result {
        bool ok = false;          // the requested workspace is shown
        bool fellBack = false;    // the default workspace is shown instead
        QString message;          // for the user; empty when there is nothing to say
        QString badFile;          // where the unreadable file was kept
        QStringList unknownPanels;
        QStringList alertProblems; // rules skipped or replaced by the defaults, with the reason
    };

    // dir empty: QStandardPaths::AppDataLocation/workspaces.
    WorkspaceManager(PanelDocks *docks, const QString &dir = {}, QObject *parent = nullptr);

    QString directory() const { return m_dir; }
    QString current() const { return m_current; }
    static QString defaultName(); // "Everything"
    QStringList builtinNames() const;
    QStringList savedNames() const; // sorted
    bool exists(const QString &name) const;
    QString filePath(const QString &name) const;

    // The window as a workspace document.
    QJsonObject capture(const QString &name) const;
    // Applies a document (migrating old versions); falls back to the default on failure.
    Result apply(const QJsonObject &doc, const QString &sourceFile = {});

    bool save(const QString &name, QString *error = nullptr); // save (as) the current arrangement
    Result load(const QString &name);                          // built-in or saved
    Result applyBuiltin(int index);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool duplicate(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    bool exportTo(const QString &path, QString *error = nullptr) const; // the current arrangement
    Result importFrom(const QString &path);                             // saved under its name, then shown

    // The last workspace shown (QSettings "Workspace/last"), or the default.
    Result restoreLast();

    // The alert rules saved with (and loaded from) the workspace.
    const std::vector<AlertRule> &alertRules() const { return m_alertRules; }
    void setAlertRules(const std::vector<AlertRule> &rules) { m_alertRules = rules; }

    // Reads and validates a file without applying it. On failure `error` says why.
    static bool readFile(const QString &path, QJsonObject *doc, QString *error, bool *tooNew = nullptr);
    static bool writeFile(const QString &path, const QJsonObject &doc, QString *error);
    // Floating docks whose centre is on no screen are moved onto the primary screen.
    void bringFloatingOnScreen();

Q_SIGNALS:
    void currentChanged(const QString &name);
    void listChanged();
    void alertRulesChanged(); // a loaded workspace brought its own rules

private:
    Result fallBack(const QString &why, const QString &file, bool moveAside);
    void setCurrent(const QString &name);
    static QString fileNameFor(const QString &name);

    PanelDocks *m_docks;
    QMainWindow *m_window;
    QString m_dir;
    QString m_current;
    std::vector<AlertRule> m_alertRules = defaultAlertRules();
};

} // namespace fd
