#include "workspacemanager.h"

#include "panel.h"
#include "paneldocks.h"

#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMainWindow>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace fd {

namespace {
const QString kLastKey = QStringLiteral("Workspace/last");

QString areaName(Qt::DockWidgetArea a)
{
    switch (a) {
    case Qt::LeftDockWidgetArea: return QStringLiteral("left");
    case Qt::RightDockWidgetArea: return QStringLiteral("right");
    case Qt::TopDockWidgetArea: return QStringLiteral("top");
    case Qt::BottomDockWidgetArea: return QStringLiteral("bottom");
    default: return QStringLiteral("none");
    }
}

QJsonObject rectJson(const QRect &r)
{
    return {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("w"), r.width()}, {QStringLiteral("h"), r.height()}};
}
} // namespace

WorkspaceManager::WorkspaceManager(PanelDocks *docks, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_docks(docks)
    , m_window(docks->window())
    , m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspaces") : dir)
{
}

QString WorkspaceManager::defaultName() { return PanelDocks::builtinNames().constLast(); }

QStringList WorkspaceManager::builtinNames() const { return PanelDocks::builtinNames(); }

QString WorkspaceManager::fileNameFor(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(' ')) ? c : QLatin1Char('_');
    out = out.trimmed();
    if (out.isEmpty())
        out = QStringLiteral("workspace");
    return out + QStringLiteral(".json");
}

QString WorkspaceManager::filePath(const QString &name) const { return QDir(m_dir).filePath(fileNameFor(name)); }

QStringList WorkspaceManager::savedNames() const
{
    QStringList out;
    const QDir d(m_dir);
    for (const QFileInfo &fi : d.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QString name = o.value(QStringLiteral("name")).toString();
        out << (name.isEmpty() ? fi.completeBaseName() : name);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool WorkspaceManager::exists(const QString &name) const { return QFile::exists(filePath(name)); }

QJsonObject WorkspaceManager::capture(const QString &name) const
{
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), formatTag());
    doc.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    doc.insert(QStringLiteral("name"), name);
    doc.insert(QStringLiteral("app"), QCoreApplication::applicationVersion());
    doc.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc.insert(QStringLiteral("mainGeometry"), QString::fromLatin1(m_window->saveGeometry().toBase64()));
    doc.insert(QStringLiteral("dockState"), QString::fromLatin1(m_window->saveState(kLayoutVersion).toBase64()));
    doc.insert(QStringLiteral("dockStateVersion"), kLayoutVersion);
    doc.insert(QStringLiteral("globalSymbol"), m_docks->globalSymbol());
    QJsonObject panels;
    for (const QString &id : m_docks->ids()) {
        QDockWidget *d = m_docks->dock(id);
        Panel *p = m_docks->panel(id);
        QJsonObject o;
        o.insert(QStringLiteral("open"), !d->isHidden());
        o.insert(QStringLiteral("floating"), d->isFloating());
        o.insert(QStringLiteral("area"), areaName(m_window->dockWidgetArea(d)));
        const QStringList group = m_docks->tabGroup(id);
        if (group.size() > 1)
            o.insert(QStringLiteral("tabGroup"), QJsonArray::fromStringList(group));
        if (d->isFloating())
            o.insert(QStringLiteral("floatingGeometry"), rectJson(d->geometry()));
        o.insert(QStringLiteral("symbolOverride"), p->symbolOverride());
        o.insert(QStringLiteral("settings"), p->saveSettings());
        panels.insert(id, o);
    }
    doc.insert(QStringLiteral("panels"), panels);
    QJsonArray screens;
    for (QScreen *s : QGuiApplication::screens())
        screens.append(QJsonObject{{QStringLiteral("name"), s->name()},
                                   {QStringLiteral("geometry"), rectJson(s->geometry())},
                                   {QStringLiteral("devicePixelRatio"), s->devicePixelRatio()},
                                   {QStringLiteral("primary"), s == QGuiApplication::primaryScreen()}});
    doc.insert(QStringLiteral("screens"), screens);
    doc.insert(QStringLiteral("alerts"), alertRulesToJson(m_alertRules));
    return doc;
}

