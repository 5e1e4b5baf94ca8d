#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <tuple>

#include "analysis/text_analyzer.hpp"

namespace onrecord {
namespace {

std::vector<std::string> terms(const std::string& text) {
  TextAnalyzer analyzer;
  std::vector<std::string> out;
  for (const auto& t : analyzer.tokenize(text)) out.push_back(t.term);
  return out;
}

const Token& token_with_term(const std::vector<Token>& tokens, const std::string& term) {
  auto it =
      std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.term == term; });
  if (it == tokens.end()) throw std::runtime_error("no token " + term);
  return *it;
}

bool has_alias(const Token& token, const std::string& alias) {
  return std::find(token.aliases.begin(), token.aliases.end(), alias) != token.aliases.end();
}

TEST(Analysis, TypographicAndStraightApostrophesIndexAlike) {
  EXPECT_EQ(terms("Musk\u2019s company"), terms("Musk's company"));
  EXPECT_EQ(terms("Musk\u2019s company").front(), "musk's");
}

TEST(Analysis, PossessiveAlsoIndexedBare) {
  TextAnalyzer analyzer;
  const auto tokens = analyzer.tokenize("Trump\u2019s rally");
  EXPECT_TRUE(has_alias(token_with_term(tokens, "trump's"), "trump"));
}

TEST(Analysis, CaseAndWidthFoldedWithNfkc) {
  EXPECT_EQ(terms("BIGGEST DEBT"), (std::vector<std::string>{"biggest", "debt"}));
  EXPECT_EQ(terms("\uFF34\uFF52\uFF55\uFF4D\uFF50"),
            (std::vector<std::string>{"trump"}));  // fullwidth
  EXPECT_EQ(terms("Stra\u00DFe"), (std::vector<std::string>{"strasse"}));
}

TEST(Analysis, LatinAccentsRemovedOtherScriptsKept) {
  EXPECT_EQ(terms("Caf\u00E9 M\u00FCller"), (std::vector<std::string>{"cafe", "muller"}));
  // Devanagari vowel signs are combining marks that must stay.
  const auto hindi = terms("\u0928\u092E\u0938\u094D\u0924\u0947");
  ASSERT_EQ(hindi.size(), 1u);
  EXPECT_EQ(hindi.front(), "\u0928\u092E\u0938\u094D\u0924\u0947");
}

TEST(Analysis, DashesSplitWordsQuotesVanish) {
  EXPECT_EQ(
      terms("workings\u2014sleeping at the \u201Cbig, beautiful bill\u201D"),
      (std::vector<std::string>{"workings", "sleeping", "at", "the", "big", "beautiful", "bill"}));
}

TEST(Analysis, AcronymsPercentagesAndNumbers) {
  TextAnalyzer analyzer;
  const auto tokens =
      analyzer.tokenize("The U.S. Senate saw 80% turnout and 1,000 votes on 3.5 bills.");
  EXPECT_TRUE(has_alias(token_with_term(tokens, "u.s"), "us"));
  EXPECT_TRUE(has_alias(token_with_term(tokens, "80%"), "80"));
  EXPECT_TRUE(has_alias(token_with_term(tokens, "1,000"), "1000"));
  EXPECT_NO_THROW(token_with_term(tokens, "3.5"));
  EXPECT_EQ(token_with_term(tokens, "80%").token_class, TokenClass::kNumber);
}

TEST(Analysis, HyphenatedWordsGivePartsAndCompound) {
  TextAnalyzer analyzer;
  const auto tokens = analyzer.tokenize("a well-meaning person sent an e-mail");
  EXPECT_NO_THROW(token_with_term(tokens, "well"));
  EXPECT_TRUE(has_alias(token_with_term(tokens, "meaning"), "wellmeaning"));
  EXPECT_TRUE(has_alias(token_with_term(tokens, "mail"), "email"));
  // Parts keep consecutive positions so the phrase "well meaning" matches.
  EXPECT_EQ(token_with_term(tokens, "meaning").position,
            token_with_term(tokens, "well").position + 1);
}

TEST(Analysis, SpacedDashIsNotACompound) {
  TextAnalyzer analyzer;
  const auto tokens = analyzer.tokenize("allies - adversaries");
  EXPECT_TRUE(token_with_term(tokens, "adversaries").aliases.empty());
}

TEST(Analysis, CjkIsSegmentedIntoWords) {
  const auto words = terms("\u6211\u4EEC\u8981\u5EFA\u8BBE\u4E00\u5EA7\u5899");  // 我们要建设一座墙
  EXPECT_GE(words.size(), 3u);
}

