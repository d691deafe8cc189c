#include "marketregistry.h"

namespace fd {

MarketRegistry::MarketRegistry()
    : m_venues{"Binance", "Bybit", "OKX"}
{
    for (const auto &[name, venue] : {std::pair{"BinanceFuturesUsd", kBinance}, std::pair{"BinanceSpot", kBinance},
                                      std::pair{"BybitPerpetualsUsd", kBybit}, std::pair{"BybitSpot", kBybit},
                                      std::pair{"Okx", kOkx}}) {
        m_exchanges.push_back({std::string(name), venue});
    }
}

uint16_t MarketRegistry::venueId(std::string_view name)
{
    for (size_t i = 0; i < m_venues.size(); ++i)
        if (m_venues[i] == name)
            return static_cast<uint16_t>(i);
    if (m_venues.size() >= kMaxVenues)
        return kInvalid;
    m_venues.emplace_back(name);
    return static_cast<uint16_t>(m_venues.size() - 1);
}

uint16_t MarketRegistry::exchange(std::string_view name, uint16_t &venueOut)
{
    // Fast path: the five default names, compared without hashing.
    for (size_t i = 0; i < m_exchanges.size(); ++i) {
        if (m_exchanges[i].name == name) {
            venueOut = m_exchanges[i].venue;
            return static_cast<uint16_t>(i);
        }
    }
    if (name.empty() || name.size() > 40 || m_exchanges.size() >= kMaxExchanges)
        return kInvalid;
    // Unknown Debug names pass through as their own venue (METRICS.md §0).
    const uint16_t v = venueId(name);
    if (v == kInvalid)
        return kInvalid;
    m_exchanges.push_back({std::string(name), v});
    venueOut = v;
    return static_cast<uint16_t>(m_exchanges.size() - 1);
}

uint16_t MarketRegistry::symbol(std::string_view base)
{
    if (base.empty() || base.size() > 16)
        return kInvalid;
    char up[16];
    for (size_t i = 0; i < base.size(); ++i) {
        const char c = base[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                        || c == '-' || c == '.';
        if (!ok)
            return kInvalid;
        up[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    }
    const std::string_view key(up, base.size());
    for (size_t i = 0; i < m_symbols.size(); ++i)
        if (m_symbols[i] == key)
            return static_cast<uint16_t>(i);
    if (m_symbols.size() >= kMaxSymbols)
        return kInvalid;
    m_symbols.emplace_back(key);
    return static_cast<uint16_t>(m_symbols.size() - 1);
}

int MarketRegistry::symbolId(std::string_view upperBase) const
{
    for (size_t i = 0; i < m_symbols.size(); ++i)
        if (m_symbols[i] == upperBase)
            return static_cast<int>(i);
    return -1;
}

} // namespace fd
