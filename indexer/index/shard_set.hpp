// A sharded index: a stub file (Xapian's format: one `auto PATH`, `remote HOST:PORT` or
// `remote :PROGRAM ARGS` line per shard) naming databases that each hold whole articles, chosen
// by a hash of the article's id. `onrecord-index --shards N` makes a folder holding the stub
// (`XAPIANDB`, so that Xapian's own tools open the folder too) and N local shards; a stub file
// written by hand may list shards served by xapian-tcpsrv instead. Opening checks that every
// shard holds this schema version, knows its place in the set, and compresses passages with the
// same dictionary.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/error.hpp"

namespace onrecord {

inline constexpr std::string_view kStubFileName = "XAPIANDB";
inline constexpr std::size_t kMaxShards = 256;

// Where a shard lives, as one line of the stub says.
struct ShardLocation {
  enum class Kind { kLocal, kTcp, kProgram };
  Kind kind = Kind::kLocal;
  std::filesystem::path path;  // kLocal, made absolute against the stub's folder
  std::string host;            // kTcp
  unsigned port = 0;           // kTcp
  std::string program;         // kProgram
  std::string args;            // kProgram
  std::size_t line = 0;        // in the stub, for messages
  std::filesystem::path stub;  // for messages
  // "shard 2 (127.0.0.1:7002, line 3 of db/XAPIANDB)"
  [[nodiscard]] std::string describe(std::size_t index) const;
};

// The stub `path` names: itself when it is a file, the XAPIANDB file inside when it is a folder
// holding one; nullopt for a plain database (or nothing).
std::optional<std::filesystem::path> stub_file_of(const std::filesystem::path& path);

// The stub's shards in order; an unreadable line is an error naming its file and line.
Result<std::vector<ShardLocation>> read_stub(const std::filesystem::path& stub);

// Which of `count` shards holds the article with this id (a hash that is the same on every
// machine and build).
std::size_t shard_of_article(std::string_view id, std::size_t count);

// "INDEX/COUNT", as each shard records it under schema::kShardMetadataKey.
std::string shard_identity(std::size_t index, std::size_t count);

// The shards of the stub combined into one database for searching (Xapian merges their term
// statistics, so BM25 ranks as over one database); a server that does not answer is
// kUnavailable, naming the shard.
Result<Xapian::Database> open_shards_for_search(const std::filesystem::path& stub);

// The shards of the index at `path`, each opened for writing, in stub order: one database for
// a plain index. When nothing is at `path` yet, `create_shards` makes it a sharded index of that
// many local shards (one shard too: a stub that xapian-tcpsrv can serve); an existing index with
// another number of shards is a usage error.
Result<std::vector<Xapian::WritableDatabase>> open_index_for_writing(
    const std::filesystem::path& path, std::optional<std::size_t> create_shards = std::nullopt);

// Whether the index at `path` is a plain database or a folder laid out as --shards makes it (its
// stub naming shard-0, shard-1, … inside it), which the bulk build may rebuild and exchange
// whole; false for a stub naming servers or shards elsewhere.
bool has_own_layout(const std::filesystem::path& path);

// Makes `folder` (missing or empty) a sharded index of `count` empty local shards, each stamped
// with the schema version and its place in the set; the stub is written last, so a folder left
// half-made by a kill is not an index.
Status create_sharded_index(const std::filesystem::path& folder, std::size_t count);

// Writes the stub of `count` local shards into `folder` (on disk before it is named).
Status write_local_stub(const std::filesystem::path& folder, std::size_t count);

// Stamps a new shard with its place in the set (committed with the next commit).
void stamp_shard_identity(Xapian::WritableDatabase& shard, std::size_t index, std::size_t count);

// The stub text of `count` local shards named shard-0 … (relative to the stub's folder).
std::string local_stub_text(std::size_t count);
std::string local_shard_name(std::size_t index);

// The revision of a plain local database; nullopt for shards combined or a remote database,
// which have none (and whose document ids are not one database's).
std::optional<Xapian::rev> single_revision(const Xapian::Database& db);

// What changes with every commit to the index: the revision of a plain local database, else
// the generation its writers raise (schema.hpp).
std::string index_generation(const Xapian::Database& db);

// Raises the generation recorded in `db` (committed with the next commit).
void raise_generation(Xapian::WritableDatabase& db);

}  // namespace onrecord
