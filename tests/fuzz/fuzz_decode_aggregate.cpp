// libFuzzer target: the input is a relay stream (frames separated by '\n').
// Every frame goes through the real Decoder; events go into one Aggregator;
// at the end every view's sections are built and serialised once. Nothing may
// crash, hang, leak or hit undefined behaviour whatever the bytes are.
// Build and run: docs/fuzzing.md.
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/snapshotbuilder.h"
#include "core/snapshotjson.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fd::Decoder dec;
    fd::Aggregator agg(dec.registry());
    fd::MarketEvent ev;
    const std::string_view in(reinterpret_cast<const char *>(data), size);
    size_t pos = 0;
    while (pos <= in.size()) {
        size_t nl = in.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = in.size();
        const std::string_view frame = in.substr(pos, nl - pos);
        if (dec.decode(frame, ev) == fd::DecodeStatus::Event)
            agg.apply(ev);
        pos = nl + 1;
    }
    fd::SnapshotBuilder builder(agg);
    const auto snap = builder.buildAll();
    // snapshotToJson only: QJsonDocument::toJson() is Qt's own serialiser and
    // would cost a quarter of every execution.
    const QJsonObject json = fd::snapshotToJson(*snap);
    if (json.isEmpty())
        __builtin_trap(); // a snapshot always has keys
    return 0;
}
