// Anchoring: what a date expression without its year, or counted from a point, resolves to,
// case by case (the grammar's own test lines are in date_rules_test.cpp).
#include <gtest/gtest.h>

#include "quotes/date_resolver.hpp"

namespace onrecord {
namespace {

struct AnchorCase {
  const char* why;
  const char* publication;  // nullptr: an undated text
  const char* text;
  const char* expression;
  const char* value;
};

const DateMention* find(const std::vector<DateMention>& found, const char* expression) {
  for (const auto& f : found)
    if (f.text == expression) return &f;
  return nullptr;
}

TEST(DateAnchoring, EachCase) {
  const AnchorCase cases[] = {
      {"a month and day is the nearest one", "2009-05-14",
       "The closures are due by early June and a June 3 hearing.", "June 3", "2009-06-03"},
      {"past tense puts it before", "2025-06-10", "The deal closed on December 4.", "December 4",
       "2024-12-04"},
      {"a bare month is past by default", "2025-06-10", "Sales rose in October.", "October",
       "2024-10"},
      {"a quarter is the nearest", "2006-08-19",
       "Ford cut production of ten plants during the fourth quarter.", "the fourth quarter",
       "2006-Q4"},
      {"a quarter just ended", "2007-01-20", "Profits fell in the fourth quarter.",
       "the fourth quarter", "2006-Q4"},
      {"'last' is strictly before", "2025-06-10", "They met last June.", "last June", "2024-06"},
      {"'next' is strictly after", "2025-06-10", "They meet next June.", "next June", "2026-06"},
      {"'last Tuesday' on a Tuesday is a week ago", "2025-06-10", "It fell last Tuesday.",
       "last Tuesday", "2025-06-03"},
      {"a future weekday", "2025-06-10", "The council will vote on Thursday.", "Thursday",
       "2025-06-12"},
      {"a past weekend from a weekday", "2025-06-10", "Talks went on over the weekend.",
       "the weekend", "2025-W23-WE"},
      {"a coming weekend", "2025-06-10", "Talks will go on over the weekend.", "the weekend",
       "2025-W24-WE"},
      {"an ISO week can start in the year before", "2015-01-02", "Sales fell this week.",
       "this week", "2015-W01"},
      {"a year-only anchor keeps the year", "2005", "The vote comes in September.", "September",
       "2005-09"},
      {"a year-only anchor and 'last'", "2005", "He spoke last September.", "last September",
       "2004-09"},
      {"an undated text counts from its last stated date, nearest", nullptr,
       "In March 2024 the council met. On February 15 it voted.", "February 15", "2024-02-15"},
      {"the reference time is the date last mentioned", "2025-06-10",
       "It opened on May 2, 2019. Two days later it closed.", "Two days later", "2019-05-04"},
      {"a reference too coarse falls back to the publication day", "2025-06-10",
       "Prices are the lowest since 1997, and shares ended the day at 7,114.", "the day",
       "2025-06-10"},
      {"the same period a year before the reference", "2009-02-03",
       "Sales fell 35% in January, compared to the same month a year ago.",
       "the same month a year ago", "2008-01"},
      {"a holiday is placed like a month and day", "2025-06-10", "Shops closed on Christmas Day.",
       "Christmas Day", "2024-12-25"},
      {"a movable holiday", "2025-06-10", "It opened on Thanksgiving 2024.", "Thanksgiving 2024",
       "2024-11-28"},
      {"the decade of ten years back", "2011-01-17", "He led it over the past decade.",
       "the past decade", "200X"},
      {"'this winter' in January is the one under way", "2025-01-15", "This winter it snowed.",
       "This winter", "2024-WI"},
      {"'last winter' in January began thirteen months before", "2025-01-15",
       "Last winter it snowed.", "Last winter", "2023-WI"},
      {"the same ISO week a year apart", "2025-12-24",
       "Sales will rise next week. The same week a year earlier they fell.",
       "The same week a year earlier", "2025-W01"},
      {"the 1800s is the century", "2025-06-10", "In the 1800s, railways spread.", "1800s", "18XX"},
      {"an abbreviation without its period", "2025-06-10", "The deal closed Sept 5, 2024.",
       "Sept 5, 2024", "2024-09-05"},
      {"a no-break space inside a date", "2025-06-10", "It opened on June\u00A05, 2024.",
       "June\u00A05, 2024", "2024-06-05"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.why);
    std::optional<PartialDate> publication;
    if (c.publication) publication = *parse_partial_date(c.publication);
    DateResolver resolver(publication);
    const auto found = resolver.resolve(c.text);
    const DateMention* m = find(found, c.expression);
    ASSERT_NE(m, nullptr) << c.text << ": no expression '" << c.expression << "'";
    EXPECT_EQ(m->timex_value(), c.value) << c.text;
  }
}

// Found by fuzz_dates: "the same day a year" after a decade made a decade starting in 1989,
// whose written form reads back as another. A period shifted by years keeps its grain's
// boundaries.
TEST(DateAnchoring, ASamePeriodOfADecadeIsNoDate) {
  DateResolver resolver(*parse_partial_date("1805"));
  const auto found = resolver.resolve(
      "In the 1990s it grew. The same day a year later it rose, and in the same "
      "period of the previous year it fell.");
  for (const auto& f : found) {
    if (!f.has_interval()) continue;
    EXPECT_EQ(*parse_partial_date(f.value.iso()), f.value) << f.text;
  }
}

// Counting past the years news dates fall in, or from a reference too coarse for the count,
// gives no date rather than a wrong one (found by a second reading of the grammar).
TEST(DateAnchoring, CountsThatCannotBePlacedGiveNoDate) {
  for (const char* text :
       {"It began 999 decades ago.", "It ends 999 decades from now.",
        "In 2019 she left; two months later she returned.", "On 0050-06-10 it began."}) {
    DateResolver resolver(*parse_partial_date("2025-06-10"));
    for (const auto& f : resolver.resolve(text)) {
      EXPECT_NE(f.text, "999 decades ago") << text;
      EXPECT_NE(f.text, "999 decades from now") << text;
      EXPECT_NE(f.text, "two months later") << text;
      EXPECT_NE(f.text, "0050-06-10") << text;
    }
  }
}

TEST(DateAnchoring, ReferencesHaveNoInterval) {
  DateResolver resolver(*parse_partial_date("2025-06-10"));
  const auto found = resolver.resolve("Prices are now higher than in the past, more recently.");
  ASSERT_EQ(found.size(), 3u);
  for (const auto& f : found) EXPECT_FALSE(f.has_interval()) << f.text;
  EXPECT_EQ(found[0].timex_value(), "PRESENT_REF");
  EXPECT_EQ(found[1].timex_value(), "PAST_REF");
}

}  // namespace
}  // namespace onrecord
