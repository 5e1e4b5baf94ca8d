// Quotation, speaker and kind rules on short cases in the patterns of real reporting.
#include <gtest/gtest.h>

#include "quotes/article_analysis.hpp"

namespace onrecord {
namespace {

struct Expected {
  std::string quote;
  std::string speaker;  // "" for none
  QuoteKind kind = QuoteKind::kSpeech;
};

struct Case {
  const char* name;
  std::vector<std::string> paragraphs;
  std::vector<Expected> quotes;
};

std::vector<Quotation> analyse(const std::vector<std::string>& paragraphs,
                               const AliasTable& aliases = {}) {
  return analyze_article(paragraphs, {}, aliases).quotes;
}

void check(const Case& c) {
  SCOPED_TRACE(c.name);
  const auto found = analyse(c.paragraphs);
  ASSERT_EQ(found.size(), c.quotes.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].text, c.quotes[i].quote);
    EXPECT_EQ(found[i].speaker, c.quotes[i].speaker)
        << found[i].text << " (cue: " << found[i].cue << ")";
    EXPECT_EQ(quote_kind_name(found[i].kind), quote_kind_name(c.quotes[i].kind)) << found[i].text;
  }
}

const QuoteKind kSpeech = QuoteKind::kSpeech;
const QuoteKind kTerm = QuoteKind::kTerm;
const QuoteKind kScare = QuoteKind::kScare;

