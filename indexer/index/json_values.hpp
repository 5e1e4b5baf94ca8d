// Conventions every JSON onrecord writes follows (search results, extracted quotations, the API).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "index/quote_kind.hpp"

namespace onrecord {

// A text field the input did not give is null, never "".
inline nlohmann::ordered_json nullable(const std::string& text) {
  return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

// A quotation's confidence in its speaker as a fraction (0.83); null when it has none.
inline nlohmann::ordered_json confidence_json(std::uint8_t percent) {
  return percent == 0 ? nlohmann::ordered_json(nullptr)
                      : nlohmann::ordered_json(static_cast<double>(percent) / 100.0);
}

// Where a quotation's date came from; null when it has no date.
inline nlohmann::ordered_json date_source_json(DateSource source) {
  return source == DateSource::kNone
             ? nlohmann::ordered_json(nullptr)
             : nlohmann::ordered_json(std::string(date_source_name(source)));
}

}  // namespace onrecord
