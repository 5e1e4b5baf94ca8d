// Date expressions of news text, resolved as news is written.
#include <gtest/gtest.h>

#include "quotes/date_resolver.hpp"

namespace onrecord {
namespace {

struct DateCase {
  const char* text;
  const char* expression;
  const char* value;  // nullptr: no date expected
  const char* mod = "";
};

std::vector<DateMention> resolve(const std::string& text, const char* publication) {
  std::optional<PartialDate> pub;
  if (publication) pub = *parse_partial_date(publication);
  DateResolver resolver(pub);
  return resolver.resolve(text);
}

// The expression found with exactly this text, or nullptr.
const DateMention* find_expression(const std::vector<DateMention>& found, const std::string& text) {
  for (const auto& f : found)
    if (f.text == text) return &f;
  return nullptr;
}

TEST(DateRules, RelativeToPublication) {
  // Published Tuesday 2025-06-10.
  const DateCase cases[] = {
      {"The senator spoke on Sunday.", "Sunday", "2025-06-08"},
      {"The vote was held yesterday.", "yesterday", "2025-06-09"},
      {"He resigned last week.", "last week", "2025-W23"},
      {"The talks began last month.", "last month", "2025-05"},
      {"She spoke on January 4th.", "January 4th", "2025-01-04"},
      {"The party was on July 4th.", "July 4th", "2024-07-04"},
      {"He will sign it on July 4th.", "July 4th", "2025-07-04"},
      {"The law took effect in May 2025.", "May 2025", "2025-05"},
      {"Tensions grew in mid-2025.", "mid-2025", "2025", "mid"},
      {"He was born in 1961.", "1961", "1961"},
      {"The report came out Friday.", "Friday", "2025-06-06"},
      {"They meet again next Friday.", "next Friday", "2025-06-13"},
      {"It was signed Jan. 4, 2026, in Paris.", "Jan. 4, 2026", "2026-01-04"},
      {"It was signed 4 January 2026.", "4 January 2026", "2026-01-04"},
      {"It happened in September 2025.", "September 2025", "2025-09"},
      {"The plant opened in June.", "June", "2025-06"},
      {"They met on 2024-11-05 in Ohio.", "2024-11-05", "2024-11-05"},
      {"Sales rose early in 2025 and fell in late 2025.", "late 2025", "2025", "late"},
      {"He warned of it two years ago.", "two years ago", "2023"},
      {"In a speech a year ago, she said so.", "a year ago", "2024"},
      {"The talks broke down three months ago.", "three months ago", "2025-03"},
      {"It closed eight months ago.", "eight months ago", "2024-10"},
      {"He was arrested 10 days ago.", "10 days ago", "2025-05-31"},
      {"She resigned two weeks ago.", "two weeks ago", "2025-05-27"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto found = resolve(c.text, "2025-06-10");
    const DateMention* m = find_expression(found, c.expression);
    ASSERT_NE(m, nullptr) << "no expression '" << c.expression << "'";
    EXPECT_EQ(m->value.iso(), c.value);
    EXPECT_EQ(m->mod, c.mod);
  }
}

// Every rule of the table resolves its own test line: the expression found whole, its value as
// TIMEX writes it, with the publication date Tuesday 2025-06-10.
TEST(DateRules, EachRuleResolvesItsTestLine) {
  for (const DateRule& rule : date_rules()) {
    SCOPED_TRACE(std::string(rule.pattern));
    const std::string line(rule.example);
    const auto bar = line.find(" | ");
    const auto second = line.find(" | ", bar + 3);
    ASSERT_NE(second, std::string::npos) << "a test line is 'text | expression | value'";
    const std::string text = line.substr(0, bar);
    const std::string expression = line.substr(bar + 3, second - bar - 3);
    const std::string value = line.substr(second + 3);
    const auto found = resolve(text, "2025-06-10");
    const DateMention* m = find_expression(found, expression);
    ASSERT_NE(m, nullptr) << text << ": no expression '" << expression << "'"
                          << (found.empty() ? "" : ", found '" + found[0].text + "'");
    EXPECT_EQ(m->timex_value(), value) << text;
  }
}

// The clause's verb group places a weekday or a date without a year: the nearest one wins,
// "would" of reported speech is no future, and the expression's own "last" or "next" overrides.
TEST(DateRules, TenseFromTheVerbGroup) {
  const DateCase cases[] = {
      {"The vote will be held on Friday.", "Friday", "2025-06-13"},
      {"He said Friday that the vote will be held soon.", "Friday", "2025-06-06"},
      {"She said the vote would be held Friday.", "Friday", "2025-06-06"},
      {"The dividend is payable on June 30.", "June 30", "2025-06-30"},
      {"The rule takes effect in September.", "September", "2025-09"},
      {"The rule took effect in September.", "September", "2024-09"},
      {"Chrysler plans to close the plants by June 30.", "June 30", "2025-06-30"},
      {"The contract expires in March.", "March", "2026-03"},
      {"Dealers must close by December 4.", "December 4", "2025-12-04"},  // the nearest
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto found = resolve(c.text, "2025-06-10");
    const DateMention* m = find_expression(found, c.expression);
    ASSERT_NE(m, nullptr) << "no expression '" << c.expression << "'";
    EXPECT_EQ(m->value.iso(), c.value);
  }
}

// Anaphora count from the date last mentioned, not from the publication date.
TEST(DateRules, TheReferenceTimeMovesWithTheNarrative) {
  const auto found = resolve(
      "The plant opened on March 3, 2019. The same day, workers struck. The following year it "
      "closed, and a year later it reopened.",
      "2025-06-10");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].text, "The same day");
  EXPECT_EQ(found[1].value.iso(), "2019-03-03");
  EXPECT_EQ(found[2].value.iso(), "2020");
  EXPECT_EQ(found[3].text, "a year later");
  EXPECT_EQ(found[3].value.iso(), "2021");
}

TEST(DateRules, RangesGiveBothEnds) {
  const auto found =
      resolve("Sales fell between 2001 and 2003, and in the 1998-99 season.", "2025-06-10");
  std::vector<std::string> values;
  for (const auto& f : found) values.push_back(f.value.iso());
  EXPECT_EQ(values, (std::vector<std::string>{"2001", "2003", "1998", "1999"}));
  // Days: the month and the year written once belong to both ends, each end its own words.
  const auto days = resolve(
      "The fair ran June 5-7, 2024, and again from March 30 to April 2, 2023, in the 2022/23 "
      "season.",
      "2025-06-10");
  std::vector<std::string> texts;
  values.clear();
  for (const auto& f : days) {
    values.push_back(f.value.iso());
    texts.push_back(f.text);
  }
  EXPECT_EQ(values, (std::vector<std::string>{"2024-06-05", "2024-06-07", "2023-03-30",
                                              "2023-04-02", "2022", "2023"}));
  EXPECT_EQ(texts, (std::vector<std::string>{"June 5", "7, 2024", "March 30", "April 2, 2023",
                                             "2022", "23"}));
}

TEST(DateRules, RangesWithoutAYearAcrossTheNewYearAndWithDashes) {
  const auto text_value = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& f : resolve(text, "2025-06-10")) out.push_back(f.text + " = " + f.value.iso());
    return out;
  };
  // Without a year only the first end: each end placed alone could fall in different years.
  EXPECT_EQ(text_value("The talks ran June 10-11."),
            std::vector<std::string>{"June 10-11 = 2025-06-10"});
  EXPECT_EQ(text_value("It ran from December 30 to January 2, 2023."),
            (std::vector<std::string>{"December 30 = 2022-12-30", "January 2, 2023 = 2023-01-02"}));
  EXPECT_EQ(text_value("The fair ran June 8\u201312, 2024."),
            (std::vector<std::string>{"June 8 = 2024-06-08", "12, 2024 = 2024-06-12"}));
  EXPECT_TRUE(text_value("It marked the end of the month-long strike.").empty());
  EXPECT_EQ(text_value("Profits at year-end 2024 rose."), std::vector<std::string>{"2024 = 2024"});
}

