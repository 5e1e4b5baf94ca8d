#include "formats/text_decoding.hpp"

#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdio>
#include <memory>

#include "analysis/text_analyzer.hpp"

namespace onrecord {
namespace {

std::size_t line_of(const std::string& s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Asks ICU's charset detector; returns the encoding name and confidence (0-100) of a
// single-byte legacy match, or empty when none is credible.
std::pair<std::string, int> detect_legacy_encoding(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const std::string name = ucsdet_getName(match, &status);
  const int confidence = ucsdet_getConfidence(match, &status);
  if (name.starts_with("ISO-8859") || name.starts_with("windows-125")) {
    // Latin-1 text with curly quotes is really Windows-1252, a superset of its printable range.
    return {name == "ISO-8859-1" ? "windows-1252" : name, confidence};
  }
  return {};
}

}  // namespace

Result<std::string> decode_text(const std::string& bytes, const std::string& origin,
                                std::vector<std::string>& warnings) {
  if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
    return Error{
        ErrorCode::kInvalidInput,
        origin + ": looks like a binary file (NUL byte at offset " + std::to_string(nul) + ")",
        "articles are UTF-8 text; remove the file or move it out of the folder"};
  }
  std::string text = bytes;
  if (const auto bad = first_invalid_utf8(text); bad != std::string::npos) {
    const auto [encoding, confidence] = detect_legacy_encoding(bytes);
    if (encoding.empty()) {
      return Error{ErrorCode::kInvalidInput,
                   origin + ":" + std::to_string(line_of(bytes, bad)) +
                       ": not valid UTF-8 (byte offset " + std::to_string(bad) +
                       ") and no known encoding detected",
                   "convert it, e.g. `iconv -f LATIN1 -t UTF-8`"};
    }
    icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), encoding.c_str());
    text.clear();
    decoded.toUTF8String(text);
    warnings.push_back(origin + ": not UTF-8; decoded as " + encoding + " (detector confidence " +
                       std::to_string(confidence) +
                       "%); convert the file to UTF-8 to silence this");
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  std::string normalized;
  normalized.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      normalized.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      normalized.push_back(text[i]);
    }
  }
  return normalized;
}

}  // namespace onrecord
