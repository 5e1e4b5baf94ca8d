// The PostgreSQL full-text baseline: one row per passage with a stored tsvector ('english') under
// a GIN index; websearch_to_tsquery for the query (words ANDed, "phrases", OR), ts_rank_cd
// ranking, ts_headline snippets for the ten shown, and GROUP BY facets for a full page. A client
// of one connection over the server's unix socket, as onrecord's --batch is one process.
//   onrecord-bench-postgres index ARTICLES.jsonl CONNINFO
//   onrecord-bench-postgres search CONNINFO QUERIES.tsv REPETITIONS
#include <libpq-fe.h>

#include <iostream>
#include <memory>
#include <stdexcept>

#include "bench_common.hpp"

using namespace onrecord::bench;

namespace {

struct ResultFree {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

class Connection {
 public:
  explicit Connection(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn_));
  }
  ~Connection() { PQfinish(conn_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void exec(const std::string& sql) { check(Result(PQexec(conn_, sql.c_str()))); }
  void prepare(const std::string& name, const std::string& sql, int params) {
    check(Result(PQprepare(conn_, name.c_str(), sql.c_str(), params, nullptr)));
  }
  // Runs a prepared statement and reads every row, as a client showing them would.
  std::size_t run(const std::string& name, const std::vector<std::string>& values) {
    std::vector<const char*> params;
    for (const auto& v : values) params.push_back(v.c_str());
    Result r(PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), params.data(),
                            nullptr, nullptr, 0));
    check(r);
    std::size_t bytes = 0;
    for (int row = 0; row < PQntuples(r.get()); ++row)
      for (int col = 0; col < PQnfields(r.get()); ++col)
        bytes += static_cast<std::size_t>(PQgetlength(r.get(), row, col));
    return bytes;
  }
  void copy_rows(const std::string& sql, const std::string& data) {
    check(Result(PQexec(conn_, sql.c_str())), PGRES_COPY_IN);
    if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1 ||
        PQputCopyEnd(conn_, nullptr) != 1)
      throw std::runtime_error(PQerrorMessage(conn_));
    check(Result(PQgetResult(conn_)));
  }

 private:
  void check(const Result& r, ExecStatusType wanted = PGRES_COMMAND_OK) {
    const ExecStatusType status = PQresultStatus(r.get());
    if (status != wanted && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
      throw std::runtime_error(PQresultErrorMessage(r.get()));
  }
  PGconn* conn_;
};

// A value for COPY's text format: backslash, tab and newline escaped.
std::string copy_field(const std::string& value) {
  std::string out;
  for (const char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

int index_articles(const std::string& articles, const std::string& conninfo) {
  Connection db(conninfo);
  db.exec("DROP TABLE IF EXISTS passages");
  db.exec(
      "CREATE TABLE passages (id serial PRIMARY KEY, text text NOT NULL, speaker text NOT NULL, "
      "year int NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) "
      "STORED)");
  std::string rows;
  for_each_article(articles, [&](const BenchArticle& a) {
    for (const auto& p : a.passages)
      rows += copy_field(p.text) + "\t" + copy_field(a.speaker) + "\t" + a.date.substr(0, 4) + "\n";
  });
  db.copy_rows("COPY passages (text, speaker, year) FROM STDIN", rows);
  db.exec("CREATE INDEX passages_tsv ON passages USING GIN (tsv)");
  db.exec("ANALYZE passages");
  return 0;
}

int run_queries(const std::string& conninfo, const std::string& queries_path, int repetitions) {
  Connection db(conninfo);
  const std::string where =
      " FROM passages WHERE tsv @@ websearch_to_tsquery('english', $1) AND ($2 = '' OR speaker = "
      "$2) AND ($3::int = 0 OR year BETWEEN $3::int AND $4::int)";
  db.prepare("plain",
             "SELECT text" + where +
                 " ORDER BY ts_rank_cd(tsv, websearch_to_tsquery('english', $1)) DESC LIMIT 10",
             4);
  // Headlines for the ten shown only: ts_headline re-parses each text.
  db.prepare("page",
             "SELECT ts_headline('english', text, websearch_to_tsquery('english', $1), "
             "'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=40') FROM (SELECT text, "
             "tsv" +
                 where +
                 " ORDER BY ts_rank_cd(tsv, websearch_to_tsquery('english', $1)) DESC LIMIT 10) "
                 "AS top",
             4);
  db.prepare("speakers", "SELECT speaker, count(*)" + where + " GROUP BY speaker", 4);
  db.prepare("years", "SELECT year, count(*)" + where + " GROUP BY year", 4);
  Latencies latencies;
  const auto queries = read_queries(queries_path);
  for (int r = 0; r <= repetitions; ++r) {
    for (const auto& q : queries) {
      const std::vector<std::string> values = {q.text, q.speaker, std::to_string(q.year_from),
                                               std::to_string(q.year_to)};
      const double ms = time_ms([&] {
        if (q.mode == "plain") {
          db.run("plain", values);
        } else {
          db.run("page", values);
          db.run("speakers", values);
          db.run("years", values);
        }
      });
      if (r > 0) latencies.add(q.klass, ms);
    }
  }
  std::cout << latencies.json().dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return baseline_main(argc, argv,
                       "onrecord-bench-postgres index ARTICLES.jsonl CONNINFO | search CONNINFO "
                       "QUERIES.tsv REPETITIONS",
                       index_articles, run_queries);
}
