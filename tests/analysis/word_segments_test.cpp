#include "analysis/word_segments.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "analysis/text_analyzer.hpp"

namespace onrecord {
namespace {

// The scanner must agree with ICU wherever it answers: same boundaries, same word/number status.
void expect_same_as_icu(const TextAnalyzer& analyzer, const std::string& text, bool& scanned) {
  const auto fast = scan_word_segments(text);
  scanned = fast.has_value();
  if (!fast) return;
  const auto icu = analyzer.icu_word_segments(text);
  ASSERT_EQ(fast->size(), icu.size()) << text;
  for (std::size_t i = 0; i < icu.size(); ++i) {
    ASSERT_EQ((*fast)[i], icu[i]) << "segment " << i << " of: " << text << " fast '"
                                  << text.substr((*fast)[i].begin,
                                                 (*fast)[i].end - (*fast)[i].begin)
                                  << "' icu '"
                                  << text.substr(icu[i].begin, icu[i].end - icu[i].begin)
                                  << "' status " << (*fast)[i].rule_status << " vs "
                                  << icu[i].rule_status;
  }
}

TEST(WordSegments, AgreeWithIcuOnTrickyNewsText) {
  TextAnalyzer analyzer;
  const char* cases[] = {
      "U.S. officials said.",
      "don't, won't; rock'n'roll",
      "Musk\u2019s \u2018big\u2019 bill",
      "$4.2 million, 1,000 or 3;4",
      "a.1 1.a a'1 1'2 x.y.z.",
      "'tis the dogs' bones'",
      "e-mail -- 80% 12:30 a:b",
      "\u201CNo,\u201D he said\u2014twice\u2026",
      "",
      "end.",
      "A\r\nB\n\nC  D",
      "2025-06-04 and 6/4/25 at 9.30am",
  };
  for (const char* text : cases) {
    bool scanned = false;
    expect_same_as_icu(analyzer, text, scanned);
    EXPECT_TRUE(scanned) << text;
  }
}

TEST(WordSegments, LeaveOtherScriptsAndMarksToIcu) {
  EXPECT_FALSE(scan_word_segments("caf\u00E9").has_value());
  EXPECT_FALSE(scan_word_segments("snake_case").has_value());
  EXPECT_FALSE(scan_word_segments("tab\there").has_value());
}

TEST(WordSegments, AgreeWithIcuOnRealArticles) {
  TextAnalyzer analyzer;
  std::size_t files = 0, paragraphs = 0, scanned_paragraphs = 0;
  for (const char* dir : {"tests/gold", "corpus"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(ONRECORD_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".txt") continue;
      ++files;
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) {
        bool scanned = false;
        expect_same_as_icu(analyzer, line, scanned);
        ++paragraphs;
        scanned_paragraphs += scanned ? 1 : 0;
      }
    }
  }
  EXPECT_GE(files, 10u);
  // Most news paragraphs take the fast path.
  EXPECT_GT(scanned_paragraphs * 10, paragraphs * 8) << scanned_paragraphs << "/" << paragraphs;
}

TEST(WordSegments, AgreeWithIcuOnRandomPunctuationHeavyText) {
  TextAnalyzer analyzer;
  const std::vector<std::string> pieces = {
      "a",      "Z",      "q",      "7",  "0",    ".",      "'",      ",",      ";",
      ":",      "-",      "%",      "$",  "(",    ")",      "\"",     "/",      "!",
      "?",      " ",      "  ",     "\n", "\r\n", "\u2019", "\u2018", "\u201C", "\u201D",
      "\u2014", "\u2013", "\u2026", "&",  "#",    "@",      "+",      "=",      "*",
      "[",      "]",      "<",      ">",  "|",    "~",      "`",      "^",      "{"};
  std::mt19937 random(20261123);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 16);
  for (int n = 0; n < 100000; ++n) {
    std::string text;
    for (int k = length(random); k > 0; --k) text += pieces[pick(random)];
    bool scanned = false;
    expect_same_as_icu(analyzer, text, scanned);
    ASSERT_TRUE(scanned) << text;
    if (testing::Test::HasFailure()) return;
  }
}

}  // namespace
}  // namespace onrecord
