// When a quotation was said, on short cases in the style of news: its attribution's date, its
// sentence's, the story's; never a date inside the marks, never after the article, none for
// "once said".
#include <gtest/gtest.h>

#include "quotes/article_analysis.hpp"

namespace onrecord {
namespace {

struct Case {
  const char* name;
  std::vector<std::string> paragraphs;
  std::string article_date;
  std::string date;  // ISO, "" for none
  DateSource source;
};

void check(const Case& c) {
  SCOPED_TRACE(c.name);
  const auto quotes = analyze_article(c.paragraphs, {c.article_date}, {}).quotes;
  ASSERT_FALSE(quotes.empty());
  const Quotation& q = quotes.back();
  EXPECT_EQ(q.date ? q.date->iso() : std::string(), c.date);
  EXPECT_EQ(date_source_name(q.date_source), date_source_name(c.source));
}

TEST(QuoteDating, WhenTheWordsWereSaid) {
  const Case cases[] = {
      {"the attribution's day",
       {"\u201CWe will win,\u201D Kamala Harris said on Sunday."},
       "2024-10-29",
       "2024-10-27",
       DateSource::kAttribution},
      {"an interview's year",
       {"\u201CI was wrong about the bridge,\u201D she said in a 2019 interview, recalling the "
        "vote."},
       "2024-10-29",
       "2019",
       DateSource::kAttribution},
      {"the sentence's narrative",
       {"In March the mayor, who had opposed the plan for years, finally conceded the point: "
        "\u201CThe bridge must be built.\u201D"},
       "2024-10-29",
       "2024-03",
       DateSource::kSentence},
      {"never a date inside the marks",
       {"\u201CWe will finish by March 2026,\u201D the mayor said."},
       "2024-10-29",
       "2024-10-29",
       DateSource::kArticle},
      {"never after the article",
       {"The mayor said the line would open in May 2026, promising \u201Cthe fastest trains in "
        "the state.\u201D"},
       "2024-10-29",
       "2024-10-29",
       DateSource::kArticle},
      {"'once said' has no date",
       {"Harry Truman once said, \u201CThe buck stops here.\u201D"},
       "1981-05-02",
       "",
       DateSource::kNone},
      {"the story's day from the lead",
       {"The composer died on Saturday at her home in Bergen.",
        "\u201CShe was writing until the last week,\u201D her son said."},
       "2022-02-14",
       "2022-02-12",
       DateSource::kArticle},
      {"a year in the lead is history, not the story's day",
       {"Her 1961 cantata became a staple of the season.",
        "\u201CShe was writing until the last week,\u201D her son said."},
       "2022-02-14",
       "2022-02-14",
       DateSource::kArticle},
      {"the date of a cue that closes the paragraph before",
       {"At his first news conference last January, President Kennedy replied:",
        "\u201CI am hopeful that we can find common ground.\u201D"},
       "1961-05-20",
       "1961-01",
       DateSource::kAttribution},
      {"a month-dated article's lead: history is still history",
       {"On May 3, 1961 the first astronaut flew.", "\u201CIt was a great day,\u201D he said."},
       "2019-05",
       "2019-05",
       DateSource::kArticle},
      {"a continued turn keeps the turn's date",
       {"\u201CWe will appeal,\u201D the lawyer said on Monday.",
        "\u201CThe verdict is wrong.\u201D"},
       "2024-10-30",
       "2024-10-28",
       DateSource::kAttribution},
      {"the same source again in the paragraph: the same occasion",
       {"Fallout from the tests has reached the city.",
        "The Public Health Service declared on October 26 that the levels \u201Cdo not warrant "
        "concern.\u201D But the Public Health Service conceded that the particles \u201Cwill add "
        "to "
        "the risk.\u201D"},
       "1961-11-20",
       "1961-10-26",
       DateSource::kAttribution},
      {"'ago' counts back from the article",
       {"In his message two years ago, the governor said: \u201CThe roads come first.\u201D"},
       "1961-11-20",
       "1959",
       DateSource::kAttribution},
      {"another paragraph may leave a flashback",
       {"In March she had said \u201Cthe race is close.\u201D",
        "\u201CIt is a new day,\u201D she told supporters."},
       "2024-10-29",
       "2024-10-29",
       DateSource::kArticle},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace onrecord
