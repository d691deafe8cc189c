// Tests for util/timeutil: RFC 3339 <-> int64 ns, whole-second buckets.
//
// Every expected ns value below was computed independently with python3 while
// writing the test, e.g.
//   (datetime(2025,12,12,10,0,0,tzinfo=timezone.utc)
//    - datetime(1970,1,1,tzinfo=timezone.utc)) // timedelta(seconds=1)  -> 1765533600
// and the fraction digits appended by hand (".123" -> +123000000 ns).
#include "util/timeutil.h"

#include <QtTest/QtTest>

#include <string>

class TstTimeUtil : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseInvalidLeavesOutput();
    void secondCacheAgreesWithQDateTime();
    void roundTrip_data();
    void roundTrip();
    void formatKnown_data();
    void formatKnown();
    void bucketSecond_data();
    void bucketSecond();
    void bucketSecondDefinition();
    void floorCeilDiv_data();
    void floorCeilDiv();
};

void TstTimeUtil::parseValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ns");

    // 2025-12-12T10:00:00Z = 1765533600 s (python datetime, see top of file).
    QTest::newRow("0 digits") << QByteArray("2025-12-12T10:00:00Z") << qint64(1765533600000000000LL);
    QTest::newRow("3 digits") << QByteArray("2025-12-12T10:00:00.123Z") << qint64(1765533600123000000LL);
    QTest::newRow("6 digits") << QByteArray("2025-12-12T10:00:00.229412Z") << qint64(1765533600229412000LL);
    QTest::newRow("9 digits") << QByteArray("2025-12-12T10:00:00.131052711Z") << qint64(1765533600131052711LL);
    QTest::newRow("1 digit") << QByteArray("2025-12-12T10:00:00.5Z") << qint64(1765533600500000000LL);
    QTest::newRow("9 digits leading zeros")
        << QByteArray("2025-12-12T10:00:00.000000001Z") << qint64(1765533600000000001LL);
    QTest::newRow("9 digits max") << QByteArray("2025-12-12T10:00:00.999999999Z")
                                  << qint64(1765533600999999999LL);
    QTest::newRow("exchange 09:59:58") << QByteArray("2025-12-12T09:59:58Z") << qint64(1765533598000000000LL);
    // 2025-12-12T16:00:00Z = 1765555200 s, 2025-12-13T00:00:00Z = 1765584000 s (python).
    QTest::newRow("funding 16:00") << QByteArray("2025-12-12T16:00:00Z") << qint64(1765555200000000000LL);
    QTest::newRow("next day") << QByteArray("2025-12-13T00:00:00Z") << qint64(1765584000000000000LL);

    // Offsets: 12:00:00+02:00 and 04:30:00-05:30 are both 10:00:00Z (python gives 1765533600 for each).
    QTest::newRow("offset +02:00") << QByteArray("2025-12-12T12:00:00.5+02:00") << qint64(1765533600500000000LL);
    QTest::newRow("offset -05:30") << QByteArray("2025-12-12T04:30:00-05:30") << qint64(1765533600000000000LL);
    QTest::newRow("offset +00:00") << QByteArray("2025-12-12T10:00:00.123+00:00") << qint64(1765533600123000000LL);
    // 2000-01-01T00:00:00+14:00 = 1999-12-31T10:00:00Z = 946634400 s (python).
    QTest::newRow("offset +14:00 crosses year") << QByteArray("2000-01-01T00:00:00+14:00")
                                               << qint64(946634400000000000LL);
    // RFC 3339 §5.6 note: lower-case t/z are allowed.
    QTest::newRow("lower-case t and z") << QByteArray("2025-12-12t10:00:00.123z") << qint64(1765533600123000000LL);

    // Leap years: 2024-02-29T23:59:59Z = 1709251199 s, 2024-03-01T00:00:00Z = 1709251200 s,
    // 2000-02-29T12:34:56Z = 951827696 s (2000 is a 400-year leap year),
    // 2100-02-28T23:59:59Z = 4107542399 s and 2100-03-01 = 4107542400 s (2100 is not leap): all python.
    QTest::newRow("leap day 2024") << QByteArray("2024-02-29T23:59:59.999999999Z") << qint64(1709251199999999999LL);
    QTest::newRow("after leap day 2024") << QByteArray("2024-03-01T00:00:00Z") << qint64(1709251200000000000LL);
    QTest::newRow("leap day 2000") << QByteArray("2000-02-29T12:34:56Z") << qint64(951827696000000000LL);
    QTest::newRow("2100 feb 28") << QByteArray("2100-02-28T23:59:59Z") << qint64(4107542399000000000LL);
    QTest::newRow("2100 mar 1") << QByteArray("2100-03-01T00:00:00Z") << qint64(4107542400000000000LL);

    // Epoch and before it.
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("epoch + 1 ns") << QByteArray("1970-01-01T00:00:00.000000001Z") << qint64(1);
    // 1969-12-31T23:59:59Z = -1 s; .5 s later = -0.5 s; .999999999 later = -1 ns.
    QTest::newRow("1 s before epoch") << QByteArray("1969-12-31T23:59:59Z") << qint64(-1000000000LL);
    QTest::newRow("0.5 s before epoch") << QByteArray("1969-12-31T23:59:59.500Z") << qint64(-500000000LL);
    QTest::newRow("1 ns before epoch") << QByteArray("1969-12-31T23:59:59.999999999Z") << qint64(-1);
    // 1969-07-20T20:17:40Z = -14182940 s; 1900-01-01T00:00:00Z = -2208988800 s (python).
    QTest::newRow("1969 moon landing") << QByteArray("1969-07-20T20:17:40Z") << qint64(-14182940000000000LL);
    QTest::newRow("1900") << QByteArray("1900-01-01T00:00:00Z") << qint64(-2208988800000000000LL);

    // A leap second (23:59:60) folds into the next second, like chrono's
    // timestamp_nanos(): 2017-01-01T00:00:00Z = 1483228800 s (python).
    QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << qint64(1483228800000000000LL);
}

