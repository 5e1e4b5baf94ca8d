// An HTML page's metadata, most trusted source first: what an outlet states for machines
// (JSON-LD, then meta tags) is more reliable than what it prints for people (bylines, <title>).
#include <nlohmann/json.hpp>

#include "formats/document_readers.hpp"
#include "formats/html_parts.hpp"
#include "formats/html_tree.hpp"

namespace onrecord::html {
namespace {

using nlohmann::json;

void set_if_empty(std::string& field, std::string_view value) {
  if (field.empty()) field = collapse_spaces(value);
}

bool is_news_type(const json& type) {
  static constexpr std::string_view kTypes[] = {
      "NewsArticle",           "Article",           "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle",    "BlogPosting",       "LiveBlogPosting",      "Report",
      "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle",          "ScholarlyArticle"};
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    std::string_view name = t.get_ref<const std::string&>();
    if (const auto colon = name.rfind('/'); colon != std::string_view::npos)
      name = name.substr(colon + 1);  // "http://schema.org/NewsArticle"
    for (const auto kind : kTypes)
      if (name == kind) return true;
    return false;
  };
  if (type.is_array()) {
    for (const auto& t : type)
      if (one(t)) return true;
    return false;
  }
  return one(type);
}

// A string, an object's "name", or a list of either joined with ", ".
std::string names_in(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("name")) return names_in(value["name"]);
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value) {
      const std::string name = names_in(item);
      if (name.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += name;
    }
    return joined;
  }
  return {};
}

std::string url_in(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("@id")) return url_in(value["@id"]);
  if (value.is_object() && value.contains("url")) return url_in(value["url"]);
  return {};
}

// JSON-LD nests a graph in a list or two; deeper nesting is not metadata (and must not exhaust
// the stack).
constexpr int kMaxJsonLdDepth = 8;

void find_news_objects(const json& value, std::vector<const json*>& found, int depth = 0) {
  if (depth > kMaxJsonLdDepth) return;
  if (value.is_array()) {
    for (const auto& item : value) find_news_objects(item, found, depth + 1);
  } else if (value.is_object()) {
    if (value.contains("@type") && is_news_type(value["@type"])) found.push_back(&value);
    if (value.contains("@graph")) find_news_objects(value["@graph"], found, depth + 1);
  }
}

void read_json_ld(const GumboNode* document, PageMetadata& page) {
  std::vector<const GumboNode*> scripts;
  find_elements(
      document,
      [](const GumboNode* n) {
        return has_tag(n, GUMBO_TAG_SCRIPT) && attribute(n, "type") == "application/ld+json";
      },
      scripts);
  for (const GumboNode* script : scripts) {
    std::string text;
    for (const GumboNode* child : children(script))
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
        text += child->v.text.text;
    const json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
      continue;  // a broken block is the outlet's bug, not a reason to fail
    std::vector<const json*> objects;
    find_news_objects(parsed, objects);
    for (const json* object : objects) {
      ArticleFields& f = page.fields;
      const json& o = *object;
      if (o.contains("headline")) set_if_empty(f.title, names_in(o["headline"]));
      if (o.contains("name")) set_if_empty(f.title, names_in(o["name"]));
      if (o.contains("author")) set_if_empty(f.author, names_in(o["author"]));
      for (const char* key : {"datePublished", "dateCreated"})
        if (o.contains(key) && o[key].is_string())
          set_if_empty(f.date, leading_iso_date(o[key].get<std::string>()));
      if (o.contains("publisher")) set_if_empty(f.source, names_in(o["publisher"]));
      for (const char* key : {"url", "mainEntityOfPage"})
        if (o.contains(key)) set_if_empty(f.url, url_in(o[key]));
      if (o.contains("articleBody") && o["articleBody"].is_string() && page.structured_body.empty())
        page.structured_body = o["articleBody"].get<std::string>();
    }
  }
}

