#pragma once
#include <QStringList>

// `flowdesk --headless --replay FILE [--out FILE|-] [--views micro,flow,risk]`:
// feeds a recording through the decoder and aggregator and writes one JSON
// snapshot line per view at the end of the file. Returns the exit code.
int runHeadlessReplay(const QString &file, const QString &out, const QStringList &views);