void TstTimeUtil::parseValid()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ns);
    int64_t out = 42;
    QVERIFY(fd::parseRfc3339(std::string_view(text.constData(), size_t(text.size())), out));
    QCOMPARE(qint64(out), ns);
}

void TstTimeUtil::parseInvalid_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("missing Z") << QByteArray("2025-12-12T10:00:00");
    QTest::newRow("missing Z after fraction") << QByteArray("2025-12-12T10:00:00.123");
    QTest::newRow("date only") << QByteArray("2025-12-12");
    QTest::newRow("letters") << QByteArray("abcd-ef-ghTij:kl:mnZ");
    QTest::newRow("letter in month") << QByteArray("2025-1x-12T10:00:00Z");
    QTest::newRow("letter in fraction") << QByteArray("2025-12-12T10:00:00.12aZ");
    QTest::newRow("word") << QByteArray("yesterday at noon");
    QTest::newRow("month 13") << QByteArray("2025-13-01T00:00:00Z");
    QTest::newRow("month 00") << QByteArray("2025-00-10T00:00:00Z");
    QTest::newRow("day 00") << QByteArray("2025-12-00T00:00:00Z");
    QTest::newRow("day 32") << QByteArray("2025-12-32T00:00:00Z");
    QTest::newRow("feb 29 non-leap") << QByteArray("2025-02-29T00:00:00Z");
    QTest::newRow("feb 29 1900 non-leap") << QByteArray("1900-02-29T00:00:00Z");
    QTest::newRow("feb 30 leap") << QByteArray("2024-02-30T00:00:00Z");
    QTest::newRow("april 31") << QByteArray("2025-04-31T00:00:00Z");
    QTest::newRow("hour 24") << QByteArray("2025-12-12T24:00:00Z");
    QTest::newRow("minute 60") << QByteArray("2025-12-12T10:60:00Z");
    QTest::newRow("second 61") << QByteArray("2025-12-12T10:00:61Z");
    QTest::newRow("empty fraction") << QByteArray("2025-12-12T10:00:00.Z");
    QTest::newRow("trailing junk") << QByteArray("2025-12-12T10:00:00Zjunk");
    QTest::newRow("trailing space") << QByteArray("2025-12-12T10:00:00.123Z ");
    QTest::newRow("trailing junk after offset") << QByteArray("2025-12-12T10:00:00+02:00x");
    QTest::newRow("leading space") << QByteArray(" 2025-12-12T10:00:00Z");
    QTest::newRow("offset without colon") << QByteArray("2025-12-12T10:00:00+0200");
    QTest::newRow("offset truncated") << QByteArray("2025-12-12T10:00:00+02:0");
    QTest::newRow("offset hour 24") << QByteArray("2025-12-12T10:00:00+24:00");
    QTest::newRow("offset minute 60") << QByteArray("2025-12-12T10:00:00+02:60");
    QTest::newRow("bad separator") << QByteArray("2025/12/12T10:00:00Z");
    QTest::newRow("no T") << QByteArray("2025-12-12X10:00:00Z");
    QTest::newRow("short year") << QByteArray("225-12-12T10:00:00Z");
    QTest::newRow("unix seconds") << QByteArray("1765533600");
    // Year 9999 is valid RFC 3339 but outside the ±292 years int64 ns can hold.
    QTest::newRow("beyond int64 ns") << QByteArray("9999-12-31T23:59:59Z");
}

