#pragma once
// Interns venue, symbol and exchange names into small ids so the hot path
// never hashes strings twice. Bounded so that hostile input cannot grow it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

class MarketRegistry
{
public:
    static constexpr uint16_t kBinance = 0, kBybit = 1, kOkx = 2;
    static constexpr size_t kMaxSymbols = 64;
    static constexpr size_t kMaxVenues = 16;
    static constexpr size_t kMaxExchanges = 32;
    static constexpr uint16_t kInvalid = 0xffff;

    MarketRegistry();

    // Relay `exchange` Debug name → exchange id; sets the venue id. kInvalid when full.
    uint16_t exchange(std::string_view name, uint16_t &venueOut);
    // Base (any case) → symbol id; kInvalid when full or not a plausible ticker.
    uint16_t symbol(std::string_view base);

    const std::string &venueName(uint16_t id) const { return m_venues[id]; }
    const std::string &symbolName(uint16_t id) const { return m_symbols[id]; }
    const std::string &exchangeName(uint16_t id) const { return m_exchanges[id].name; }
    size_t venueCount() const { return m_venues.size(); }
    size_t symbolCount() const { return m_symbols.size(); }
    int symbolId(std::string_view upperBase) const; // -1 if unknown

private:
    uint16_t venueId(std::string_view name);
    struct Exchange {
        std::string name;
        uint16_t venue;
    };
    std::vector<std::string> m_venues;
    std::vector<std::string> m_symbols;
    std::vector<Exchange> m_exchanges;
};

} // namespace fd