bool WorkspaceManager::readFile(const QString &path, QJsonObject *doc, QString *error, bool *tooNew)
{
    if (tooNew)
        *tooNew = false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("it cannot be opened (%1)").arg(f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = bytes.trimmed().isEmpty() ? tr("it is empty")
                                           : tr("it is not valid JSON (%1 at byte %2; truncated or corrupt)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!d.isObject()) {
        *error = tr("it is not a workspace (no JSON object)");
        return false;
    }
    const QJsonObject o = d.object();
    const QJsonValue fmt = o.value(QStringLiteral("format"));
    if (!fmt.isUndefined() && fmt.toString() != formatTag()) {
        *error = tr("it is not a FlowDesk workspace (format \"%1\")").arg(fmt.toString());
        return false;
    }
    const QJsonValue ver = o.value(QStringLiteral("schemaVersion"));
    if (!ver.isDouble() || ver.toInt() < 1) {
        *error = tr("it has no valid schemaVersion");
        return false;
    }
    if (ver.toInt() > kSchemaVersion) {
        if (tooNew)
            *tooNew = true;
        *error = tr("it was written by a newer FlowDesk (workspace format %1; this version reads up to %2)").arg(ver.toInt()).arg(kSchemaVersion);
        return false;
    }
    if (ver.toInt() >= 2 && !o.value(QStringLiteral("dockState")).isString()) {
        *error = tr("it has no dock state");
        return false;
    }
    *doc = o;
    return true;
}

bool WorkspaceManager::writeFile(const QString &path, const QJsonObject &doc, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    // QJsonObject keeps its keys sorted, so files diff cleanly.
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void WorkspaceManager::setCurrent(const QString &name)
{
    m_current = name;
    // A built-in workspace is stored by its untranslated name (the language may change).
    const int builtin = PanelDocks::builtinIndex(name);
    QSettings().setValue(kLastKey, builtin >= 0 && !exists(name) ? PanelDocks::builtinKey(builtin) : name);
    Q_EMIT currentChanged(name);
}

WorkspaceManager::Result WorkspaceManager::fallBack(const QString &why, const QString &file, bool moveAside)
{
    Result r;
    r.fellBack = true;
    QString kept;
    if (moveAside && QFile::exists(file)) {
        const QFileInfo fi(file);
        QString bad = fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".bad"));
        for (int n = 1; QFile::exists(bad); ++n)
            bad = fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".bad.%1").arg(n));
        if (QFile::rename(file, bad))
            kept = bad;
    }
    r.badFile = kept;
    m_docks->applyBuiltin(PanelDocks::builtinIndex(defaultName()));
    setCurrent(defaultName());
    r.message = tr("The workspace file %1 could not be loaded: %2. The default workspace \"%3\" is shown instead.")
                    .arg(QDir::toNativeSeparators(file), why, defaultName());
    if (!kept.isEmpty())
        r.message += QLatin1Char(' ') + tr("The file was kept as %1.").arg(QDir::toNativeSeparators(kept));
    qWarning("%s", qPrintable(r.message));
    return r;
}

