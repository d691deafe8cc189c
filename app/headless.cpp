#include "headless.h"

#include "core/pipeline.h"
#include "core/snapshotjson.h"
#include "util/linereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

int runHeadlessReplay(const QString &file, const QString &out, const QStringList &views)
{
    fd::Pipeline pipeline;
    std::string error;
    const bool ok = fd::forEachLine(file.toStdString(), [&](std::string_view line) { pipeline.feed(line); }, &error);
    if (!ok) {
        std::fprintf(stderr, "flowdesk: cannot read the recording: %s\n", error.c_str());
        return 2;
    }
    QFile f;
    if (out.isEmpty() || out == QLatin1String("-")) {
        if (!f.open(stdout, QIODevice::WriteOnly))
            return 2;
    } else {
        f.setFileName(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "flowdesk: cannot write %s: %s\n", qPrintable(out), qPrintable(f.errorString()));
            return 2;
        }
    }
    fd::SnapshotBuilder &builder = pipeline.builder();
    for (const QString &v : views) {
        fd::View view;
        if (v == QLatin1String("micro"))
            view = fd::View::Microstructure;
        else if (v == QLatin1String("flow"))
            view = fd::View::Flow;
        else if (v == QLatin1String("risk"))
            view = fd::View::Risk;
        else {
            std::fprintf(stderr, "flowdesk: unknown view '%s' (use micro, flow, risk)\n", qPrintable(v));
            return 2;
        }
        const auto snap = builder.build(view);
        f.write(QJsonDocument(fd::snapshotToJson(*snap)).toJson(QJsonDocument::Compact));
        f.write("\n");
    }
    const auto &st = pipeline.decoder().stats();
    std::fprintf(stderr, "flowdesk: %llu frames, %llu events, %llu ignored, %llu rejected\n",
                 static_cast<unsigned long long>(st.frames), static_cast<unsigned long long>(st.events),
                 static_cast<unsigned long long>(st.ignoredTotal()), static_cast<unsigned long long>(st.rejectedTotal()));
    return 0;
}
