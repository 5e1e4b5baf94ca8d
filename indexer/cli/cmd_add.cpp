// `onrecord-index add FILE…`: adds or replaces articles, with fields set from the command line.
#include <iostream>
#include <iterator>

#include "commands.hpp"
#include "formats/text_decoding.hpp"
#include "index/content_hash.hpp"
#include "index/database.hpp"
#include "index/shard_set.hpp"
#include "pipeline/alias_lookup.hpp"
#include "pipeline/index_run.hpp"

namespace onrecord {
namespace {

struct AddOptions {
  std::vector<std::string> files;
  FieldOverrides overrides;
  bool jsonl = false;
};

ReadOptions read_options(const AddOptions& options) {
  ReadOptions read;
  read.overrides = options.overrides;
  if (options.jsonl) read.format = ArticleFormat::kJsonLines;
  return read;
}

// Standard input has no name: the same text always gets the same id, so adding it twice replaces.
ReadOutcome read_standard_input(const AddOptions& options) {
  ReadOptions read = read_options(options);
  std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  read.default_id = "stdin-" + content_hash(bytes).substr(0, 12);
  return read_article_bytes(std::move(bytes), "-", read);
}

int run_add(const GlobalOptions& global, const AddOptions& options) {
  auto db = open_index_for_writing(global.db, global.shards);
  if (!db) return exit_with(db.error());
  IndexWriter writer(std::move(*db));
  IndexRun run(writer, options.files.size());
  if (auto bulk = run.use_bulk_build_if_empty(global.db); !bulk) return exit_with(bulk.error());
  AliasLookup aliases(global.aliases);
  for (const auto& file : options.files) {
    if (file == "-") {
      run.ingest(read_standard_input(options), global.aliases);
      run.file_done();
      continue;
    }
    std::vector<Error> alias_errors;
    const AliasTable& table = aliases.for_file(file, alias_errors);
    for (const auto& e : alias_errors) run.fail(e);
    const std::filesystem::path path(file);
    ReadOptions read = read_options(options);
    read.default_id = id_from_path(path);
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(path, ec);
    read_article_file(path, read, [&](ReadOutcome&& part) {
      for (Article& article : part.articles) article.origin = ec ? file : canonical.string();
      run.ingest(part, table);
    });
    run.file_done();
  }
  return exit_status(run.finish("add"));
}

void optional_field(CLI::App& cmd, const std::string& flag, std::optional<std::string>& target,
                    const std::string& help) {
  cmd.add_option_function<std::string>(
      flag, [&target](const std::string& v) { target = v; }, help);
}

}  // namespace

void register_add_command(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<AddOptions>();
  CLI::App* cmd =
      app.add_subcommand("add", "add or replace articles (FILE, or - for standard input)");
  cmd->add_option("files", options->files, "article files; - reads one article from standard input")
      ->required();
  optional_field(*cmd, "--id", options->overrides.id,
                 "article id (default: file name without extension)");
  optional_field(*cmd, "--title", options->overrides.title, "set the title");
  optional_field(*cmd, "--date", options->overrides.date,
                 "set the date: YYYY, YYYY-MM or YYYY-MM-DD");
  optional_field(*cmd, "--author", options->overrides.author, "set the author");
  optional_field(*cmd, "--source", options->overrides.source, "set the source (outlet)");
  optional_field(*cmd, "--url", options->overrides.url, "set the URL");
  optional_field(*cmd, "--speaker", options->overrides.speaker, "set who speaks the whole text");
  cmd->add_flag("--jsonl", options->jsonl, "read the inputs as JSON Lines, one article per line");
  cmd->callback([&global, options] { global.exit_code = run_add(global, *options); });
}

}  // namespace onrecord