WorkspaceManager::Result WorkspaceManager::apply(const QJsonObject &doc, const QString &sourceFile)
{
    Result r;
    const int version = doc.value(QStringLiteral("schemaVersion")).toInt();
    const QString name = doc.value(QStringLiteral("name")).toString(QFileInfo(sourceFile).completeBaseName());
    const QJsonObject panels = version >= 2 ? doc.value(QStringLiteral("panels")).toObject()
                                            : doc.value(QStringLiteral("panelSettings")).toObject();
    for (auto it = panels.begin(); it != panels.end(); ++it)
        if (!m_docks->dock(it.key()))
            r.unknownPanels << it.key();

    if (version >= 2) {
        const QByteArray geometry = QByteArray::fromBase64(doc.value(QStringLiteral("mainGeometry")).toString().toLatin1());
        const QByteArray state = QByteArray::fromBase64(doc.value(QStringLiteral("dockState")).toString().toLatin1());
        if (!m_window->isFullScreen() && !geometry.isEmpty())
            m_window->restoreGeometry(geometry);
        // Docks the file does not mention stay closed.
        for (QDockWidget *d : m_docks->docks())
            d->hide();
        if (!m_window->restoreState(state, kLayoutVersion))
            return fallBack(tr("its dock state is unreadable or from another layout version"), sourceFile, false);
        for (auto it = panels.begin(); it != panels.end(); ++it) {
            Panel *p = m_docks->panel(it.key());
            if (!p)
                continue;
            const QJsonObject o = it.value().toObject();
            p->setSymbolOverride(o.value(QStringLiteral("symbolOverride")).toString());
            p->restoreSettings(o.value(QStringLiteral("settings")).toObject());
        }
    } else {
        // Version 1 (0.0.x): a built-in base layout, the list of open panels and per-panel settings.
        const int base = std::max(0, PanelDocks::builtinIndex(doc.value(QStringLiteral("layout")).toString()));
        m_docks->applyBuiltin(base);
        const QJsonArray open = doc.value(QStringLiteral("openPanels")).toArray();
        if (!open.isEmpty())
            for (const QString &id : m_docks->ids())
                if (!open.contains(QJsonValue(id)))
                    m_docks->dock(id)->hide();
        for (auto it = panels.begin(); it != panels.end(); ++it)
            if (Panel *p = m_docks->panel(it.key())) {
                const QJsonObject o = it.value().toObject();
                p->setSymbolOverride(o.value(QStringLiteral("symbol")).toString());
                p->restoreSettings(o);
            }
    }
    const QString global = doc.value(QStringLiteral("globalSymbol")).toString(doc.value(QStringLiteral("symbol")).toString());
    if (!global.isEmpty())
        m_docks->setGlobalSymbol(global);
    bringFloatingOnScreen();
    r.ok = true;
    const QString where = sourceFile.isEmpty() ? name : QDir::toNativeSeparators(sourceFile);
    if (!r.unknownPanels.isEmpty()) {
        r.message = tr("The workspace %1 mentions panels this version does not have (%2); they were skipped.")
                        .arg(where, r.unknownPanels.join(QStringLiteral(", ")));
        qWarning("%s", qPrintable(r.message));
    }
    // Alert rules: optional (files from before alerts keep the rules in force); a bad
    // rule is skipped and an unreadable entry gives the defaults, each with the reason.
    if (doc.contains(QStringLiteral("alerts"))) {
        m_alertRules = alertRulesFromJson(doc.value(QStringLiteral("alerts")), &r.alertProblems);
        if (!r.alertProblems.isEmpty()) {
            const QString m = tr("Alert rules in %1: %2.").arg(where, r.alertProblems.join(QStringLiteral("; ")));
            r.message = r.message.isEmpty() ? m : r.message + QLatin1Char(' ') + m;
            qWarning("%s", qPrintable(m));
        }
        Q_EMIT alertRulesChanged();
    }
    setCurrent(name);
    return r;
}

void WorkspaceManager::bringFloatingOnScreen()
{
    QScreen *primary = QGuiApplication::primaryScreen();
    if (!primary)
        return;
    for (QDockWidget *d : m_docks->docks()) {
        if (!d->isFloating() || d->isHidden())
            continue;
        QRect g = d->geometry();
        if (QGuiApplication::screenAt(g.center()))
            continue;
        // Saved on a monitor that is gone: bring it onto the primary screen, within its size.
        const QRect avail = primary->availableGeometry();
        g.setSize(g.size().boundedTo(avail.size() * 9 / 10).expandedTo(d->minimumSizeHint()));
        g.moveCenter(avail.center());
        d->setGeometry(g);
    }
}

bool WorkspaceManager::save(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("a workspace needs a name");
        return false;
    }
    if (!writeFile(filePath(name), capture(name), error))
        return false;
    setCurrent(name);
    Q_EMIT listChanged();
    return true;
}

WorkspaceManager::Result WorkspaceManager::applyBuiltin(int index)
{
    Result r;
    if (index < 0 || index >= builtinNames().size())
        return r;
    m_docks->applyBuiltin(index);
    setCurrent(builtinNames().at(index));
    r.ok = true;
    return r;
}

