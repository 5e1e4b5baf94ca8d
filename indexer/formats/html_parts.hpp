// The two halves of reading a parsed HTML page: its metadata and its article text.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "index/article.hpp"

namespace onrecord::html {

struct PageMetadata {
  ArticleFields fields;         // title, author, date, source, url where the page says them
  std::string structured_body;  // JSON-LD articleBody, for pages whose markup hides the text
  std::string title_element;    // <title> without " | Outlet": the last resort for a title
};

// Reads, in order of trust: schema.org JSON-LD (NewsArticle and its kin), OpenGraph and
// `article:` meta tags (and `name=author`, `name=date`, the canonical link), then `<time
// datetime>` and bylines.
PageMetadata read_page_metadata(const GumboNode* document);

struct PageText {
  std::vector<std::string> paragraphs;
  std::string first_heading;  // the content's first <h1>, a title when the page gives none
};

// The article's text: the one <article> (or <main>, or the body) without navigation, asides,
// headers and footers, forms, scripts, figures, comment sections, ads and share bars; every block
// element a paragraph.
PageText read_page_text(const GumboNode* document);

}  // namespace onrecord::html
