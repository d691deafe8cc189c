#pragma once
// Relay frame → typed MarketEvent (RELAY_PROTOCOL.md §2–3). Never throws;
// every frame it cannot use is counted by reason with a sample kept.
#include "model/marketevent.h"
#include "model/marketregistry.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

enum class DecodeStatus : uint8_t { Event, Welcome, Ignored, Rejected };

enum class RejectReason : uint8_t { NotJson, NotObject, MissingField, WrongType, OutOfRange, TooLarge, Count };
const char *rejectReasonName(RejectReason r); // stable snake_case key

struct DecoderSettings {
    bool okxSizesInContracts = true; // relay profile (TMP/DEV relays send OKX perp sizes in contracts)
    double okxCtVal(std::string_view symbol) const;
    std::map<std::string, double, std::less<>> ctValOverrides; // per symbol, replaces the defaults
    size_t maxFrameBytes = 16u << 20;
};

struct DecoderStats {
    uint64_t frames = 0;
    uint64_t events = 0;
    uint64_t welcomes = 0;
    uint64_t envelopes = 0;
    std::array<uint64_t, static_cast<size_t>(RejectReason::Count)> rejected{};
    std::array<std::string, static_cast<size_t>(RejectReason::Count)> lastRejectSample{};
    std::array<std::string, static_cast<size_t>(RejectReason::Count)> lastRejectDetail{};
    std::map<std::string, uint64_t, std::less<>> ignoredKinds; // unused/unknown kinds, bounded
    uint64_t rejectedTotal() const;
    uint64_t ignoredTotal() const;
};

class Decoder
{
public:
    explicit Decoder(DecoderSettings settings = {});
    ~Decoder();
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    // Decodes one frame (text or binary payload: both are UTF-8 JSON).
    // On Event, `out` holds the event; it is reused to avoid allocations.
    DecodeStatus decode(std::string_view frame, MarketEvent &out);

    const DecoderStats &stats() const { return m_stats; }
    MarketRegistry &registry() { return m_registry; }
    const MarketRegistry &registry() const { return m_registry; }
    const DecoderSettings &settings() const { return m_settings; }
    void setSettings(const DecoderSettings &s) { m_settings = s; }

private:
    struct Impl;
    DecodeStatus reject(RejectReason r, std::string_view frame, const char *detail);
    void countIgnored(std::string_view kind);
    DecoderSettings m_settings;
    DecoderStats m_stats;
    MarketRegistry m_registry;
    std::unique_ptr<Impl> d;
};

} // namespace fd
