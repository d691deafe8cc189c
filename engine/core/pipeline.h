#pragma once
// Decoder → Aggregator → SnapshotBuilder in one object: the single path every
// source (relay, demo, recording, tests, benchmarks) feeds frames through.
#include "core/aggregator.h"
#include "core/decoder.h"
#include "core/feedhealth.h"
#include "core/snapshotbuilder.h"

namespace fd {

class Pipeline
{
public:
    explicit Pipeline(DecoderSettings ds = {}, MetricSettings ms = {})
        : m_decoder(std::move(ds))
        , m_aggregator(m_decoder.registry(), std::move(ms))
        , m_builder(m_aggregator)
    {
    }

    // receivedNs: local receive time (feed health); 0 when replaying without it.
    DecodeStatus feed(std::string_view frame, int64_t receivedNs = 0)
    {
        const DecodeStatus st = m_decoder.decode(frame, m_event);
        if (receivedNs)
            m_health.onFrame(receivedNs);
        if (st == DecodeStatus::Event) {
            if (receivedNs)
                m_health.onEvent(m_event, receivedNs);
            m_aggregator.apply(m_event);
        }
        return st;
    }

    HealthSnapshot health(int64_t nowNs) const
    {
        HealthSnapshot h = m_health.snapshot(nowNs, m_decoder);
        for (const auto &m : m_aggregator.markets())
            h.cvdResets += static_cast<int64_t>(m->relayResets.size());
        return h;
    }

    Decoder &decoder() { return m_decoder; }
    Aggregator &aggregator() { return m_aggregator; }
    SnapshotBuilder &builder() { return m_builder; }

private:
    Decoder m_decoder;
    Aggregator m_aggregator;
    SnapshotBuilder m_builder;
    MarketEvent m_event;
    FeedHealth m_health;
};

} // namespace fd
