// A workspace saved at one HiDPI scale factor and restored at another keeps
// every panel: the same panels open, floating ones wholly on screen, none below
// the size it needs, and (going to a lower scale, more logical pixels) none
// smaller than it was saved. QT_SCALE_FACTOR is read once per process, so the
// test runs this executable twice as a child: "--child save|restore DIR SCALE".
#include "paneldocks.h"
#include "workspacemanager.h"

#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace fd;

namespace {
const QString kFloating = QStringLiteral("panel.cascade");
const QString kName = QStringLiteral("HiDPI");

QJsonObject rect(const QRect &r)
{
    return {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("w"), r.width()}, {QStringLiteral("h"), r.height()}};
}

QRect rect(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("x")).toInt(), o.value(QStringLiteral("y")).toInt(), o.value(QStringLiteral("w")).toInt(),
            o.value(QStringLiteral("h")).toInt()};
}

// The child: builds the real docks, saves or restores, and prints what it sees.
int child(int argc, char **argv)
{
    const QByteArray mode = argv[2];
    const QString dir = QString::fromLocal8Bit(argv[3]);
    qputenv("QT_SCALE_FACTOR", argv[4]);
    // One 1920×1080 monitor, in device pixels: its logical size is 1920/scale.
    const QByteArray platform = "offscreen:configfile=" + QFile::encodeName(dir) + "/screens.json";
    char arg0[] = "tst_hidpi", arg1[] = "-platform";
    QByteArray arg2 = platform;
    char *args[] = {arg0, arg1, arg2.data(), nullptr};
    int n = 3;
    QApplication app(n, args);
    Q_UNUSED(argc);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir + QStringLiteral("/settings"));

    QMainWindow window;
    auto *docks = new PanelDocks(&window);
    auto *manager = new WorkspaceManager(docks, dir + QStringLiteral("/workspaces"), &window);
    const QRect avail = QGuiApplication::primaryScreen()->availableGeometry();
    if (mode == "save") {
        window.setGeometry(avail.adjusted(20, 40, -20, -20));
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 3;
        manager->applyBuiltin(3); // Everything
        QDockWidget *d = docks->dock(kFloating);
        d->setFloating(true);
        d->show();
        // Lower right quarter of the screen, in this scale's logical pixels.
        d->setGeometry(avail.width() / 2, avail.height() / 2, avail.width() * 2 / 5, avail.height() * 2 / 5);
        QCoreApplication::processEvents();
        QString err;
        if (!manager->save(kName, &err)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(err));
            return 4;
        }
    } else {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 3;
        const auto r = manager->load(kName);
        if (!r.ok) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(r.message));
            return 4;
        }
        QCoreApplication::processEvents();
    }
    QJsonArray open;
    for (const QString &id : docks->ids()) {
        QDockWidget *d = docks->dock(id);
        if (d->isHidden())
            continue;
        open.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("floating"), d->isFloating()},
                                {QStringLiteral("geometry"), rect(d->isFloating() ? d->geometry() : QRect(d->mapToGlobal(QPoint()), d->size()))},
                                {QStringLiteral("minimum"), rect(QRect(QPoint(), d->minimumSizeHint()))}});
    }
    const QJsonObject out{{QStringLiteral("avail"), rect(avail)},
                          {QStringLiteral("window"), rect(window.geometry())},
                          {QStringLiteral("open"), open}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
} // namespace

class TstHiDpi : public QObject
{
    Q_OBJECT

private:
    QJsonObject runChild(const QString &mode, const QString &dir, const QString &scale)
    {
        QProcess p;
        p.setProgram(QCoreApplication::applicationFilePath());
        p.setArguments({QStringLiteral("--child"), mode, dir, scale});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("child %s at scale %s failed (%d): %s", qPrintable(mode), qPrintable(scale), p.exitCode(),
                     p.readAllStandardError().constData());
            return {};
        }
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }

    static QMap<QString, QJsonObject> byId(const QJsonObject &o)
    {
        QMap<QString, QJsonObject> m;
        for (const QJsonValue &v : o.value(QStringLiteral("open")).toArray())
            m.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        return m;
    }

private Q_SLOTS:
    void scaleChange_data()
    {
        QTest::addColumn<QString>("saveScale");
        QTest::addColumn<QString>("restoreScale");
        QTest::newRow("1x -> 2x (screen halves in logical px)") << QStringLiteral("1") << QStringLiteral("2");
        QTest::newRow("2x -> 1x (screen doubles)") << QStringLiteral("2") << QStringLiteral("1");
        QTest::newRow("1.25x -> 1.75x") << QStringLiteral("1.25") << QStringLiteral("1.75");
    }

    void scaleChange()
    {
        QFETCH(QString, saveScale);
        QFETCH(QString, restoreScale);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile cfg(dir.filePath(QStringLiteral("screens.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(R"({"screens":[{"name":"HiDPI-1","x":0,"y":0,"width":1920,"height":1080,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");
        cfg.close();

        const QJsonObject saved = runChild(QStringLiteral("save"), dir.path(), saveScale);
        QVERIFY(!saved.isEmpty());
        const QJsonObject restored = runChild(QStringLiteral("restore"), dir.path(), restoreScale);
        QVERIFY(!restored.isEmpty());

        // The screen's logical size follows the scale: 1920 / scale.
        const QRect availSaved = rect(saved.value(QStringLiteral("avail")));
        const QRect avail = rect(restored.value(QStringLiteral("avail")));
        QCOMPARE(availSaved.width(), qRound(1920 / saveScale.toDouble()));
        QCOMPARE(avail.width(), qRound(1920 / restoreScale.toDouble()));

        // Nothing lost: exactly the panels that were open are open, floating as saved.
        const auto before = byId(saved);
        const auto after = byId(restored);
        QCOMPARE(after.keys(), before.keys());
        QVERIFY(before.size() >= 15);
        QVERIFY(after.value(kFloating).value(QStringLiteral("floating")).toBool());

        // The window is on the screen.
        QVERIFY(avail.intersects(rect(restored.value(QStringLiteral("window")))));
        for (const QJsonObject &o : after) {
            const QString id = o.value(QStringLiteral("id")).toString();
            const QRect g = rect(o.value(QStringLiteral("geometry")));
            const QRect min = rect(o.value(QStringLiteral("minimum")));
            // Never below the size the panel needs.
            QVERIFY2(g.width() >= min.width() && g.height() >= min.height(), qPrintable(id));
            if (o.value(QStringLiteral("floating")).toBool())
                QVERIFY2(avail.contains(g), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7").arg(id).arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height()).arg(avail.width()).arg(avail.height())));
        }

        const QRect floatBefore = rect(before.value(kFloating).value(QStringLiteral("geometry")));
        const QRect floatAfter = rect(after.value(kFloating).value(QStringLiteral("geometry")));
        if (restoreScale.toDouble() < saveScale.toDouble()) {
            // More logical pixels than when saved: nothing shrinks or moves.
            QCOMPARE(floatAfter.size(), floatBefore.size());
            QCOMPARE(floatAfter.topLeft(), floatBefore.topLeft());
        } else {
            // Fewer: the floating panel keeps its size where it fits (at most 90 % of the screen).
            QCOMPARE(floatAfter.width(), std::min(floatBefore.width(), avail.width() * 9 / 10));
            QCOMPARE(floatAfter.height(), std::min(floatBefore.height(), avail.height() * 9 / 10));
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv);
    QApplication app(argc, argv);
    TstHiDpi t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_hidpi.moc"
