// onrecord-index: builds and maintains the onrecord database from article files.
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "index/database.hpp"
#include "index/error.hpp"
#include "index/shard_set.hpp"
#include "pipeline/alias_lookup.hpp"

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// "onrecord-index lst": the first word that is no option names no command. CLI11 would only
// say that a command is required; say which word is wrong and which command was meant.
std::optional<onrecord::Error> unknown_command(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--db" || arg == "--aliases" || arg == "--shards") {
      ++i;  // its value
      continue;
    }
    if (arg.starts_with("-")) continue;
    std::string best;
    std::size_t best_distance = 3;  // at most two edits away
    std::string names;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == arg) return std::nullopt;
      names += (names.empty() ? "" : ", ") + sub->get_name();
      if (const auto d = edit_distance(arg, sub->get_name()); d < best_distance) {
        best_distance = d;
        best = sub->get_name();
      }
    }
    return onrecord::Error{
        onrecord::ErrorCode::kUsage, "unknown command '" + std::string(arg) + "'",
        best.empty() ? "the commands are " + names : "did you mean `" + best + "`?"};
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"onrecord-index: index articles for onrecord-search"};
  app.set_version_flag("--version", std::string("onrecord-index ") + ONRECORD_VERSION);
  app.footer(
      "Examples:\n"
      "  onrecord-index --db news.db sync ~/articles      mirror a folder (txt, md, html, pdf, "
      "docx, jsonl)\n"
      "  onrecord-index add --date 2025-03-04 --speaker \"Mark Carney\" - < remarks.txt\n"
      "  onrecord-index quotes story.html                 the quotations it finds, as JSON "
      "lines\n"
      "  onrecord-index stats                              what the database holds");
  // --db and --aliases also after the command: `onrecord-index list --db X`.
  app.fallthrough();
  onrecord::GlobalOptions global;
  global.db = onrecord::default_database_path();
  app.add_option("--db", global.db,
                 "database directory (default: $ONRECORD_DB, else ./onrecord.db)");
  app.add_option_function<std::size_t>(
         "--shards", [&global](std::size_t count) { global.shards = count; },
         "build a new index as this many shards (a folder holding a Xapian stub file and the "
         "shards); an existing index must have as many")
      ->check(CLI::Range(std::size_t{1}, onrecord::kMaxShards));
  std::string alias_file;
  app.add_option("--aliases", alias_file,
                 "speaker alias file (YAML); aliases.yaml beside the articles is read too");
  app.require_subcommand(1);
  app.parse_complete_callback([&] {
    if (alias_file.empty()) return;
    auto table = onrecord::load_alias_file(alias_file);
    if (!table) throw onrecord::ErrorException(table.error());
    global.aliases = std::move(*table);
  });
  onrecord::register_add_command(app, global);
  onrecord::register_sync_command(app, global);
  onrecord::register_remove_command(app, global);
  onrecord::register_list_command(app, global);
  onrecord::register_stats_command(app, global);
  onrecord::register_extract_commands(app, global);
  if (auto unknown = unknown_command(app, argc, argv)) return onrecord::exit_with(*unknown);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return onrecord::usage_exit_status(app.exit(e));
  } catch (...) {
    return onrecord::exit_with(onrecord::error_from_current_exception());
  }
  return global.exit_code;
}
