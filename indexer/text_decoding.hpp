// Turns a file's bytes into clean UTF-8 text: refuses binary data, strips a BOM, normalizes line
// ends, and decodes a detected legacy encoding (Windows-1252, Latin-1...) with a warning.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "error.hpp"

namespace onrecord {

Result<std::string> decode_text(const std::string& bytes, const std::string& origin,
                                std::vector<std::string>& warnings);

std::string content_hash(std::string_view bytes);
// The same hash, of a whole stream read in chunks (the stream is left at its end).
std::string content_hash(std::istream& in);

}  // namespace onrecord
