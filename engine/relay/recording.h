#pragma once
// Recordings: gzip JSON lines, one frame per line with its local receive time:
//   {"received_ns":1765533600131052711,"frame":"{\"time_exchange\":…}"}
// The frame is kept as a JSON string so that even a malformed frame survives
// byte for byte. gzip (zlib) over zstd: zlib is in every Debian base system,
// zcat/any language reads it, and at relay rates (≤ 5 k msgs/s) its speed is
// not the limit; frames compress ~10×.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace fd {

class RecordingWriter
{
public:
    RecordingWriter();
    ~RecordingWriter();
    bool open(const std::string &path, std::string *error = nullptr);
    void write(std::string_view frame, int64_t receivedNs);
    void close();
    bool isOpen() const;
    uint64_t frames() const { return m_frames; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::string m_line;
    uint64_t m_frames = 0;
};

class RecordingReader
{
public:
    RecordingReader();
    ~RecordingReader();
    bool open(const std::string &path, std::string *error = nullptr);
    // Next frame and its receive time. Plain relay JSON lines (no wrapper) are
    // accepted too, with receivedNs = 0. Returns false at the end.
    bool next(std::string &frame, int64_t &receivedNs);
    uint64_t badLines() const { return m_bad; }
    double progress() const; // 0…1 by compressed bytes read
    void rewind();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::string m_line;
    uint64_t m_bad = 0;
};

// JSON string escaping/unescaping for the frame field (exposed for tests).
void appendJsonEscaped(std::string &out, std::string_view s);
bool jsonUnescape(std::string_view in, std::string &out);

} // namespace fd
