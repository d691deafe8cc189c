#pragma once
// Feed health on the local receive clock: per stream (exchange × symbol ×
// type × kind) message rate, age of the last message and a stale flag, plus
// receive-minus-exchange clock skew. Staleness is judged at snapshot time.
#include "core/decoder.h"
#include "model/connectionhealth.h"
#include "model/marketevent.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace fd {

struct StreamHealth {
    std::string exchange, venue, symbol, type, kind;
    uint64_t messages = 0;
    double ratePerSec = 0;   // over the last 10 s of receive time
    double ageSec = 0;       // since the last message
    bool stale = false;      // trades/L1 > 10 s, OI/funding > 30 s
};

struct HealthSnapshot {
    int64_t nowNs = 0;
    std::vector<StreamHealth> streams;
    uint64_t frames = 0, events = 0, ignored = 0, rejected = 0;
    std::array<uint64_t, static_cast<size_t>(RejectReason::Count)> rejectedBy{};
    std::array<std::string, static_cast<size_t>(RejectReason::Count)> lastRejectSample{};
    double msgsPerSec = 0;
    double skewMedianMs = kNaN, skewP95Ms = kNaN;
    // Demo and replay: receive times are not a real receive clock, so receive minus
    // exchange time is no clock skew (StatusIndicators::skewText shows n/a).
    bool simulatedClock = false;
    int staleStreams = 0;
    int64_t cvdResets = 0; // relay CVD resets detected (all markets)
    ConnectionHealth connection;
    // Frame receipt → inclusion in a published Microstructure snapshot (last 1,000 publishes).
    double publishLatencyP50Ms = kNaN, publishLatencyP99Ms = kNaN;
};

using HealthSnapshotPtr = std::shared_ptr<const HealthSnapshot>;

class FeedHealth
{
public:
    void onEvent(const MarketEvent &e, int64_t receivedNs);
    void onFrame(int64_t receivedNs);
    HealthSnapshot snapshot(int64_t nowNs, const Decoder &decoder) const;

private:
    struct Stream {
        uint16_t exchange, symbol;
        MarketType type;
        EventKind kind;
        uint64_t messages = 0;
        int64_t lastNs = 0;
        std::array<uint32_t, 16> perSecond{}; // receive-second ring
        std::array<int64_t, 16> secondId{};
    };
    static void bump(std::array<uint32_t, 16> &c, std::array<int64_t, 16> &id, int64_t sec);
    static double rate(const std::array<uint32_t, 16> &c, const std::array<int64_t, 16> &id, int64_t nowSec);
    std::vector<Stream> m_streams;
    std::array<uint32_t, 16> m_frameCount{};
    std::array<int64_t, 16> m_frameSec{};
    std::array<double, 1024> m_skewMs{};
    uint64_t m_skewN = 0;
};

} // namespace fd
