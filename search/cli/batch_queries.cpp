// `onrecord-search --batch FILE|-`: one query per line in, one JSON line per answer out. A bad
// query answers with an error object and the batch goes on.
#include <fstream>
#include <iostream>

#include "output/json_output.hpp"
#include "search_commands.hpp"

namespace onrecord {

int run_batch(const SearchOptions& options, const std::string& input) {
  auto searcher = Searcher::open(options.db, ExpectedSearches::kMany);
  if (!searcher) return exit_with(searcher.error());
  std::ifstream file;
  if (input != "-") {
    file.open(input);
    if (!file) {
      return exit_with(
          Error{ErrorCode::kNotFound, "cannot read batch file '" + input + "'", "check the path"});
    }
  }
  std::istream& in = input == "-" ? std::cin : file;
  int exit_code = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    SearchRequest request = options.request;
    request.query = line;
    auto response = searcher->search(request);
    if (response) {
      std::cout << json_text(to_json(*response)) << "\n";
    } else {
      std::cout << json_text(error_to_json(line, response.error())) << "\n";
      exit_code = 1;
    }
  }
  return exit_code;
}

}  // namespace onrecord
