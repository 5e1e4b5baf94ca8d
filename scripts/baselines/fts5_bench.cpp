// The SQLite FTS5 baseline (porter unicode61): one row per passage, bm25 ranking, snippet() and
// GROUP BY facets for a full page.
//   onrecord-bench-fts5 index ARTICLES.jsonl DB
//   onrecord-bench-fts5 search DB QUERIES.tsv REPETITIONS
#include <sqlite3.h>

#include <iostream>
#include <stdexcept>

#include "bench_common.hpp"

using namespace onrecord::bench;

namespace {

void check(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw std::runtime_error(sqlite3_errmsg(db));
}

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) : db_(db) {
    check(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr), db);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement& bind(int i, const std::string& v) {
    check(sqlite3_bind_text(stmt_, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT),
          db_);
    return *this;
  }
  Statement& bind(int i, int v) {
    check(sqlite3_bind_int(stmt_, i, v), db_);
    return *this;
  }
  bool step() {
    const int rc = sqlite3_step(stmt_);
    check(rc, db_);
    return rc == SQLITE_ROW;
  }
  std::size_t drain() {
    std::size_t rows = 0;
    while (step()) {
      ++rows;
      const unsigned char* text = sqlite3_column_text(stmt_, 0);
      if (text != nullptr) rows += text[0] == 0 ? 0 : 1;
    }
    sqlite3_reset(stmt_);
    return rows;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// FTS5 query syntax: words are ANDed, OR stays, phrases stay.
std::string fts_query(const std::string& q) { return q; }

int index_articles(const std::string& articles, const std::string& path) {
  std::remove(path.c_str());
  sqlite3* db = nullptr;
  check(sqlite3_open(path.c_str(), &db), db);
  check(sqlite3_exec(
            db,
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
            "CREATE VIRTUAL TABLE passages USING fts5(text, speaker UNINDEXED, year UNINDEXED, "
            "tokenize='porter unicode61');",
            nullptr, nullptr, nullptr),
        db);
  {
    Statement insert(db, "INSERT INTO passages(text, speaker, year) VALUES (?, ?, ?)");
    for_each_article(articles, [&](const BenchArticle& a) {
      for (const auto& p : a.passages) {
        insert.bind(1, p.text).bind(2, a.speaker).bind(3, std::stoi(a.date.substr(0, 4)));
        insert.drain();
      }
    });
  }
  check(sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr), db);
  sqlite3_close(db);
  return 0;
}

int run_queries(const std::string& path, const std::string& queries_path, int repetitions) {
  sqlite3* db = nullptr;
  check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), db);
  const std::string where =
      " WHERE passages MATCH ?1 AND (?2 = '' OR speaker = ?2) AND (?3 = 0 OR year BETWEEN ?3 AND "
      "?4)";
  Statement plain(db, "SELECT text FROM passages" + where + " ORDER BY bm25(passages) LIMIT 10");
  Statement page(db, "SELECT snippet(passages, 0, '<mark>', '</mark>', '…', 40) FROM passages" +
                         where + " ORDER BY bm25(passages) LIMIT 10");
  Statement speakers(db, "SELECT speaker, count(*) FROM passages" + where + " GROUP BY speaker");
  Statement years(db, "SELECT year, count(*) FROM passages" + where + " GROUP BY year");
  Latencies latencies;
  const auto queries = read_queries(queries_path);
  for (int r = 0; r <= repetitions; ++r) {
    for (const auto& q : queries) {
      auto run = [&](Statement& s) {
        s.bind(1, fts_query(q.text)).bind(2, q.speaker).bind(3, q.year_from).bind(4, q.year_to);
        return s.drain();
      };
      const double ms = time_ms([&] {
        if (q.mode == "plain") {
          run(plain);
        } else {
          run(page);
          run(speakers);
          run(years);
        }
      });
      if (r > 0) latencies.add(q.klass, ms);
    }
  }
  sqlite3_close(db);
  std::cout << latencies.json().dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return baseline_main(
      argc, argv, "onrecord-bench-fts5 index ARTICLES.jsonl DB | search DB QUERIES.tsv REPETITIONS",
      index_articles, run_queries);
}
