// libFuzzer target: the date grammar on any text, with a publication date taken from the input's
// first bytes (or none). Every expression lies inside the text and is its bytes there, in order
// and not overlapping; every value is one its own written form reads back to, with an interval
// that does not end before it starts; date filters read every written value.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/text_analyzer.hpp"
#include "fuzz_require.hpp"
#include "quotes/date_resolver.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  using fuzz::require;
  if (size < 3) return 0;
  // Three bytes pick the publication date: none, a year, a month or a day between 1000 and 2199.
  std::optional<PartialDate> publication;
  const int grain = data[0] % 4;
  const int year = 1000 + (data[1] * 256 + data[2]) % 1200;
  const int month = 1 + data[1] % 12;
  const int day = 1 + data[2] % days_in_month(year, month);
  if (grain == 1) publication = year_date(year);
  if (grain == 2) publication = month_date(year, month);
  if (grain == 3) publication = day_date(year, month, day);
  const std::string text(reinterpret_cast<const char*>(data + 3), size - 3);
  if (first_invalid_utf8(text) != std::string::npos) return 0;  // decoded before analysis
  DateResolver resolver(publication);
  constexpr std::size_t kBase = 7;
  std::size_t previous_end = kBase;
  for (const DateMention& m : resolver.resolve(text, kBase)) {
    require(m.begin >= previous_end && m.begin < m.end && m.end <= kBase + text.size());
    require(text.compare(m.begin - kBase, m.end - m.begin, m.text) == 0);
    previous_end = m.end;
    if (!m.has_interval()) continue;
    const std::string written = m.value.iso();
    const auto read = parse_partial_date(written);
    require(read.ok() && *read == m.value);
    require(m.value.first_day() <= m.value.last_day());
    require(parse_date_range(written).ok());
  }
  return 0;
}
