#pragma once
// Nanosecond UTC time helpers for the hot path (no QDateTime: it keeps only ms).
#include <cstdint>
#include <string>
#include <string_view>

namespace fd {

constexpr int64_t kNsPerSec = 1'000'000'000LL;
constexpr int64_t kNsPerMs = 1'000'000LL;

// Parses RFC 3339 "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)" into ns since the epoch.
// Returns false on anything else (the caller counts the frame as rejected).
bool parseRfc3339(std::string_view s, int64_t &nsOut);

// Formats like chrono's serde form: no fraction when ns == 0, else the shortest
// of 3/6/9 digits that is exact, always 'Z'.
std::string formatRfc3339(int64_t ns);

// Whole-second bucket that holds time t: bucket k covers (k-1 s, k s], so a
// window (t-W, t] at a whole-second t is exactly the buckets (t-W, t].
inline int64_t bucketSecond(int64_t ns)
{
    const int64_t q = ns / kNsPerSec, r = ns % kNsPerSec;
    return r > 0 ? q + 1 : (r < 0 ? q : q);
}

// Days since 1970-01-01 → proleptic Gregorian date (Howard Hinnant's algorithm).
void civilFromDays(int64_t days, int64_t &y, unsigned &m, unsigned &d);

// Local wall clock (receive times, staleness), ns since the epoch.
int64_t wallClockNs();

inline int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
inline int64_t ceilDiv(int64_t a, int64_t b) { return -floorDiv(-a, b); }

} // namespace fd
