// BucketRing (METRICS.md §0 "Windows"): 1 s buckets plus 1 min buckets, a
// window (a, b] read with partial minutes at both ends. Checked against a
// brute-force sum over the raw (second, value) list, and by hand for a few
// windows; late events land in their own bucket; events older than the ring
// are dropped and change nothing.
#include "core/bucketring.h"

#include <QtTest>

#include <cstdint>
#include <map>
#include <vector>

namespace {

struct B {
    int64_t sum = 0;
    int n = 0;
    B &operator+=(const B &o)
    {
        sum += o.sum;
        n += o.n;
        return *this;
    }
};

using Ring = fd::BucketRing<B>;

// A whole minute (1765533600 = 29425560 × 60), so second S0 + 60k closes minute k.
constexpr int64_t S0 = 1765533600LL;

void add(Ring &r, int64_t sec, int64_t v)
{
    QVERIFY(r.apply(sec, [&](B &b) {
        b.sum += v;
        ++b.n;
    }));
}

} // namespace

class TstBucketRing : public QObject
{
    Q_OBJECT

private slots:
    void handWindows();
    void bruteForce();
    void lateEventOwnBucket();
    void olderThanRingDropped();
    void olderThanRingSparse();
};

// Values 1, 10, 100, 1000, 10000 at seconds S0+59, S0+60, S0+61, S0+120, S0+121:
// each window's sum is a set of digits that shows which seconds were counted.
void TstBucketRing::handWindows()
{
    Ring r;
    add(r, S0 + 59, 1);
    add(r, S0 + 60, 10);
    add(r, S0 + 61, 100);
    add(r, S0 + 120, 1000);
    add(r, S0 + 121, 10000);
    // (S0+59, S0+121] = {60, 61, 120, 121}: partial minute at both ends around one whole minute
    QCOMPARE(r.sum(S0 + 59, S0 + 121).sum, int64_t(11110));
    QCOMPARE(r.sum(S0 + 59, S0 + 121).n, 4);
    // (S0+60, S0+120] is exactly minute 2 (seconds 61..120)
    QCOMPARE(r.sum(S0 + 60, S0 + 120).sum, int64_t(1100));
    // (S0, S0+180]: minutes 1..3 whole: everything
    QCOMPARE(r.sum(S0, S0 + 180).sum, int64_t(11111));
    // (S0+58, S0+59]: one second
    QCOMPARE(r.sum(S0 + 58, S0 + 59).sum, int64_t(1));
    // (S0+59, S0+60]: the last second of minute 1 only
    QCOMPARE(r.sum(S0 + 59, S0 + 60).sum, int64_t(10));
    // (S0+61, S0+119]: nothing
    QCOMPARE(r.sum(S0 + 61, S0 + 119).n, 0);
    // empty and reversed windows
    QCOMPARE(r.sum(S0 + 60, S0 + 60).n, 0);
    QCOMPARE(r.sum(S0 + 121, S0 + 59).n, 0);
}

// Deterministic pseudo-random seconds over ~17 min; every window (a, b] with a, b
// on a grid that hits minute edges, one-off-edges and mid-minute is compared
// with the brute-force sum.
void TstBucketRing::bruteForce()
{
    Ring r;
    std::map<int64_t, int64_t> raw; // second → sum
    uint32_t x = 12345;
    auto next = [&] {
        x = x * 1103515245u + 12345u;
        return (x >> 8) & 0xffff;
    };
    for (int i = 0; i < 3000; ++i) {
        const int64_t s = S0 + static_cast<int64_t>(next() % 1000);
        const int64_t v = static_cast<int64_t>(next() % 1000) + 1;
        add(r, s, v); // out of order on purpose: every event is "late" against the newest
        raw[s] += v;
    }
    std::vector<int64_t> pts;
    for (int64_t m = -1; m <= 17; ++m)
        for (int64_t d : {-1, 0, 1, 29})
            pts.push_back(S0 + 60 * m + d);
    int checked = 0;
    for (int64_t a : pts)
        for (int64_t b : pts) {
            if (b <= a)
                continue;
            int64_t expect = 0;
            for (auto it = raw.upper_bound(a); it != raw.end() && it->first <= b; ++it)
                expect += it->second;
            const B got = r.sum(a, b);
            if (got.sum != expect)
                QFAIL(qPrintable(QStringLiteral("sum(%1, %2] = %3, brute force %4").arg(a - S0).arg(b - S0).arg(got.sum).arg(expect)));
            ++checked;
        }
    QVERIFY(checked > 2000);
}

// A late event goes to its own second (and its own minute), not to the newest.
void TstBucketRing::lateEventOwnBucket()
{
    Ring r;
    add(r, S0 + 1000, 1);
    add(r, S0 + 1005, 10);
    add(r, S0 + 1002, 100); // late by 3 s
    QCOMPARE(r.sum(S0 + 1001, S0 + 1002).sum, int64_t(100));
    QCOMPARE(r.sum(S0 + 1002, S0 + 1005).sum, int64_t(10));
    QVERIFY(r.second(S0 + 1002));
    QCOMPARE(r.second(S0 + 1002)->n, 1);
    // Late by 20 minutes into an older minute: a long window reads it through the minute bucket.
    add(r, S0 - 190, 1000); // minute ending at S0 − 180
    QCOMPARE(r.sum(S0 - 600, S0 + 1200).sum, int64_t(1111));
    QCOMPARE(r.sum(S0 - 190, S0 + 1200).sum, int64_t(111)); // (S0−190, …] excludes it
    QCOMPARE(r.sum(S0 - 191, S0 - 190).sum, int64_t(1000));
}

// Dense ring: every second S0 … S0+5000 holds 1. S0+904 = S0+5000 − 4096 shares its
// slot with S0+5000: too old, dropped; S0+905 is the oldest second still held.
void TstBucketRing::olderThanRingDropped()
{
    Ring r;
    for (int64_t s = 0; s <= 5000; ++s)
        add(r, S0 + s, 1);
    QCOMPARE(r.sum(S0 + 1400, S0 + 5000).n, 3600);
    const bool tooOld = r.apply(S0 + 904, [](B &b) { b.n += 1000; });
    QVERIFY(!tooOld);
    QCOMPARE(r.second(S0 + 5000)->n, 1); // the newest second was not touched
    QCOMPARE(r.sum(S0 + 4999, S0 + 5000).n, 1);
    QCOMPARE(r.sum(S0 + 1400, S0 + 5000).n, 3600);
    QVERIFY(r.apply(S0 + 905, [](B &b) { b.n += 1; }));
    QCOMPARE(r.second(S0 + 905)->n, 2);
}

// Sparse ring: only S0+5000 is held. S0+903 is older than the 4096 s the ring holds
// (its slot is empty, but that does not make it recent): dropped, nothing changes.
void TstBucketRing::olderThanRingSparse()
{
    Ring r;
    add(r, S0 + 5000, 1);
    QVERIFY(!r.apply(S0 + 903, [](B &b) { b.n += 1; }));
    QVERIFY(!r.second(S0 + 903));
    QVERIFY(!r.apply(S0 + 5000 - Ring::capacitySeconds(), [](B &b) { b.n += 1; }));
    // One second newer than that is still within the ring.
    QVERIFY(r.apply(S0 + 5001 - Ring::capacitySeconds(), [](B &b) { b.n += 1; }));
    QCOMPARE(r.sum(S0 + 900, S0 + 5000).n, 2);
}

QTEST_APPLESS_MAIN(TstBucketRing)
#include "tst_bucketring.moc"
