// `onrecord-index list`: the indexed articles, one per line (or JSON Lines with --json).
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "index/database.hpp"
#include "pipeline/index_run.hpp"

namespace onrecord {

void register_list_command(CLI::App& app, GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("list", "list indexed articles");
  cmd->add_flag("--json", *json, "one JSON object per article");
  cmd->callback([&global, json] {
    // Fails as a whole: main reports the error and exits 2.
    auto db = open_database_for_search(global.db).take();
    auto records = all_articles(db);
    std::sort(records.begin(), records.end(), [](const ArticleRecord& a, const ArticleRecord& b) {
      return a.fields.id < b.fields.id;
    });
    for (const auto& r : records) {
      if (*json) {
        std::cout << nlohmann::json(r).dump() << "\n";
      } else {
        std::cout << r.fields.id << "\t" << (r.fields.date.empty() ? "-" : r.fields.date) << "\t"
                  << r.passage_count << " passages\t" << r.fields.title << "\n";
      }
    }
  });
}

}  // namespace onrecord
