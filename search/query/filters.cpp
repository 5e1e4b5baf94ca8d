#include "query/filters.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "analysis/text_analyzer.hpp"
#include "index/partial_date.hpp"
#include "index/shard_set.hpp"
#include "index/value_list.hpp"

namespace onrecord {
namespace {

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool contains_sequence(const std::vector<std::string>& haystack,
                       const std::vector<std::string>& needle) {
  return !needle.empty() && std::search(haystack.begin(), haystack.end(), needle.begin(),
                                        needle.end()) != haystack.end();
}

Xapian::Query any_of(const std::vector<std::string>& terms) {
  if (terms.empty()) return match_nothing();
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

// Xapian's MatchNothing is the empty query, which the builder reads as "no condition here";
// a term no document has keeps the meaning "matches nothing".
Xapian::Query match_nothing() { return Xapian::Query(schema::term(schema::prefix::kKind, "none")); }

const schema::QueryField& query_field(std::string_view name) {
  for (const auto& field : schema::kQueryFields)
    if (field.name == name) return field;
  // Callers name fields of the table; anything else is a bug.
  throw_internal("unknown query field '" + std::string(name) + "'");
}

NameMatch name_match_of(std::string& value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    value = value.substr(1, value.size() - 2);
    return NameMatch::kExact;
  }
  return NameMatch::kWords;
}

Result<Xapian::Query> FilterResolver::resolve(const schema::QueryField& field,
                                              const std::string& value, NameMatch match) {
  if (field.match == schema::FieldMatch::kDateRange)
    return resolve_date(value, field.prefix == schema::prefix::kMentioned
                                   ? schema::DateRole::kMentioned
                                   : schema::DateRole::kOwn);
  return resolve_name(field, value, match);
}

Xapian::Query FilterResolver::articles_matching(const Xapian::Query& article_query) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, article_query,
                                  Xapian::Query(schema::kind_term(schema::DocKind::kArticle))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::ValueCountMatchSpy ids(schema::slot::kArticleKey);
  enquire.add_matchspy(&ids);
  (void)enquire.get_mset(0, 1, db_.get_doccount());  // with no items Xapian may skip the spy
  std::vector<std::string> terms;
  for (auto it = ids.values_begin(); it != ids.values_end(); ++it)
    terms.push_back(schema::term(schema::prefix::kArticle, *it));
  return any_of(terms);
}

Xapian::Query FilterResolver::resolve_name(const schema::QueryField& field,
                                           const std::string& value, NameMatch match) {
  const std::string folded = TextAnalyzer::fold_name(value);
  const std::string prefix(field.prefix);
  // The name's own term (an overlong name's is shortened, as when it was indexed).
  const std::string whole = schema::term(prefix, folded);
  std::vector<std::string> matches;
  if (match == NameMatch::kExact || whole.size() < prefix.size() + folded.size()) {
    if (!folded.empty() && db_.get_termfreq(whole) > 0) matches.push_back(whole);
  } else {
    // Every name holding the words, the name itself included: one speaker called "Roosevelt"
    // must not hide Theodore and Franklin D Roosevelt.
    const auto wanted = words_of(folded);
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
      if (contains_sequence(words_of((*it).substr(prefix.size())), wanted)) matches.push_back(*it);
    }
  }
  if (matches.empty())
    warnings_.push_back("no " + std::string(field.name) + " named '" + value + "' in the index");
  note_matched(field, matches);
  return any_of(matches);
}

void FilterResolver::note_matched(const schema::QueryField& field,
                                  const std::vector<std::string>& terms) {
  auto entry = std::find_if(matched_.begin(), matched_.end(),
                            [&](const MatchedNames& m) { return m.field == field.name; });
  if (entry == matched_.end())
    entry = matched_.insert(matched_.end(), {std::string(field.name), {}});
  for (const auto& term : terms) entry->names.push_back(display_name(field, term));
}

