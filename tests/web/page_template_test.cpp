// The web pages' templates: each parses, values are escaped wherever they land, and only
// fragments that a template or the snippet highlighter rendered are inserted as HTML.
#include "web/page_template.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "web/templates.hpp"
#include "web/timeline_svg.hpp"
#include "web/web_pages.hpp"

namespace onrecord {
namespace {

TEST(PageTemplates, EveryTemplateParses) {
  ASSERT_GT(std::size(templates::kAll), 10U);
  for (const auto& [name, text] : templates::kAll) {
    kainjow::mustache::mustache parsed{std::string(text)};
    EXPECT_TRUE(parsed.is_valid()) << name << ": " << parsed.error_message();
  }
}

// A {{{raw}}} tag inserts HTML unescaped: only these names, which always hold fragments rendered
// by other templates (or snippet_html), may use it, and {{{.}}} only inside a section of one of
// them. A new raw tag must be added here on purpose.
TEST(PageTemplates, OnlyRenderedFragmentsAreInsertedRaw) {
  const std::set<std::string> fragments = {"body",       "facets",   "front",   "items",
                                           "snippet",    "timeline", "outlets", "beside",
                                           "quotations", "passages"};
  const std::regex tag(
      R"(\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\}|\{\{([#^/])\s*([^}\s]+)\s*\}\})");
  for (const auto& [name, text] : templates::kAll) {
    const std::string body(text);
    std::vector<std::string> open_sections;
    for (std::sregex_iterator it(body.begin(), body.end(), tag), end; it != end; ++it) {
      const auto& m = *it;
      if (m[3].matched) {  // a section opens or closes
        if (m[3].str() == "/") {
          if (!open_sections.empty()) open_sections.pop_back();
        } else {
          open_sections.push_back(m[4].str());
        }
        continue;
      }
      const std::string raw = m[1].matched ? m[1].str() : m[2].str();
      const std::string named = raw == "." && !open_sections.empty() ? open_sections.back() : raw;
      EXPECT_TRUE(fragments.contains(named)) << name << " inserts {{{" << raw << "}}} unescaped"
                                             << (raw == "." ? " in the section " + named : "");
    }
  }
}

TEST(PageTemplates, ValuesAreEscapedInTextAndAttributes) {
  TemplateData data;
  data.set("v", "<script>alert(\"x\")</script> & 'y'");
  const std::string html = render_template("<a title=\"{{v}}\">{{v}}</a>", data);
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("\"x\""), std::string::npos) << "a quote would end the attribute: " << html;
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos) << html;
}

TEST(PageTemplates, InvalidUtf8InAValueIsRepaired) {
  TemplateData data;
  data.set("v", std::string("caf\xff"));
  const std::string html = render_template("{{v}}", data);
  EXPECT_EQ(html.find('\xff'), std::string::npos);
  EXPECT_NE(html.find("caf"), std::string::npos);
}

TEST(PageTemplates, AnEmptyTextIsNoSection) {
  TemplateData data;
  data.set("date", text_or_false(""));
  EXPECT_EQ(render_template("[{{#date}}, {{.}}{{/date}}]", data), "[]");
  data.set("date", text_or_false("2025-06-10"));
  EXPECT_EQ(render_template("[{{#date}}, {{.}}{{/date}}]", data), "[, 2025-06-10]");
}

TEST(PageTemplates, ABrokenTemplateSaysSoInThePage) {
  const std::string html = render_template("{{#open}}never closed", TemplateData());
  EXPECT_NE(html.find("template error"), std::string::npos) << html;
}

TEST(PageTemplates, AHostileArticleIsShownAsText) {
  ArticleView article;
  article.record.fields.id = "a1";
  article.record.fields.title = "<img src=x onerror=alert(1)>";
  article.record.fields.source = "<b>Daily</b>";
  article.record.fields.url = "javascript:alert(1)";
  article.record.fields.speaker = "Ana \"><script>";
  article.passages.push_back({"a1", 0, 0, "She said \u201C<i>no</i>\u201D today."});
  QuoteData quote;
  quote.article_id = "a1";
  quote.text = "<i>no</i>";
  quote.speaker = "Ana <Ruiz>";
  quote.confidence = 90;
  quote.start = 10;  // the words inside the marks, in code points
  quote.end = 19;
  article.quotes.push_back(quote);
  const std::string html = render_article_page(article, WriteAccess::kReadOnly);
  for (const char* raw : {"<img", "<b>Daily", "<script", "<i>no", "href=\"javascript", "<Ruiz>"})
    EXPECT_EQ(html.find(raw), std::string::npos) << raw << " in\n" << html;
  EXPECT_NE(html.find("<q class=\"quotation speech\" title=\"Ana &lt;Ruiz&gt;\">&lt;i&gt;no"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("javascript:alert(1)"), std::string::npos) << "shown, never a link";
}

TEST(PageTemplates, TimelineBarsAreLinksOnlyWhenTheyCount) {
  const std::string svg = timeline_svg({{"2024", 3, "/search?date=2024", true},
                                        {"2025", 0, "/search?date=2025", false},
                                        {"2026", 1, "/search?date=2026&x=\"", false}});
  EXPECT_NE(svg.find("<a role=\"listitem\" aria-label=\"2024: 3\" href=\"/search?date=2024\" "
                     "class=\"on\">"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find("<g role=\"listitem\" aria-label=\"2025: 0\">"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("href=\"/search?date=2025\""), std::string::npos)
      << "an empty bar leads nowhere";
  EXPECT_NE(svg.find("date=2026&amp;x=&quot;"), std::string::npos) << svg;
  EXPECT_EQ(timeline_svg({}), "");
}

}  // namespace
}  // namespace onrecord
