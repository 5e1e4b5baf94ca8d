#include "output/speakers_output.hpp"

#include "output/json_output.hpp"
#include "output/text_output.hpp"

namespace onrecord {
namespace {

nlohmann::ordered_json counts_json(const std::vector<FacetCount>& counts, const char* key) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& c : counts)
    out.push_back({{key, c.value ? nlohmann::ordered_json(*c.value) : nlohmann::ordered_json()},
                   {"count", c.count}});
  return out;
}

nlohmann::ordered_json hits_json(const SearchResponse& response) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& hit : response.results) out.push_back(hit_json(hit, response.snippets));
  return out;
}

}  // namespace

nlohmann::ordered_json to_json(const SpeakerDirectory& directory) {
  nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
  for (const auto& s : directory.speakers)
    speakers.push_back({{"name", s.name}, {"passages", s.passages}, {"quotations", s.quotations}});
  return {{"version", kJsonSchemaVersion}, {"find", directory.contains}, {"total", directory.total},
          {"offset", directory.offset},    {"limit", directory.limit},   {"speakers", speakers}};
}

nlohmann::ordered_json to_json(const SpeakerProfile& p) {
  return {{"version", kJsonSchemaVersion},
          {"speaker", p.name},
          {"variants", p.variants},
          {"passages", p.passages},
          {"articles", p.articles},
          {"quotations", p.quotations},
          {"distinct_quotations", p.distinct_quotations},
          {"by_year", counts_json(p.by_year, "year")},
          {"outlets", counts_json(p.outlets, "source")},
          {"quoted_beside", counts_json(p.quoted_beside, "speaker")},
          {"latest_quotations", hits_json(p.latest_quotations)},
          {"latest_passages", hits_json(p.latest_passages)}};
}

void print_text(std::ostream& out, const SpeakerDirectory& directory) {
  if (directory.speakers.empty()) {
    out << (directory.contains.empty() ? "No speakers in the index.\n"
                                       : "No speaker's name holds '" + directory.contains + "'.\n");
    return;
  }
  out << directory.total << " speaker" << (directory.total == 1 ? "" : "s");
  if (!directory.contains.empty()) out << " whose name holds '" << directory.contains << "'";
  out << "; passages, quotations:\n";
  for (const auto& s : directory.speakers)
    out << "  " << s.name << "  " << s.passages << ", " << s.quotations << "\n";
  const std::size_t shown_to = directory.offset + directory.speakers.size();
  if (shown_to < directory.total)
    out << "(" << directory.total - shown_to << " more: --offset " << shown_to << ")\n";
}

void print_text(std::ostream& out, const SpeakerProfile& p) {
  out << p.name << ": " << p.quotations << " quotation" << (p.quotations == 1 ? "" : "s") << " ("
      << p.distinct_quotations << " distinct), " << p.passages << " passage"
      << (p.passages == 1 ? "" : "s") << " in " << p.articles << " article"
      << (p.articles == 1 ? "" : "s") << "\n";
  if (p.variants.size() > 1) {
    out << "  also written:";
    for (const auto& v : p.variants)
      if (v != p.name) out << " " << v << ";";
    out << "\n";
  }
  if (!p.by_year.empty()) {
    out << "  by year:";
    for (const auto& y : p.by_year) out << " " << *y.value << ":" << y.count;
    out << "\n";
  }
  auto names = [&out](const char* label, const std::vector<FacetCount>& counts) {
    if (counts.empty()) return;
    out << "  " << label << ":";
    for (std::size_t i = 0; i < counts.size() && i < 10; ++i)
      out << (i ? ", " : " ") << counts[i].value.value_or("(none)") << " (" << counts[i].count
          << ")";
    out << "\n";
  };
  names("quoted by", p.outlets);
  names("quoted beside", p.quoted_beside);
  if (!p.latest_quotations.results.empty()) out << "latest quotations:\n";
  for (const auto& hit : p.latest_quotations.results) {
    if (!hit.quote) continue;
    out << "  " << (hit.quote->date.empty() ? "undated" : hit.quote->date) << "  \u201C"
        << hit.quote->text << "\u201D  (" << hit.article.id << ")\n";
  }
}

}  // namespace onrecord
