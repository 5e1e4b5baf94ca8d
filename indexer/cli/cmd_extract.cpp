// `onrecord-index quotes FILE…` and `onrecord-index dates FILE…`: print what the indexer
// extracts from articles, one JSON object per line, without touching a database.
#include <iostream>
#include <nlohmann/json.hpp>

#include "analysis/text_analyzer.hpp"
#include "commands.hpp"
#include "formats/article_reader.hpp"
#include "index/json_values.hpp"
#include "pipeline/alias_lookup.hpp"
#include "pipeline/index_run.hpp"
#include "quotes/article_analysis.hpp"

namespace onrecord {
namespace {

enum class Extract { kQuotes, kDates };

struct ExtractOptions {
  Extract what = Extract::kQuotes;
  UnsureSpeakers unsure = UnsureSpeakers::kDrop;
};

nlohmann::ordered_json evidence_json(const std::vector<Evidence>& evidence) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (Evidence e : evidence) out.push_back(std::string(evidence_name(e)));
  return out;
}

// The days a date covers, ISO; null for a reference ("now") that has none.
nlohmann::ordered_json interval_json(const DateMention& d) {
  if (!d.has_interval()) return nullptr;
  const int last = d.value.last_day();
  return {{"start", start_iso(d.value)},
          {"end", day_date(last / 10000, last / 100 % 100, last % 100).iso()}};
}

void print_article(const std::string& file, const Article& article, const AliasTable& aliases,
                   const ExtractOptions& options) {
  const ArticleAnalysis analysis =
      analyze_article(article.paragraphs, article_context(article.fields, options.unsure), aliases);
  auto chars = [&](std::size_t byte) {
    return count_code_points(std::string_view(analysis.body).substr(0, byte));
  };
  if (options.what == Extract::kQuotes) {
    for (const auto& q : analysis.quotes) {
      nlohmann::ordered_json line{{"file", file},
                                  {"id", article.fields.id},
                                  {"quote", q.text},
                                  {"speaker", nullable(q.speaker)},
                                  {"speaker_role", nullable(q.speaker_role)},
                                  {"confidence", confidence_json(q.confidence)},
                                  {"date", q.date ? nlohmann::ordered_json(q.date->iso())
                                                  : nlohmann::ordered_json(nullptr)},
                                  {"date_source", date_source_json(q.date_source)},
                                  {"kind", std::string(quote_kind_name(q.kind))},
                                  {"cue", nullable(q.cue)},
                                  {"evidence", evidence_json(q.evidence)},
                                  {"start", chars(q.begin)},
                                  {"end", chars(q.end)}};
      std::cout << line.dump() << "\n";
    }
    return;
  }
  for (const auto& d : analysis.dates) {
    nlohmann::ordered_json line{
        {"file", file},
        {"id", article.fields.id},
        {"text", d.text},
        {"start", chars(d.begin)},
        {"end", chars(d.end)},
        {"value", d.timex_value()},
        {"grain", d.has_interval()
                      ? nlohmann::ordered_json(std::string(precision_name(d.value.precision)))
                      : nlohmann::ordered_json(nullptr)},
        {"mod", nullable(d.mod)},
        {"interval", interval_json(d)}};
    std::cout << line.dump() << "\n";
  }
}

int run_extract(const GlobalOptions& global, const std::vector<std::string>& files,
                const ExtractOptions& extract) {
  AliasLookup lookup(global.aliases);
  int exit_code = 0;
  for (const auto& file : files) {
    ReadOptions options;
    options.default_id = id_from_path(file);
    std::vector<Error> alias_errors;
    const AliasTable& aliases = lookup.for_file(file, alias_errors);
    for (const auto& e : alias_errors) {
      print_error(e);
      exit_code = exit_status(ExitCode::kSomeInputsFailed);
    }
    read_article_file(file, options, [&](ReadOutcome&& outcome) {
      for (const auto& w : outcome.warnings) std::cerr << "warning: " << w << "\n";
      for (const auto& e : outcome.errors) {
        print_error(e);
        exit_code = exit_status(ExitCode::kSomeInputsFailed);
      }
      for (const auto& article : outcome.articles) print_article(file, article, aliases, extract);
    });
  }
  return exit_code;
}

void register_extract(CLI::App& app, GlobalOptions& global, const std::string& name,
                      const std::string& help, Extract what) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto options = std::make_shared<ExtractOptions>();
  options->what = what;
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("files", *files, "article files")->required();
  if (what == Extract::kQuotes) {
    cmd->add_flag_callback(
        "--keep-unsure", [options] { options->unsure = UnsureSpeakers::kKeep; },
        "keep speakers below the confidence threshold (to fit the attribution weights)");
  }
  cmd->callback(
      [&global, files, options] { global.exit_code = run_extract(global, *files, *options); });
}

}  // namespace

void register_extract_commands(CLI::App& app, GlobalOptions& global) {
  register_extract(app, global, "quotes",
                   "print the quotations found in articles, one JSON object per line",
                   Extract::kQuotes);
  register_extract(app, global, "dates",
                   "print the date expressions resolved in articles, one JSON object per line",
                   Extract::kDates);
}

}  // namespace onrecord
