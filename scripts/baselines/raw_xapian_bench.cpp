// The raw-Xapian baseline: a minimal indexer (TermGenerator, English stemmer, STEM_SOME,
// positions, one commit) and searcher (QueryParser; top 10, or a full page with
// MSet::snippet and exact speaker and year facets) over the same passages as onrecord.
//   onrecord-bench-xapian index ARTICLES.jsonl DB
//   onrecord-bench-xapian index-shards ARTICLES.jsonl DIR N   (DIR/shard-I and a DIR/XAPIANDB stub)
//   onrecord-bench-xapian search DB QUERIES.tsv REPETITIONS   (DB may be a stub of remote shards)
//   onrecord-bench-xapian omega-records ARTICLES.jsonl > RECORDS   (the same passages as input
//     for Omega's scriptindex: one record per passage, scripts/bench_omega.py indexes them)
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench_common.hpp"

using namespace onrecord::bench;

namespace {

constexpr Xapian::valueno kSpeakerSlot = 0;
constexpr Xapian::valueno kYearSlot = 1;

void index_passages(Xapian::WritableDatabase& db, Xapian::TermGenerator& generator,
                    const BenchArticle& a) {
  for (const auto& p : a.passages) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(p.text);
    doc.add_boolean_term("XS" + a.speaker);
    doc.add_value(kSpeakerSlot, a.speaker);
    doc.add_value(kYearSlot, a.date.substr(0, 4));
    doc.set_data(p.text);
    db.add_document(doc);
  }
}

Xapian::TermGenerator english_generator() {
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  return generator;
}

int index_articles(const std::string& articles, const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator = english_generator();
  for_each_article(articles, [&](const BenchArticle& a) { index_passages(db, generator, a); });
  db.commit();
  return 0;
}

// The same passages as N databases, whole articles dealt out in turn (what the shard benchmark
// needs is raw Xapian's own cost over the remote backend, not a routing rule), and a stub
// listing them that scripts/shards-up can serve.
int index_shards(const std::string& articles, const std::string& folder, int shards) {
  if (shards < 1) {
    std::cerr << "error: N must be at least 1\n";
    return 2;
  }
  std::filesystem::create_directories(folder);
  std::vector<Xapian::WritableDatabase> dbs;
  std::ofstream stub(folder + "/XAPIANDB");
  for (int i = 0; i < shards; ++i) {
    const std::string name = "shard-" + std::to_string(i);
    dbs.emplace_back(folder + "/" + name, Xapian::DB_CREATE_OR_OVERWRITE);
    stub << "auto " << name << "\n";
  }
  Xapian::TermGenerator generator = english_generator();
  std::size_t next = 0;
  for_each_article(articles, [&](const BenchArticle& a) {
    index_passages(dbs[next++ % dbs.size()], generator, a);
  });
  for (auto& db : dbs) db.commit();
  return 0;
}

int run_queries(const std::string& path, const std::string& queries_path, int repetitions) {
  Xapian::Database db(path);
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  Xapian::Stem stemmer("english");
  Latencies latencies;
  const auto queries = read_queries(queries_path);
  for (int r = 0; r <= repetitions; ++r) {
    for (const auto& q : queries) {
      const double ms = time_ms([&] {
        Xapian::Query query = parser.parse_query(
            q.text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE);
        if (!q.speaker.empty())
          query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query("XS" + q.speaker));
        if (q.year_from != 0) {
          query =
              Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kYearSlot,
                                          std::to_string(q.year_from), std::to_string(q.year_to)));
        }
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        if (q.mode == "plain") {
          auto mset = enquire.get_mset(0, 10);
          for (auto it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
          return;
        }
        Xapian::ValueCountMatchSpy speakers(kSpeakerSlot);
        Xapian::ValueCountMatchSpy years(kYearSlot);
        enquire.add_matchspy(&speakers);
        enquire.add_matchspy(&years);
        auto mset = enquire.get_mset(0, 10, db.get_doccount());
        std::size_t bytes = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it)
          bytes += mset.snippet(it.get_document().get_data(), 300, stemmer).size();
        for (auto v = speakers.values_begin(); v != speakers.values_end(); ++v)
          bytes += v.get_termfreq();
        for (auto v = years.values_begin(); v != years.values_end(); ++v) bytes += v.get_termfreq();
        if (bytes == 0) std::cerr << "";
      });
      if (r > 0) latencies.add(q.klass, ms);  // the first round warms caches
    }
  }
  std::cout << latencies.json().dump() << "\n";
  return 0;
}

// scriptindex's input: "field=value" lines, a blank line after each record; a value holds no
// newline (passages are one paragraph or a window of them, joined here by a space).
int omega_records(const std::string& articles) {
  auto one_line = [](std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
  };
  for_each_article(articles, [&](const BenchArticle& a) {
    const std::string year = a.date.substr(0, 4);
    for (const auto& p : a.passages) {
      std::cout << "id=" << a.id << "#" << p.index << "\nspeaker=" << one_line(a.speaker)
                << "\ndate=" << year << "0101\ntext=" << one_line(p.text) << "\n\n";
    }
  });
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "omega-records") return omega_records(argv[2]);
  if (argc == 5 && std::string(argv[1]) == "index-shards") {
    try {
      return index_shards(argv[2], argv[3], std::stoi(argv[4]));
    } catch (const Xapian::Error& e) {
      std::cerr << "error: " << e.get_description() << "\n";
      return 1;
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << "\n";
      return 1;
    }
  }
  return baseline_main(argc, argv,
                       "onrecord-bench-xapian index ARTICLES.jsonl DB | index-shards "
                       "ARTICLES.jsonl DIR N | omega-records ARTICLES.jsonl | search DB "
                       "QUERIES.tsv REPETITIONS",
                       index_articles, run_queries);
}
