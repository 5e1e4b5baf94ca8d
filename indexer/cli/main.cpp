// onrecord-index: builds and maintains the onrecord database from article files.
#include "commands.hpp"
#include "index/database.hpp"
#include "index/error.hpp"
#include "pipeline/alias_lookup.hpp"

int main(int argc, char** argv) {
  CLI::App app{"onrecord-index: index articles for onrecord-search"};
  onrecord::GlobalOptions global;
  global.db = onrecord::default_database_path();
  app.add_option("--db", global.db,
                 "database directory (default: $ONRECORD_DB, else ./onrecord.db)");
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
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return onrecord::usage_exit_status(app.exit(e));
  } catch (...) {
    return onrecord::exit_with(onrecord::error_from_current_exception());
  }
  return global.exit_code;
}
