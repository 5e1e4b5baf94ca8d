// `onrecord-search QUERY`: one query, printed as text or JSON, or every result exported as CSV or
// JSON Lines.
#include <iostream>

#include "output/export.hpp"
#include "output/json_output.hpp"
#include "search_commands.hpp"

namespace onrecord {

namespace {

int run_export(Searcher& searcher, const SearchOptions& options) {
  const ExportFormat format =
      options.format == OutputFormat::kCsv ? ExportFormat::kCsv : ExportFormat::kJsonLines;
  auto exported = export_results(
      searcher, options.request, format,
      [](std::string_view piece) {
        return static_cast<bool>(
            std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size())));
      },
      options.export_rows);
  std::cout.flush();
  if (!exported) return exit_with(exported.error());
  if (!std::cout) {
    return exit_with(Error{ErrorCode::kIo,
                           "the export could not be written whole (" +
                               std::to_string(exported->rows) + " results written)",
                           "check the disk space of where standard output goes"});
  }
  if (exported->stopped) {
    std::cerr << "warning: the export stopped at " << exported->rows << " of " << exported->expected
              << " results (the offset limit, " << kMaxOffset
              << "); narrow the search to export the rest\n";
    return exit_status(ExitCode::kSomeInputsFailed);
  }
  return 0;
}

}  // namespace

int run_single_query(const SearchOptions& options) {
  auto searcher = Searcher::open(options.db);
  if (!searcher) return exit_with(searcher.error());
  if (options.format == OutputFormat::kCsv || options.format == OutputFormat::kJsonLines)
    return run_export(*searcher, options);
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
