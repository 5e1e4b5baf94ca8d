// An HTML page's article text. Pages wrap a story in navigation, share bars, related links, ads
// and comments; quotations found there would be attributed to the story. So the text comes from
// the one <article> (or <main>, or the body) and leaves out what is marked, by element, role or
// class, as not being the story.
#include <algorithm>

#include "formats/document_readers.hpp"
#include "formats/html_parts.hpp"
#include "formats/html_tree.hpp"

namespace onrecord::html {
namespace {

bool is_boilerplate_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// Class and id words outlets use for what is not the story. A mark is a hint, not a verdict:
// wrappers of the story carry such words too ("layout--with-sidebar", "story-comments-on").
bool is_marked_boilerplate(const GumboNode* node) {
  static const std::initializer_list<std::string_view> kWords = {
      "comment",   "comments",  "advert",     "advertisement", "ad",          "ads",
      "sponsor",   "sponsored", "promo",      "newsletter",    "subscribe",   "signup",
      "share",     "sharing",   "social",     "related",       "recommended", "sidebar",
      "cookie",    "consent",   "breadcrumb", "breadcrumbs",   "byline",      "caption",
      "footer",    "nav",       "navbar",     "menu",          "masthead",    "toolbar",
      "popup",     "modal",     "outbrain",   "taboola",       "disqus",      "dateline",
      "timestamp", "tags",      "rail",       "teaser",        "teasers"};
  const std::string_view role = attribute(node, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search" || role == "dialog" || role == "alert")
    return true;
  if (attribute(node, "hidden").data() != nullptr || attribute(node, "aria-hidden") == "true")
    return true;
  const std::string_view style = attribute(node, "style");
  if (style.find("display:none") != std::string_view::npos ||
      style.find("display: none") != std::string_view::npos)
    return true;
  return has_token(attribute(node, "class"), kWords) || has_token(attribute(node, "id"), kWords);
}

// A <time> standing alone between blocks is a dateline ("Aug. 14, 2019", "8:00"); inside a
// sentence it is text.
bool is_standalone_time(const GumboNode* node) {
  if (!has_tag(node, GUMBO_TAG_TIME) || node->parent == nullptr || !is_element(node->parent))
    return false;
  switch (node->parent->v.element.tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Whether an element wraps the story as the page marks it up: <main> or schema.org's articleBody.
bool holds_the_story(const GumboNode* node) {
  std::vector<const GumboNode*> found;
  find_elements(
      node,
      [](const GumboNode* n) {
        return has_tag(n, GUMBO_TAG_MAIN) || attribute(n, "itemprop") == "articleBody";
      },
      found);
  return !found.empty();
}

// Decides what is not the story. Elements marked by class, id, role or as hidden are left out
// unless they wrap <main> or the articleBody, or hold most of the page's text: what holds the
// story is the story, whatever its wrapper is called.
class Boilerplate {
 public:
  explicit Boilerplate(std::size_t page_chars) : page_chars_(page_chars) {}

  [[nodiscard]] bool skipped(const GumboNode* node) const {
    if (!is_element(node)) return false;
    if (is_boilerplate_tag(node->v.element.tag) || is_standalone_time(node)) return true;
    if (!is_marked_boilerplate(node)) return false;
    return !holds_the_story(node) && text_of(node).size() * 2 < page_chars_;
  }

 private:
  std::size_t page_chars_;
};

// Elements whose start and end break the text into paragraphs.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// A line break marker in the collected text: one is a space, two in a row end a paragraph (old
// pages separate paragraphs with <br><br>; one <br> often sits inside a quotation's sentence).
constexpr char kLineBreak = '\x01';

class ParagraphCollector {
 public:
  explicit ParagraphCollector(const Boilerplate& boilerplate) : boilerplate_(boilerplate) {}

  void walk(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        current_ += node->v.text.text;
        return;
      case GUMBO_NODE_ELEMENT:
        break;
      default:
        return;
    }
    if (boilerplate_.skipped(node)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      current_ += kLineBreak;
      return;
    }
    const bool block = is_block(tag);
    if (block) flush();
    if (tag == GUMBO_TAG_H1 && first_heading_.empty()) first_heading_ = text_of(node);
    for (const GumboNode* child : children(node)) walk(child);
    if (block) flush();
  }

  PageText finish() {
    flush();
    return PageText{std::move(paragraphs_), std::move(first_heading_)};
  }

 private:
  void flush() {
    std::string piece;
    std::size_t breaks = 0;  // line breaks since the last text
    auto emit = [this](std::string& raw) {
      std::string text = collapse_spaces(raw);
      raw.clear();
      if (!text.empty()) paragraphs_.push_back(std::move(text));
    };
    for (const char c : current_) {
      if (c == kLineBreak) {
        ++breaks;
        continue;
      }
      const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!blank) {
        if (breaks >= 2) emit(piece);
        if (breaks == 1) piece += ' ';
        breaks = 0;
      }
      piece += c;
    }
    emit(piece);
    current_.clear();
  }

  const Boilerplate& boilerplate_;
  std::string current_;
  std::vector<std::string> paragraphs_;
  std::string first_heading_;
};

bool is_inside(const GumboNode* node, const GumboNode* ancestor) {
  for (const GumboNode* n = node->parent; n != nullptr; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

const GumboNode* common_ancestor(const std::vector<const GumboNode*>& nodes) {
  const GumboNode* shared = nodes.front()->parent;
  while (shared != nullptr &&
         !std::all_of(nodes.begin(), nodes.end(),
                      [shared](const GumboNode* n) { return is_inside(n, shared); }))
    shared = shared->parent;
  return shared;
}

const GumboNode* body_of(const GumboNode* document) {
  std::vector<const GumboNode*> bodies;
  find_elements(
      document, [](const GumboNode* n) { return has_tag(n, GUMBO_TAG_BODY); }, bodies);
  return bodies.empty() ? document : bodies.front();
}

const GumboNode* content_root(const GumboNode* document, const Boilerplate& boilerplate,
                              std::size_t page_chars) {
  // <article>s outside asides and navigation, not nested in another: the stories on the page.
  std::vector<const GumboNode*> stories;
  find_elements(
      document, [](const GumboNode* n) { return has_tag(n, GUMBO_TAG_ARTICLE); }, stories,
      [&boilerplate](const GumboNode* n) {
        return has_tag(n, GUMBO_TAG_ARTICLE) || boilerplate.skipped(n);
      });
  // One <article> is the story when it holds a good part of the page's text, not when it is a
  // teaser in a rail beside a story marked up without one.
  if (stories.size() == 1 && text_of(stories.front()).size() * 3 >= page_chars)
    return stories.front();
  std::vector<const GumboNode*> mains;
  find_elements(
      document,
      [](const GumboNode* n) {
        return has_tag(n, GUMBO_TAG_MAIN) || attribute(n, "role") == "main";
      },
      mains);
  if (!mains.empty()) return mains.front();
  // A live blog: one post per <article>, all in one column.
  if (stories.size() > 1) {
    if (const GumboNode* shared = common_ancestor(stories); shared != nullptr) return shared;
  }
  return body_of(document);
}

}  // namespace

PageText read_page_text(const GumboNode* document) {
  const std::size_t page_chars = text_of(body_of(document)).size();
  const Boilerplate boilerplate(page_chars);
  const GumboNode* root = content_root(document, boilerplate, page_chars);
  ParagraphCollector collector(boilerplate);
  // The root's children, not the root: its own class may say "story-comments-enabled".
  for (const GumboNode* child : children(root)) collector.walk(child);
  PageText text = collector.finish();
  if (text.first_heading.empty()) {
    // The headline often sits in the article's <header>, which the text leaves out.
    std::vector<const GumboNode*> headings;
    find_elements(
        root, [](const GumboNode* n) { return has_tag(n, GUMBO_TAG_H1); }, headings);
    if (!headings.empty()) text.first_heading = text_of(headings.front());
  }
  return text;
}

}  // namespace onrecord::html
