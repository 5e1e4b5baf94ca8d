#include "quotes/date_grammar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "quotes/english_words.hpp"

namespace onrecord {
namespace {

enum class SlotClass {
  kWords,  // one of the slot's words
  kYear,
  kShortYear,  // two digits after a hyphen: the "99" of 1998-99
  kMonth,
  kWeekday,
  kDay,
  kOrdinal,
  kCount,
  kUnit,
  kSeason,
  kDecade,
  kIso,
  kQuarterPart,  // Q3
  kHalfPart,     // H1
  kFiscalYear,   // FY1990
  kRelative,     // last, this, next...
  kPosition,     // early, mid, late...
};

struct Slot {
  SlotClass cls = SlotClass::kWords;
  std::vector<std::string> words;
  bool capitalised = false;  // "^Christmas": only as a name is written
  bool optional = false;
  bool comma_before = false;
};

struct CompiledRule {
  std::vector<std::string> lead;  // the word before must be one of these (or must not)
  bool lead_forbidden = false;
  std::vector<Slot> slots;
  std::size_t index = 0;  // in the table: the earlier wins a tie
};

constexpr std::string_view kRelativeWords[] = {"last",    "past", "previous", "this",
                                               "current", "next", "coming"};
constexpr std::string_view kPositionWords[] = {"early", "mid", "late",  "beginning",
                                               "start", "end", "middle"};

std::vector<std::string> split(std::string_view s, char separator) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= s.size()) {
    const std::size_t at = std::min(s.find(separator, from), s.size());
    if (at > from) out.emplace_back(s.substr(from, at - from));
    from = at + 1;
  }
  return out;
}

SlotClass slot_class(std::string_view name) {
  static constexpr std::pair<std::string_view, SlotClass> kClasses[] = {
      {"YEAR", SlotClass::kYear},      {"SHORTYEAR", SlotClass::kShortYear},
      {"MONTH", SlotClass::kMonth},    {"WEEKDAY", SlotClass::kWeekday},
      {"DAY", SlotClass::kDay},        {"ORD", SlotClass::kOrdinal},
      {"COUNT", SlotClass::kCount},    {"UNIT", SlotClass::kUnit},
      {"SEASON", SlotClass::kSeason},  {"DECADE", SlotClass::kDecade},
      {"ISO", SlotClass::kIso},        {"QPART", SlotClass::kQuarterPart},
      {"HPART", SlotClass::kHalfPart}, {"FY", SlotClass::kFiscalYear},
      {"REL", SlotClass::kRelative},   {"POS", SlotClass::kPosition}};
  for (const auto& [n, c] : kClasses)
    if (n == name) return c;
  throw std::logic_error("date rule: unknown slot class " + std::string(name));
}

CompiledRule compile(const DateRule& rule, std::size_t index) {
  CompiledRule out;
  out.index = index;
  bool comma = false;
  for (std::string token : split(rule.pattern, ' ')) {
    if (token == ",") {
      comma = true;
      continue;
    }
    if (token.front() == '[') {
      if (!out.slots.empty() || token.back() != ']')
        throw std::logic_error("date rule: a lead comes first: " + std::string(rule.pattern));
      token = token.substr(1, token.size() - 2);
      if (token.front() == '!') {
        out.lead_forbidden = true;
        token.erase(0, 1);
      }
      out.lead = split(token, '|');
      continue;
    }
    Slot slot;
    slot.comma_before = std::exchange(comma, false);
    if (token.size() > 1 && token.back() == '?') {
      slot.optional = true;
      token.pop_back();
    }
    if (token.front() == '^') {  // every alternative is written with its ^
      slot.capitalised = true;
      std::erase(token, '^');
    }
    if (std::isupper(static_cast<unsigned char>(token.front()))) {
      slot.cls = slot_class(token);
    } else {
      slot.words = split(token, '|');
    }
    out.slots.push_back(std::move(slot));
  }
  return out;
}

constexpr std::size_t kClassCount = static_cast<std::size_t>(SlotClass::kPosition) + 1;

