#include "gui.h"

#include "application.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "settings.h"
#include "tokenstore.h"
#include "workspacemanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {

void applyTheme(QApplication &app, fd::Settings::Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == fd::Settings::Theme::Light) {
        app.setPalette(app.style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x1e, 0x22, 0x27), base(0x16, 0x19, 0x1d), text(0xdc, 0xe1, 0xe6), mid(0x2b, 0x30, 0x36);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::ToolTipBase, mid);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x88, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x26, 0x5f, 0x99));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x39, 0x40));
    p.setColor(QPalette::Mid, QColor(0x26, 0x2b, 0x31));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x70, 0x76, 0x7d));
    app.setPalette(p);
}

// Runs `steps` one after another, each after `delayMs`, then calls `done`.
void chain(QObject *ctx, const QList<std::function<void()>> &steps, int delayMs, std::function<void()> done, int i = 0)
{
    if (i >= steps.size()) {
        done();
        return;
    }
    QTimer::singleShot(delayMs, ctx, [=] {
        steps.at(i)();
        chain(ctx, steps, delayMs, done, i + 1);
    });
}

} // namespace

int runGui(const QCommandLineParser &p, fd::EngineSettings engine, QApplication &app)
{
    const bool smoke = p.isSet(QStringLiteral("smoke"));
    const bool shots = p.isSet(QStringLiteral("screenshots"));
    // Tests and screenshot runs never touch the user's settings, workspaces or keychain.
    std::unique_ptr<QTemporaryDir> sandbox;
    if (smoke || shots) {
        sandbox = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, sandbox->path());
        qputenv("FLOWDESK_NO_KEYCHAIN", "1");
    }
    fd::Settings settings;
    fd::Settings::Theme theme = settings.theme();
    fd::Settings::parseTheme(p.value(QStringLiteral("theme")), &theme); // --theme (checked in main) wins for this run
    applyTheme(app, theme);
    // Translations and the number locale are installed in main() (installTranslations).

    // The command line wins; otherwise the settings file.
    if (!p.isSet(QStringLiteral("relay")))
        engine.relay.url = settings.relayUrl();
    engine.decoder.okxSizesInContracts = settings.okxSizesInContracts();
    engine.simulator.okxContracts = settings.okxSizesInContracts();
    engine.relay.extraCaFile = settings.extraCaFile();
    engine.metrics = settings.metrics();
    engine.publishMs = settings.publishMs();
    if (shots) {
        engine.mode = fd::SourceMode::Demo;
        engine.simulator.startNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
        if (!p.isSet(QStringLiteral("speed")))
            engine.speed = 60;
    } else if (!p.isSet(QStringLiteral("speed"))) {
        if (engine.mode == fd::SourceMode::Demo)
            engine.speed = settings.demoSpeed();
        else if (engine.mode == fd::SourceMode::Replay)
            engine.speed = settings.replaySpeed();
    }

    fd::Application application;
    fd::TokenStore tokens(&settings);
    fd::MainWindow::Options opts;
    opts.interactive = !smoke && !shots;
    opts.offerDemo = !p.isSet(QStringLiteral("relay")) && !smoke && !shots;
    if (sandbox)
        opts.workspaceDir = sandbox->filePath(QStringLiteral("workspaces"));
    fd::MainWindow window(&application, &settings, &tokens, opts);
    if (shots) {
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        window.setGeometry(screen.adjusted(0, 0, 0, 0));
        window.resize(std::min(1920, screen.width()), std::min(1080, screen.height()));
    }
    window.show();
    window.restoreSession(); // after show(): house style 3.4

    if (smoke) {
        // Every built-in workspace applies and shows its panels; the engine starts and stops cleanly.
        std::fprintf(stderr, "smoke: %s theme\n", app.palette().color(QPalette::Window).lightness() > 128 ? "light" : "dark");
        int failures = 0;
        const QStringList names = fd::PanelDocks::builtinNames();
        for (int i = 0; i < names.size(); ++i) {
            window.applyBuiltinWorkspace(i);
            QCoreApplication::processEvents();
            int open = 0;
            for (QDockWidget *d : window.docks()->docks())
                open += d->isVisible() ? 1 : 0;
            // Layout fit: the arrangement never needs more than a 1920×1080 screen.
            const QSize min = window.minimumSizeHint();
            const bool fits = min.width() <= 1920 && min.height() <= 1080;
            if (!fits)
                std::fprintf(stderr, "smoke: workspace \"%s\" needs %dx%d (more than 1920x1080)\n", qPrintable(names.at(i)),
                             min.width(), min.height());
            const bool ok = window.workspaces()->current() == names.at(i) && open >= 4 && fits;
            std::fprintf(stderr, "smoke: workspace \"%s\": %d panels open%s\n", qPrintable(names.at(i)), open, ok ? "" : "  FAILED");
            failures += ok ? 0 : 1;
        }
        QString err;
        if (!window.workspaces()->save(QStringLiteral("smoke"), &err) || window.workspaces()->load(QStringLiteral("smoke")).fellBack) {
            std::fprintf(stderr, "smoke: save/load of a workspace failed: %s\n", qPrintable(err));
            ++failures;
        }
        engine.mode = fd::SourceMode::Demo;
        engine.speed = 10;
        window.startSource(engine);
        QTimer::singleShot(1500, &app, [&app, &application, failures] {
            const bool got = application.latest(fd::View::Microstructure) != nullptr;
            std::fprintf(stderr, "smoke: demo snapshot %s\n", got ? "received" : "NOT received");
            application.stop();
            app.exit(failures == 0 && got ? 0 : 1);
        });
        return app.exec();
    }

    if (shots) {
        const QString dir = p.value(QStringLiteral("screenshots"));
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "flowdesk: %s\n", qPrintable(QCoreApplication::translate("main", "cannot create %1.").arg(dir)));
            return 2;
        }
        window.startSource(engine);
        const QStringList names = fd::PanelDocks::builtinNames();
        QList<std::function<void()>> steps;
        int written = 0;
        for (int i = 0; i < names.size(); ++i) {
            steps << [&window, i] { window.applyBuiltinWorkspace(i); };
            steps << [&window, &written, dir, i, names] {
                // The window still fits the screen and every dock in view is legible.
                const QRect avail = window.screen()->availableGeometry();
                const QRect frame = window.frameGeometry();
                if (frame.width() > avail.width() || frame.height() > avail.height()) {
                    std::fprintf(stderr, "screenshots: \"%s\": window %dx%d larger than the screen %dx%d\n",
                                 qPrintable(names.at(i)), frame.width(), frame.height(), avail.width(), avail.height());
                    return;
                }
                for (QDockWidget *d : window.docks()->docks())
                    if (d->isVisible() && !d->visibleRegion().isEmpty() && (d->width() < 200 || d->height() < 120)) {
                        std::fprintf(stderr, "screenshots: \"%s\": %s is only %dx%d\n", qPrintable(names.at(i)),
                                     qPrintable(d->objectName()), d->width(), d->height());
                        return;
                    }
                QString slug = fd::PanelDocks::builtinKey(i).toLower(); // the same file names in every language
                slug.replace(QLatin1String(" & "), QLatin1String("-")).replace(QLatin1Char(' '), QLatin1Char('-'));
                const QString path = QDir(dir).filePath(QStringLiteral("workspace-%1-%2.png").arg(i + 1).arg(slug));
                // a snapshot delivered just now may have resized labels whose layout is still
                // pending: lay out first, or the picture shows cells drawn over each other
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                if (window.grab().save(path, "PNG")) {
                    ++written;
                    std::fprintf(stderr, "screenshots: %s\n", qPrintable(path));
                }
            };
        }
        // Then every panel on its own (panel-<id>.png), tabbed-away ones raised first, so
        // the pictures cover each panel on demo data, not only the ones a layout shows.
        const QList<QDockWidget *> docks = window.docks()->docks();
        steps << [&window, last = static_cast<int>(names.size()) - 1] { window.applyBuiltinWorkspace(last); }; // Everything
        for (QDockWidget *d : docks) {
            steps << [d] {
                d->show();
                d->raise();
            };
            steps << [d, &written, dir] {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                const QString path = QDir(dir).filePath(QStringLiteral("panel-%1.png").arg(d->objectName().section(QLatin1Char('.'), -1)));
                if (d->isVisible() && d->grab().save(path, "PNG")) {
                    ++written;
                    std::fprintf(stderr, "screenshots: %s\n", qPrintable(path));
                }
            };
        }
        const int expected = static_cast<int>(names.size() + docks.size());
        // Let the demo market fill its windows first (60× speed: 6 s is 6 simulated minutes).
        QTimer::singleShot(6000, &app, [&] {
            chain(&app, steps, 700, [&] {
                application.stop();
                app.exit(written == expected ? 0 : 1);
            });
        });
        return app.exec();
    }

    if (engine.mode != fd::SourceMode::Relay || !engine.relay.authToken.isEmpty()) {
        window.setAuthToken(engine.relay.authToken);
        window.startSource(engine);
    } else {
        // The token comes from the keychain (or, with consent given earlier, the settings file).
        QObject::connect(&tokens, &fd::TokenStore::loaded, &window, [&window, engine](const QString &token) mutable {
            engine.relay.authToken = token;
            window.setAuthToken(token);
            window.startSource(engine);
        }, Qt::SingleShotConnection);
        tokens.load();
    }
    return app.exec();
}
