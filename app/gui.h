#pragma once
// The desktop application: window, engine, --smoke and --screenshots.
#include "relay/engineworker.h"

class QApplication;
class QCommandLineParser;

int runGui(const QCommandLineParser &parser, fd::EngineSettings engine, QApplication &app);
