// Turns a file's bytes into clean UTF-8 text: refuses binary data, strips a BOM, normalizes line
// ends, and decodes a detected legacy encoding (Windows-1252, Latin-1...) with a warning.
#pragma once

#include <string>
#include <vector>

#include "index/error.hpp"

namespace onrecord {

Result<std::string> decode_text(const std::string& bytes, const std::string& origin,
                                std::vector<std::string>& warnings);

}  // namespace onrecord
