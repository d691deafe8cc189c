#include "linereader.h"
#include <cstring>

#include <zlib.h>

namespace fd {

bool forEachLine(const std::string &path, const std::function<void(std::string_view)> &line, std::string *error)
{
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) {
        if (error)
            *error = "cannot open " + path;
        return false;
    }
    gzbuffer(f, 1 << 17);
    std::string cur;
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) {
        const char *p = buf, *end = buf + n;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            if (!nl) {
                cur.append(p, end);
                break;
            }
            if (cur.empty()) {
                line(std::string_view(p, static_cast<size_t>(nl - p)));
            } else {
                cur.append(p, nl);
                line(cur);
                cur.clear();
            }
            p = nl + 1;
        }
    }
    bool ok = n == 0;
    if (!ok && error) {
        int errnum = 0;
        *error = path + ": " + gzerror(f, &errnum);
    }
    if (!cur.empty())
        line(cur);
    gzclose(f);
    return ok;
}

} // namespace fd
