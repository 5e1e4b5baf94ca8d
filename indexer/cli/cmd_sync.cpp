// `onrecord-index sync DIR…`: makes the index mirror the folders. New files are added, files
// whose bytes changed are re-indexed, articles whose file is gone are removed.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "formats/text_decoding.hpp"
#include "index/content_hash.hpp"
#include "index/database.hpp"
#include "index/shard_set.hpp"
#include "pipeline/alias_lookup.hpp"
#include "pipeline/index_run.hpp"

namespace fs = std::filesystem;

namespace onrecord {
namespace {

bool is_article_file(const fs::path& path) {
  static const std::set<std::string> kExtensions{".txt",  ".text",  ".md",     ".markdown",
                                                 ".html", ".htm",   ".xhtml",  ".pdf",
                                                 ".docx", ".jsonl", ".ndjson", ""};
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return kExtensions.contains(ext);
}

std::string why_skipped(const fs::path& path) {
  return path.extension().string() +
         " is not an article format (articles are .txt, .md, .html, "
         ".pdf, .docx or .jsonl)";
}

bool is_hidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(),
                     [](const fs::path& part) { return part.string().starts_with('.'); });
}

struct Listing {
  std::vector<fs::path> articles;
  std::uintmax_t bytes = 0;  // of the articles
  std::vector<fs::path> skipped;
};

Result<Listing> list_folder(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return Error{ErrorCode::kNotFound, "'" + root.string() + "' is not a folder",
                 "sync takes folders; use `onrecord-index add FILE` for single files"};
  }
  Listing listing;
  for (auto it = fs::recursive_directory_iterator(
           root, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path relative = fs::relative(it->path(), root);
    if (is_hidden(relative)) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || it->path().filename() == kAliasFileName) continue;
    if (is_article_file(it->path())) {
      listing.articles.push_back(fs::weakly_canonical(it->path()));
      std::error_code size_error;
      const auto size = it->file_size(size_error);
      if (!size_error) listing.bytes += size;
    } else {
      listing.skipped.push_back(it->path());
    }
  }
  if (ec) return Error{ErrorCode::kIo, "cannot list '" + root.string() + "': " + ec.message(), ""};
  std::sort(listing.articles.begin(), listing.articles.end());
  return listing;
}

bool is_inside(const std::string& path, const fs::path& folder) {
  const std::string prefix = folder.string() + "/";
  return path.starts_with(prefix);
}

int run_sync(const GlobalOptions& global, const std::vector<std::string>& folders) {
  std::vector<fs::path> roots;
  std::vector<Listing> listings;
  for (const auto& folder : folders) {
    auto listing = list_folder(folder);
    if (!listing) {
      // A missing folder must not be read as "every article in it was deleted".
      return exit_with(listing.error());
    }
    roots.push_back(fs::weakly_canonical(folder));
    listings.push_back(std::move(*listing));
  }
  auto db = open_index_for_writing(global.db, global.shards);
  if (!db) return exit_with(db.error());

  std::size_t total_files = 0;
  std::uintmax_t total_bytes = 0;
  for (const auto& l : listings) {
    total_files += l.articles.size();
    total_bytes += l.bytes;
  }
  IndexWriter writer(std::move(*db));
  std::map<std::string, std::vector<ArticleRecord>> by_origin;
  for (auto& record : all_articles(writer.database()))
    by_origin[record.origin].push_back(std::move(record));
  IndexRun run(writer, total_files, total_bytes);
  if (auto bulk = run.use_bulk_build_if_empty(global.db); !bulk) return exit_with(bulk.error());
  AliasLookup aliases(global.aliases);
  std::map<std::string, std::string> id_owner;  // id -> file, to catch two files claiming one id
  std::set<std::string> seen_files;
  for (const auto& listing : listings) {
    for (const auto& path : listing.skipped) run.note_skipped(path.string(), why_skipped(path));
    for (const auto& path : listing.articles) {
      const std::string origin = path.string();
      if (!seen_files.insert(origin).second) continue;  // folders given twice or nested
      const auto known = by_origin.find(origin);
      std::ifstream file(path, std::ios::binary);
      if (!file) {
        run.fail(Error{ErrorCode::kIo, origin + ": cannot read", "check the file's permissions"});
        continue;
      }
      std::vector<Error> alias_errors;
      const AliasTable& table = aliases.for_file(path, alias_errors);
      for (const auto& e : alias_errors) run.fail(e);
      const std::string hash = IndexRun::stored_hash(content_hash(file), table);
      std::error_code size_error;
      const std::uintmax_t bytes = fs::file_size(path, size_error);
      if (known != by_origin.end() &&
          std::all_of(known->second.begin(), known->second.end(),
                      [&hash](const ArticleRecord& r) { return r.content_hash == hash; })) {
        for (const auto& r : known->second) id_owner[r.fields.id] = origin;
        run.note_unchanged(size_error ? 0 : bytes);
        continue;
      }
      ReadOptions options;
      options.default_id = id_from_path(path);
      std::set<std::string> fresh_ids;
      read_article_file(path, options, [&](ReadOutcome&& part) {
        std::erase_if(part.articles, [&](const Article& a) {
          const auto [owner, inserted] = id_owner.emplace(a.fields.id, origin);
          if (inserted || owner->second == origin) return false;
          part.errors.push_back(
              Error{ErrorCode::kInvalidInput,
                    origin + ": id '" + a.fields.id + "' is already used by " + owner->second,
                    "give one of them its own `id:` in front matter"});
          return true;
        });
        for (const auto& a : part.articles) fresh_ids.insert(a.fields.id);
        run.ingest(part, table);
      });
      run.file_done(size_error ? 0 : bytes);
      // A file that now fails whole keeps its last good articles; otherwise drop the ids it lost.
      if (known != by_origin.end() && !fresh_ids.empty()) {
        for (const auto& r : known->second) {
          const auto owner = id_owner.find(r.fields.id);
          const bool claimed_elsewhere = owner != id_owner.end() && owner->second != origin;
          if (!fresh_ids.contains(r.fields.id) && !claimed_elsewhere) run.remove(r.fields.id);
        }
      }
    }
  }
  // Articles whose file lay in a synced folder and is gone now.
  for (const auto& [origin, records] : by_origin) {
    if (seen_files.contains(origin)) continue;
    // clang 14 cannot capture a structured binding: capture a plain reference to it.
    const auto& file = origin;
    const bool in_synced_folder =
        std::any_of(roots.begin(), roots.end(),
                    [&file](const fs::path& root) { return is_inside(file, root); });
    if (!in_synced_folder) continue;
    for (const auto& r : records)
      if (!id_owner.contains(r.fields.id)) run.remove(r.fields.id);
  }
  return exit_status(run.finish("sync"));
}

}  // namespace

void register_sync_command(CLI::App& app, GlobalOptions& global) {
  auto folders = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("sync", "make the index mirror folders of articles");
  cmd->add_option("folders", *folders, "folders to mirror (recursively)")->required();
  cmd->callback([&global, folders] { global.exit_code = run_sync(global, *folders); });
}

}  // namespace onrecord