std::vector<MatchedNames> FilterResolver::matched() const {
  std::vector<MatchedNames> out = matched_;
  for (auto& m : out) {
    std::sort(m.names.begin(), m.names.end());
    m.names.erase(std::unique(m.names.begin(), m.names.end()), m.names.end());
  }
  return out;
}

std::vector<Xapian::docid> FilterResolver::first_documents(const std::string& term,
                                                           Xapian::doccount count) const {
  std::vector<Xapian::docid> out;
  if (single_revision(db_)) {
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term) && out.size() < count;
         ++it)
      out.push_back(*it);
    return out;
  }
  // A remote shard sends a whole posting list when it is opened (a speaker's, thousands of
  // documents at 16x: 35 ms); a match in document order sends the first few.
  Xapian::Enquire enquire(db_);
  enquire.set_query(Xapian::Query(term));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet first = enquire.get_mset(0, count);
  for (auto it = first.begin(); it != first.end(); ++it) out.push_back(*it);
  return out;
}

std::string FilterResolver::display_name(const schema::QueryField& field,
                                         const std::string& term) const {
  const std::string folded = term.substr(field.prefix.size());
  Xapian::valueno slot = Xapian::BAD_VALUENO;
  if (field.prefix == schema::prefix::kSpeaker) slot = schema::slot::kSpeakers;
  if (field.prefix == schema::prefix::kSource) slot = schema::slot::kSource;
  if (slot == Xapian::BAD_VALUENO) return folded;
  // Any document with the term stores the name as written, beside the others of its list
  // (the first few are asked: an alias's term may stand where another form is stored).
  constexpr Xapian::doccount kDocumentsAsked = 5;
  for (const Xapian::docid document : first_documents(term, kDocumentsAsked)) {
    for (const auto& name : split_list(db_.get_document(document).get_value(slot)))
      if (schema::term(field.prefix, TextAnalyzer::fold_name(name)) == term) return name;
  }
  return folded;
}

Result<Xapian::Query> FilterResolver::resolve_date(const std::string& value,
                                                   schema::DateRole role) {
  auto range = parse_date_range(value);
  if (!range) return Error{ErrorCode::kBadQuery, range.error().message, range.error().hint};
  // Years the range covers whole match by their year term (a date has one for each year it
  // overlaps). In the (at most two) years it covers in part, the stored dates that overlap the
  // range match by their own terms: those written from that year, from the year before (a
  // winter reaches into the next year) and the year after (an ISO week 1 may start in
  // December), and that year's fiscal year, decade and century.
  std::set<std::string> matches;
  const std::string year_prefix(schema::year_prefix(role));
  const std::string value_prefix(schema::date_prefix(role));
  auto add_if_overlapping = [&](const std::string& term) {
    const auto date = parse_partial_date(std::string_view(term).substr(value_prefix.size()));
    if (date && range->overlaps(*date)) matches.insert(term);
  };
  for (auto it = db_.allterms_begin(year_prefix); it != db_.allterms_end(year_prefix); ++it) {
    const std::string year = (*it).substr(year_prefix.size());
    const auto whole_year = parse_partial_date(year);
    if (!whole_year || !range->overlaps(*whole_year)) continue;
    const bool covered = (!range->from || range->from->first_day() <= whole_year->first_day()) &&
                         (!range->to || range->to->last_day() >= whole_year->last_day());
    if (covered) {
      matches.insert(*it);
      continue;
    }
    for (const int y : {whole_year->year - 1, whole_year->year, whole_year->year + 1}) {
      const std::string written_from = schema::year_term(y, role).substr(year_prefix.size());
      const std::string from_prefix = value_prefix + written_from;
      for (auto d = db_.allterms_begin(from_prefix); d != db_.allterms_end(from_prefix); ++d)
        add_if_overlapping(*d);
    }
    for (const auto& wider : {"FY" + year, year.substr(0, 3) + "X", year.substr(0, 2) + "XX"}) {
      const std::string term = value_prefix + wider;
      if (db_.term_exists(term)) add_if_overlapping(term);
    }
  }
  return any_of(std::vector<std::string>(matches.begin(), matches.end()));
}

}  // namespace onrecord
