// `onrecord-search QUERY`: one query, printed as text or JSON.
#include <iostream>

#include "output/json_output.hpp"
#include "search_commands.hpp"

namespace onrecord {

int run_single_query(const SearchOptions& options) {
  auto searcher = Searcher::open(options.db);
  if (!searcher) return exit_with(searcher.error());
  auto response = searcher->search(options.request);
  if (!response) {
    if (options.format == OutputFormat::kJson)
      std::cout << json_text(error_to_json(options.request.query, response.error())) << "\n";
    return exit_with(response.error());
  }
  if (options.format == OutputFormat::kJson) {
    std::cout << json_text(to_json(*response), 2) << "\n";
  } else {
    print_text(std::cout, *response, options.style);
  }
  return 0;
}

}  // namespace onrecord