// The rules compiled, and which of them may start at a word: by the word itself (a literal of a
// slot a match can start with) or by a class it belongs to. Most words start none, so the
// grammar costs little more than the scan.
struct Grammar {
  // A quick test before the hash: the first letters of the literals of each length.
  static constexpr std::size_t kLongest = 16;
  std::array<std::uint32_t, kLongest> first_letters{};
  [[nodiscard]] bool may_start(std::string_view lower) const {
    if (lower.empty() || lower.size() >= kLongest || lower[0] < 'a' || lower[0] > 'z') return false;
    return ((first_letters[lower.size()] >> (lower[0] - 'a')) & 1U) != 0;
  }
  std::vector<CompiledRule> rules;
  std::unordered_map<std::string, std::vector<std::size_t>> starting_with_word;
  std::array<std::vector<std::size_t>, kClassCount> starting_with_class;
};

const Grammar& grammar() {
  static const Grammar compiled = [] {
    Grammar g;
    const auto table = date_rules();
    for (std::size_t i = 0; i < table.size(); ++i) {
      g.rules.push_back(compile(table[i], i));
      for (const Slot& slot : g.rules.back().slots) {  // the slots up to the first required one
        if (slot.cls == SlotClass::kWords) {
          for (const auto& w : slot.words) {
            g.starting_with_word[w].push_back(i);
            if (w.size() < Grammar::kLongest && w[0] >= 'a' && w[0] <= 'z')
              g.first_letters[w.size()] |= 1U << (w[0] - 'a');
          }
        } else {
          g.starting_with_class[static_cast<std::size_t>(slot.cls)].push_back(i);
        }
        if (!slot.optional) break;
      }
    }
    return g;
  }();
  return compiled;
}

bool fits(const Slot& slot, const DateWord& w) {
  if (slot.capitalised && !w.capitalized) return false;
  switch (slot.cls) {
    case SlotClass::kWords:
      return std::find(slot.words.begin(), slot.words.end(), w.lower) != slot.words.end();
    case SlotClass::kYear:
      return w.year.has_value();
    case SlotClass::kShortYear:
      // The "99" of 1998-99 or 1998/99.
      return (w.gap == "-" || w.gap == "/" || w.gap == "\u2013") && w.lower.size() == 2 &&
             w.count > 0 && !w.year;
    case SlotClass::kMonth:
      return w.month > 0;
    case SlotClass::kWeekday:
      return w.weekday >= 0;
    case SlotClass::kDay:
      return w.day > 0;
    case SlotClass::kOrdinal:
      return w.ordinal > 0;
    case SlotClass::kCount:
      return w.count > 0;
    case SlotClass::kUnit:
      return w.unit != TimeUnit::kNone;
    case SlotClass::kSeason:
      return w.season > 0;
    case SlotClass::kDecade:
      return w.decade.has_value();
    case SlotClass::kIso:
      return w.iso.has_value();
    case SlotClass::kQuarterPart:
      return w.quarter > 0;
    case SlotClass::kHalfPart:
      return w.half > 0;
    case SlotClass::kFiscalYear:
      return w.fiscal_year.has_value();
    case SlotClass::kRelative:
      return listed(kRelativeWords, w.lower);
    case SlotClass::kPosition:
      return listed(kPositionWords, w.lower);
  }
  return false;
}

// Words of one expression stand apart by spaces or a hyphen, by a slash between numbers
// ("2024/25"), and by a comma where the pattern allows one ("Jan. 4, 2026").
bool joined(const DateWord& w, bool comma_allowed) {
  if (w.gap == "-") return true;
  // A slash or an en dash only between numbers: "2024/25", "June 8\u201312".
  if (w.gap == "/" || w.gap == "\u2013")
    return !w.text.empty() && std::isdigit(static_cast<unsigned char>(w.text[0]));
  int commas = 0;
  std::string gap = w.gap;  // a no-break space (HTML's &nbsp;) is a space
  for (std::size_t at; (at = gap.find("\u00A0")) != std::string::npos;) gap.replace(at, 2, " ");
  for (char c : gap) {
    if (c == ',' && comma_allowed) {
      ++commas;
    } else if (c != ' ') {
      return false;
    }
  }
  return !gap.empty() && commas <= 1;
}

struct Candidate {
  const CompiledRule* rule;
  std::vector<std::size_t> slots;
  std::size_t last;
};

