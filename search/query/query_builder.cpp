#include "query/query_builder.hpp"

#include <algorithm>
#include <map>

#include "index/schema.hpp"

namespace onrecord {
namespace {

// Passages holding the words as typed, in order or close together, outrank scattered ones.
constexpr double kProximityBoost = 1.0;
constexpr unsigned kProximitySlack = 6;
constexpr Xapian::termcount kWildcardLimit = 1000;

enum class Polarity { kPositive, kNegated };
enum class WordJoin { kAll, kAny };

class Builder {
 public:
  Builder(const TextAnalyzer& analyzer, FilterResolver& resolver)
      : analyzer_(analyzer), resolver_(resolver) {}

  Result<BuiltQuery> build(const QueryNode& root) {
    BuiltQuery built;
    auto query = node(root, Polarity::kPositive, WordJoin::kAll);
    if (!query) return query.error();
    built.query = *query;
    built.has_text = has_text_;
    built.typed_sequence = typed_sequence(root);
    if (root.type == NodeType::kAnd && count_words(root) >= 2) {
      built.proximity = proximity_boost(root);
      Builder fresh(analyzer_, resolver_);  // a second reading must not add to this plan
      auto relaxed = fresh.node(root, Polarity::kPositive, WordJoin::kAny);
      if (relaxed) built.relaxed = *relaxed;
    }
    built.highlight = std::move(plan_);
    built.words = std::move(words_);
    return built;
  }

 private:
  static std::size_t count_words(const QueryNode& n) {
    return static_cast<std::size_t>(
        std::count_if(n.children.begin(), n.children.end(),
                      [](const QueryNode& c) { return c.type == NodeType::kWord; }));
  }

  // The words of a list of words (filters aside) or of a lone phrase, as typed.
  std::vector<std::string> typed_sequence(const QueryNode& root) const {
    std::vector<std::string> forms;
    const auto add = [&](const std::string& text) {
      for (const auto& token : analyzer_.tokenize(text)) forms.push_back(token.term);
    };
    if (root.type == NodeType::kPhrase) {
      add(root.text);
    } else if (root.type == NodeType::kAnd) {
      for (const auto& child : root.children) {
        if (child.type == NodeType::kWord || child.type == NodeType::kPhrase) {
          add(child.text);
        } else if (child.type != NodeType::kField) {
          return {};  // OR, NOT, NEAR, wildcards: no one sequence was typed
        }
      }
    }
    if (forms.size() < 2) return {};
    return forms;
  }

  std::optional<Xapian::Query> proximity_boost(const QueryNode& root) {
    std::vector<std::string> terms;  // positional search terms: inflections count as close too
    for (const auto& child : root.children) {
      if (child.type != NodeType::kWord) continue;
      for (const auto& token : analyzer_.tokenize(child.text))
        terms.push_back(analyzer_.search_term(token.term));
    }
    if (terms.size() < 2) return std::nullopt;
    const auto n = static_cast<Xapian::termcount>(terms.size());
    // One positional check per passage of the re-ranking window: the words in the order typed,
    // within a few of each other ("we cannot escape history" over "history … we cannot
    // escape"). A separate phrase boost doubled the cost of AND queries; NEAR and PHRASE both
    // cost a third more.
    Xapian::Query in_order(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                           n + kProximitySlack);
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, in_order, kProximityBoost);
  }

  Result<Xapian::Query> node(const QueryNode& n, Polarity polarity, WordJoin join) {
    switch (n.type) {
      case NodeType::kWord:
        return word(n, polarity);
      case NodeType::kPhrase:
        return phrase(n.text, "", polarity);
      case NodeType::kWildcard:
        return wildcard(n, polarity);
      case NodeType::kNear:
        return near(n, polarity);
      case NodeType::kField:
        return field(n, polarity);
      case NodeType::kNot: {
        auto inner = node(n.children.front(), flip(polarity), WordJoin::kAll);
        if (!inner) return inner;
        return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, *inner);
      }
      case NodeType::kOr:
        return any(n, polarity);
      case NodeType::kAnd:
        return all(n, polarity, join);
    }
    return match_nothing();
  }

