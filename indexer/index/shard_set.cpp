#include "index/shard_set.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "index/database.hpp"
#include "index/schema.hpp"

namespace onrecord {
namespace {

namespace fs = std::filesystem;

// How long a remote shard may take to answer (microseconds): long enough for a busy server, short
// enough that a dead one is reported, not waited for.
constexpr useconds_t kRemoteTimeout = 30'000'000;
constexpr useconds_t kConnectTimeout = 5'000'000;

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

Error stub_error(const fs::path& stub, std::size_t line, const std::string& what) {
  return Error{ErrorCode::kInvalidInput, stub.string() + ":" + std::to_string(line) + ": " + what,
               "each line is `auto PATH`, `remote HOST:PORT` or `remote :PROGRAM ARGS` (Xapian's "
               "stub format)"};
}

Result<ShardLocation> remote_location(std::string spec, ShardLocation shard) {
  if (spec.starts_with(':')) {
    shard.kind = ShardLocation::Kind::kProgram;
    const auto space = spec.find_first_of(" \t");
    shard.program = spec.substr(1, space == std::string::npos ? std::string::npos : space - 1);
    shard.args = space == std::string::npos ? "" : trimmed(std::string_view(spec).substr(space));
    if (shard.program.empty()) return stub_error(shard.stub, shard.line, "no program after ':'");
    return shard;
  }
  const auto colon = spec.rfind(':');
  unsigned port = 0;
  const char* digits = spec.data() + (colon == std::string::npos ? 0 : colon + 1);
  const auto [end, error] = std::from_chars(digits, spec.data() + spec.size(), port);
  if (colon == std::string::npos || colon == 0 || error != std::errc() ||
      end != spec.data() + spec.size() || port == 0 || port > 65535)
    return stub_error(shard.stub, shard.line, "'" + spec + "' is not HOST:PORT");
  shard.kind = ShardLocation::Kind::kTcp;
  shard.host = spec.substr(0, colon);
  shard.port = port;
  return shard;
}

// Checks what every shard must agree on; `dictionary` is shard 0's passage dictionary.
Status check_shard(const Xapian::Database& db, const ShardLocation& shard, std::size_t index,
                   std::size_t count, const std::string& dictionary) {
  if (auto schema = check_schema_version(db, shard.describe(index)); !schema) return schema;
  const std::string identity = db.get_metadata(std::string(schema::kShardMetadataKey));
  if (identity != shard_identity(index, count))
    return Error{ErrorCode::kSchemaMismatch,
                 shard.describe(index) + " is " +
                     (identity.empty() ? std::string("not a shard of an onrecord index")
                                       : "shard " + identity + " of a set") +
                     ", but the stub lists it as " + shard_identity(index, count),
                 "list the shards in the order `onrecord-index --shards` made them, all of them"};
  if (db.get_metadata(std::string(schema::kDictionaryMetadataKey)) != dictionary)
    return Error{ErrorCode::kSchemaMismatch,
                 shard.describe(index) +
                     " compresses passages with another dictionary than shard 0: it belongs to "
                     "another index",
                 "list only the shards of one index in the stub"};
  return ok_status();
}

// What opening a shard threw, naming the shard (a server that does not answer is kUnavailable,
// error_from_current_exception says so; a local shard's damage or permissions keep their code).
Error shard_open_error(const ShardLocation& shard, std::size_t index) {
  Error error = error_from_current_exception();
  error.message = "cannot open " + shard.describe(index) + ": " + error.message;
  return error;
}

Result<Xapian::Database> open_shard_for_search(const ShardLocation& shard, std::size_t index) {
  try {
    switch (shard.kind) {
      case ShardLocation::Kind::kLocal:
        if (!fs::exists(shard.path))
          return Error{ErrorCode::kNotFound, shard.describe(index) + " does not exist",
                       "correct the stub file, or rebuild the index"};
        return Xapian::Database(shard.path.string());
      case ShardLocation::Kind::kTcp:
        return Xapian::Remote::open(shard.host, shard.port, kRemoteTimeout, kConnectTimeout);
      case ShardLocation::Kind::kProgram:
        return Xapian::Remote::open(shard.program, shard.args, kRemoteTimeout);
    }
  } catch (...) {
    return shard_open_error(shard, index);
  }
  return Error{ErrorCode::kInternal, "unknown shard kind", ""};
}

Result<Xapian::WritableDatabase> open_shard_for_writing(const ShardLocation& shard,
                                                        std::size_t index) {
  if (shard.kind == ShardLocation::Kind::kLocal) {
    if (!fs::exists(shard.path))
      return Error{ErrorCode::kNotFound, shard.describe(index) + " does not exist",
                   "correct the stub file, or rebuild the index"};
    return open_database_for_writing(shard.path);
  }
  try {
    if (shard.kind == ShardLocation::Kind::kTcp)
      return Xapian::Remote::open_writable(shard.host, shard.port, kRemoteTimeout, kConnectTimeout);
    return Xapian::Remote::open_writable(shard.program, shard.args, kRemoteTimeout);
  } catch (...) {
    return shard_open_error(shard, index);
  }
}

Status write_file_atomically(const fs::path& path, const std::string& text) {
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out)
      return Error{ErrorCode::kIo, "cannot write '" + temporary.string() + "'",
                   "check the disk space and the folder's permissions"};
  }
  // On disk before it is named: after a power loss the stub is the old one or the new one.
  if (const int fd = ::open(temporary.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec)
    return Error{ErrorCode::kIo, "cannot write '" + path.string() + "': " + ec.message(),
                 "check the folder's permissions"};
  return ok_status();
}

}  // namespace

