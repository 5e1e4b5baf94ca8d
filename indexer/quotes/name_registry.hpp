// Who is who in one article: the people and organisations it names, so that "Trump",
// "President Trump", "the president" and "President Donald Trump" resolve to one speaker named
// by the fullest name the article gives ("Donald Trump", titles kept apart), a first name alone
// resolves where the article establishes it, and an ambiguous name resolves to nobody.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/english_words.hpp"

namespace onrecord {

// kPlace: a country, region or people ("the US", "Americans"), which the rules never make a
// speaker. kRole: a person named only by what they are ("the spokesman", "Ryanair CEO").
enum class NameKind { kPerson, kOrganization, kPlace, kGroup, kPronoun, kRole };

// What a title ("Mrs.") or a pronoun ("he") tells of a person; most names tell nothing.
enum class Gender : std::uint8_t { kUnknown, kMale, kFemale };

// A name as it stands in the text: "President Donald Trump", "the White House", "police", "he".
struct NamePhrase {
  std::vector<std::string> tokens;  // the name without title or article ("Donald", "Trump")
  std::string title;  // role named by the title ("president", "governor" for Gov.), if any
  Gender gender = Gender::kUnknown;  // when a title says so (Mr., Mrs., Ms.)
  bool sentence_initial = false;     // a lone capitalized word that opens a sentence may be no name
  std::size_t says = 0;  // 1 when read right before a reporting verb ("Pam said"), for the registry
  NameKind kind = NameKind::kPerson;
  std::size_t first_word = 0;  // index range in the word list it was read from
  std::size_t last_word = 0;
};

// Reads the name that starts at words[i] (titles, initials, particles such as "bin" included).
std::optional<NamePhrase> read_name_at(const std::vector<Word>& words, std::size_t i);
// Reads the name that ends at words[i], scanning leftwards.
std::optional<NamePhrase> read_name_ending_at(const std::vector<Word>& words, std::size_t i);

struct Entity {
  std::vector<std::string> tokens;  // fullest name seen
  std::vector<std::string> core;    // tokens without initials and suffixes, for matching
  std::set<std::string> roles;      // titles seen with it ("president")
  NameKind kind = NameKind::kPerson;
  Gender gender = Gender::kUnknown;
  std::size_t sayings = 0;  // times the article makes it the subject of a reporting verb
  [[nodiscard]] std::string name() const;
};

class NameRegistry {
 public:
  // Registers the names in a stretch of text outside quotations (call for the whole article
  // before resolving anything).
  void observe(const std::vector<Word>& words);
  // Registers the full names inside a quotation ("Diane Harris Graham, 30, D.O.A."): never
  // entities of their own, they only complete a name the article otherwise gives in one word.
  void observe_quoted(const std::vector<Word>& words);
  // Builds the entities from everything observed: fullest names first, then the names that
  // extend them ("Trump" joins "Donald Trump"; "Trump" beside two Trumps joins neither).
  void finish();

  // The entity a phrase names, or nullopt when unknown or ambiguous. Pronouns are not resolved
  // here (see speaker_attribution).
  [[nodiscard]] std::optional<std::size_t> resolve(const NamePhrase& phrase) const;
  [[nodiscard]] const Entity& entity(std::size_t index) const { return entities_[index]; }
  [[nodiscard]] std::size_t size() const { return entities_.size(); }

 private:
  void add(const NamePhrase& phrase);
  void observe_shared_surname(const std::vector<Word>& words, const NamePhrase& first);
  // A new entity for the phrase (`core`: its tokens without initials).
  void add_entity(const NamePhrase& phrase, const std::vector<std::string>& core);
  void set_tokens(std::size_t entity, const std::vector<std::string>& tokens);
  // Entities whose core holds any of these tokens.
  [[nodiscard]] std::vector<std::size_t> candidates(const std::vector<std::string>& tokens) const;
  // The entities a single name may name: those it is the surname of, else (untitled) those
  // it is the first name of.
  [[nodiscard]] std::vector<std::size_t> single_name_matches(const NamePhrase& phrase,
                                                             const std::string& name) const;
  // Among several entities a name fits, keeps the one its title's gender fits, else the only
  // person (matches unchanged when neither decides).
  void narrow_ambiguous(const NamePhrase& phrase, std::vector<std::size_t>& matches) const;
  // The one organisation whose initials an acronym spells ("GM": "General Motors").
  [[nodiscard]] std::optional<std::size_t> expansion_of(const std::string& acronym) const;
  std::vector<Entity> entities_;
  std::vector<NamePhrase> observed_;
  std::vector<NamePhrase> shared_surnames_;  // "Rebekah [Erler]" of "Rebekah and Ben Erler"
  std::vector<std::vector<std::string>> quoted_names_;  // full names read inside quotations
  // Gives a one-word person, by first name, the one full name quoted with that first name.
  void complete_from_quotations();
  std::set<std::string> mid_sentence_tokens_;
  std::map<std::string, std::vector<std::size_t>> by_token_;
};

bool is_title_word(std::string_view lower);
// A noun that names a person by what they do: "spokesman", "aide", "analyst", "president".
bool is_source_noun(std::string_view lower);
// Its plural, for sources described as several people: "officials", "analysts", "witnesses".
bool is_people_noun(std::string_view lower);

}  // namespace onrecord