TEST(DateRules, CountsWrittenInWords) {
  const auto found = resolve(
      "Fifty-one years ago it began; some thirty-five years ago it grew; nineteen days later it "
      "ended. A forty-year-old man spoke.",
      "2013-02-12");
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Fifty-one years ago");
  EXPECT_EQ(found[0].value.iso(), "1962");
  EXPECT_EQ(found[1].text, "some thirty-five years ago");
  EXPECT_EQ(found[1].value.iso(), "1978");
  for (const auto& f : found) EXPECT_EQ(f.text.find("forty"), std::string::npos) << "an age";
}

TEST(DateRules, ProgrammeTitlesAndAgesAreNotDates) {
  for (const char* text : {"She told VOA Today that it was over.", "He appeared on This Week.",
                           "Both men are in their 70s.", "The past year was hard."}) {
    for (const auto& m : resolve(text, "2025-06-10"))
      EXPECT_TRUE(!m.has_interval() || m.text.find("Today") == std::string::npos) << text;
    if (std::string(text).find("70s") != std::string::npos ||
        std::string(text).find("This Week") != std::string::npos) {
      EXPECT_TRUE(resolve(text, "2025-06-10").empty()) << text;
    }
  }
  EXPECT_TRUE(resolve("She told VOA Today that it was over.", "2025-06-10").empty());
}

