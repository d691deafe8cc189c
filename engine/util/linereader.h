#pragma once
// Reads a JSON-lines file, plain or gzip-compressed (zlib reads both), line by line.
#include <functional>
#include <string>
#include <string_view>

namespace fd {

// Calls `line` for every line (without the newline). Returns false and sets
// `error` when the file cannot be opened or is a corrupt gzip stream.
bool forEachLine(const std::string &path, const std::function<void(std::string_view)> &line, std::string *error = nullptr);

} // namespace fd