WorkspaceManager::Result WorkspaceManager::load(const QString &name)
{
    const QString path = filePath(name);
    if (!QFile::exists(path)) {
        const int b = PanelDocks::builtinIndex(name);
        if (b >= 0)
            return applyBuiltin(b);
        return fallBack(tr("it does not exist"), path, false);
    }
    QJsonObject doc;
    QString why;
    if (!readFile(path, &doc, &why))
        return fallBack(why, path, true);
    if (doc.value(QStringLiteral("name")).toString().isEmpty())
        doc.insert(QStringLiteral("name"), name);
    return apply(doc, path);
}

bool WorkspaceManager::rename(const QString &from, const QString &to, QString *error)
{
    QJsonObject doc;
    QString why;
    if (!readFile(filePath(from), &doc, &why, nullptr)) {
        if (error)
            *error = tr("cannot read \"%1\": %2").arg(from, why);
        return false;
    }
    if (to.trimmed().isEmpty() || exists(to) || PanelDocks::builtinIndex(to) >= 0) {
        if (error)
            *error = tr("\"%1\" is empty or already taken").arg(to);
        return false;
    }
    doc.insert(QStringLiteral("name"), to);
    if (!writeFile(filePath(to), doc, error))
        return false;
    QFile::remove(filePath(from));
    if (m_current == from)
        setCurrent(to);
    Q_EMIT listChanged();
    return true;
}

bool WorkspaceManager::duplicate(const QString &from, const QString &to, QString *error)
{
    QJsonObject doc;
    QString why;
    if (to.trimmed().isEmpty() || exists(to) || PanelDocks::builtinIndex(to) >= 0) {
        if (error)
            *error = tr("\"%1\" is empty or already taken").arg(to);
        return false;
    }
    if (exists(from)) {
        if (!readFile(filePath(from), &doc, &why)) {
            if (error)
                *error = tr("cannot read \"%1\": %2").arg(from, why);
            return false;
        }
    } else if (from == m_current) {
        doc = capture(to); // a built-in: duplicate what is shown
    } else {
        if (error)
            *error = tr("\"%1\" does not exist").arg(from);
        return false;
    }
    doc.insert(QStringLiteral("name"), to);
    if (!writeFile(filePath(to), doc, error))
        return false;
    Q_EMIT listChanged();
    return true;
}

bool WorkspaceManager::remove(const QString &name, QString *error)
{
    if (!exists(name)) {
        if (error)
            *error = tr("\"%1\" is not a saved workspace").arg(name);
        return false;
    }
    if (!QFile::remove(filePath(name))) {
        if (error)
            *error = tr("cannot delete %1").arg(filePath(name));
        return false;
    }
    Q_EMIT listChanged();
    return true;
}

bool WorkspaceManager::exportTo(const QString &path, QString *error) const
{
    return writeFile(path, capture(m_current.isEmpty() ? QFileInfo(path).completeBaseName() : m_current), error);
}

WorkspaceManager::Result WorkspaceManager::importFrom(const QString &path)
{
    QJsonObject doc;
    QString why;
    if (!readFile(path, &doc, &why)) {
        Result r;
        r.message = tr("The workspace file %1 could not be imported: %2.").arg(QDir::toNativeSeparators(path), why);
        return r; // the user's file is left alone and the window unchanged
    }
    QString name = doc.value(QStringLiteral("name")).toString(QFileInfo(path).completeBaseName());
    const QString base = name;
    for (int n = 2; exists(name) || PanelDocks::builtinIndex(name) >= 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    doc.insert(QStringLiteral("name"), name);
    Result r = apply(doc, path);
    if (r.ok) {
        QString err;
        if (!save(name, &err))
            r.message = err;
    }
    return r;
}

WorkspaceManager::Result WorkspaceManager::restoreLast()
{
    const QString last = QSettings().value(kLastKey).toString();
    if (last.isEmpty())
        return applyBuiltin(PanelDocks::builtinIndex(defaultName()));
    return load(last);
}

} // namespace fd
