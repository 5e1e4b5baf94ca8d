// Conventions every JSON onrecord writes follows (search results, extracted quotations, the API).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace onrecord {

// A text field the input did not give is null, never "".
inline nlohmann::ordered_json nullable(const std::string& text) {
  return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

}  // namespace onrecord
