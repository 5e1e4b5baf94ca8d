// Shared by the benchmark baselines: reading the articles (JSON Lines), the query mix, and
// reporting latency percentiles as JSON.
#pragma once

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/passage_splitter.hpp"
#include "formats/article_reader.hpp"

namespace onrecord::bench {

struct BenchArticle {
  std::string id, speaker, date;
  std::vector<Passage> passages;
};

// Reads articles through onrecord's own reader and passage splitter, so every engine indexes
// the same passages.
template <typename Visit>
void for_each_article(const std::string& path, Visit&& visit) {
  std::ifstream in(path);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    ReadOptions options;
    options.format = ArticleFormat::kJsonLines;
    options.default_id = "line";
    ReadOutcome outcome = read_article_bytes(line, path, options);
    for (auto& article : outcome.articles) {
      visit(BenchArticle{article.fields.id, article.fields.speaker, article.fields.date,
                         split_passages(article.paragraphs)});
    }
  }
}

// One query of the mix: its class, the query text in the engine-neutral syntax (words,
// "phrases", OR), and optional filters.
struct BenchQuery {
  std::string klass, mode, text, speaker;
  int year_from = 0, year_to = 0;
};

inline std::vector<BenchQuery> read_queries(const std::string& path) {
  std::vector<BenchQuery> queries;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    f.resize(6);
    queries.push_back({f[0], f[1], f[2], f[3], f[4].empty() ? 0 : std::stoi(f[4]),
                       f[5].empty() ? 0 : std::stoi(f[5])});
  }
  return queries;
}

class Latencies {
 public:
  void add(const std::string& klass, double ms) { by_class_[klass].push_back(ms); }
  [[nodiscard]] nlohmann::json json() const {
    nlohmann::json out;
    for (auto [klass, v] : by_class_) {
      std::sort(v.begin(), v.end());
      auto pct = [&v](double p) {
        return v[std::min(v.size() - 1,
                          static_cast<std::size_t>(p * static_cast<double>(v.size())))];
      };
      out[klass] = {{"p50", pct(0.5)}, {"p99", pct(0.99)}, {"n", v.size()}};
    }
    return out;
  }

 private:
  std::map<std::string, std::vector<double>> by_class_;
};

template <typename F>
double time_ms(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// A baseline's command line: `index ARTICLES.jsonl TARGET` or `search TARGET QUERIES.tsv
// REPETITIONS` (TARGET: a database path or a connection string); exit 1 on a failure, 2 on a
// misuse. Each baseline's main() is this call.
template <typename Index, typename Search>
int baseline_main(int argc, char** argv, const std::string& usage, Index&& index, Search&& search) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() == 3 && args[0] == "index") return index(args[1], args[2]);
    if (args.size() == 4 && args[0] == "search")
      return search(args[1], args[2], std::stoi(args[3]));
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: " << usage << "\n";
  return 2;
}

}  // namespace onrecord::bench
