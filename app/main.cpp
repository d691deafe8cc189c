#include "headless.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Headless mode must work without any display: decide before creating a QApplication.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || QByteArray(argv[i]) == "--headless";
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("io.flowdesk.FlowDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWDESK_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("FlowDesk — order-flow terminal for crypto derivatives"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("headless"), QStringLiteral("No window: aggregate and write snapshots as JSON lines.")});
    p.addOption({QStringLiteral("replay"), QStringLiteral("Replay a recording (JSON lines, plain or .gz)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Headless output file, or - for stdout."), QStringLiteral("FILE"), QStringLiteral("-")});
    p.addOption({QStringLiteral("views"), QStringLiteral("Views to write: micro,flow,risk."), QStringLiteral("LIST"),
                 QStringLiteral("micro,flow,risk")});
    p.addOption({QStringLiteral("smoke"), QStringLiteral("Build the window, then exit 0 (for tests).")});
    p.process(*app);

    if (headless) {
        if (!p.isSet(QStringLiteral("replay"))) {
            std::fprintf(stderr, "flowdesk: --headless needs --replay FILE (live relay and demo modes come with the connection work).\n");
            return 2;
        }
        return runHeadlessReplay(p.value(QStringLiteral("replay")), p.value(QStringLiteral("out")),
                                 p.value(QStringLiteral("views")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }

    QMainWindow w;
    w.setWindowTitle(QStringLiteral("FlowDesk"));
    auto *label = new QLabel(QStringLiteral("FlowDesk %1 — panels arrive with the desktop shell.").arg(QStringLiteral(FLOWDESK_VERSION)));
    label->setAlignment(Qt::AlignCenter);
    w.setCentralWidget(label);
    w.resize(1280, 800);
    w.show();
    if (p.isSet(QStringLiteral("smoke")))
        QTimer::singleShot(0, app.get(), &QCoreApplication::quit);
    return app->exec();
}
