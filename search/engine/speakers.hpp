// Who speaks in the index: the directory of speakers with their counts, and one speaker's
// profile (what they said, newest first, when, where they were quoted and beside whom), both
// built from the database and the searcher's own searches, so they agree with the search pages.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/result_model.hpp"
#include "engine/searcher.hpp"

namespace onrecord {

struct SpeakerEntry {
  std::string name;            // as stored (display form)
  std::size_t passages = 0;    // passages that carry the name (spoken or quoted in)
  std::size_t quotations = 0;  // quotations attributed to the name
};

struct SpeakerDirectory {
  std::size_t total = 0;  // speakers whose name holds the filter
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::string contains;
  std::vector<SpeakerEntry> speakers;  // most passages and quotations first, then by name
};

struct SpeakerDirectoryRequest {
  std::string contains;  // folded substring of the name; empty for everyone
  std::size_t offset = 0;
  std::size_t limit = 50;
};

Result<SpeakerDirectory> speaker_directory(Searcher& searcher,
                                           const SpeakerDirectoryRequest& request);

struct SpeakerProfile {
  std::string name;
  std::vector<std::string> variants;  // every stored form the name matched (aliases, spellings)
  std::size_t passages = 0;
  std::size_t articles = 0;
  std::size_t quotations = 0;             // quotation documents
  std::size_t distinct_quotations = 0;    // the same words quoted twice count once
  std::vector<FacetCount> by_year;        // of their passages, oldest first, every year between
  std::vector<FacetCount> outlets;        // sources that quoted them, most first
  std::vector<FacetCount> quoted_beside;  // other speakers of the same passages, most first
  SearchResponse latest_quotations;       // newest first
  SearchResponse latest_passages;         // newest first
};

// The year counts of a date facet, oldest first, with every year between them (zero where none):
// a timeline's axis is linear.
std::vector<FacetCount> years_between(const std::vector<FacetCount>& dates);

// kNotFound when no passage carries the name.
Result<SpeakerProfile> speaker_profile(Searcher& searcher, const std::string& name,
                                       std::size_t limit);

}  // namespace onrecord
