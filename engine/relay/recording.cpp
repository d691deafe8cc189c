#include "recording.h"

#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <zlib.h>

namespace fd {

void appendJsonEscaped(std::string &out, std::string_view s)
{
    static const char *hex = "0123456789abcdef";
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
}

bool jsonUnescape(std::string_view in, std::string &out)
{
    out.clear();
    out.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= in.size())
            return false;
        switch (in[i]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            if (i + 4 >= in.size())
                return false;
            unsigned v = 0;
            for (int k = 1; k <= 4; ++k) {
                const char h = in[i + static_cast<size_t>(k)];
                v = v * 16 + static_cast<unsigned>(h >= '0' && h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            }
            i += 4;
            if (v < 0x80) {
                out += static_cast<char>(v);
            } else if (v < 0x800) {
                out += static_cast<char>(0xc0 | (v >> 6));
                out += static_cast<char>(0x80 | (v & 0x3f));
            } else {
                out += static_cast<char>(0xe0 | (v >> 12));
                out += static_cast<char>(0x80 | ((v >> 6) & 0x3f));
                out += static_cast<char>(0x80 | (v & 0x3f));
            }
            break;
        }
        default: return false;
        }
    }
    return true;
}

struct RecordingWriter::Impl {
    gzFile f = nullptr;
};

RecordingWriter::RecordingWriter()
    : d(std::make_unique<Impl>())
{
}

RecordingWriter::~RecordingWriter() { close(); }

bool RecordingWriter::open(const std::string &path, std::string *error)
{
    close();
    d->f = gzopen(path.c_str(), "wb6");
    if (!d->f && error)
        *error = "cannot write " + path;
    m_frames = 0;
    return d->f != nullptr;
}

bool RecordingWriter::isOpen() const { return d->f != nullptr; }

void RecordingWriter::write(std::string_view frame, int64_t receivedNs)
{
    if (!d->f)
        return;
    m_line.clear();
    m_line += "{\"received_ns\":";
    m_line += std::to_string(receivedNs);
    m_line += ",\"frame\":\"";
    appendJsonEscaped(m_line, frame);
    m_line += "\"}\n";
    gzwrite(d->f, m_line.data(), static_cast<unsigned>(m_line.size()));
    ++m_frames;
}

void RecordingWriter::close()
{
    if (d->f) {
        gzclose(d->f);
        d->f = nullptr;
    }
}

struct RecordingReader::Impl {
    gzFile f = nullptr;
    std::string path;
    double size = 1;
    std::string buf;
    size_t pos = 0;
    bool eof = false;
};

RecordingReader::RecordingReader()
    : d(std::make_unique<Impl>())
{
}

RecordingReader::~RecordingReader()
{
    if (d->f)
        gzclose(d->f);
}

bool RecordingReader::open(const std::string &path, std::string *error)
{
    if (d->f)
        gzclose(d->f);
    d = std::make_unique<Impl>();
    d->f = gzopen(path.c_str(), "rb");
    if (!d->f) {
        if (error)
            *error = "cannot open " + path;
        return false;
    }
    gzbuffer(d->f, 1 << 17);
    d->path = path;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && st.st_size > 0)
        d->size = static_cast<double>(st.st_size);
    return true;
}

void RecordingReader::rewind()
{
    const std::string p = d->path;
    open(p);
}

double RecordingReader::progress() const
{
    if (!d->f)
        return 0;
    const double done = static_cast<double>(gzoffset(d->f));
    return d->eof ? 1.0 : std::min(1.0, done / d->size);
}

bool RecordingReader::next(std::string &frame, int64_t &receivedNs)
{
    if (!d->f)
        return false;
    for (;;) {
        // Next line from the buffered stream.
        m_line.clear();
        for (;;) {
            if (d->pos >= d->buf.size()) {
                if (d->eof)
                    break;
                d->buf.resize(1 << 16);
                const int n = gzread(d->f, d->buf.data(), static_cast<unsigned>(d->buf.size()));
                if (n <= 0) {
                    d->eof = true;
                    d->buf.clear();
                    d->pos = 0;
                    break;
                }
                d->buf.resize(static_cast<size_t>(n));
                d->pos = 0;
            }
            const char *b = d->buf.data() + d->pos;
            const void *nl = std::memchr(b, '\n', d->buf.size() - d->pos);
            if (nl) {
                const size_t len = static_cast<size_t>(static_cast<const char *>(nl) - b);
                m_line.append(b, len);
                d->pos += len + 1;
                goto haveLine;
            }
            m_line.append(b, d->buf.size() - d->pos);
            d->pos = d->buf.size();
        }
        if (m_line.empty())
            return false;
    haveLine:
        if (m_line.empty())
            continue;
        static constexpr std::string_view kHead = "{\"received_ns\":";
        static constexpr std::string_view kFrame = ",\"frame\":\"";
        const std::string_view line(m_line);
        if (line.substr(0, kHead.size()) != kHead) {
            frame = m_line; // a plain relay JSON-lines file
            receivedNs = 0;
            return true;
        }
        const size_t fp = line.find(kFrame);
        if (fp == std::string_view::npos || line.size() < fp + kFrame.size() + 2 || line.substr(line.size() - 2) != "\"}") {
            ++m_bad;
            continue;
        }
        receivedNs = std::strtoll(m_line.c_str() + kHead.size(), nullptr, 10);
        if (!jsonUnescape(line.substr(fp + kFrame.size(), line.size() - 2 - fp - kFrame.size()), frame)) {
            ++m_bad;
            continue;
        }
        return true;
    }
}

} // namespace fd
