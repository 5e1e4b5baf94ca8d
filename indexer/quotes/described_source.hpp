// Sources a report describes but does not name: "a nurse", "one woman", "an Iraqi interpreter",
// "the people of London", "many people", "my dad". News and speeches quote such people often
// ("A young woman in Baghdad told of …", "said the writer", "Cried one professor: …"); the
// description is the speaker's role, shown and searchable, where no name can be given.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "quotes/english_words.hpp"
#include "quotes/name_registry.hpp"

namespace onrecord {

// Words first..last of a paragraph's words.
struct WordRange {
  std::size_t first = 0;
  std::size_t last = 0;
};

// The noun phrase, opened by a determiner ("a", "the", "one", "many", "my" …), that is the
// subject of the reporting verb at `verb`: before it, across auxiliaries, adverbs and "who" ("a
// man who said", "the people of London have said"), as the subject of a clause joined by "and"
// ("One woman wrote to me and said"), or after it ("said the writer", "cried one professor").
// Only within the verb's sentence (`sentence_of` gives each word's); nullopt when there is none.
// Where the verb stands: after the quotation ("“…,” said the writer" inverts freely), or before
// it (then only a sentence that opens with its verb inverts: "Cried one professor: “…”"; in
// "lawyers told the judge, “…”" the phrase after the verb is its object).
enum class VerbPlace { kAfterQuotation, kBeforeQuotation };
std::optional<WordRange> described_subject(const std::vector<Word>& words,
                                           const std::vector<std::size_t>& sentence_of,
                                           std::size_t verb, VerbPlace place);

// "A young woman in Baghdad told of waking to mortar fire. She said, “…”": the nearest
// description of a person among words from..before-1 whose gender fits the pronoun (`wanted`
// kUnknown for any), for a pronoun that no named person in reach fits.
std::optional<WordRange> described_person_before(const std::vector<Word>& words,
                                                 const std::vector<std::size_t>& sentence_of,
                                                 std::size_t from, std::size_t before,
                                                 Gender wanted);

// Whether the phrase's head names a person or people ("the residents of Dover", "one retiree"),
// not a thing that speaks for someone ("a statement from Apple", "the first verse of the Bible").
bool describes_people(const std::vector<Word>& words, WordRange phrase);

// "“…”, the young man noted": when words first..last open with such a phrase followed by a
// reporting verb (adverbs and auxiliaries between), that verb; else nullopt.
std::optional<std::size_t> reporting_verb_after_description(
    const std::vector<Word>& words, const std::vector<std::size_t>& sentence_of, std::size_t first,
    std::size_t last);

}  // namespace onrecord