TEST(Analysis, OffsetsPointIntoOriginalText) {
  TextAnalyzer analyzer;
  const std::string text = "\u201CElon\u2019s great,\u201D he said.";
  const auto tokens = analyzer.tokenize(text);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Elon\u2019s");
  EXPECT_EQ(tokens[0].position, 1u);
}

TEST(Analysis, StemsConflateInflections) {
  TextAnalyzer analyzer;
  EXPECT_EQ(analyzer.search_term("abominations"), analyzer.search_term("abomination"));
  EXPECT_EQ(analyzer.search_term("denounced"), analyzer.search_term("denounces"));
  EXPECT_EQ(analyzer.search_term("80%"), "80%");  // numbers are not stemmed
  EXPECT_EQ(analyzer.search_term("trump").front(), 'Z');
}

TEST(Analysis, FoldNameIgnoresCaseAccentsAndPunctuation) {
  EXPECT_EQ(TextAnalyzer::fold_name("Donald J. Trump"), "donald j trump");
  EXPECT_EQ(TextAnalyzer::fold_name("  Andr\u00E9s  Manuel L\u00F3pez Obrador "),
            "andres manuel lopez obrador");
  EXPECT_EQ(TextAnalyzer::fold_name("Conan O\u2019Brien"), TextAnalyzer::fold_name("conan obrien"));
}

TEST(Analysis, InvalidUtf8DoesNotCrash) {
  TextAnalyzer analyzer;
  EXPECT_NO_THROW((void)analyzer.tokenize(std::string("abc \xFF\xFE def")));
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// The highlighter skips words whose first byte starts no query term: it relies on every stem
// beginning with its word's first byte.
TEST(Analysis, StemsBeginWithTheirWordsFirstByte) {
  TextAnalyzer analyzer;
  std::size_t forms = 0;
  for (const char* dir : {"tests/gold", "corpus"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(ONRECORD_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      for (const auto& token : analyzer.tokenize(text)) {
        std::vector<std::string> all{token.term};
        all.insert(all.end(), token.aliases.begin(), token.aliases.end());
        for (const auto& form : all) {
          if (!TextAnalyzer::is_stemmable(form)) continue;
          ++forms;
          const std::string& stem = analyzer.stem(form);
          ASSERT_FALSE(stem.empty()) << form;
          EXPECT_EQ(stem.front(), form.front()) << form << " -> " << stem;
        }
      }
    }
  }
  EXPECT_GT(forms, 2000u);
  for (const char* word : {"dying", "lying", "skies", "generously", "yes", "Yesterday", "ugly"})
    EXPECT_EQ(analyzer.stem(TextAnalyzer::normalize_form(word)).front(),
              TextAnalyzer::normalize_form(word).front())
        << word;
}

// Highlighting analyses only the words that may begin with a query term's first byte; every
// form a query could find must come out exactly as full analysis gives it (hyphenated compounds,
// 80%, U.S. included), at the same position and offsets.
TEST(Analysis, TokenizingWantedFirstBytesKeepsThoseTokensWhole) {
  TextAnalyzer analyzer;
  const std::string text =
      "The e-mail from Vice-President O'Neill said costs rose 80% in the U.S. last year; "
      "a well-known, state-of-the-art \u201cre-election\u201d plan \u2014 \u00c9mile "
      "Zola\u2019s x-ray of 1,000 e-commerce firms. Zero-sum? Post-war, mid-1990s.";
  const auto full = analyzer.tokenize(text);
  for (const std::string wanted_letters : {"e", "s", "8", "u", "z", "x", "m", "ev", "p1"}) {
    FirstBytes wanted{};
    for (char c : wanted_letters) wanted[static_cast<unsigned char>(c)] = true;
    // The forms a query term could match: the term and aliases beginning with a wanted byte,
    // with where they are.
    const auto findable = [&wanted](const std::vector<Token>& tokens) {
      std::vector<std::tuple<std::uint32_t, std::size_t, std::size_t, std::string>> forms;
      for (const auto& t : tokens) {
        std::vector<std::string> all = t.aliases;
        all.push_back(t.term);
        for (const auto& form : all)
          if (!form.empty() && wanted[static_cast<unsigned char>(form.front())])
            forms.emplace_back(t.position, t.begin, t.end, form);
      }
      std::sort(forms.begin(), forms.end());
      return forms;
    };
    const auto partial = analyzer.tokenize(text, wanted);
    EXPECT_LT(partial.size(), full.size()) << wanted_letters;
    EXPECT_FALSE(findable(full).empty()) << wanted_letters;
    EXPECT_EQ(findable(partial), findable(full)) << wanted_letters;
  }
}

}  // namespace
}  // namespace onrecord