  static Polarity flip(Polarity p) {
    return p == Polarity::kPositive ? Polarity::kNegated : Polarity::kPositive;
  }

  Result<Xapian::Query> word(const QueryNode& n, Polarity polarity) {
    const auto tokens = analyzer_.tokenize(n.text);
    if (tokens.empty()) return Xapian::Query();
    if (tokens.size() > 1) return phrase(n.text, "", polarity);  // trump-musk, U.S.-China
    const std::string term = analyzer_.search_term(tokens.front().term);
    if (polarity == Polarity::kPositive) {
      has_text_ = true;
      plan_.search_terms.insert(term);
      words_.push_back(QueryWord{n.text, n.offset, tokens.front().term, term});
    }
    return Xapian::Query(term);
  }

  Result<Xapian::Query> phrase(const std::string& text, const std::string& prefix,
                               Polarity polarity) {
    std::vector<std::string> forms;
    for (const auto& token : analyzer_.tokenize(text)) forms.push_back(token.term);
    if (forms.empty()) return Xapian::Query();
    // A phrase is its words' search terms in order, so "national debts" also finds "national
    // debt", as a stemmed index must (see DESIGN.md, term scheme).
    std::vector<std::string> terms;
    for (const auto& f : forms) terms.push_back(analyzer_.search_term(f, prefix));
    if (polarity == Polarity::kPositive && prefix.empty()) {
      has_text_ = true;
      if (terms.size() == 1)
        plan_.search_terms.insert(terms.front());
      else
        plan_.phrases.push_back(terms);
    }
    if (terms.size() == 1) return Xapian::Query(terms.front());
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                         static_cast<Xapian::termcount>(terms.size()));
  }

  Result<Xapian::Query> wildcard(const QueryNode& n, Polarity polarity) {
    const std::string form = TextAnalyzer::normalize_form(n.text);
    if (form.empty()) return Xapian::Query();
    // Stems are indexed, and a stem may end differently from its words (happy -> happi), so
    // "happy*" expands over stems beginning "happy" or "happi".
    std::vector<std::string> prefixes{analyzer_.search_term(form)};
    if (TextAnalyzer::is_stemmable(form) &&
        prefixes.front() != schema::term(schema::prefix::kStem, form))
      prefixes.push_back(schema::term(schema::prefix::kStem, form));
    std::vector<Xapian::Query> expansions;
    for (const auto& prefix : prefixes) expansions.push_back(expanded(prefix));
    if (polarity == Polarity::kPositive) {
      has_text_ = true;
      plan_.prefixes.insert(plan_.prefixes.end(), prefixes.begin(), prefixes.end());
    }
    return Xapian::Query(Xapian::Query::OP_OR, expansions.begin(), expansions.end());
  }

  // The most frequent kWildcardLimit terms beginning with `prefix`, as one synonym. Expanded here
  // from the whole index's term list rather than by OP_WILDCARD, which a set of shards expands
  // (and weighs) shard by shard: the answer must not depend on how the index is split.
  [[nodiscard]] Xapian::Query expanded(const std::string& prefix) const {
    const Xapian::Database& db = resolver_.database();
    std::vector<std::pair<Xapian::doccount, std::string>> terms;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
      terms.emplace_back(it.get_termfreq(), *it);
    if (terms.size() > kWildcardLimit) {
      std::nth_element(terms.begin(), terms.begin() + kWildcardLimit, terms.end(),
                       [](const auto& a, const auto& b) {
                         return a.first != b.first ? a.first > b.first : a.second < b.second;
                       });
      terms.resize(kWildcardLimit);
    }
    std::vector<Xapian::Query> alternatives;
    alternatives.reserve(terms.size());
    for (auto& [frequency, term] : terms) alternatives.emplace_back(std::move(term));
    return Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
  }

  Result<Xapian::Query> near(const QueryNode& n, Polarity polarity) {
    std::vector<std::string> forms;
    for (const auto& child : n.children) {
      for (const auto& token : analyzer_.tokenize(child.text)) forms.push_back(token.term);
    }
    if (forms.empty()) return Xapian::Query();
    std::vector<std::string> terms;
    for (const auto& f : forms) terms.push_back(analyzer_.search_term(f));
    if (polarity == Polarity::kPositive) {
      has_text_ = true;
      plan_.search_terms.insert(terms.begin(), terms.end());
    }
    if (terms.size() == 1) return Xapian::Query(terms.front());
    const auto window =
        std::max<Xapian::termcount>(n.window + 1, static_cast<Xapian::termcount>(terms.size()));
    return Xapian::Query(Xapian::Query::OP_NEAR, terms.begin(), terms.end(), window);
  }

  Result<Xapian::Query> field(const QueryNode& n, Polarity polarity) {
    const schema::QueryField& f = query_field(n.field);
    Result<Xapian::Query> filter = Xapian::Query();
    if (f.match == schema::FieldMatch::kArticleText) {
      const std::string prefix(f.prefix);
      const auto tokens = analyzer_.tokenize(n.text);
      if (tokens.empty()) return Xapian::Query();
      auto words = tokens.size() == 1
                       ? Xapian::Query(analyzer_.search_term(tokens.front().term, prefix))
                       : phrase(n.text, prefix, polarity);
      if (!words) return words;
      filter = resolver_.articles_matching(*words);
    } else {
      filter = resolver_.resolve(f, n.text, n.value_quoted ? NameMatch::kExact : NameMatch::kWords);
    }
    if (!filter) return filter;
    // Filters select; they do not change how well a passage matches.
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *filter, 0.0);
  }

  Result<Xapian::Query> any(const QueryNode& n, Polarity polarity) {
    std::vector<Xapian::Query> parts;
    for (const auto& child : n.children) {
      auto q = node(child, polarity, WordJoin::kAll);
      if (!q) return q;
      if (!q->empty()) parts.push_back(*q);
    }
    if (parts.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

  // Children joined by AND; negated children subtracted; several values of one name or date
  // field OR together (speaker:A speaker:B is either speaker), as --speaker A --speaker B does.
  Result<Xapian::Query> all(const QueryNode& n, Polarity polarity, WordJoin join) {
    std::vector<Xapian::Query> required;
    std::vector<Xapian::Query> words;
    std::vector<Xapian::Query> excluded;
    std::map<std::string, std::vector<Xapian::Query>> field_groups;
    for (const auto& child : n.children) {
      const bool negated = child.type == NodeType::kNot;
      const QueryNode& target = negated ? child.children.front() : child;
      auto q = node(target, negated ? flip(polarity) : polarity, WordJoin::kAll);
      if (!q) return q;
      if (q->empty()) continue;
      if (negated) {
        excluded.push_back(*q);
      } else if (target.type == NodeType::kField &&
                 query_field(target.field).match != schema::FieldMatch::kArticleText) {
        field_groups[target.field].push_back(*q);
      } else if (target.type == NodeType::kWord) {
        words.push_back(*q);
      } else {
        required.push_back(*q);
      }
    }
    if (!words.empty()) {
      if (join == WordJoin::kAll)
        required.insert(required.end(), words.begin(), words.end());
      else
        required.emplace_back(Xapian::Query::OP_OR, words.begin(), words.end());
    }
    for (auto& [name, group] : field_groups)
      required.emplace_back(Xapian::Query::OP_OR, group.begin(), group.end());
    Xapian::Query result =
        required.empty() ? (excluded.empty() ? Xapian::Query() : Xapian::Query::MatchAll)
                         : Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
    if (!excluded.empty()) {
      result = Xapian::Query(Xapian::Query::OP_AND_NOT, result,
                             Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
    }
    return result;
  }

  const TextAnalyzer& analyzer_;
  FilterResolver& resolver_;
  HighlightPlan plan_;
  std::vector<QueryWord> words_;
  bool has_text_ = false;
};

}  // namespace

Result<BuiltQuery> build_query(const QueryNode& root, const TextAnalyzer& analyzer,
                               FilterResolver& resolver) {
  return Builder(analyzer, resolver).build(root);
}

}  // namespace onrecord
