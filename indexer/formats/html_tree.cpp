#include "formats/html_tree.hpp"

#include <cctype>

#include "formats/document_readers.hpp"

namespace onrecord::html {
namespace {

void append_text(const GumboNode* node, std::string& out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      out += node->v.text.text;
      return;
    case GUMBO_NODE_ELEMENT: {
      const GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) return;
      if (tag == GUMBO_TAG_BR) out += ' ';
      for (const GumboNode* child : children(node)) append_text(child, out);
      return;
    }
    default:
      return;
  }
}

}  // namespace

std::string text_of(const GumboNode* node) {
  std::string raw;
  append_text(node, raw);
  return collapse_spaces(raw);
}

bool has_token(std::string_view value, std::initializer_list<std::string_view> tokens) {
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !std::isalnum(static_cast<unsigned char>(value[i]))) ++i;
    std::size_t end = i;
    while (end < value.size() && std::isalnum(static_cast<unsigned char>(value[end]))) ++end;
    if (end > i) {
      std::string word(value.substr(i, end - i));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const std::string_view token : tokens)
        if (word == token) return true;
    }
    i = end;
  }
  return false;
}

}  // namespace onrecord::html
