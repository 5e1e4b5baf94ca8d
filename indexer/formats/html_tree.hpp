// Small helpers over gumbo's parse tree, shared by the HTML reader's metadata and content parts.
#pragma once

#include <gumbo.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord::html {

inline bool is_element(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT; }

inline bool has_tag(const GumboNode* node, GumboTag tag) {
  return is_element(node) && node->v.element.tag == tag;
}

// The attribute's value, or empty when absent.
inline std::string_view attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  return found == nullptr ? std::string_view{} : std::string_view(found->value);
}

inline std::vector<const GumboNode*> children(const GumboNode* node) {
  std::vector<const GumboNode*> out;
  const GumboVector* list = nullptr;
  if (node->type == GUMBO_NODE_ELEMENT) list = &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) list = &node->v.document.children;
  if (list == nullptr) return out;
  out.reserve(list->length);
  for (unsigned i = 0; i < list->length; ++i)
    out.push_back(static_cast<const GumboNode*>(list->data[i]));
  return out;
}

// Every element below `node` (depth first, document order) for which `want` holds; the search
// does not descend into an element for which `prune` holds.
inline void find_elements(const GumboNode* node, const std::function<bool(const GumboNode*)>& want,
                          std::vector<const GumboNode*>& found,
                          const std::function<bool(const GumboNode*)>& prune = {}) {
  for (const GumboNode* child : children(node)) {
    if (!is_element(child)) continue;
    if (want(child)) found.push_back(child);
    if (prune && prune(child)) continue;
    find_elements(child, want, found, prune);
  }
}

// All text below `node`, as the page shows it in one line (scripts and styles left out).
std::string text_of(const GumboNode* node);

// True when a space-separated attribute value (class, rel) or an id, split at punctuation
// ("comments-section", "ad_slot"), holds one of `tokens`.
bool has_token(std::string_view value, std::initializer_list<std::string_view> tokens);

}  // namespace onrecord::html
