#pragma once
// Decoder → Aggregator → SnapshotBuilder in one object: the single path every
// source (relay, demo, recording, tests, benchmarks) feeds frames through.
#include "core/aggregator.h"
#include "core/decoder.h"
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

    DecodeStatus feed(std::string_view frame)
    {
        const DecodeStatus st = m_decoder.decode(frame, m_event);
        if (st == DecodeStatus::Event)
            m_aggregator.apply(m_event);
        return st;
    }

    Decoder &decoder() { return m_decoder; }
    Aggregator &aggregator() { return m_aggregator; }
    SnapshotBuilder &builder() { return m_builder; }

private:
    Decoder m_decoder;
    Aggregator m_aggregator;
    SnapshotBuilder m_builder;
    MarketEvent m_event;
};

} // namespace fd