std::string ShardLocation::describe(std::size_t index) const {
  std::string where;
  switch (kind) {
    case Kind::kLocal:
      where = path.string();
      break;
    case Kind::kTcp:
      where = host + ":" + std::to_string(port);
      break;
    case Kind::kProgram:
      where = program + (args.empty() ? "" : " " + args);
      break;
  }
  return "shard " + std::to_string(index) + " (" + where + ", line " + std::to_string(line) +
         " of " + stub.string() + ")";
}

std::optional<fs::path> stub_file_of(const fs::path& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return path;
  const fs::path inside = path / kStubFileName;
  if (fs::is_regular_file(inside, ec)) return inside;
  return std::nullopt;
}

Result<std::vector<ShardLocation>> read_stub(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in)
    return Error{ErrorCode::kNotFound, "cannot read the stub file '" + stub.string() + "'",
                 "check its path and permissions"};
  std::vector<ShardLocation> shards;
  std::string text;
  for (std::size_t number = 1; std::getline(in, text); ++number) {
    const std::string line = trimmed(text);
    if (line.empty() || line.starts_with('#')) continue;
    const auto space = line.find_first_of(" \t");
    const std::string kind = line.substr(0, space);
    const std::string rest =
        space == std::string::npos ? "" : trimmed(std::string_view(line).substr(space));
    if (rest.empty()) return stub_error(stub, number, "'" + kind + "' names no shard");
    ShardLocation shard;
    shard.line = number;
    shard.stub = stub;
    if (kind == "auto" || kind == "glass" || kind == "chert") {
      shard.path = fs::path(rest).is_absolute() ? fs::path(rest) : stub.parent_path() / rest;
      shards.push_back(std::move(shard));
    } else if (kind == "remote") {
      auto remote = remote_location(rest, std::move(shard));
      if (!remote) return remote.error();
      shards.push_back(std::move(*remote));
    } else {
      return stub_error(stub, number, "unknown kind of shard '" + kind + "'");
    }
    if (shards.size() > kMaxShards)
      return stub_error(stub, number, "more than " + std::to_string(kMaxShards) + " shards");
  }
  if (shards.empty())
    return Error{ErrorCode::kInvalidInput, "the stub file '" + stub.string() + "' lists no shards",
                 "add one `auto PATH` or `remote HOST:PORT` line per shard"};
  return shards;
}

std::size_t shard_of_article(std::string_view id, std::size_t count) {
  if (count <= 1) return 0;
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a: fixed, unlike std::hash
  for (const char c : id) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return static_cast<std::size_t>(hash % count);
}

std::string shard_identity(std::size_t index, std::size_t count) {
  return std::to_string(index) + "/" + std::to_string(count);
}

Result<Xapian::Database> open_shards_for_search(const fs::path& stub) {
  auto shards = read_stub(stub);
  if (!shards) return shards.error();
  Xapian::Database combined;
  std::string dictionary;
  for (std::size_t i = 0; i < shards->size(); ++i) {
    const ShardLocation& shard = (*shards)[i];
    auto db = open_shard_for_search(shard, i);
    if (!db) return db.error();
    try {
      if (i == 0) dictionary = db->get_metadata(std::string(schema::kDictionaryMetadataKey));
      if (auto status = check_shard(*db, shard, i, shards->size(), dictionary); !status)
        return status.error();
    } catch (...) {
      return shard_open_error(shard, i);
    }
    combined.add_database(*db);
  }
  return combined;
}

