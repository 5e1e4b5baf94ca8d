// `onrecord-index remove ID…`: removes articles and all their passages.
#include "commands.hpp"
#include "index/database.hpp"
#include "index/shard_set.hpp"
#include "pipeline/index_run.hpp"

namespace onrecord {

void register_remove_command(CLI::App& app, GlobalOptions& global) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("remove", "remove articles by id");
  cmd->add_option("ids", *ids, "article ids (see `onrecord-index list`)")->required();
  cmd->callback([&global, ids] {
    // Fails as a whole: main reports the error and exits 2.
    auto db = open_index_for_writing(global.db, global.shards).take();
    IndexWriter writer(std::move(db));
    IndexRun run(writer, ids->size());
    for (const auto& id : *ids) run.remove(id);
    global.exit_code = exit_status(run.finish("remove"));
  });
}

}  // namespace onrecord
