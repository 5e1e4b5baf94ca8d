#include <gtest/gtest.h>

#include "analysis/text_analyzer.hpp"
#include "engine/highlighter.hpp"
#include "engine/snippet.hpp"
#include "output/json_output.hpp"

namespace onrecord {
namespace {

std::vector<std::string> marked(const std::string& text, const HighlightPlan& plan) {
  TextAnalyzer analyzer;
  std::vector<std::string> out;
  for (const auto& span : find_matches(text, plan, analyzer))
    out.push_back(text.substr(span.begin, span.end - span.begin));
  return out;
}

HighlightPlan words(std::initializer_list<const char*> list) {
  TextAnalyzer analyzer;
  HighlightPlan plan;
  for (const char* w : list)
    plan.search_terms.insert(analyzer.search_term(analyzer.tokenize(w).at(0).term));
  return plan;
}

HighlightPlan phrase(const std::string& text) {
  TextAnalyzer analyzer;
  HighlightPlan plan;
  std::vector<std::string> terms;
  for (const auto& token : analyzer.tokenize(text))
    terms.push_back(analyzer.search_term(token.term));
  plan.phrases.push_back(terms);
  return plan;
}

TEST(Highlighter, StemmedVariantsAreMarked) {
  const std::string text =
      "Critics denounced the bill; she denounces it still, calling it an abomination.";
  EXPECT_EQ(marked(text, words({"denounce"})),
            (std::vector<std::string>{"denounced", "denounces"}));
}

TEST(Highlighter, CaseAndApostrophesDoNotMatter) {
  EXPECT_EQ(marked("\u201CELON\u2019S great,\u201D he said", words({"elon's"})),
            (std::vector<std::string>{"ELON\u2019S"}));
}

TEST(Highlighter, PhraseIsMarkedWholeAndOnlyInOrder) {
  const std::string text =
      "The big bill was not his \u201Cbig, beautiful bills\u201D but a big one.";
  EXPECT_EQ(marked(text, phrase("big beautiful bill")),
            (std::vector<std::string>{"big, beautiful bills"}));
}

// Words that cannot match are skipped by the highlighter; a phrase must still be whole words in
// a row, not its words with others between them.
TEST(Highlighter, PhraseWordsWithOtherWordsBetweenAreNoPhrase) {
  const std::string text =
      "The state of the union is strong, the union said; a state union was proposed.";
  EXPECT_EQ(marked(text, phrase("state union")), (std::vector<std::string>{"state union"}));
  EXPECT_EQ(marked(text, phrase("state of the union")),
            (std::vector<std::string>{"state of the union"}));
}

TEST(Highlighter, NothingMarkedThatDoesNotMatch) {
  EXPECT_TRUE(marked("The senator said nothing.", words({"abomination"})).empty());
  HighlightPlan empty;
  EXPECT_TRUE(marked("Anything at all.", empty).empty());
}

TEST(Highlighter, WildcardPrefixes) {
  HighlightPlan plan;
  plan.prefixes.push_back("Zabomin");
  EXPECT_EQ(marked("An abomination, abominable.", plan),
            (std::vector<std::string>{"abomination", "abominable"}));
}

TEST(Highlighter, NumbersAndAcronyms) {
  EXPECT_EQ(marked("he\u2019s 80% super genius", words({"80"})), (std::vector<std::string>{"80%"}));
  EXPECT_EQ(marked("The U.S. Senate and us", words({"U.S."})), (std::vector<std::string>{"U.S"}));
}

TEST(Snippet, ShortPassageShownWhole) {
  const std::string text = "Musk called it a disgusting abomination.";
  TextAnalyzer analyzer;
  const auto spans = find_matches(text, words({"abomination"}), analyzer);
  const Snippet s = make_snippet(text, spans);
  EXPECT_FALSE(s.cut_before);
  EXPECT_FALSE(s.cut_after);
  EXPECT_EQ(snippet_html(s), "Musk called it a disgusting <mark>abomination</mark>.");
}

TEST(Snippet, LongPassageCutAtSentencesAroundTheMatch) {
  std::string text;
  for (int i = 0; i < 10; ++i)
    text += "Filler sentence number " + std::to_string(i) + " talks about the weather today. ";
  text += "Then the mayor called the plan a disaster for the city. ";
  for (int i = 0; i < 10; ++i)
    text += "More filler sentence " + std::to_string(i) + " about traffic and parking. ";
  TextAnalyzer analyzer;
  const auto spans = find_matches(text, words({"disaster"}), analyzer);
  const Snippet s = make_snippet(text, spans);
  EXPECT_TRUE(s.cut_before);
  EXPECT_TRUE(s.cut_after);
  std::string joined;
  for (const auto& p : s.parts) joined += p.text;
  EXPECT_LE(joined.size(), kSnippetBytes);
  EXPECT_NE(joined.find("Then the mayor called the plan a disaster"), std::string::npos);
  // Whole sentences: it starts at a capital and ends with a full stop.
  EXPECT_TRUE(std::isupper(static_cast<unsigned char>(joined.front()))) << joined;
  EXPECT_EQ(joined.back(), '.') << joined;
  // A finished sentence gets no "…" after its stop ("weather today.…" reads doubled); the
  // front ends print the same.
  EXPECT_FALSE(ellipsis_after(s));
  EXPECT_FALSE(snippet_html(s).ends_with("\u2026")) << snippet_html(s);
  EXPECT_TRUE(snippet_html(s).starts_with("\u2026"));
}

TEST(Snippet, WordsCutOffAreMarked) {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "word" + std::to_string(i) + " ";
  text += "needle ";
  for (int i = 0; i < 80; ++i) text += "tail" + std::to_string(i) + " ";
  TextAnalyzer analyzer;
  const Snippet s = make_snippet(text, find_matches(text, words({"needle"}), analyzer));
  EXPECT_TRUE(ellipsis_after(s));
  EXPECT_TRUE(snippet_html(s).ends_with("\u2026"));
}

TEST(Snippet, SentencesEndAfterClosingQuotes) {
  // The window starts at a sentence: after a quotation's closing mark, not inside it.
  std::string text;
  for (int i = 0; i < 8; ++i) text += "Filler sentence " + std::to_string(i) + " is about rain. ";
  text += "\u201CWe will not back down,\u201D she said. \u201CNever.\u201D The levee held! ";
  for (int i = 0; i < 8; ++i) text += "More filler " + std::to_string(i) + " about the wind. ";
  TextAnalyzer analyzer;
  const Snippet s = make_snippet(text, find_matches(text, words({"levee"}), analyzer), 120);
  std::string joined;
  for (const auto& p : s.parts) joined += p.text;
  EXPECT_TRUE(joined.starts_with("\u201CWe will") || joined.starts_with("\u201CNever") ||
              joined.starts_with("The levee"))
      << joined;
  EXPECT_NE(joined.find("levee"), std::string::npos);
  EXPECT_FALSE(joined.starts_with("\u201D")) << joined;
  EXPECT_TRUE(joined.ends_with(".") || joined.ends_with("!")) << joined;
}

TEST(Snippet, LongSentenceCutAtWordBoundaries) {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "word" + std::to_string(i) + " ";
  text += "needle ";
  for (int i = 0; i < 80; ++i) text += "tail" + std::to_string(i) + " ";
  TextAnalyzer analyzer;
  const auto spans = find_matches(text, words({"needle"}), analyzer);
  const Snippet s = make_snippet(text, spans);
  std::string joined;
  for (const auto& p : s.parts) joined += p.text;
  EXPECT_NE(joined.find("needle"), std::string::npos);
  EXPECT_TRUE(joined.starts_with("word")) << joined.substr(0, 20);
  EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(joined.back())))
      << joined;  // never half a word
}

TEST(Snippet, HtmlIsEscaped) {
  const std::string text = "He wrote <script>alert(1)</script> & left.";
  TextAnalyzer analyzer;
  const auto spans = find_matches(text, words({"script"}), analyzer);
  const std::string html = snippet_html(make_snippet(text, spans));
  EXPECT_EQ(html.find("<script>"), std::string::npos) << html;
  EXPECT_NE(html.find("&lt;<mark>script</mark>&gt;"), std::string::npos) << html;
  EXPECT_NE(html.find("&amp;"), std::string::npos);
}

}  // namespace
}  // namespace onrecord