Result<std::vector<Xapian::WritableDatabase>> open_index_for_writing(
    const fs::path& path, std::optional<std::size_t> create_shards) {
  std::error_code ec;
  const std::size_t wanted = create_shards.value_or(1);
  if (create_shards && (!fs::exists(path, ec) || fs::is_empty(path, ec))) {
    if (auto created = create_sharded_index(path, wanted); !created) return created.error();
  }
  const auto stub = stub_file_of(path);
  std::vector<Xapian::WritableDatabase> out;
  if (!stub) {
    if (create_shards && wanted > 1)
      return Error{
          ErrorCode::kUsage,
          "'" + path.string() + "' is a database of one shard, not " + std::to_string(wanted),
          "drop --shards, or build a new index at another path with --shards " +
              std::to_string(wanted)};
    auto db = open_database_for_writing(path);
    if (!db) return db.error();
    out.push_back(std::move(*db));
    return out;
  }
  auto shards = read_stub(*stub);
  if (!shards) return shards.error();
  if (create_shards && *create_shards != shards->size())
    return Error{ErrorCode::kUsage,
                 "'" + path.string() + "' holds " + std::to_string(shards->size()) +
                     " shards, not " + std::to_string(*create_shards),
                 "drop --shards, or build a new index at another path with that many shards"};
  std::string dictionary;
  for (std::size_t i = 0; i < shards->size(); ++i) {
    auto db = open_shard_for_writing((*shards)[i], i);
    if (!db) return db.error();
    try {
      if (i == 0) dictionary = db->get_metadata(std::string(schema::kDictionaryMetadataKey));
      if (auto status = check_shard(*db, (*shards)[i], i, shards->size(), dictionary); !status)
        return status.error();
    } catch (...) {
      return shard_open_error((*shards)[i], i);
    }
    out.push_back(std::move(*db));
  }
  return out;
}

bool has_own_layout(const fs::path& path) {
  const auto stub = stub_file_of(path);
  if (!stub) return true;
  auto shards = read_stub(*stub);
  std::error_code ec;
  if (!shards || stub->filename() != kStubFileName ||
      !fs::equivalent(stub->parent_path(), path, ec))
    return false;
  for (std::size_t i = 0; i < shards->size(); ++i) {
    const ShardLocation& shard = (*shards)[i];
    if (shard.kind != ShardLocation::Kind::kLocal ||
        !fs::equivalent(shard.path, path / local_shard_name(i), ec))
      return false;
  }
  return true;
}

void stamp_shard_identity(Xapian::WritableDatabase& shard, std::size_t index, std::size_t count) {
  shard.set_metadata(std::string(schema::kShardMetadataKey), shard_identity(index, count));
}

Status create_sharded_index(const fs::path& folder, std::size_t count) {
  if (count < 1 || count > kMaxShards)
    return Error{ErrorCode::kUsage, "--shards must be between 1 and " + std::to_string(kMaxShards),
                 ""};
  // Made in a folder beside it and moved into place whole: a kill leaves no half-made index.
  std::error_code ec;
  fs::path target = fs::absolute(folder, ec).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  const fs::path making = target.string() + ".making-" + std::to_string(getpid());
  fs::remove_all(making, ec);
  fs::create_directories(making, ec);
  if (ec)
    return Error{ErrorCode::kIo, "cannot create '" + making.string() + "': " + ec.message(),
                 "check that the parent folder of '" + folder.string() + "' is writable"};
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Xapian::WritableDatabase shard((making / local_shard_name(i)).string(), Xapian::DB_CREATE);
      stamp_schema_version(shard);
      stamp_shard_identity(shard, i, count);
      shard.commit();
    }
  } catch (...) {
    Error error = error_from_current_exception();
    error.message = "cannot create the shards of '" + folder.string() + "': " + error.message;
    fs::remove_all(making, ec);
    return error;
  }
  if (auto stub = write_local_stub(making, count); !stub) {
    fs::remove_all(making, ec);
    return stub;
  }
  fs::remove(target, ec);  // an empty folder the user made; rename cannot replace it
  fs::rename(making, target, ec);
  if (ec) {
    fs::remove_all(making, ec);
    return Error{ErrorCode::kIo, "cannot move the new index into '" + folder.string() + "'",
                 "check that the folder is empty and writable"};
  }
  return ok_status();
}

Status write_local_stub(const fs::path& folder, std::size_t count) {
  return write_file_atomically(folder / kStubFileName, local_stub_text(count));
}

std::string local_shard_name(std::size_t index) { return "shard-" + std::to_string(index); }

std::string local_stub_text(std::size_t count) {
  std::string text = "# onrecord index of " + std::to_string(count) +
                     " shards: articles go to shard (FNV-1a of the id) mod " +
                     std::to_string(count) + "; keep the order\n";
  for (std::size_t i = 0; i < count; ++i) text += "auto " + local_shard_name(i) + "\n";
  return text;
}

std::optional<Xapian::rev> single_revision(const Xapian::Database& db) {
  if (db.size() != 1) return std::nullopt;
  try {
    return db.get_revision();
  } catch (const Xapian::InvalidOperationError&) {  // shards combined
  } catch (const Xapian::UnimplementedError&) {     // a remote shard
  }
  return std::nullopt;
}

std::string index_generation(const Xapian::Database& db) {
  if (const auto revision = single_revision(db)) return "r" + std::to_string(*revision);
  return "g" + db.get_metadata(std::string(schema::kGenerationMetadataKey));
}

void raise_generation(Xapian::WritableDatabase& db) {
  const std::string stored = db.get_metadata(std::string(schema::kGenerationMetadataKey));
  std::uint64_t generation = 0;
  std::from_chars(stored.data(), stored.data() + stored.size(), generation);
  db.set_metadata(std::string(schema::kGenerationMetadataKey), std::to_string(generation + 1));
}

}  // namespace onrecord