void match_slots(const std::vector<DateWord>& words, const CompiledRule& rule, std::size_t slot,
                 std::size_t next, std::vector<std::size_t>& assigned,
                 std::vector<Candidate>& out) {
  if (slot == rule.slots.size()) {
    const auto taken = std::find_if(assigned.rbegin(), assigned.rend(),
                                    [](std::size_t w) { return w != RuleMatch::kAbsent; });
    if (taken != assigned.rend()) out.push_back({&rule, assigned, *taken});
    return;
  }
  const Slot& s = rule.slots[slot];
  const bool first = std::all_of(assigned.begin(), assigned.end(),
                                 [](std::size_t w) { return w == RuleMatch::kAbsent; });
  if (next < words.size() && fits(s, words[next]) &&
      (first || joined(words[next], s.comma_before))) {
    assigned.push_back(next);
    match_slots(words, rule, slot + 1, next + 1, assigned, out);
    assigned.pop_back();
  }
  if (s.optional) {
    assigned.push_back(RuleMatch::kAbsent);
    match_slots(words, rule, slot + 1, next, assigned, out);
    assigned.pop_back();
  }
}

bool lead_allows(const std::vector<DateWord>& words, const CompiledRule& rule, std::size_t at) {
  if (rule.lead.empty()) return true;
  const bool present =
      at > 0 && joined(words[at], false) &&
      std::find(rule.lead.begin(), rule.lead.end(), words[at - 1].lower) != rule.lead.end();
  return rule.lead_forbidden ? !present : present;
}

}  // namespace

std::size_t RuleMatch::first() const {
  for (std::size_t w : slots_)
    if (w != kAbsent) return w;
  return 0;
}

std::size_t RuleMatch::last() const {
  for (auto it = slots_.rbegin(); it != slots_.rend(); ++it)
    if (*it != kAbsent) return *it;
  return 0;
}

const DateWord* RuleMatch::after() const {
  const std::size_t next = last() + 1;
  return next < words_.size() ? &words_[next] : nullptr;
}

const DateWord* RuleMatch::before() const {
  const std::size_t at = first();
  return at > 0 ? &words_[at - 1] : nullptr;
}

bool RuleMatch::at_sentence_start() const {
  const std::size_t at = first();
  if (at == 0) return true;
  const std::string& gap = words_[at].gap;
  return gap.find_first_of(".!?\n\"") != std::string::npos ||
         gap.find("\u201C") != std::string::npos || gap.find("\u2018") != std::string::npos ||
         words_[at - 1].lower.ends_with('.');
}

std::vector<FoundDate> find_dates(const std::vector<DateWord>& words) {
  std::vector<FoundDate> found;
  const Grammar& g = grammar();
  const auto table = date_rules();
  std::vector<Candidate> candidates;
  std::vector<std::size_t> assigned;
  std::vector<std::size_t> starting;
  for (std::size_t i = 0; i < words.size();) {
    candidates.clear();
    starting.clear();
    if (g.may_start(words[i].lower)) {
      if (const auto it = g.starting_with_word.find(words[i].lower);
          it != g.starting_with_word.end())
        starting = it->second;
    }
    for (std::size_t c = 0; words[i].date_like && c < kClassCount; ++c) {
      Slot probe;
      probe.cls = static_cast<SlotClass>(c);
      if (probe.cls != SlotClass::kWords && !g.starting_with_class[c].empty() &&
          fits(probe, words[i]))
        starting.insert(starting.end(), g.starting_with_class[c].begin(),
                        g.starting_with_class[c].end());
    }
    if (starting.empty()) {
      ++i;
      continue;
    }
    std::sort(starting.begin(), starting.end());
    starting.erase(std::unique(starting.begin(), starting.end()), starting.end());
    for (const std::size_t r : starting) {
      const CompiledRule& rule = g.rules[r];
      if (!lead_allows(words, rule, i)) continue;
      match_slots(words, rule, 0, i, assigned, candidates);
    }
    // Only matches that start here: a pattern whose first slots were skipped starts later.
    std::erase_if(candidates,
                  [&](const Candidate& c) { return RuleMatch(words, c.slots).first() != i; });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                       if (a.last != b.last) return a.last > b.last;
                       return a.rule->index < b.rule->index;
                     });
    bool accepted = false;
    for (const auto& c : candidates) {
      const RuleMatch match(words, c.slots);
      const std::size_t before = found.size();
      if (table[c.rule->index].build(match, found) && found.size() > before) {
        i = match.last() + 1;
        accepted = true;
        break;
      }
      found.resize(before);
    }
    if (!accepted) ++i;
  }
  return found;
}

}  // namespace onrecord
