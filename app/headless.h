#pragma once
#include "relay/engineworker.h"

#include <QStringList>

// `flowdesk --headless (--relay URL | --demo | --replay FILE) --out FILE|-
//  [--duration S] [--views micro,flow,risk,health]`: runs the engine thread
// without a window and writes every published snapshot as one JSON line.
struct HeadlessOptions {
    fd::EngineSettings engine;
    QString out = QStringLiteral("-");
    double durationSec = 0; // 0: until the replay ends (relay/demo: forever)
    QStringList views{QStringLiteral("micro"), QStringLiteral("flow"), QStringLiteral("risk")};
};

// Returns the process exit code; prints one clear sentence on failure.
int runHeadless(const HeadlessOptions &options);