TEST(DateRules, LastMonthInATextDatedByItsYear) {
  // A speech of 2005 (dated by its year alone): "last September" is 2004's, "in September" 2005's.
  const auto found = resolve(
      "In his speech to Congress last September, he thanked us. "
      "The vote comes in September.",
      "2005");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value.iso(), "2004-09");
  EXPECT_EQ(found[1].value.iso(), "2005-09");
  // With a day known, "last September" in June 2025 is 2024's, "last May" 2025's.
  const auto dated = resolve("They met last September and again last May.", "2025-06-10");
  ASSERT_EQ(dated.size(), 2u);
  EXPECT_EQ(dated[0].value.iso(), "2024-09");
  EXPECT_EQ(dated[1].value.iso(), "2025-05");
}

TEST(DateRules, NotDates) {
  for (const char* text :
       {"The bill may pass.", "Theresa May said no.", "The measure won 2000 votes.",
        "He scored 12 points on 4 shots.", "April showers bring flowers.",
        "The two years ahead will be hard.", "A year of change, she said.",
        "Four score and seven years ago our fathers brought forth a nation."}) {
    EXPECT_TRUE(resolve(text, "2025-06-10").empty())
        << text << " -> " << resolve(text, "2025-06-10")[0].text;
  }
}

TEST(DateRules, WithoutPublicationTheLastAbsoluteDateAnchors) {
  const auto found = resolve(
      "In March 2024 the council met. On March 15 it voted, and on Friday it adjourned.", nullptr);
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(found[0].value.iso(), "2024-03");
  EXPECT_EQ(found[1].text, "March 15");
  EXPECT_EQ(found[1].value.iso(), "2024-03-15");
  // A weekday needs a day to count from: none here, so it is not resolved.
  EXPECT_EQ(found.size(), 2u);
}

TEST(DateRules, NothingToAnchorToResolvesNothingRelative) {
  EXPECT_TRUE(resolve("He spoke on Sunday about January 4th.", nullptr).empty());
}

TEST(DateRules, OffsetsAreBytePositions) {
  const std::string text = "Caf\u00E9 owners met on January 4th.";
  const auto found = resolve(text, "2025-06-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "January 4th");
}

}  // namespace
}  // namespace onrecord
