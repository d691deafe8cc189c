// Panels: apply one snapshot of a view (golden scenario, successive snapshots
// so every tick changes something) and paint every panel of that view
// offscreen, the way a visible dock would. Target ≤ 8 ms per Microstructure
// tick (issue 5). Per-panel benchmarks show where a view's time goes, and the
// hidden one checks that a panel nobody sees does (almost) no work.
#include "core/pipeline.h"
#include "panel.h"
#include "panels/panelfactory.h"
#include "util/linereader.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

#include <array>
#include <memory>
#include <vector>

using namespace fd;

namespace {

constexpr std::array<View, 3> kViews{View::Microstructure, View::Flow, View::Risk};

struct Fixture {
    std::array<std::vector<ViewSnapshotPtr>, 3> snaps; // per view
    std::array<std::vector<std::unique_ptr<Panel>>, 3> panels;
    static Fixture &get()
    {
        static Fixture f;
        return f;
    }

private:
    Fixture()
    {
        Pipeline pipe;
        int n = 0;
        auto take = [&] {
            for (size_t v = 0; v < kViews.size(); ++v)
                snaps[v].push_back(pipe.builder().build(kViews[v]));
        };
        forEachLine(FLOWDESK_SHARED_DIR "/testdata/golden/scenario.jsonl.gz", [&](std::string_view l) {
            pipe.feed(l);
            if (++n > 30000 && n % 200 == 0)
                take();
        });
        take();
        for (const QString &id : allPanelIds()) {
            std::unique_ptr<Panel> p(createPanel(id));
            if (!p)
                continue;
            p->resize(640, 420);
            p->show();
            panels[static_cast<size_t>(p->view())].push_back(std::move(p));
        }
        // Warm up with every snapshot once: creating a table's cells on first use, and the
        // glyph caches, are not per-tick costs.
        for (size_t v = 0; v < kViews.size(); ++v)
            for (const ViewSnapshotPtr &s : snaps[v])
                for (auto &p : panels[v]) {
                    p->applySnapshot(s);
                    QCoreApplication::sendPostedEvents();
                }
    }
};

void tick(Panel *p, const ViewSnapshotPtr &s, QImage &img)
{
    p->applySnapshot(s);
    QCoreApplication::sendPostedEvents(); // queued replots, layout requests
    QPainter painter(&img);
    p->render(&painter);
}

void BM_ViewTick(benchmark::State &state)
{
    Fixture &f = Fixture::get();
    const auto v = static_cast<size_t>(state.range(0));
    QImage img(640, 420, QImage::Format_ARGB32_Premultiplied);
    size_t i = 0;
    for (auto _ : state) {
        const ViewSnapshotPtr &s = f.snaps[v][i++ % f.snaps[v].size()];
        for (auto &p : f.panels[v])
            tick(p.get(), s, img);
    }
    state.counters["panels"] = static_cast<double>(f.panels[v].size());
}
// --benchmark_min_time=2 for the figures in docs/benchmarks.md (set on the command line, so that
// callgrind runs can use fewer iterations).
BENCHMARK(BM_ViewTick)->Arg(0)->Arg(1)->Arg(2)->ArgName("view")->Unit(benchmark::kMillisecond);

// The original name, kept so earlier figures compare: Microstructure only.
void BM_MicroTickApplyAndPaint(benchmark::State &state)
{
    Fixture &f = Fixture::get();
    QImage img(640, 420, QImage::Format_ARGB32_Premultiplied);
    size_t i = 0;
    for (auto _ : state) {
        const ViewSnapshotPtr &s = f.snaps[0][i++ % f.snaps[0].size()];
        for (auto &p : f.panels[0])
            tick(p.get(), s, img);
    }
    state.counters["panels"] = static_cast<double>(f.panels[0].size());
}
BENCHMARK(BM_MicroTickApplyAndPaint)->Unit(benchmark::kMillisecond);

// A hidden panel gets every snapshot and must not render: only ingest() runs.
void BM_HiddenViewTick(benchmark::State &state)
{
    Fixture &f = Fixture::get();
    const auto v = static_cast<size_t>(state.range(0));
    for (auto &p : f.panels[v])
        p->hide();
    size_t i = 0;
    for (auto _ : state) {
        const ViewSnapshotPtr &s = f.snaps[v][i++ % f.snaps[v].size()];
        for (auto &p : f.panels[v])
            p->applySnapshot(s);
        QCoreApplication::sendPostedEvents();
    }
    for (auto &p : f.panels[v])
        p->show();
    QCoreApplication::sendPostedEvents();
}
BENCHMARK(BM_HiddenViewTick)->Arg(0)->Arg(1)->Arg(2)->ArgName("view")->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    // One benchmark per panel: BM_Panel/panel.basis …
    for (const QString &id : allPanelIds()) {
        const QByteArray name = "BM_Panel/" + id.toUtf8();
        benchmark::RegisterBenchmark(name.constData(), [id](benchmark::State &state) {
            Fixture &f = Fixture::get();
            Panel *panel = nullptr;
            size_t v = 0;
            for (size_t k = 0; k < kViews.size() && !panel; ++k)
                for (auto &p : f.panels[k])
                    if (p->panelId() == id)
                        panel = p.get(), v = k;
            if (!panel) {
                state.SkipWithError("no such panel");
                return;
            }
            QImage img(640, 420, QImage::Format_ARGB32_Premultiplied);
            size_t i = 0;
            for (auto _ : state)
                tick(panel, f.snaps[v][i++ % f.snaps[v].size()], img);
        })->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
