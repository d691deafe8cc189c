#include "timeutil.h"

#include <chrono>
#include <cstdio>
#include <cstring>

namespace fd {

namespace {

// Howard Hinnant's days_from_civil: proleptic Gregorian date → days since 1970-01-01.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

} // namespace

void civilFromDays(int64_t z, int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

int64_t wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

namespace {
// Every timestamp of a session shares a handful of dates: the last one parsed
// (per thread) skips the date's digits, its validation and daysFromCivil.
struct DateCache {
    char key[10] = {};
    int64_t days = 0;
    bool valid = false;
};
thread_local DateCache t_lastDate;

// "YYYY-MM-DD" at the start of `s` (s.size() >= 10), the day existing in that month.
bool parseDate(std::string_view s, int64_t &days)
{
    DateCache &c = t_lastDate;
    if (c.valid && std::memcmp(s.data(), c.key, 10) == 0) {
        days = c.days;
        return true;
    }
    int Y, M, D;
    if (!digits(s, 0, 4, Y) || s[4] != '-' || !digits(s, 5, 2, M) || s[7] != '-' || !digits(s, 8, 2, D))
        return false;
    // RFC 3339 §5.7: the day must exist in that month (2025-02-29, 2025-04-31 are invalid).
    static constexpr int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0;
    if (M < 1 || M > 12 || D < 1 || D > kMonthDays[M - 1] + (M == 2 && leap ? 1 : 0))
        return false;
    days = daysFromCivil(Y, static_cast<unsigned>(M), static_cast<unsigned>(D));
    std::memcpy(c.key, s.data(), 10);
    c.days = days;
    c.valid = true;
    return true;
}

// Thousands of frames a second share one "YYYY-MM-DDTHH:MM:SS": the last two
// seen (a frame's exchange and receive times) skip the whole date-time parse.
struct SecondCache {
    char key[2][19] = {};
    int64_t secs[2] = {};
    bool valid[2] = {};
    unsigned next = 0;
};
thread_local SecondCache t_lastSeconds;

// The whole seconds of "YYYY-MM-DDTHH:MM:SS" at the start of `s` (s.size() >= 20), before any offset.
bool parseSeconds(std::string_view s, int64_t &secs)
{
    SecondCache &c = t_lastSeconds;
    for (unsigned i = 0; i < 2; ++i) {
        if (c.valid[i] && std::memcmp(s.data(), c.key[i], 19) == 0) {
            secs = c.secs[i];
            return true;
        }
    }
    int64_t days = 0;
    int h, mi, sec;
    if (!parseDate(s, days) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':'
        || !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, sec))
        return false;
    if (h > 23 || mi > 59 || sec > 60)
        return false;
    secs = days * 86400 + h * 3600 + mi * 60 + sec;
    const unsigned slot = c.next;
    c.next ^= 1u;
    std::memcpy(c.key[slot], s.data(), 19);
    c.secs[slot] = secs;
    c.valid[slot] = true;
    return true;
}
} // namespace

bool parseRfc3339(std::string_view s, int64_t &nsOut)
{
    int64_t wholeSecs = 0;
    if (s.size() < 20 || !parseSeconds(s, wholeSecs))
        return false;
    size_t pos = 19;
    int64_t frac = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 9) {
                frac = frac * 10 + (s[pos] - '0');
                ++n;
            }
            ++pos;
        }
        if (n == 0)
            return false;
        for (; n < 9; ++n)
            frac *= 10;
    }
    int64_t offsetSec = 0;
    if (pos >= s.size())
        return false;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om))
            return false;
        if (oh > 23 || om > 59)
            return false;
        offsetSec = (oh * 3600 + om * 60) * (s[pos] == '+' ? 1 : -1);
        pos += 6;
    } else {
        return false;
    }
    if (pos != s.size())
        return false;
    const int64_t secs = wholeSecs - offsetSec;
    // ±292 years around 1970 fit in int64 ns; refuse anything outside.
    if (secs > 9'000'000'000LL || secs < -9'000'000'000LL)
        return false;
    nsOut = secs * kNsPerSec + frac;
    return true;
}

std::string formatRfc3339(int64_t ns)
{
    const int64_t secs = floorDiv(ns, kNsPerSec);
    const int64_t frac = ns - secs * kNsPerSec;
    const int64_t days = floorDiv(secs, 86400);
    const int64_t sod = secs - days * 86400;
    int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", static_cast<long long>(y), m, d,
                          static_cast<long long>(sod / 3600), static_cast<long long>(sod / 60 % 60),
                          static_cast<long long>(sod % 60));
    if (frac != 0) {
        if (frac % 1'000'000 == 0)
            n += std::snprintf(buf + n, sizeof buf - n, ".%03lld", static_cast<long long>(frac / 1'000'000));
        else if (frac % 1000 == 0)
            n += std::snprintf(buf + n, sizeof buf - n, ".%06lld", static_cast<long long>(frac / 1000));
        else
            n += std::snprintf(buf + n, sizeof buf - n, ".%09lld", static_cast<long long>(frac));
    }
    buf[n++] = 'Z';
    return std::string(buf, static_cast<size_t>(n));
}

} // namespace fd