void TstTimeUtil::parseInvalid()
{
    QFETCH(QByteArray, text);
    int64_t out = 0;
    QVERIFY(!fd::parseRfc3339(std::string_view(text.constData(), size_t(text.size())), out));
}

void TstTimeUtil::parseInvalidLeavesOutput()
{
    // A failed parse must not write a half-computed value.
    int64_t out = 777;
    QVERIFY(!fd::parseRfc3339("2025-12-12T10:00:00", out));
    QCOMPARE(qint64(out), qint64(777));
}

void TstTimeUtil::secondCacheAgreesWithQDateTime()
{
    // parseRfc3339 remembers the last two "date T time" seconds it parsed. A
    // sequence that hits, misses, alternates two seconds, crosses midnight and
    // a leap day, and mixes in frames whose suffix or prefix is bad must give
    // what QDateTime (an independent parser) gives for each string.
    const char *seq[] = {
        "2024-02-28T23:59:59.999Z",       "2024-02-28T23:59:59.000000001Z", "2024-02-29T00:00:00Z",
        "2024-02-28T23:59:59.5Z",         "2024-02-29T00:00:00.25+01:00",   "2024-02-29T00:00:00.25-00:30",
        "2024-02-29T00:00:00.250Z",       "2024-02-29T00:00:00.250",        "2024-02-29T00:00:00.250Zjunk",
        "2024-02-29T00:00:00.250Z",       "2024-02-29T00:00:0a.250Z",       "2024-02-29T00:00:01Z",
        "2024-02-29t00:00:01Z",           "2024-02-29 00:00:01.1Z",         "2024-02-29T00:00:01.7Z",
        "2025-02-29T00:00:01.7Z",         "2024-02-29T00:00:01.7Z",         "2024-02-29T00:00:01.700000Z",
    };
    for (const char *text : seq) {
        QString iso = QString::fromLatin1(text);
        iso[10] = QLatin1Char('T'); // QDateTime wants an upper-case T
        const QDateTime ref = QDateTime::fromString(iso, Qt::ISODateWithMs);
        const std::string_view sv(text);
        const bool wellFormed = ref.isValid() && (sv.back() == 'Z' || sv[sv.size() - 3] == ':');
        int64_t ns = 0;
        QCOMPARE(fd::parseRfc3339(sv, ns), wellFormed);
        if (!wellFormed)
            continue;
        // QDateTime keeps milliseconds: compare those, and the digits below them by hand.
        const auto dot = sv.find('.');
        int64_t subMs = 0;
        if (dot != std::string_view::npos) {
            std::string frac(sv.substr(dot + 1, sv.find_first_not_of("0123456789", dot + 1) - dot - 1));
            frac.resize(9, '0');
            subMs = std::stoll(frac.substr(3));
        }
        QCOMPARE(qint64(ns / 1'000'000), ref.toMSecsSinceEpoch());
        QCOMPARE(qint64(ns % 1'000'000), qint64(subMs));
    }
}

