// flowdesk-relay --simulate [--seed S] [--rate N] [--speed X] [--port P] [--bind ADDR] [--binary] [--envelope]
// flowdesk-relay --replay FILE [--speed X | --max]
// Serves relay frames over WebSocket to any number of clients; clean exit on SIGINT/SIGTERM.
#include "relay/framepump.h"
#include "relay/recording.h"
#include "relay/relayserver.h"
#include "sim/marketsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic_bool s_stop{false};
void onSignal(int) { s_stop = true; }
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowdesk-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWDESK_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A barter-data-server compatible relay for demos, tests and load."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("simulate"), QStringLiteral("Serve the built-in market simulator.")},
        {QStringLiteral("replay"), QStringLiteral("Serve a recording."), QStringLiteral("FILE")},
        {QStringLiteral("seed"), QStringLiteral("Simulator seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("rate"), QStringLiteral("Simulator rate multiplier (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("speed"), QStringLiteral("Simulated/recorded time per wall time (default 1)."), QStringLiteral("X"), QStringLiteral("1")},
        {QStringLiteral("max"), QStringLiteral("Replay as fast as the clients take it.")},
        {QStringLiteral("port"), QStringLiteral("TCP port (default 9001; 0 = any)."), QStringLiteral("P"), QStringLiteral("9001")},
        {QStringLiteral("bind"), QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("binary"), QStringLiteral("Send binary frames (the newest relay's default).")},
        {QStringLiteral("envelope"), QStringLiteral("Wrap frames in the WS_ENVELOPE envelope.")},
        {QStringLiteral("buffer"), QStringLiteral("Per-client buffer in frames (default 10000)."), QStringLiteral("N"), QStringLiteral("10000")},
        {QStringLiteral("start-now"), QStringLiteral("Simulated clock starts at the current time (default: 2025-12-12T10:00Z).")},
        {QStringLiteral("duration"), QStringLiteral("Stop after S seconds of wall time."), QStringLiteral("S")},
    });
    p.process(app);
    if (p.isSet(QStringLiteral("simulate")) == p.isSet(QStringLiteral("replay"))) {
        std::fprintf(stderr, "flowdesk-relay: give exactly one of --simulate and --replay FILE.\n");
        return 2;
    }

    fd::RelayServerSettings rs;
    rs.address = QHostAddress(p.value(QStringLiteral("bind")));
    rs.port = static_cast<quint16>(p.value(QStringLiteral("port")).toUInt());
    rs.binary = p.isSet(QStringLiteral("binary"));
    rs.envelope = p.isSet(QStringLiteral("envelope"));
    rs.clientBufferFrames = p.value(QStringLiteral("buffer")).toInt();
    if (rs.address.isNull() || rs.clientBufferFrames <= 0) {
        std::fprintf(stderr, "flowdesk-relay: --bind needs an IP address and --buffer a positive number.\n");
        return 2;
    }
    fd::RelayServer server;
    QString err;
    if (!server.listen(rs, &err)) {
        std::fprintf(stderr, "flowdesk-relay: cannot listen on %s:%u: %s.\n", qPrintable(rs.address.toString()), rs.port, qPrintable(err));
        return 1;
    }
    std::fprintf(stderr, "flowdesk-relay: serving on ws://%s:%u\n", qPrintable(rs.address.toString()), server.port());
    std::fflush(stderr);

    const double speed = p.isSet(QStringLiteral("max")) ? 0.0 : p.value(QStringLiteral("speed")).toDouble();
    fd::FramePump pump;
    std::unique_ptr<fd::MarketSimulator> sim;
    fd::RecordingReader reader;
    fd::FramePump::Source source;
    if (p.isSet(QStringLiteral("simulate"))) {
        fd::SimulatorSettings ss;
        ss.seed = p.value(QStringLiteral("seed")).toULongLong();
        ss.rate = p.value(QStringLiteral("rate")).toDouble();
        if (p.isSet(QStringLiteral("start-now")))
            ss.startNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
        sim = std::make_unique<fd::MarketSimulator>(ss);
        source = [&sim](std::string &f, int64_t &t) {
            t = sim->next(f);
            return true;
        };
    } else {
        std::string error;
        if (!reader.open(p.value(QStringLiteral("replay")).toStdString(), &error)) {
            std::fprintf(stderr, "flowdesk-relay: %s.\n", error.c_str());
            return 1;
        }
        source = [&reader](std::string &f, int64_t &t) { return reader.next(f, t); };
    }
    if (speed == 0) // --max: go as fast as the slowest client drains, without dropping
        pump.setGate([&server] { return server.backlog() < 1000; });
    pump.start(source, [&server](const std::string &f, int64_t) { server.broadcast(f); }, speed);
    QObject::connect(&pump, &fd::FramePump::finished, &app, [&] {
        std::fprintf(stderr, "flowdesk-relay: replay finished (%llu frames); still serving, Ctrl-C to quit\n",
                     static_cast<unsigned long long>(pump.frames()));
    });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (s_stop)
            QCoreApplication::quit();
    });
    poll.start(100);
    if (p.isSet(QStringLiteral("duration")))
        QTimer::singleShot(static_cast<int>(p.value(QStringLiteral("duration")).toDouble() * 1000), &app, &QCoreApplication::quit);
    const int rc = app.exec();
    server.close();
    std::fprintf(stderr, "flowdesk-relay: sent %llu frames, skipped %llu for slow clients\n",
                 static_cast<unsigned long long>(server.framesSent()), static_cast<unsigned long long>(server.framesSkipped()));
    return rc;
}
