// Reading Markdown notes with cmark (CommonMark): the text a reader sees, without markup; every
// block (paragraph, heading, list item, quotation, code block) is a paragraph of its own.
#include <cmark.h>

#include <algorithm>
#include <memory>

#include "formats/document_readers.hpp"

namespace onrecord {
namespace {

// A first line longer than this is prose, not a headline.
constexpr std::size_t kMaxTitleBytes = 200;

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

struct Block {
  std::string text;
  int heading_level = 0;         // 0 for what is not a heading
  std::string first_line, rest;  // the text split at its first line break (rest empty if none)
};

std::vector<Block> blocks_of(cmark_node* root) {
  std::vector<Block> blocks;
  std::string current;
  std::size_t first_break = std::string::npos;
  auto push = [&blocks, &first_break](std::string_view text, int level) {
    const std::size_t cut = std::min(first_break, text.size());
    Block block{collapse_spaces(text), level, collapse_spaces(text.substr(0, cut)),
                collapse_spaces(text.substr(cut))};
    first_break = std::string::npos;
    if (!block.text.empty()) blocks.push_back(std::move(block));
  };
  int image_depth = 0;  // an image's alt text describes a picture; it is not the story's text
  const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_IMAGE) {
      image_depth += event == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (image_depth > 0) continue;
    if (type == CMARK_NODE_CODE_BLOCK) {  // a leaf: one ENTER event, its text as it is
      push(cmark_node_get_literal(node), 0);
      continue;
    }
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
      if (event == CMARK_EVENT_EXIT)
        push(current, type == CMARK_NODE_HEADING ? cmark_node_get_heading_level(node) : 0);
      current.clear();
      continue;
    }
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        current += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        if (first_break == std::string::npos) first_break = current.size();
        current += ' ';
        break;
      default:  // inline HTML and HTML blocks are markup; emphasis and links keep their text
        break;
    }
  }
  return blocks;
}

}  // namespace

Result<DocumentText> read_markdown_document(std::string_view text, const std::string& origin,
                                            TitleKnown title_known) {
  const std::unique_ptr<cmark_node, NodeDeleter> root(
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
  if (!root) {
    return Error{ErrorCode::kInternal, origin + ": the Markdown parser gave up on this file",
                 "give its text as a .txt file"};
  }
  std::vector<Block> blocks = blocks_of(root.get());
  DocumentText document;
  // The title: the first top-level heading, else a heading that opens the file, else (as in a
  // plain-text article) the file's first line.
  auto title = std::find_if(blocks.begin(), blocks.end(),
                            [](const Block& b) { return b.heading_level == 1; });
  if (title == blocks.end() && !blocks.empty() && blocks.front().heading_level > 0)
    title = blocks.begin();
  if (title != blocks.end()) {
    document.fields.title = title->text;
    title = blocks.erase(title);
  } else if (title_known == TitleKnown::kNo && !blocks.empty() &&
             blocks.front().first_line.size() <= kMaxTitleBytes) {
    document.fields.title = blocks.front().first_line;
    blocks.front().text = blocks.front().rest;
    if (blocks.front().text.empty()) blocks.erase(blocks.begin());
    title = blocks.begin();
  }
  // A byline under the title: "By Jane Doe".
  if (!document.fields.title.empty() && title != blocks.end() && title->text.starts_with("By ") &&
      title->text.size() <= 120) {
    document.fields.author = without_by_prefix(title->text);
    blocks.erase(title);
  }
  for (Block& block : blocks) document.paragraphs.push_back(std::move(block.text));
  return document;
}

}  // namespace onrecord
