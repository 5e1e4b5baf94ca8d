// onrecord-search: searches the passages of an onrecord database.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdlib>
#include <iostream>

#include "index/database.hpp"
#include "index/error.hpp"
#include "search_commands.hpp"

namespace {

onrecord::MatchStyle pick_style(const std::string& color) {
  if (color == "always") return onrecord::MatchStyle::kAnsi;
  if (color == "never") return onrecord::MatchStyle::kMarkers;
  const bool terminal = isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
  return terminal ? onrecord::MatchStyle::kAnsi : onrecord::MatchStyle::kMarkers;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

namespace {

// "--limit abc" wants a number, "--limit 0" one in range: say which (CLI11's range check
// answers "abc not in range" for both).
CLI::Validator whole_number_between(std::size_t low, std::size_t high) {
  return CLI::Validator(
      [low, high](std::string& value) -> std::string {
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (value.empty() || ec == std::errc::invalid_argument ||
            end != value.data() + value.size())
          return "wants a whole number, not '" + value + "'";
        if (ec == std::errc::result_out_of_range || n < low || n > high)
          return "must be between " + std::to_string(low) + " and " + std::to_string(high) +
                 ", not " + value;
        return {};
      },
      "NUMBER");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"onrecord-search: search what was said on the record"};
  app.set_version_flag("--version", std::string("onrecord-search ") + ONRECORD_VERSION);
  app.footer(
      "Examples:\n"
      "  onrecord-search disgusting abomination\n"
      "  onrecord-search --quotes --speaker musk --date 2025-06..2025-07 bill\n"
      "  onrecord-search --format csv '\"big beautiful bill\"' > bill.csv   every result\n"
      "  onrecord-search speakers --find roosevelt\n"
      "  onrecord-search serve --port 8080");
  onrecord::SearchOptions options;
  options.db = onrecord::default_database_path();
  std::vector<std::string> words;
  std::string sort = "auto";
  std::string color = "auto";
  std::string batch;
  bool json = false;
  app.add_option("--db", options.db,
                 "database directory (default: $ONRECORD_DB, else ./onrecord.db)");
  // One value per occurrence, so that `--speaker Musk bill` searches "bill" said by Musk.
  auto repeatable = [&app](const std::string& flag, std::vector<std::string>& target,
                           const std::string& help) {
    app.add_option(flag, target, help)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  };
  repeatable("--speaker", options.request.speakers,
             "only results with this speaker (repeatable: any of them)");
  repeatable("--date", options.request.dates,
             "only results said or published in this range: 2025, 2025-06..2025-07, ..2026-01-04 "
             "(repeatable)");
  repeatable("--mentions", options.request.mentions,
             "only results whose text mentions a date in this range (repeatable)");
  repeatable("--source", options.request.sources, "only articles from this source (repeatable)");
  app.add_option("--limit", options.request.limit, "results per page (articles)")
      ->check(whole_number_between(1, onrecord::kMaxLimit));
  app.add_option("--offset", options.request.offset, "skip this many results")
      ->check(whole_number_between(0, onrecord::kMaxOffset));
  app.add_option("--sort", sort,
                 "relevance or date (newest first); default relevance, date when no words")
      ->check(CLI::IsMember({"auto", "relevance", "date"}));
  app.add_flag("--json", json, "print the versioned JSON result object (--format json)");
  std::string format = "text";
  app.add_option("--format", format,
                 "text, json (one page), or every result as csv (one row per result) or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}));
  bool quotes = false;
  bool no_facets = false;
  app.add_flag("--no-facets", no_facets,
               "skip facets and estimate totals from the first page (faster)");
  bool no_snippets = false;
  app.add_flag("--no-snippets", no_snippets,
               "leave out snippets and match offsets: only the ranking (faster, for scripts)");
  app.add_flag("--quotes", quotes,
               "search quotations only; --speaker and --date filter the quotation itself");
  app.add_option("--color", color, "highlight matches with colour: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--batch", batch,
                 "read one query per line from FILE (- for standard input); print JSON lines");
  app.add_option(
      "query", words,
      "the query: words, \"phrases\", AND OR NOT NEAR, abomin*, speaker: date: title: source:");
  onrecord::SpeakersOptions speakers;
  CLI::App* speakers_cmd = app.add_subcommand(
      "speakers", "list the speakers with their counts, or show one speaker's profile");
  speakers_cmd->fallthrough();
  speakers_cmd->add_option("name", speakers.name,
                           "a speaker's name: what they said, newest first, by year, where "
                           "quoted and beside whom");
  speakers_cmd->add_option("--find", speakers.find, "list only names holding this text");
  speakers_cmd->add_option("--speakers-limit", speakers.limit, "names per list (default 50)")
      ->check(whole_number_between(1, onrecord::kMaxLimit));
  CLI::App* serve_cmd = app.add_subcommand(
      "serve", "run the web front end and JSON API (onrecord-serve; serve --help for its options)");
  // Everything after `serve`, --help included, is onrecord-serve's to read.
  serve_cmd->prefix_command();
  serve_cmd->set_help_flag();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return onrecord::usage_exit_status(app.exit(e));
  }
  options.request.query = join_words(words);
  if (sort == "relevance") options.request.sort = onrecord::SortOrder::kRelevance;
  if (sort == "date") options.request.sort = onrecord::SortOrder::kDate;
  options.format = format == "csv"            ? onrecord::OutputFormat::kCsv
                   : format == "jsonl"        ? onrecord::OutputFormat::kJsonLines
                   : format == "json" || json ? onrecord::OutputFormat::kJson
                                              : onrecord::OutputFormat::kText;
  if (app.count("--limit") > 0) options.export_rows = options.request.limit;
  if (!batch.empty() && (format == "csv" || format == "jsonl")) {
    std::cerr << "error: --batch answers each query with one JSON line; --format " << format
              << " exports the results of one query (run one command per query)\n";
    return onrecord::exit_status(onrecord::ExitCode::kNothingDone);
  }
  if (quotes) options.request.scope = onrecord::SearchScope::kQuotes;
  if (no_facets) options.request.counting = onrecord::Counting::kEstimate;
  if (no_snippets) options.request.snippets = onrecord::Snippets::kNone;
  options.style = pick_style(color);
  try {
    if (serve_cmd->parsed()) {
      std::optional<std::filesystem::path> db;
      if (app.count("--db") > 0) db = options.db;
      return onrecord::hand_over_to_web_server(db, serve_cmd->remaining());
    }
    if (speakers_cmd->parsed()) return onrecord::run_speakers(options, speakers);
    if (!batch.empty()) return onrecord::run_batch(options, batch);
    return onrecord::run_single_query(options);
  } catch (...) {
    return onrecord::exit_with(onrecord::error_from_current_exception());
  }
}
