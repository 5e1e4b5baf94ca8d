// The subcommands of onrecord-index; each lives in its own cmd_*.cpp and registers itself on the
// CLI11 app with a callback that stores the command's exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <optional>

#include "quotes/alias_table.hpp"

namespace onrecord {

struct GlobalOptions {
  std::filesystem::path db;
  // --shards: the number of shards a new index gets (and an existing one must have).
  std::optional<std::size_t> shards;
  AliasTable aliases;  // from --aliases; each folder's aliases.yaml is merged over it
  int exit_code = 0;
};

void register_add_command(CLI::App& app, GlobalOptions& global);
void register_sync_command(CLI::App& app, GlobalOptions& global);
void register_remove_command(CLI::App& app, GlobalOptions& global);
void register_list_command(CLI::App& app, GlobalOptions& global);
void register_stats_command(CLI::App& app, GlobalOptions& global);
void register_extract_commands(CLI::App& app, GlobalOptions& global);

}  // namespace onrecord
