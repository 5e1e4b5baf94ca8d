// Saved web pages in the shapes real outlets publish: JSON-LD, OpenGraph only, no metadata, a live
// blog; each wrapped in navigation, scripts, share bars, related links and comment sections that
// must not become the story's text.
#include <gtest/gtest.h>

#include "formats/article_reader.hpp"

namespace onrecord {
namespace {

ReadOutcome read_page(const std::string& html, FieldOverrides overrides = {}) {
  ReadOptions options;
  options.default_id = "page";
  options.overrides = std::move(overrides);
  return read_article_bytes(html, "saved/page.html", options);  // kAuto: recognised by its bytes
}

Article only_article(const ReadOutcome& outcome) {
  EXPECT_TRUE(outcome.errors.empty()) << outcome.errors.front().describe();
  EXPECT_EQ(outcome.articles.size(), 1u);
  return outcome.articles.empty() ? Article{} : outcome.articles.front();
}

constexpr const char* kJsonLdPage = R"html(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Levee Plan Approved | The River Courier</title>
<meta property="og:title" content="Levee plan approved (social headline)">
<meta property="article:published_time" content="2024-05-04T08:00:00Z">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The River Courier","url":"https://courier.example/"},
 {"@type":["NewsArticle"],"headline":"Council Approves Levee Plan After Long Debate",
  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ravi Rao"}],
  "datePublished":"2024-05-03T21:15:00-05:00",
  "publisher":{"@type":"Organization","name":"The River Courier"},
  "mainEntityOfPage":{"@id":"https://courier.example/2024/05/levee"}}]}
</script>
<style>p { color: red }</style>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="ad-slot">Buy a boat today!</div>
<main>
<article class="story">
  <header><h1>Council Approves Levee Plan After Long Debate</h1>
  <p class="byline">By Jane Doe and Ravi Rao</p><time datetime="2024-05-03">May 3</time></header>
  <p>The city council approved the levee plan on Friday by a vote of 7 to 2.</p>
  <figure><img src="levee.jpg"><figcaption>"Not again," read a sign at the rally.</figcaption></figure>
  <p>&ldquo;We cannot wait for the next flood,&rdquo; said Mayor Ana Ruiz.
     <script>trackQuote();</script></p>
  <div class="share-bar"><button>Share</button> Share this story</div>
  <p>Opponents said the plan costs <em>too much</em> &amp; helps too few.</p>
</article>
<aside class="related"><article><h2>Related</h2><p>"Old quote," said someone else.</p></article></aside>
</main>
<section id="comments"><p>"Great article!" wrote a reader.</p></section>
<footer>Copyright The River Courier</footer>
</body></html>)html";

