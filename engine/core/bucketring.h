#pragma once
// Two-level ring of time buckets: 1 s buckets for the last hour and 1 min
// buckets over them, so adding is O(1) and any window (a, b] is read in at
// most 59 + W/60 + 59 bucket reads (METRICS.md §0 "Windows").
#include "util/timeutil.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace fd {

template<class B, int SecSlots = 4096, int MinSlots = 128>
class BucketRing
{
    static_assert((SecSlots & (SecSlots - 1)) == 0 && (MinSlots & (MinSlots - 1)) == 0);
    static_assert(MinSlots * 60 >= SecSlots, "the minute ring must reach as far back as the second ring");

public:
    static constexpr int64_t kEmpty = std::numeric_limits<int64_t>::min();

    // Applies f to the second bucket `sec` and to its minute bucket.
    // Returns false (and changes nothing) when `sec` is older than the ring holds:
    // SecSlots seconds up to the newest second applied so far.
    template<class F>
    bool apply(int64_t sec, F &&f)
    {
        if (m_newest != kEmpty && sec <= m_newest - SecSlots)
            return false; // an empty slot does not make an old second recent
        Slot *s = slot(m_sec.data(), SecSlots, sec);
        if (!s)
            return false;
        Slot *m = slot(m_min.data(), MinSlots, ceilDiv(sec, 60));
        if (!m)
            return false;
        f(s->b);
        f(m->b);
        m_newest = std::max(m_newest, sec);
        return true;
    }

    // Sum of the buckets with second in (fromExcl, toIncl].
    B sum(int64_t fromExcl, int64_t toIncl) const
    {
        B acc{};
        if (toIncl <= fromExcl)
            return acc;
        const int64_t mLo = ceilDiv(fromExcl, 60) + 1; // first minute whose seconds all lie after fromExcl
        const int64_t mHi = floorDiv(toIncl, 60);      // last minute whose seconds all lie up to toIncl
        if (mLo > mHi) {
            addSeconds(acc, fromExcl + 1, toIncl);
            return acc;
        }
        addSeconds(acc, fromExcl + 1, (mLo - 1) * 60);
        for (int64_t m = mLo; m <= mHi; ++m)
            if (const B *b = get(m_min.data(), MinSlots, m))
                acc += *b;
        addSeconds(acc, mHi * 60 + 1, toIncl);
        return acc;
    }

    const B *second(int64_t sec) const { return get(m_sec.data(), SecSlots, sec); }
    static constexpr int64_t capacitySeconds() { return SecSlots; }

private:
    struct Slot {
        int64_t id = kEmpty;
        B b{};
    };

    void addSeconds(B &acc, int64_t from, int64_t to) const
    {
        for (int64_t s = from; s <= to; ++s)
            if (const B *b = get(m_sec.data(), SecSlots, s))
                acc += *b;
    }

    static Slot *slot(Slot *ring, int n, int64_t id)
    {
        Slot &s = ring[static_cast<size_t>(id & (n - 1))];
        if (s.id == id)
            return &s;
        if (s.id != kEmpty && s.id > id)
            return nullptr; // overwritten by newer data: too late to count
        s.id = id;
        s.b = B{};
        return &s;
    }

    static const B *get(const Slot *ring, int n, int64_t id)
    {
        const Slot &s = ring[static_cast<size_t>(id & (n - 1))];
        return s.id == id ? &s.b : nullptr;
    }

    std::array<Slot, SecSlots> m_sec{};
    std::array<Slot, MinSlots> m_min{};
    int64_t m_newest = kEmpty;
};

} // namespace fd
