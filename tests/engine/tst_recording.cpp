// Recordings: byte-exact round trip of any frame (malformed ones included),
// receive times kept, plain relay JSON lines accepted, corrupt lines counted.
#include "relay/recording.h"

#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

using namespace fd;

class TstRecording : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsBytesAndTimes();
    void plainJsonLinesAreAccepted();
    void corruptLinesAreSkippedAndCounted();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
};

void TstRecording::roundTripKeepsBytesAndTimes()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("r.jsonl.gz")).toStdString();
    const std::vector<std::pair<std::string, int64_t>> frames = {
        {R"({"time_exchange":"2025-12-12T10:00:00.123Z","kind":"trade","data":{"price":92415.3}})", 1765533600131052711LL},
        {"not json at all \"quoted\" \\ back\tslash\nnewline", 1765533600200000000LL},
        {std::string("nul\0byte", 8), 1765533600300000001LL},
        {"{\"unicode\":\"\xc3\xa9\xe2\x86\x91\"}", 1765533600400000000LL},
    };
    {
        RecordingWriter w;
        QVERIFY(w.open(path));
        for (const auto &[f, t] : frames)
            w.write(f, t);
        QCOMPARE(w.frames(), uint64_t(4));
    }
    // The file really is gzip: zlib reads it back as text lines with the documented keys.
    gzFile gz = gzopen(path.c_str(), "rb");
    QVERIFY(gz);
    char line[512];
    QVERIFY(gzgets(gz, line, sizeof line));
    gzclose(gz);
    QVERIFY(QByteArray(line).startsWith("{\"received_ns\":1765533600131052711,\"frame\":\"{\\\"time_exchange\\\""));

    RecordingReader r;
    QVERIFY(r.open(path));
    std::string f;
    int64_t t = 0;
    for (const auto &[ef, et] : frames) {
        QVERIFY(r.next(f, t));
        QCOMPARE(QByteArray::fromStdString(f), QByteArray::fromStdString(ef));
        QCOMPARE(t, et);
    }
    QVERIFY(!r.next(f, t));
    QCOMPARE(r.badLines(), uint64_t(0));
    QCOMPARE(r.progress(), 1.0);
}

void TstRecording::plainJsonLinesAreAccepted()
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("p.jsonl")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("{\"a\":1}\n\n{\"b\":2}");
    plain.close();
    RecordingReader r;
    QVERIFY(r.open(plain.fileName().toStdString()));
    std::string f;
    int64_t t = -1;
    QVERIFY(r.next(f, t));
    QCOMPARE(f, std::string("{\"a\":1}"));
    QCOMPARE(t, int64_t(0)); // no receive time in a plain relay file
    QVERIFY(r.next(f, t));
    QCOMPARE(f, std::string("{\"b\":2}")); // last line without a newline
    QVERIFY(!r.next(f, t));
}

void TstRecording::corruptLinesAreSkippedAndCounted()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("c.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"received_ns\":5,\"frame\":\"ok1\"}\n"
               "{\"received_ns\":6,\"frame\":\"truncat\n"
               "{\"received_ns\":7,\"frame\":\"bad \\q escape\"}\n"
               "{\"received_ns\":8,\"frame\":\"ok2\"}\n");
    file.close();
    RecordingReader r;
    QVERIFY(r.open(file.fileName().toStdString()));
    std::string f;
    int64_t t = 0;
    QVERIFY(r.next(f, t));
    QCOMPARE(f, std::string("ok1"));
    QVERIFY(r.next(f, t));
    QCOMPARE(f, std::string("ok2"));
    QCOMPARE(t, int64_t(8));
    QVERIFY(!r.next(f, t));
    QCOMPARE(r.badLines(), uint64_t(2));
    QVERIFY(!r.open(dir.filePath(QStringLiteral("missing.gz")).toStdString()));
}

void TstRecording::escapeRoundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("quote") << QByteArray("a\"b") << QByteArray("a\\\"b");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
    QTest::newRow("control") << QByteArray("\x01\x1f") << QByteArray("\\u0001\\u001f");
    QTest::newRow("utf8 kept") << QByteArray("\xe2\x86\x91") << QByteArray("\xe2\x86\x91");
}

void TstRecording::escapeRoundTrip()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, escaped);
    std::string out;
    appendJsonEscaped(out, raw.toStdString());
    QCOMPARE(QByteArray::fromStdString(out), escaped);
    std::string back;
    QVERIFY(jsonUnescape(out, back));
    QCOMPARE(QByteArray::fromStdString(back), raw);
}

QTEST_APPLESS_MAIN(TstRecording)
#include "tst_recording.moc"
