// `onrecord-search speakers [NAME]`: without a name, the speakers in the index with their counts
// (--find narrows by part of the name); with one, that speaker's profile.
#include <iostream>

#include "output/json_output.hpp"
#include "output/speakers_output.hpp"
#include "search_commands.hpp"

namespace onrecord {

int run_speakers(const SearchOptions& options, const SpeakersOptions& speakers) {
  auto searcher = Searcher::open(options.db);
  if (!searcher) return exit_with(searcher.error());
  const bool json = options.format == OutputFormat::kJson;
  if (!speakers.name.empty()) {
    auto profile = speaker_profile(*searcher, speakers.name, options.request.limit);
    if (!profile) {
      if (json) std::cout << json_text(error_to_json(speakers.name, profile.error())) << "\n";
      return exit_with(profile.error());
    }
    if (json) {
      std::cout << json_text(to_json(*profile), 2) << "\n";
    } else {
      print_text(std::cout, *profile);
    }
    return 0;
  }
  SpeakerDirectoryRequest request;
  request.contains = speakers.find;
  request.offset = options.request.offset;
  request.limit = speakers.limit;
  auto directory = speaker_directory(*searcher, request);
  if (!directory) return exit_with(directory.error());
  if (json) {
    std::cout << json_text(to_json(*directory), 2) << "\n";
  } else {
    print_text(std::cout, *directory);
  }
  return 0;
}

}  // namespace onrecord
