// Finds date expressions in news text and resolves them to calendar dates with a precision, as
// news is written: relative to the publication date when there is one (a month and day without a
// year being the latest such date on or before it unless the tense is future), else relative to
// the last absolute date the article mentioned before that point.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/partial_date.hpp"

namespace onrecord {

struct DateMention {
  std::size_t begin = 0;  // byte offsets in the text passed to resolve() plus its base offset
  std::size_t end = 0;
  std::string text;
  PartialDate value;
  std::string qualifier;  // "", "early", "mid", "late", "week"
};

class DateResolver {
 public:
  explicit DateResolver(std::optional<PartialDate> publication) : publication_(publication) {}

  // Resolves the expressions of one stretch of text (call in reading order: the anchor for
  // undated articles moves forward as absolute dates are mentioned).
  std::vector<DateMention> resolve(std::string_view text, std::size_t base_offset = 0);

 private:
  std::optional<PartialDate> publication_;
  std::optional<PartialDate> last_absolute_;
};

}  // namespace onrecord
