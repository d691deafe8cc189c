// Panels: apply one Microstructure snapshot (golden scenario, final) and paint
// every panel of that view offscreen. Target ≤ 8 ms per tick (issue 5).
#include "core/pipeline.h"
#include "panel.h"
#include "panels/panelfactory.h"
#include "util/linereader.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

using namespace fd;

namespace {

struct Fixture {
    std::vector<ViewSnapshotPtr> snaps; // successive snapshots so every tick changes something
    std::vector<std::unique_ptr<Panel>> panels;
    Fixture()
    {
        Pipeline pipe;
        int n = 0;
        forEachLine(FLOWDESK_SHARED_DIR "/testdata/golden/scenario.jsonl.gz", [&](std::string_view l) {
            pipe.feed(l);
            if (++n > 30000 && n % 200 == 0)
                snaps.push_back(pipe.builder().build(View::Microstructure));
        });
        snaps.push_back(pipe.builder().build(View::Microstructure));
        for (const QString &id : allPanelIds()) {
            std::unique_ptr<Panel> p(createPanel(id));
            if (!p || p->view() != View::Microstructure)
                continue;
            p->resize(640, 420);
            p->show();
            panels.push_back(std::move(p));
        }
    }
};

void BM_MicroTickApplyAndPaint(benchmark::State &state)
{
    static Fixture f;
    QImage img(640, 420, QImage::Format_ARGB32_Premultiplied);
    size_t i = 0;
    for (auto _ : state) {
        const ViewSnapshotPtr &s = f.snaps[i++ % f.snaps.size()];
        for (auto &p : f.panels) {
            p->applySnapshot(s);
            QCoreApplication::sendPostedEvents(); // queued replots, layout requests
            QPainter painter(&img);
            p->render(&painter);
        }
    }
    state.counters["panels"] = static_cast<double>(f.panels.size());
}
BENCHMARK(BM_MicroTickApplyAndPaint)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
