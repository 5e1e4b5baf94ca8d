// Pages from Mustache templates (kainjow-mustache): every {{value}} is HTML-escaped by our
// html_escape (which also repairs invalid UTF-8); only {{{value}}} inserts HTML, and only for
// fragments built by other templates or by page_parts. Templates are compiled into the binary.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>

namespace onrecord {

using TemplateData = kainjow::mustache::data;
using TemplateList = kainjow::mustache::list;

// Renders `text` with `data`; a template that does not parse is a bug, reported in the page.
std::string render_template(std::string_view text, const TemplateData& data);

}  // namespace onrecord
