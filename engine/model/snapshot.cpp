#include "snapshot.h"

namespace fd {

std::string NaReason::format() const
{
    if (!text)
        return {};
    std::string s(text);
    auto num = [](double v) {
        char buf[32];
        if (v == static_cast<double>(static_cast<long long>(v)))
            std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
        else
            std::snprintf(buf, sizeof buf, "%.4g", v);
        return std::string(buf);
    };
    for (auto [tok, v] : {std::pair{"%1", a}, std::pair{"%2", b}})
        if (auto p = s.find(tok); p != std::string::npos)
            s.replace(p, 2, num(v));
    return s;
}

const char *arrowText(Arrow a)
{
    switch (a) {
    case Arrow::DownDownDown: return "↓↓↓";
    case Arrow::DownDown: return "↓↓";
    case Arrow::Down: return "↓";
    case Arrow::Flat: return "→";
    case Arrow::Up: return "↑";
    case Arrow::UpUp: return "↑↑";
    case Arrow::UpUpUp: return "↑↑↑";
    }
    return "→";
}

const char *viewName(View v)
{
    switch (v) {
    case View::Microstructure: return "micro";
    case View::Flow: return "flow";
    case View::Risk: return "risk";
    }
    return "micro";
}

const SymbolSnapshot *ViewSnapshot::find(const std::string &symbol) const
{
    for (const auto &s : symbols)
        if (s.symbol == symbol)
            return &s;
    return nullptr;
}

} // namespace fd
