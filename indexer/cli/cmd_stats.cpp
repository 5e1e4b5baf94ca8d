// `onrecord-index stats`: what the database holds.
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "commands.hpp"
#include "index/database.hpp"
#include "index/schema.hpp"
#include "pipeline/index_run.hpp"

namespace onrecord {
namespace {

// The database's files, with the local shards of a sharded index (remote ones are not here).
std::uintmax_t directory_size(const std::filesystem::path& dir) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec))
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  return total;
}

std::size_t count_terms(const Xapian::Database& db, std::string_view prefix) {
  std::size_t n = 0;
  const std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) ++n;
  return n;
}

}  // namespace

void register_stats_command(CLI::App& app, GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("stats", "summarize the database");
  cmd->add_flag("--json", *json, "print one JSON object");
  cmd->callback([&global, json] {
    // Fails as a whole: main reports the error and exits 2.
    auto db = open_database_for_search(global.db).take();
    const auto articles = db.get_termfreq(schema::kind_term(schema::DocKind::kArticle));
    const auto quotations = db.get_termfreq(schema::kind_term(schema::DocKind::kQuote));
    // Passages carry no kind term: they are the other documents.
    const auto passages = db.get_doccount() - articles - quotations;
    std::set<std::string> dates;
    for (auto it = db.allterms_begin(std::string(schema::prefix::kDate));
         it != db.allterms_end(std::string(schema::prefix::kDate)); ++it)
      dates.insert((*it).substr(schema::prefix::kDate.size()));
    const nlohmann::json stats{
        {"database", global.db.string()},
        {"schema_version", schema::kVersion},
        {"shards", db.size()},
        {"articles", articles},
        {"passages", passages},
        {"quotations", quotations},
        {"speakers", count_terms(db, schema::prefix::kSpeaker)},
        {"sources", count_terms(db, schema::prefix::kSource)},
        {"earliest_date", dates.empty() ? nlohmann::json(nullptr) : nlohmann::json(*dates.begin())},
        {"latest_date", dates.empty() ? nlohmann::json(nullptr) : nlohmann::json(*dates.rbegin())},
        {"distinct_terms", db.get_lastdocid() == 0 ? 0 : count_terms(db, "")},
        {"bytes_on_disk", directory_size(global.db)},
    };
    if (*json) {
      std::cout << stats.dump(2) << "\n";
      return;
    }
    for (const auto& [key, value] : stats.items())
      std::cout << key << ": " << (value.is_string() ? value.get<std::string>() : value.dump())
                << "\n";
  });
}

}  // namespace onrecord
