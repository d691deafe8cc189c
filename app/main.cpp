#include "application.h"
#include "gui.h"
#include "headless.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QSettings>
#include <cstdio>

namespace {

// Builds the engine settings from the command line; returns false with a sentence on error.
bool engineFromArgs(const QCommandLineParser &p, fd::EngineSettings &e, QString &error)
{
    const int sources = p.isSet(QStringLiteral("relay")) + p.isSet(QStringLiteral("demo")) + p.isSet(QStringLiteral("replay"));
    if (sources > 1) {
        error = QCoreApplication::translate("main", "choose one of --relay, --demo and --replay");
        return false;
    }
    if (p.isSet(QStringLiteral("demo"))) {
        e.mode = fd::SourceMode::Demo;
        e.simulator.startNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
    } else if (p.isSet(QStringLiteral("replay"))) {
        e.mode = fd::SourceMode::Replay;
        e.replayFile = p.value(QStringLiteral("replay"));
        e.speed = 0; // as fast as possible unless --speed says otherwise
    } else {
        e.mode = fd::SourceMode::Relay;
        const QUrl url(p.value(QStringLiteral("relay")));
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
            error = QCoreApplication::translate("main", "the relay URL must start with ws:// or wss://");
            return false;
        }
        e.relay.url = url;
    }
    if (p.isSet(QStringLiteral("seed")))
        e.simulator.seed = p.value(QStringLiteral("seed")).toULongLong();
    if (p.isSet(QStringLiteral("rate")))
        e.simulator.rate = p.value(QStringLiteral("rate")).toDouble();
    if (p.isSet(QStringLiteral("speed"))) {
        const QString s = p.value(QStringLiteral("speed"));
        bool ok = true;
        e.speed = s == QLatin1String("max") ? 0 : s.toDouble(&ok);
        if (!ok || e.speed < 0) {
            error = QCoreApplication::translate("main", "--speed takes a positive number or 'max'");
            return false;
        }
    }
    if (p.isSet(QStringLiteral("token")))
        e.relay.authToken = p.value(QStringLiteral("token"));
    if (p.isSet(QStringLiteral("record")))
        e.recordFile = p.value(QStringLiteral("record"));
    e.eventTimePublish = p.isSet(QStringLiteral("event-time"));
    return true;
}

// The language for this run: --language CODE (or --language=CODE) wins over the settings file.
QString languageArg(int argc, char *argv[], bool *given)
{
    *given = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--language" && i + 1 < argc) {
            *given = true;
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (a.startsWith("--language=")) {
            *given = true;
            return QString::fromLocal8Bit(a.mid(11));
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless mode, --version and --help must work without any display:
    // decide before creating a QApplication.
    bool headless = false, noWindow = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        headless = headless || a == "--headless";
        noWindow = noWindow || a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all";
    }
    std::unique_ptr<QCoreApplication> app;
    if (headless || noWindow)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("io.flowdesk.FlowDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWDESK_VERSION));
    QSettings::setDefaultFormat(QSettings::IniFormat); // before any QSettings (house style 3.4)
    // Translations before the first translated string (the --help text included).
    bool languageGiven = false;
    QString language = languageArg(argc, argv, &languageGiven);
    if (!languageGiven)
        language = fd::Settings().language();
    fd::installTranslations(language);

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "FlowDesk — order-flow terminal for crypto derivatives"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("headless"), QCoreApplication::translate("main", "No window: run the engine and write snapshots as JSON lines.")},
        {QStringLiteral("relay"), QCoreApplication::translate("main", "Relay URL (default ws://127.0.0.1:9001)."), QStringLiteral("URL"),
         QStringLiteral("ws://127.0.0.1:9001")},
        {QStringLiteral("token"), QCoreApplication::translate("main", "Relay auth token."), QStringLiteral("TOKEN")},
        {QStringLiteral("demo"), QCoreApplication::translate("main", "Run on the built-in market simulator (labelled DEMO).")},
        {QStringLiteral("seed"), QCoreApplication::translate("main", "Demo simulator seed."), QStringLiteral("N")},
        {QStringLiteral("rate"), QCoreApplication::translate("main", "Demo simulator rate multiplier."), QStringLiteral("X")},
        {QStringLiteral("replay"), QCoreApplication::translate("main", "Replay a recording (gzip JSON lines) or a relay JSON-lines file."),
         QStringLiteral("FILE")},
        {QStringLiteral("speed"), QCoreApplication::translate("main", "Demo/replay speed: 1, 10, 60 … or max."), QStringLiteral("X")},
        {QStringLiteral("record"), QCoreApplication::translate("main", "Record the raw frames to a gzip JSON-lines file."), QStringLiteral("FILE")},
        {QStringLiteral("out"), QCoreApplication::translate("main", "Headless output file, or - for stdout."), QStringLiteral("FILE"),
         QStringLiteral("-")},
        {QStringLiteral("duration"), QCoreApplication::translate("main", "Headless: stop after S seconds."), QStringLiteral("S")},
        {QStringLiteral("views"), QCoreApplication::translate("main", "Headless views: micro,flow,risk,health."), QStringLiteral("LIST"),
         QStringLiteral("micro,flow,risk")},
        {QStringLiteral("event-time"), QCoreApplication::translate("main", "Publish when the event clock crosses each period (deterministic output).")},
        {QStringLiteral("smoke"), QCoreApplication::translate("main", "Build the window, apply each built-in workspace, then exit 0 (for tests).")},
        {QStringLiteral("screenshots"),
         QCoreApplication::translate("main", "Run on demo data, save a PNG of each built-in workspace and of every panel into DIR, then exit."), QStringLiteral("DIR")},
        {QStringLiteral("theme"), QCoreApplication::translate("main", "Colour theme for this run: dark or light."), QStringLiteral("NAME")},
        {QStringLiteral("language"),
         QCoreApplication::translate("main", "User interface language for this run: en, de or zh_CN (default: the one chosen in Settings, else the system's)."),
         QStringLiteral("CODE")},
    });
    p.process(*app);

    fd::EngineSettings engine;
    QString error;
    fd::Settings::Theme theme;
    if (p.isSet(QStringLiteral("theme")) && !fd::Settings::parseTheme(p.value(QStringLiteral("theme")), &theme)) {
        std::fprintf(stderr, "flowdesk: %s.\n", qPrintable(QCoreApplication::translate("main", "--theme takes dark or light")));
        return 2;
    }
    if (!engineFromArgs(p, engine, error)) {
        std::fprintf(stderr, "flowdesk: %s.\n", qPrintable(error));
        return 2;
    }
    if (headless) {
        HeadlessOptions o;
        o.engine = engine;
        o.out = p.value(QStringLiteral("out"));
        o.views = p.value(QStringLiteral("views")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (p.isSet(QStringLiteral("duration"))) {
            bool ok = false;
            o.durationSec = p.value(QStringLiteral("duration")).toDouble(&ok);
            if (!ok || o.durationSec <= 0) {
                std::fprintf(stderr, "flowdesk: %s\n",
                             qPrintable(QCoreApplication::translate("main", "--duration takes a positive number of seconds.")));
                return 2;
            }
        } else if (engine.mode != fd::SourceMode::Replay) {
            o.durationSec = 0; // runs until interrupted
        }
        return runHeadless(o);
    }

    return runGui(p, engine, *static_cast<QApplication *>(app.get()));
}
