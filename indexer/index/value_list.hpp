// The value-list encoding of the speaker and date slots (schema::slot::kSpeakers, kDates): items
// joined by schema::kListSeparator, a control character no name or ISO date contains.
#pragma once

#include <string>
#include <vector>

namespace onrecord {

std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(const std::string& joined);

}  // namespace onrecord
