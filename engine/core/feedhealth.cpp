#include "feedhealth.h"

#include "util/timeutil.h"

#include <algorithm>

namespace fd {

namespace {
const char *kindName(EventKind k)
{
    switch (k) {
    case EventKind::Trade: return "trade";
    case EventKind::Liquidation: return "liquidation";
    case EventKind::OpenInterest: return "open_interest";
    case EventKind::Cvd: return "cumulative_volume_delta";
    case EventKind::L1: return "order_book_l1";
    case EventKind::L2: return "order_book_l2";
    case EventKind::Funding: return "funding_rate";
    }
    return "?";
}

double staleAfterSec(EventKind k)
{
    switch (k) {
    case EventKind::Trade:
    case EventKind::L1: return 10;
    case EventKind::OpenInterest:
    case EventKind::Funding: return 30;
    default: return 0; // liquidations, CVD, L2: silence is normal
    }
}
} // namespace

void FeedHealth::bump(std::array<uint32_t, 16> &c, std::array<int64_t, 16> &id, int64_t sec)
{
    const size_t i = static_cast<size_t>(sec) & 15;
    if (id[i] != sec) {
        id[i] = sec;
        c[i] = 0;
    }
    ++c[i];
}

double FeedHealth::rate(const std::array<uint32_t, 16> &c, const std::array<int64_t, 16> &id, int64_t nowSec)
{
    uint64_t n = 0;
    for (size_t i = 0; i < 16; ++i)
        if (id[i] > nowSec - 10 && id[i] <= nowSec)
            n += c[i];
    return static_cast<double>(n) / 10.0;
}

void FeedHealth::onFrame(int64_t receivedNs)
{
    bump(m_frameCount, m_frameSec, floorDiv(receivedNs, kNsPerSec));
}

void FeedHealth::onEvent(const MarketEvent &e, int64_t receivedNs)
{
    Stream *s = nullptr;
    for (Stream &x : m_streams)
        if (x.exchange == e.exchange && x.symbol == e.symbol && x.type == e.type && x.kind == e.kind) {
            s = &x;
            break;
        }
    if (!s) {
        if (m_streams.size() >= 1024)
            return;
        m_streams.push_back({e.exchange, e.symbol, e.type, e.kind});
        s = &m_streams.back();
    }
    ++s->messages;
    s->lastNs = receivedNs;
    bump(s->perSecond, s->secondId, floorDiv(receivedNs, kNsPerSec));
    if (e.kind == EventKind::Trade || e.kind == EventKind::L1)
        m_skewMs[m_skewN++ % m_skewMs.size()] = static_cast<double>(receivedNs - e.timeExchangeNs) / kNsPerMs;
}

HealthSnapshot FeedHealth::snapshot(int64_t nowNs, const Decoder &decoder) const
{
    HealthSnapshot h;
    h.nowNs = nowNs;
    const auto &reg = decoder.registry();
    const int64_t nowSec = floorDiv(nowNs, kNsPerSec);
    for (const Stream &s : m_streams) {
        StreamHealth x;
        x.exchange = reg.exchangeName(s.exchange);
        x.symbol = reg.symbolName(s.symbol);
        x.type = s.type == MarketType::Perp ? "PERP" : "SPOT";
        x.kind = kindName(s.kind);
        x.messages = s.messages;
        x.ratePerSec = rate(s.perSecond, s.secondId, nowSec);
        x.ageSec = static_cast<double>(nowNs - s.lastNs) / kNsPerSec;
        const double limit = staleAfterSec(s.kind);
        x.stale = limit > 0 && x.ageSec > limit;
        h.staleStreams += x.stale;
        h.streams.push_back(std::move(x));
    }
    std::sort(h.streams.begin(), h.streams.end(), [](const StreamHealth &a, const StreamHealth &b) {
        return std::tie(a.symbol, a.exchange, a.type, a.kind) < std::tie(b.symbol, b.exchange, b.type, b.kind);
    });
    const DecoderStats &st = decoder.stats();
    h.frames = st.frames;
    h.events = st.events;
    h.ignored = st.ignoredTotal();
    h.rejected = st.rejectedTotal();
    h.rejectedBy = st.rejected;
    h.lastRejectSample = st.lastRejectSample;
    h.msgsPerSec = rate(m_frameCount, m_frameSec, nowSec);
    const size_t n = std::min<uint64_t>(m_skewN, m_skewMs.size());
    if (n > 0) {
        std::vector<double> v(m_skewMs.begin(), m_skewMs.begin() + static_cast<long>(n));
        std::sort(v.begin(), v.end());
        h.skewMedianMs = v[n / 2];
        h.skewP95Ms = v[std::min(n - 1, static_cast<size_t>(0.95 * static_cast<double>(n)))];
    }
    return h;
}

} // namespace fd