TEST(QuoteRules, Arrangements) {
  const Case cases[] = {
      {"quote, name said",
       {"\u201CThe budget is balanced,\u201D Gov. Maria Alvarez said Tuesday."},
       {{"The budget is balanced,", "Maria Alvarez"}}},
      {"quote, said name",
       {"\u201CWe will appeal,\u201D said Daniel Okafor, a lawyer for the family."},
       {{"We will appeal,", "Daniel Okafor"}}},
      {"name said colon",
       {"Mayor Lena Fischer said: \u201CThe streets will be cleared by noon.\u201D"},
       {{"The streets will be cleared by noon.", "Lena Fischer"}}},
      {"name told reporters",
       {"Sen. Tom Reyes told reporters, \u201CI have not seen the report.\u201D"},
       {{"I have not seen the report.", "Tom Reyes"}}},
      {"punctuation outside, organisation",
       {"\u201CThe evidence was overwhelming\u201D, the jury said in a written statement."},
       {{"The evidence was overwhelming", "the jury"}}},
      {"according to",
       {"\u201CThe fire started in the kitchen,\u201D according to the fire department."},
       {{"The fire started in the kitchen,", "the fire department"}}},
      {"group noun",
       {"\u201CThe suspect fled on foot,\u201D police said."},
       {{"The suspect fled on foot,", "police"}}},
      {"relative clause",
       {"Alan Brooks, who chairs the committee, said the vote was \u201Ca disgrace to this "
        "chamber.\u201D"},
       {{"a disgrace to this chamber.", "Alan Brooks"}}},
      {"descriptor before name",
       {"\u201CThis is a win for every shift worker,\u201D said council member Ana Ruiz."},
       {{"This is a win for every shift worker,", "Ana Ruiz"}}},
      {"straight quotes",
       {"\"This is unacceptable,\" said Rep. Mia Holt."},
       {{"This is unacceptable,", "Mia Holt"}}},
      {"capitalised role words before the name",
       {"\u201CThe line will reopen in May,\u201D said Spokeswoman Priya Nair."},
       {{"The line will reopen in May,", "Priya Nair"}}},
      {"organisation and role before the name",
       {"Northwind Rail Freight CEO Tomas Berg said \u201Cwe are not for sale.\u201D"},
       {{"we are not for sale.", "Tomas Berg"}}},
      {"two-word job before the name",
       {"\u201CFares will not rise this year,\u201D said Chief Executive Maeve Dolan."},
       {{"Fares will not rise this year,", "Maeve Dolan"}}},
      {"party and title before the name",
       {"\u201CThe votes are not there,\u201D Democratic Senator Joan Ellery said."},
       {{"The votes are not there,", "Joan Ellery"}}},
      {"white house",
       {"\u201CWe are reviewing the footage,\u201D the White House said."},
       {{"We are reviewing the footage,", "White House"}}},
      {"participle clause",
       {"Governor Ed Lamont praised the workers, calling them \u201Cthe backbone of this state and "
        "its future.\u201D"},
       {{"the backbone of this state and its future.", "Ed Lamont"}}},
      {"speech verb with partial quote",
       {"Senator Kay Moore denounced the plan as a \u201Creckless gamble\u201D on Tuesday."},
       {{"reckless gamble", "Kay Moore"}}},
      {"posted",
       {"Representative Jim Bale posted on X: \u201CThe bill is dead.\u201D"},
       {{"The bill is dead.", "Jim Bale"}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(QuoteRules, TurnsPronounsAndTitles) {
  const Case cases[] = {
      {"split quote continues the turn",
       {"Councilwoman Priya Patel won re-election on Tuesday.",
        "\u201CWe are not done,\u201D she said. \u201CWe are just getting started.\u201D"},
       {{"We are not done,", "Priya Patel"}, {"We are just getting started.", "Priya Patel"}}},
      {"pronoun with two people: the subject of their sentence",
       {"Carlos Rivera and David Chen met in Geneva.",
        "Rivera met Chen again on Friday. \u201CIt was productive,\u201D he said."},
       {{"It was productive,", "Carlos Rivera"}}},
      {"pronoun takes the person its gender fits",
       {"Ana Ruiz met David Chen in Geneva on Friday.", "\u201CIt was productive,\u201D she said."},
       {{"It was productive,", "Ana Ruiz"}}},
      {"pronoun reaches back over sentences without people",
       {"Mayor Laura Finch opened the new bridge on Monday. The bridge cost $40 million. It "
        "took six years to build.",
        "\u201CIt was worth every cent,\u201D she said."},
       {{"It was worth every cent,", "Laura Finch"}}},
      {"pronoun with one person",
       {"Carlos Rivera and David Chen met in Geneva.",
        "Rivera left the summit early. \u201CIt was productive,\u201D he said."},
       {{"It was productive,", "Carlos Rivera"}}},
      {"title and surname resolve to the fullest name",
       {"President Joan Mercer arrived in Ottawa on Monday.",
        "\u201CCanada is our closest partner,\u201D the president said.",
        "\u201CWe will finish the deal,\u201D Mercer added."},
       {{"Canada is our closest partner,", "Joan Mercer"},
        {"We will finish the deal,", "Joan Mercer"}}},
      {"a first name the article established",
       {"Elena Vasquez founded the company in 2010.", "\u201CWe grew slowly,\u201D Elena said."},
       {{"We grew slowly,", "Elena Vasquez"}}},
      {"ambiguous surname abstains",
       {"Mark Kelly and Laura Kelly spoke at the rally.", "\u201CWe need roads,\u201D Kelly said."},
       {{"We need roads,", ""}}},
      {"I inside the quote is not the speaker",
       {"Dana Whitfield resigned on Friday.",
        "\u201CI leave with my head high,\u201D Whitfield wrote in a letter."},
       {{"I leave with my head high,", "Dana Whitfield"}}},
      {"quote across paragraphs",
       {"\u201CWe knew the levee was weak,\u201D said engineer Ruth Park. \u201CWe warned them in "
        "2019.",
        "\u201CNobody listened.\u201D"},
       {{"We knew the levee was weak,", "Ruth Park"},
        {"We warned them in 2019.", "Ruth Park"},
        {"Nobody listened.", "Ruth Park"}}},
      {"capitalized descriptor and qualified title",
       {"Resident Omar Haddad left with his dog. \u201CEverything else is replaceable,\u201D he "
        "said.",
        "State Rep. Arturo Bellamy toured the site. \u201CWe need answers,\u201D Bellamy said."},
       {{"Everything else is replaceable,", "Omar Haddad"},
        {"We need answers,", "Arturo Bellamy"}}},
      {"coordinated verb takes the clause subject",
       {"Speaking after midnight, Mayor Denise Carrow thanked volunteers and promised to "
        "\u201Cfinish what we started.\u201D"},
       {{"finish what we started.", "Denise Carrow"}}},
      {"a pronoun of the other gender does not fall back on the last speaker",
       {"Erik Olsen confirmed the death. \u201CShe was writing until the end,\u201D he said.",
        "Critics were not kind. \u201CSentiment is not a crime,\u201D she told an interviewer."},
       {{"She was writing until the end,", "Erik Olsen"}, {"Sentiment is not a crime,", ""}}},
      {"British titles without a full stop",
       {"Alan Pryce was cleared on Friday.",
        "Mr Pryce wept. Outside, he told reporters: \u201CThe truth has been heard\u201D."},
       {{"The truth has been heard", "Alan Pryce"}}},
      {"no cue and no previous speaker",
       {"\u201CThe river is rising faster than anyone expected.\u201D"},
       {{"The river is rising faster than anyone expected.", ""}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(QuoteRules, KindsOfQuotation) {
  const Case cases[] = {
      {"scare quote",
       {"The company\u2019s \u201Cinnovative\u201D pricing drew complaints."},
       {{"innovative", "", kScare}}},
      {"passive label",
       {"The deal was widely described as a \u201Cgame changer\u201D by analysts."},
       {{"game changer", "", kTerm}}},
      {"coined term with its coiner",
       {"What Governor Ed Lamont termed his \u201Cnew deal for towns\u201D passed."},
       {{"new deal for towns", "Ed Lamont", kTerm}}},
      {"a programme named after a cue",
       {"Senator Ana Ruiz told \u201CMeet the Press\u201D that she would run again."},
       {{"Meet the Press", "", kTerm}}},
      {"so-called",
       {"The so-called \u201Cdoom loop\u201D has not arrived."},
       {{"doom loop", "", kTerm}}},
      {"title",
       {"She starred in \u201CThe Long Night\u201D last year."},
       {{"The Long Night", "", kTerm}}},
      {"nickname with passive",
       {"Brady, who was nicknamed \u201CTom Terrific,\u201D retired."},
       {{"Tom Terrific,", "", kTerm}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(QuoteRules, UnbalancedMarkDoesNotSwallowTheArticle) {
  const auto found =
      analyse({"The mayor called the plan \u201Ca mistake. Residents disagree.",
               "Officials met on Monday.", "\u201CIt will proceed,\u201D officials said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "It will proceed,");
  EXPECT_EQ(found[0].speaker, "");  // several people, described: a role, not a name
  EXPECT_EQ(found[0].speaker_role, "officials");
}

// A quotation of several paragraphs run into one (speeches and scraped pages lose the breaks):
// each paragraph reopens the marks after a finished sentence, and only the last one closes.
TEST(QuoteRules, ParagraphsOfOneQuotationRunTogether) {
  const Case cases[] = {
      {"straight marks",
       {"In his last message, the president said: \"This year can be the greatest of all. "
        "\"It can see the end of the war. \"It must see peace.\" Then he sat down."},
       {{"This year can be the greatest of all.", "", kSpeech},
        {"It can see the end of the war.", "", kSpeech},
        {"It must see peace.", "", kSpeech}}},
      {"curly marks",
       {"Mayor Ana Ruiz said: \u201CWe will rebuild the levee. \u201CWe will do it this "
        "year.\u201D"},
       {{"We will rebuild the levee.", "Ana Ruiz", kSpeech},
        {"We will do it this year.", "Ana Ruiz", kSpeech}}},
      {"a closing straight mark after the stop still closes",
       {"\"We won.\" Ana Ruiz said it twice. \"We won again.\""},
       {{"We won.", "Ana Ruiz", kSpeech}, {"We won again.", "Ana Ruiz", kSpeech}}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto found = analyse(c.paragraphs);
    ASSERT_EQ(found.size(), c.quotes.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].text, c.quotes[i].quote);
      if (!c.quotes[i].speaker.empty()) EXPECT_EQ(found[i].speaker, c.quotes[i].speaker);
    }
    // Every part of one turn has one speaker.
    for (const auto& q : found) EXPECT_EQ(q.speaker, found.front().speaker) << q.text;
  }
}

TEST(QuoteRules, AliasesMergeNames) {
  AliasTable aliases;
  aliases.add("Donald Trump", "Donald J. Trump");
  const auto found = analyse({"\u201CWe will win,\u201D said Donald J. Trump."}, aliases);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Donald Trump");
}

TEST(QuoteRules, OffsetsPointIntoTheBody) {
  const std::vector<std::string> paragraphs{"First paragraph.", "He said \u201Cno\u201D twice."};
  const auto analysis = analyze_article(paragraphs, {}, {});
  ASSERT_EQ(analysis.quotes.size(), 1u);
  EXPECT_EQ(analysis.body.substr(analysis.quotes[0].begin,
                                 analysis.quotes[0].end - analysis.quotes[0].begin),
            "no");
}

TEST(QuoteRules, QuoteDateFromItsSentenceThenPassageThenLeadThenArticle) {
  const auto analysis = analyze_article({"\u201CWe will win,\u201D Kamala Harris said on Sunday.",
                                         "In March she had said \u201Cthe race is close.\u201D",
                                         "\u201CIt is a new day,\u201D Harris told supporters."},
                                        {"2024-10-29"}, {});
  ASSERT_EQ(analysis.quotes.size(), 3u);
  EXPECT_EQ(analysis.quotes[0].date->iso(),
            "2024-10-27");  // its own sentence (tense inside the quote ignored)
  EXPECT_EQ(analysis.quotes[1].date->iso(), "2024-03");     // its passage
  EXPECT_EQ(analysis.quotes[2].date->iso(), "2024-10-27");  // the story's date, from the lead
  const auto undated_lead =
      analyze_article({"The campaign held a rally in Atlanta.",
                       "\u201CIt is a new day,\u201D Harris told supporters."},
                      {"2024-10-29"}, {});
  ASSERT_EQ(undated_lead.quotes.size(), 1u);
  EXPECT_EQ(undated_lead.quotes[0].date->iso(), "2024-10-29");  // the article's date
  EXPECT_FALSE(analyze_article({"\u201CIt is a new day,\u201D Harris said."}, {}, {})
                   .quotes[0]
                   .date.has_value());
}

}  // namespace
}  // namespace onrecord
