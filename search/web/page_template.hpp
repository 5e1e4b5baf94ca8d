// Pages from Mustache templates (kainjow-mustache), kept as files in search/web/templates and
// compiled into the binary (web/templates.hpp, generated): every {{value}} is HTML-escaped by our
// html_escape (which also repairs invalid UTF-8); only {{{value}}} inserts HTML, and only for
// fragments rendered by other templates or by snippet_html. No page is built by concatenation.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>

namespace onrecord {

using TemplateData = kainjow::mustache::data;
using TemplateList = kainjow::mustache::list;

// Renders `text` with `data`. `text` must live as long as the program (one of templates::k…, or
// a literal): each thread parses a template once and knows it by its address and length. A template that
// does not parse is a bug, reported in the page.
std::string render_template(std::string_view text, const TemplateData& data);

// A section's value: the text, or false when it is empty, so that "{{#date}}, {{.}}{{/date}}"
// writes nothing for no date (Mustache counts every string, even "", as true).
TemplateData text_or_false(const std::string& text);
TemplateData flag(bool on);

}  // namespace onrecord
