// The names a filter matched ("roosevelt": Theodore Roosevelt, Franklin D Roosevelt, …), as the
// index shows them: what the response lists so a user sees what a filter meant.
#pragma once

#include <string>
#include <vector>

namespace onrecord {

struct MatchedNames {
  std::string field;  // "speaker", "source", …
  std::vector<std::string> names;
};

}  // namespace onrecord
