// libFuzzer target: a query string through the parser and the analyzer, as every front end
// sends it. A query is either read or refused with an error, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/text_analyzer.hpp"
#include "query/query_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  static const TextAnalyzer analyzer;
  const std::string query(reinterpret_cast<const char*>(data), size);
  if (first_invalid_utf8(query) != std::string::npos) return 0;  // refused before parsing
  auto tree = parse_query(query);
  if (tree) {
    for (const auto& token : analyzer.tokenize(query)) (void)analyzer.search_term(token.term);
  }
  return 0;
}