void TstTimeUtil::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    // chrono's serde form: no fraction, or the shortest exact of 3/6/9 digits, always Z.
    QTest::newRow("0 digits") << QByteArray("2025-12-12T09:59:58Z");
    QTest::newRow("3 digits") << QByteArray("2025-12-12T10:00:00.123Z");
    QTest::newRow("3 digits trailing zero") << QByteArray("2025-12-12T10:00:00.500Z");
    QTest::newRow("6 digits") << QByteArray("2025-12-12T10:00:00.229412Z");
    QTest::newRow("6 digits trailing zero") << QByteArray("2025-12-12T10:00:01.200310Z");
    QTest::newRow("9 digits") << QByteArray("2025-12-12T10:00:00.131052711Z");
    QTest::newRow("9 digits trailing zero") << QByteArray("2025-12-12T10:00:00.004411200Z");
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z");
    QTest::newRow("pre-1970 3 digits") << QByteArray("1969-12-31T23:59:59.500Z");
    QTest::newRow("pre-1970 9 digits") << QByteArray("1969-12-31T23:59:59.999999999Z");
    QTest::newRow("1900") << QByteArray("1900-01-01T00:00:00.000001Z");
    QTest::newRow("leap day") << QByteArray("2024-02-29T23:59:59.999999999Z");
    QTest::newRow("2000 leap day") << QByteArray("2000-02-29T12:34:56.789Z");
    QTest::newRow("year end") << QByteArray("2025-12-31T23:59:59.999Z");
}

void TstTimeUtil::roundTrip()
{
    QFETCH(QByteArray, text);
    int64_t ns = 0;
    QVERIFY(fd::parseRfc3339(std::string_view(text.constData(), size_t(text.size())), ns));
    const std::string back = fd::formatRfc3339(ns);
    QCOMPARE(QByteArray::fromStdString(back), text);
}

void TstTimeUtil::formatKnown_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << qint64(0) << QByteArray("1970-01-01T00:00:00Z");
    QTest::newRow("minus 1 ns") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999999999Z");
    QTest::newRow("minus 1 ms") << qint64(-1000000) << QByteArray("1969-12-31T23:59:59.999Z");
    QTest::newRow("1 us") << qint64(1000) << QByteArray("1970-01-01T00:00:00.000001Z");
    QTest::newRow("1765533600.123") << qint64(1765533600123000000LL) << QByteArray("2025-12-12T10:00:00.123Z");
    // An offset input normalises to Z: 12:00:00.5+02:00 is 10:00:00.5Z.
    QTest::newRow("from offset") << qint64(1765533600500000000LL) << QByteArray("2025-12-12T10:00:00.500Z");
}

void TstTimeUtil::formatKnown()
{
    QFETCH(qint64, ns);
    QFETCH(QByteArray, text);
    QCOMPARE(QByteArray::fromStdString(fd::formatRfc3339(ns)), text);
}

