// The modes of onrecord-search, one file each: a single query, a batch of queries, the speakers,
// and the hand-over of `serve` to onrecord-serve.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/searcher.hpp"
#include "output/text_output.hpp"

namespace onrecord {

enum class OutputFormat { kText, kJson, kJsonLines, kCsv };

struct SearchOptions {
  std::filesystem::path db;
  SearchRequest request;
  OutputFormat format = OutputFormat::kText;
  MatchStyle style = MatchStyle::kMarkers;
  // CSV and JSON Lines export every result unless --limit says how many.
  std::optional<std::size_t> export_rows;
};

int run_single_query(const SearchOptions& options);

struct SpeakersOptions {
  std::string name;  // a profile of this speaker; empty for the list
  std::string find;  // part of a name the list keeps to
  std::size_t limit = 50;
};
// The speaker list or one speaker's profile.
int run_speakers(const SearchOptions& options, const SpeakersOptions& speakers);

// Reads one query per line from `input` ("-" for standard input); writes one JSON line each.
int run_batch(const SearchOptions& options, const std::string& input);

// Replaces this process by onrecord-serve (beside this program), giving it `db` when one was
// named before `serve`, then the arguments after `serve` unread; returns only when it cannot
// be started.
int hand_over_to_web_server(const std::optional<std::filesystem::path>& db,
                            const std::vector<std::string>& arguments);

}  // namespace onrecord
