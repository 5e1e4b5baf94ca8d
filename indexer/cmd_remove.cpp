// `onrecord-index remove ID…`: removes articles and all their passages.
#include "commands.hpp"
#include "database.hpp"
#include "index_run.hpp"

namespace onrecord {

void register_remove_command(CLI::App& app, GlobalOptions& global) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("remove", "remove articles by id");
  cmd->add_option("ids", *ids, "article ids (see `onrecord-index list`)")->required();
  cmd->callback([&global, ids] {
    auto db = open_database_for_writing(global.db);
    if (!db) {
      print_error(db.error());
      global.exit_code = static_cast<int>(ExitCode::kUsage);
      return;
    }
    IndexWriter writer(std::move(*db));
    IndexRun run(writer, ids->size());
    for (const auto& id : *ids) run.remove(id);
    global.exit_code = static_cast<int>(run.finish("remove"));
  });
}

}  // namespace onrecord