void TstTimeUtil::bucketSecond_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<qint64>("bucket");
    // Bucket k covers (k-1 s, k s]: a whole second belongs to the bucket it ends.
    QTest::newRow("0") << qint64(0) << qint64(0);
    QTest::newRow("1 ns") << qint64(1) << qint64(1);
    QTest::newRow("0.5 s") << qint64(500000000) << qint64(1);
    QTest::newRow("1 s - 1 ns") << qint64(999999999) << qint64(1);
    QTest::newRow("1 s") << qint64(1000000000) << qint64(1);
    QTest::newRow("1 s + 1 ns") << qint64(1000000001) << qint64(2);
    QTest::newRow("-1 ns") << qint64(-1) << qint64(0);
    QTest::newRow("-0.5 s") << qint64(-500000000) << qint64(0);
    QTest::newRow("-1 s + 1 ns") << qint64(-999999999) << qint64(0);
    QTest::newRow("-1 s") << qint64(-1000000000) << qint64(-1);
    QTest::newRow("-1 s - 1 ns") << qint64(-1000000001) << qint64(-1);
    QTest::newRow("-2 s") << qint64(-2000000000) << qint64(-2);
    QTest::newRow("relay 10:00:00Z") << qint64(1765533600000000000LL) << qint64(1765533600);
    QTest::newRow("relay 10:00:00.123Z") << qint64(1765533600123000000LL) << qint64(1765533601);
    QTest::newRow("relay 10:00:00.999999999Z") << qint64(1765533600999999999LL) << qint64(1765533601);
    QTest::newRow("relay 10:00:01Z") << qint64(1765533601000000000LL) << qint64(1765533601);
}

void TstTimeUtil::bucketSecond()
{
    QFETCH(qint64, ns);
    QFETCH(qint64, bucket);
    QCOMPARE(qint64(fd::bucketSecond(ns)), bucket);
}

void TstTimeUtil::bucketSecondDefinition()
{
    // Around every whole second near zero and near ±a relay time, probe the
    // boundary and the middle: (k-1)·1e9 < t <= k·1e9 must hold for every t.
    const int64_t offsets[] = {-fd::kNsPerSec + 1, -500000000, -2, -1, 0, 1, 2, 500000000, fd::kNsPerSec - 1};
    int checked = 0;
    for (const int64_t base : {int64_t(0), int64_t(1765533600000000000LL), int64_t(-1765533600000000000LL)}) {
        for (int64_t sec = -3; sec <= 3; ++sec) {
            for (const int64_t off : offsets) {
                const int64_t t = base + sec * fd::kNsPerSec + off;
                const int64_t k = fd::bucketSecond(t);
                if (!((k - 1) * fd::kNsPerSec < t && t <= k * fd::kNsPerSec))
                    QFAIL(qPrintable(QStringLiteral("t=%1 got bucket %2").arg(t).arg(k)));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 3 * 7 * 9);
}

void TstTimeUtil::floorCeilDiv_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("floor");
    QTest::addColumn<qint64>("ceil");
    QTest::newRow("7/2") << qint64(7) << qint64(2) << qint64(3) << qint64(4);
    QTest::newRow("-7/2") << qint64(-7) << qint64(2) << qint64(-4) << qint64(-3);
    QTest::newRow("7/-2") << qint64(7) << qint64(-2) << qint64(-4) << qint64(-3);
    QTest::newRow("-7/-2") << qint64(-7) << qint64(-2) << qint64(3) << qint64(4);
    QTest::newRow("6/2") << qint64(6) << qint64(2) << qint64(3) << qint64(3);
    QTest::newRow("-6/2") << qint64(-6) << qint64(2) << qint64(-3) << qint64(-3);
    QTest::newRow("0/5") << qint64(0) << qint64(5) << qint64(0) << qint64(0);
    QTest::newRow("-1 ns / 1 s") << qint64(-1) << qint64(1000000000) << qint64(-1) << qint64(0);
}

void TstTimeUtil::floorCeilDiv()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, floor);
    QFETCH(qint64, ceil);
    QCOMPARE(qint64(fd::floorDiv(a, b)), floor);
    QCOMPARE(qint64(fd::ceilDiv(a, b)), ceil);
}

QTEST_APPLESS_MAIN(TstTimeUtil)
#include "tst_timeutil.moc"