TEST(HtmlReader, JsonLdPageGivesTheStoryAndItsMetadata) {
  const Article a = only_article(read_page(kJsonLdPage));
  // JSON-LD is trusted over OpenGraph and <title>.
  EXPECT_EQ(a.fields.title, "Council Approves Levee Plan After Long Debate");
  EXPECT_EQ(a.fields.author, "Jane Doe, Ravi Rao");
  EXPECT_EQ(a.fields.date, "2024-05-03");  // the outlet's local date, not the UTC one
  EXPECT_EQ(a.fields.source, "The River Courier");
  EXPECT_EQ(a.fields.url, "https://courier.example/2024/05/levee");
  const std::vector<std::string> expected{
      "The city council approved the levee plan on Friday by a vote of 7 to 2.",
      "\u201CWe cannot wait for the next flood,\u201D said Mayor Ana Ruiz.",
      "Opponents said the plan costs too much & helps too few."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(HtmlReader, OpenGraphOnlyPage) {
  const Article a = only_article(read_page(R"html(<html><head>
<meta property="og:title" content="Strike Ends at the Port">
<meta property="og:site_name" content="Harbor Daily">
<meta property="og:url" content="https://harbor.example/strike">
<meta property="article:published_time" content="2023-11-20T06:30:00+01:00">
<meta property="article:author" content="https://harbor.example/staff/lee">
<meta name="author" content="Kim Lee">
</head><body>
<div class="page"><div class="story-body">
<p>Dock workers returned to work on Monday.</p>
<p>"It was worth it," said union leader Tom Banks.</p>
</div><div class="sidebar"><p>Most read: "Why I quit," says a trader.</p></div>
<ul class="social"><li>Tweet</li></ul></div>
</body></html>)html"));
  EXPECT_EQ(a.fields.title, "Strike Ends at the Port");
  EXPECT_EQ(a.fields.source, "Harbor Daily");
  EXPECT_EQ(a.fields.url, "https://harbor.example/strike");
  EXPECT_EQ(a.fields.date, "2023-11-20");
  EXPECT_EQ(a.fields.author, "Kim Lee");  // a name, not the profile URL
  const std::vector<std::string> expected{"Dock workers returned to work on Monday.",
                                          "\"It was worth it,\" said union leader Tom Banks."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(HtmlReader, PageWithoutMetadataUsesHeadlineTimeAndByline) {
  const Article a = only_article(read_page(R"html(<!doctype html><html><head>
<title>Old Mill Reopens - Valley Times</title></head><body>
<div id="nav">Home | Sports | Weather</div>
<h1>Old Mill Reopens</h1>
<div class="byline">By Sam Ortiz</div>
<time datetime="2019-08-14T09:00">Aug. 14, 2019</time>
<p>“We kept every beam,”<br>the curator said.</p>
<p>The old mill reopened as a museum.<br><br>Visitors lined up at dawn.</p>
<div style="display:none">Subscribe now</div>
</body></html>)html"));
  EXPECT_EQ(a.fields.title, "Old Mill Reopens");  // the headline, not "… - Valley Times"
  EXPECT_EQ(a.fields.author, "Sam Ortiz");
  EXPECT_EQ(a.fields.date, "2019-08-14");
  // One <br> is a line break inside the paragraph; two end it.
  const std::vector<std::string> expected{"“We kept every beam,” the curator said.",
                                          "The old mill reopened as a museum.",
                                          "Visitors lined up at dawn."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(HtmlReader, LiveBlogKeepsEveryPostAndNothingBeside) {
  const Article a =
      only_article(read_page(R"html(<html><head><title>Election night live</title></head>
<body><div id="live">
<article class="post"><time datetime="2022-11-08T20:00">8:00</time><p>Polls have closed.</p></article>
<article class="post"><p>"We feel good," said campaign chair Lisa Moreno.</p></article>
<article class="post"><p>The first results are in.</p></article>
</div><aside><article><p>Yesterday's blog</p></article></aside>
<div class="newsletter-signup"><p>Get the newsletter</p></div></body></html>)html"));
  EXPECT_EQ(a.fields.title, "Election night live");
  EXPECT_EQ(a.fields.date, "2022-11-08");
  const std::vector<std::string> expected{"Polls have closed.",
                                          "\"We feel good,\" said campaign chair Lisa Moreno.",
                                          "The first results are in."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(HtmlReader, StoryWrappersNamedLikeBoilerplateKeepTheStory) {
  // Class words that mark boilerplate elsewhere ("sidebar", "comments", "tags") on the story's
  // own wrappers; a teaser <article> in a rail beside a story marked up without one.
  const Article a = only_article(read_page(R"html(<html><body>
<div class="layout layout--with-sidebar"><div class="story story--comments-enabled">
<div class="article-body tags"><p>The ferry service resumes on Monday after a month.</p>
<p>"We missed the boat, literally," said commuter Dee Park, who rides it daily to work.</p>
<p>The operator said repairs to the hull cost more than expected this winter.</p></div></div>
<div class="rail"><article><p>Teaser: markets fall</p></article></div>
<div id="comments"><p>"First!" wrote a reader.</p></div></div></body></html>)html"));
  const std::vector<std::string> expected{
      "The ferry service resumes on Monday after a month.",
      "\"We missed the boat, literally,\" said commuter Dee Park, who rides it daily to work.",
      "The operator said repairs to the hull cost more than expected this winter."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(HtmlReader, DeclaredLegacyCharsetIsDecoded) {
  // Windows-1252 curly quotes (0x93, 0x94) in a page that says it is ISO-8859-1, as old pages do.
  const std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
      "<title>Caf\xE9 closes</title></head><body><p>\x93We are sad,\x94 the owner "
      "said.</p></body></html>";
  const Article a = only_article(read_page(page));
  EXPECT_EQ(a.fields.title, "Caf\u00E9 closes");
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.paragraphs[0], "\u201CWe are sad,\u201D the owner said.");
}

TEST(HtmlReader, ACharsetDetectionWouldNotGuessIsReadAsDeclared) {
  // KOI8-R: "Привет" is F0 D2 C9 D7 C5 D4; without the declaration the page is not UTF-8.
  const std::string page =
      "<html><head><meta charset=\"koi8-r\"><title>x</title></head><body><p>\xF0\xD2\xC9\xD7"
      "\xC5\xD4, said the mayor.</p></body></html>";
  const Article a = only_article(read_page(page));
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.paragraphs[0], "\u041F\u0440\u0438\u0432\u0435\u0442, said the mayor.");
}

TEST(HtmlReader, LabelsAreReadAsBrowsersReadThem) {
  // A page declared gb2312 holding GBK's 镕 (E9 46), as Chinese news sites have written the
  // name of Zhu Rongji: GB2312 has no such character; browsers read the label as GBK.
  const std::string chinese =
      "<html><head><meta charset=\"gb2312\"><title>x</title></head><body><p>\xD6\xEC\xE9\x46"
      "\xBB\xF9 said the plan would go ahead.</p></body></html>";
  const Article zhu = only_article(read_page(chinese));
  ASSERT_EQ(zhu.paragraphs.size(), 1u);
  EXPECT_EQ(zhu.paragraphs[0], "\u6731\u9555\u57FA said the plan would go ahead.");
  // A <meta> declaring UTF-16 in a page the prescan could read is UTF-8 (the HTML standard).
  const std::string utf16 =
      "<html><head><meta charset=\"utf-16\"><title>x</title></head><body><p>\u201CYes,\u201D "
      "said Jos\u00E9.</p></body></html>";
  for (const std::string label : {"utf-16", "ucs-2", "utf-16le"}) {
    std::string page = utf16;
    page.replace(page.find("utf-16"), 6, label);
    const Article jose = only_article(read_page(page));
    ASSERT_EQ(jose.paragraphs.size(), 1u) << label;
    EXPECT_EQ(jose.paragraphs[0], "\u201CYes,\u201D said Jos\u00E9.") << label;
  }
}

TEST(HtmlReader, HostileNestingIsRefusedNotACrash) {
  std::string page = "<!DOCTYPE html><html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "deep</body></html>";
  const auto outcome = read_page(page);
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_NE(outcome.errors[0].message.find("nests elements 100002 deep"), std::string::npos)
      << outcome.errors[0].message;
  // A long page of unclosed paragraphs and line breaks is not deep.
  std::string flat = "<html><body>";
  for (int i = 0; i < 20000; ++i) flat += "<p>Line " + std::to_string(i) + "<br>";
  EXPECT_TRUE(read_page(flat + "</body></html>").errors.empty());
}

TEST(HtmlReader, CommandLineFieldsStillWin) {
  FieldOverrides overrides;
  overrides.title = "My own title";
  overrides.date = "2024-05-05";
  const Article a = only_article(read_page(kJsonLdPage, overrides));
  EXPECT_EQ(a.fields.title, "My own title");
  EXPECT_EQ(a.fields.date, "2024-05-05");
  EXPECT_EQ(a.fields.author, "Jane Doe, Ravi Rao");
}

TEST(HtmlReader, PageWithoutTextIsANamedError) {
  const auto outcome = read_page(
      "<!DOCTYPE html><html><head><title>App</title><script>render()</script></head>"
      "<body><div id=\"root\"></div><nav>Menu</nav></body></html>");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_TRUE(outcome.articles.empty());
  EXPECT_NE(outcome.errors[0].message.find("saved/page.html: the page has no article text"),
            std::string::npos);
  EXPECT_NE(outcome.errors[0].hint.find("JavaScript"), std::string::npos);
}

TEST(HtmlReader, ScriptOnlyMarkupFallsBackToStructuredBody) {
  const Article a = only_article(read_page(R"html(<html><head><script type="application/ld+json">
{"@type":"NewsArticle","headline":"Dam Holds","articleBody":"The dam held overnight.\n\n\"It was close,\" an engineer said."}
</script></head><body><div id="app"></div></body></html>)html"));
  EXPECT_EQ(a.fields.title, "Dam Holds");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1], "\"It was close,\" an engineer said.");
}

TEST(HtmlReader, FormatIsRecognisedFromTheBytesAndTheName) {
  EXPECT_EQ(sniff_format("  <!DOCTYPE html><html>"), ArticleFormat::kHtml);
  EXPECT_EQ(sniff_format("<HTML><body>x"), ArticleFormat::kHtml);
  EXPECT_EQ(sniff_format("%PDF-1.7\n"), ArticleFormat::kPdf);
  EXPECT_EQ(sniff_format(std::string("PK\x03\x04", 4)), ArticleFormat::kDocx);
  EXPECT_EQ(sniff_format("Council votes <b>today</b>"), ArticleFormat::kAuto);
  EXPECT_EQ(format_from_extension("a/story.HTM"), ArticleFormat::kHtml);
  EXPECT_EQ(format_from_extension("notes.md"), ArticleFormat::kMarkdown);
  EXPECT_EQ(format_from_extension("release.pdf"), ArticleFormat::kPdf);
  EXPECT_EQ(format_from_extension("release.docx"), ArticleFormat::kDocx);
  EXPECT_EQ(format_from_extension("story.txt"), ArticleFormat::kAuto);
}

}  // namespace
}  // namespace onrecord