void read_meta_tags(const GumboNode* document, ArticleFields& f) {
  std::vector<const GumboNode*> metas;
  find_elements(
      document, [](const GumboNode* n) { return has_tag(n, GUMBO_TAG_META); }, metas);
  auto content_of = [&metas](std::initializer_list<std::string_view> keys) -> std::string {
    for (const std::string_view key : keys) {
      for (const GumboNode* meta : metas) {
        const std::string_view property = attribute(meta, "property");
        const std::string_view name = attribute(meta, "name");
        const std::string_view content = attribute(meta, "content");
        if (!content.empty() && (property == key || name == key)) return collapse_spaces(content);
      }
    }
    return {};
  };
  set_if_empty(f.title, content_of({"og:title", "twitter:title"}));
  // `article:author` is often a profile URL; a name is what the field holds.
  std::string author = content_of({"author", "article:author", "byl", "dc.creator", "DC.creator"});
  if (author.starts_with("http://") || author.starts_with("https://")) author.clear();
  set_if_empty(f.author, without_by_prefix(author));
  set_if_empty(f.date, leading_iso_date(
                           content_of({"article:published_time", "datePublished", "date", "pubdate",
                                       "publish-date", "dc.date", "DC.date.issued",
                                       "dcterms.created", "parsely-pub-date", "sailthru.date"})));
  set_if_empty(f.source, content_of({"og:site_name", "application-name"}));
  set_if_empty(f.url, content_of({"og:url"}));
  std::vector<const GumboNode*> links;
  find_elements(
      document,
      [](const GumboNode* n) {
        return has_tag(n, GUMBO_TAG_LINK) && has_token(attribute(n, "rel"), {"canonical"});
      },
      links);
  if (!links.empty()) set_if_empty(f.url, attribute(links.front(), "href"));
}

// What the page prints for its readers: the publication <time> and the byline.
void read_printed_fields(const GumboNode* document, PageMetadata& page) {
  ArticleFields& f = page.fields;
  std::vector<const GumboNode*> times;
  find_elements(
      document,
      [](const GumboNode* n) {
        return has_tag(n, GUMBO_TAG_TIME) && !attribute(n, "datetime").empty();
      },
      times);
  const GumboNode* published = nullptr;
  for (const GumboNode* time : times) {
    if (attribute(time, "itemprop") == "datePublished" ||
        attribute(time, "pubdate").data() != nullptr ||
        has_token(attribute(time, "class"), {"published", "publish", "pubdate", "dateline"})) {
      published = time;
      break;
    }
  }
  if (published == nullptr && !times.empty()) published = times.front();
  if (published != nullptr)
    set_if_empty(f.date, leading_iso_date(attribute(published, "datetime")));

  std::vector<const GumboNode*> bylines;
  find_elements(
      document,
      [](const GumboNode* n) {
        return has_token(attribute(n, "rel"), {"author"}) || attribute(n, "itemprop") == "author" ||
               has_token(attribute(n, "class"), {"byline", "byl"});
      },
      bylines);
  for (const GumboNode* byline : bylines) {
    const std::string text = without_by_prefix(text_of(byline));
    // A byline is a name or two, not a paragraph (an author box with a biography is not one).
    if (!text.empty() && text.size() <= 120) {
      set_if_empty(f.author, text);
      break;
    }
  }
  std::vector<const GumboNode*> titles;
  find_elements(
      document, [](const GumboNode* n) { return has_tag(n, GUMBO_TAG_TITLE); }, titles);
  if (!titles.empty()) {
    std::string title = text_of(titles.front());
    // "Headline | Outlet" or "Headline - Outlet": the outlet is the source, not the headline.
    if (!f.source.empty()) {
      for (const std::string_view separator : {" | ", " - ", " – ", " — ", " :: "}) {
        const std::string suffix = std::string(separator) + f.source;
        if (title.size() > suffix.size() && title.ends_with(suffix))
          title.resize(title.size() - suffix.size());
      }
    }
    page.title_element = title;
  }
}

}  // namespace

PageMetadata read_page_metadata(const GumboNode* document) {
  PageMetadata page;
  read_json_ld(document, page);
  read_meta_tags(document, page.fields);
  read_printed_fields(document, page);
  return page;
}

}  // namespace onrecord::html
